"""The window on the demo database, driven as a person would: read, type, click."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from classroom.text import fold, name_sort_key
from models.db import Database
from models.errors import DatabaseError
from ui.app import load_fonts
from ui.lazy import LazyScreen
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.words import describe_error


def open_window(qtbot, db: Database, synchronous: bool = True) -> MainWindow:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    window = MainWindow(Ops(db, errors.append, synchronous=synchronous))
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.errors = errors  # type: ignore[attr-defined]
    return window


def visible_names(window: MainWindow) -> list[str]:
    model = window.participants.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_window_opens_on_the_demo_commune_in_vietnamese(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav == ["Lớp học", "Lịch", "Ngày nghỉ", "Danh mục", "Học viên", "Điểm danh", "Chứng nhận",
                   "Kiểm tra giấy chứng nhận", "Báo cáo", "Nhật ký thay đổi", "Cài đặt"]
    assert "Xã Đông Tiến, Thanh Hóa" in window.windowTitle()
    assert window.current_panel() is window.participants
    names = visible_names(window)
    assert len(names) == 150
    assert names == sorted(names, key=name_sort_key)  # Vietnamese name order from the start
    assert window.participants.count.text() == "Hiển thị 150 / 150 người"
    header = window.participants.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Họ và tên"
    assert not window.errors  # type: ignore[attr-defined]
    if demo_db.path is not None:  # a server is backed up by its administrators, not from every PC
        daily = list((demo_db.path.parent / "backups").glob("*-daily-*.sqlite3"))
        assert len(daily) == 1  # the first opening of the day leaves a backup


def test_typing_without_accents_finds_people(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    panel = window.participants
    qtbot.keyClicks(panel.search, "nguyen thi")
    qtbot.waitUntil(lambda: panel.model.rowCount() < 150)
    names = visible_names(window)
    assert names, "the demo has women of the Nguyễn family"
    assert all("nguyen" in fold(n) and "thi" in fold(n) for n in names)
    assert names == sorted(names, key=name_sort_key)
    assert panel.count.text() == f"Hiển thị {len(names)} / 150 người"
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 150)


def test_village_search_and_header_sort(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    panel = window.participants
    qtbot.keyClicks(panel.search, "ung binh")  # Thôn Ưng Bình, typed the way a hurried officer does
    qtbot.waitUntil(lambda: 0 < panel.model.rowCount() < 150)
    villages = {panel.model.data(panel.model.index(r, 3)) for r in range(panel.model.rowCount())}
    assert villages == {"Thôn Ưng Bình"}
    panel.search.clear()
    header = panel.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + _section_centre(header, 1))
    years = [panel.model.row_at(r).birth_year for r in range(panel.model.rowCount())]
    assert years in (sorted(years), sorted(years, reverse=True))


def _section_centre(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_classes_list_and_search(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    window.nav.setCurrentRow(0)
    panel = window.classes
    assert window.current_panel() is panel
    assert panel.model.rowCount() == 8
    qtbot.keyClicks(panel.search, "vneid")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.data(panel.model.index(0, 1)) == "Định danh điện tử VNeID: kích hoạt và sử dụng"
    assert panel.model.data(panel.model.index(0, 2)) == "Người cao tuổi"


def test_loading_runs_off_the_gui_thread(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db, synchronous=False)
    qtbot.waitUntil(lambda: window.participants.model.rowCount() == 150, timeout=10000)
    qtbot.waitUntil(lambda: window.classes.model.rowCount() == 8, timeout=10000)
    window.ops.wait()
    assert not window.errors  # type: ignore[attr-defined]


def test_english_with_lang_en(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    assert window.nav.item(window.nav.currentRow()).text() == "Participants"
    assert window.participants.model.headerData(0, Qt.Orientation.Horizontal) == "Full name"


def test_database_errors_are_told_in_vietnamese(vietnamese: None) -> None:
    text = describe_error(DatabaseError("too_new", path="/data/xa.sqlite3", revision="0042"))
    assert "phiên bản mới hơn" in text and "/data/xa.sqlite3" in text and "0042" in text
    assert "Không có gì bị ghi đè" in describe_error(DatabaseError("not_a_database", path="x"))


def test_bundled_fonts_cover_vietnamese(qapp: QApplication) -> None:
    from PySide6.QtGui import QFont, QFontMetrics
    family = load_fonts()
    assert family.startswith("Liberation Sans")
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "ăâđêôơưẠỹỵẶỆỮ")
    assert QCoreApplication.instance() is qapp


def test_unusable_file_offers_another_and_nothing_is_overwritten(qtbot, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                                 vietnamese: None) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    import ui.app as app_module
    bad = tmp_path / "danh-sach.sqlite3"
    bad.write_text("STT,Họ và tên\n1,Nguyễn Văn An\n", encoding="utf-8")
    shown: list[str] = []

    def choose_another(box: QMessageBox) -> int:
        shown.append(box.text())
        accept = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        assert [b.text() for b in accept] == ["Chọn tệp khác…"]
        accept[0].click()
        return 0

    good = tmp_path / "moi.sqlite3"
    monkeypatch.setattr(QMessageBox, "exec", choose_another)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(good), "")))
    db = app_module.open_with_choice(str(bad))
    assert db is not None and db.path == good.resolve()
    db.close()
    assert "không phải là dữ liệu của chương trình" in shown[0] and str(bad) in shown[0]
    assert bad.read_text(encoding="utf-8").startswith("STT,Họ và tên")


def test_quitting_from_the_error_leaves_without_a_database(qtbot, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                           vietnamese: None) -> None:
    from PySide6.QtWidgets import QMessageBox

    import ui.app as app_module
    bad = tmp_path / "x.sqlite3"
    bad.write_bytes(b"\x00" * 100)

    def quit_(box: QMessageBox) -> int:
        [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole][0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    assert app_module.open_with_choice(str(bad)) is None
    assert bad.read_bytes() == b"\x00" * 100


def test_other_screens_are_made_and_loaded_when_first_opened(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    lazy = [window.stack.widget(i) for i in range(window.stack.count())
            if isinstance(window.stack.widget(i), LazyScreen)]
    assert len(lazy) == 9 and not any(screen.built for screen in lazy)  # only the registry and classes at start
    window.nav.setCurrentRow(8)  # Reports
    reports = window.current_panel()
    assert reports is window.reports and window.stack.currentWidget().built
    assert reports.data is not None and reports.tiles["enrolled"].text() != "…"  # its data loaded on opening
    loads: list[int] = []
    reports.reload = lambda: loads.append(1)  # type: ignore[method-assign]
    window.nav.setCurrentRow(3)
    window.nav.setCurrentRow(8)
    assert loads == []  # once only, not at every visit
    window.start()  # as after a restore: the screen shown loads again, the others when next opened
    assert loads == [1]
    for row in range(window.nav.count()):  # every screen opens (an exception here fails the test)
        window.nav.setCurrentRow(row)
        assert window.current_panel().isVisible()
    assert all(screen.built for screen in lazy)
    assert not window.errors  # type: ignore[attr-defined]


def test_the_registry_starts_without_the_other_screens_code() -> None:
    # Start-up speed (issue 2): the other screens' modules, and the heavy libraries behind them, load
    # when first opened, not before the participant list appears; `classroom gui` reads its command
    # line without importing the other commands (each brings its services).
    import subprocess
    import sys
    late = ("holidays", "reportlab", "openpyxl", "classroom.reporting", "classroom.paper", "classroom.scheduling",
            "classroom.importing", "classroom.merging", "classroom.calendar", "ui.reports", "ui.attendance",
            "ui.certificates", "ui.settings", "ui.schedule.calendar_panel", "ui.audit", "classroom.audit_export",
            *(f"classroom.cli.{name}" for name in ("demo_cmd", "tables", "add_class", "import_cmd", "enroll_cmd",
                                                   "backup_cmd", "attendance_cmd", "print_cmd", "report_cmd",
                                                   "audit_cmd")))
    code = ("import sys; import classroom.cli, ui.app, ui.main_window; "
            "assert classroom.cli.window_request(['--db', 'x.sqlite3', 'gui']) == ('gui', 'x.sqlite3', 'vi', None); "
            f"print(' '.join(m for m in sys.modules if m.startswith({late!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=str(Path(__file__).resolve().parent.parent)).stdout.split()
    assert out == []
