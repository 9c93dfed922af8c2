"""The Data menu and what keeps the data safe in the window, driven as an officer would: the password asked
for when signing needs it, the officer's name in the log, restoring a sealed backup, a backup before an import."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from classroom import keys, offline
from classroom import password as pw
from classroom.backup import backup_to
from classroom.sealed import is_sealed
from models import AuditEntry, Certificate, CourseClass, Village
from models.db import Database
from tests.filesaved import answer_file_saved
from tests.listfiles import HEADER, PEOPLE, write_csv
from ui.app import install_translations
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.registry.import_dialog import ImportDialog
from ui.safety import ask_officer_at_start
from ui.safety.officer import OfficerDialog
from ui.safety.password import NewPasswordDialog, PasswordDialog, read_protected

PASSWORD = "Mật khẩu xã Đông Tiến 2026"


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, "vi")
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture
def protected(demo_db: Database) -> Iterator[Database]:
    with demo_db.transaction() as s:
        pw.set_password(s, PASSWORD, actor="test")
    keys._unlocked.clear()  # as the next start of the program finds it
    yield demo_db
    keys._unlocked.clear()


def open_window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Ops(db, pytest.fail, synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def answers(monkeypatch: pytest.MonkeyPatch, *typed: str | None) -> list[str]:
    """The password dialog answers these in turn; what it said each time (an error, or nothing) is kept."""
    said: list[str] = []
    replies = iter(typed)

    def ask(_parent: object, _why: str, error: str = "") -> str | None:
        said.append(error)
        return next(replies)
    monkeypatch.setattr(PasswordDialog, "ask", staticmethod(ask))
    return said


def test_signing_asks_for_the_password_once(qtbot, protected: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch, vietnamese: None) -> None:
    with protected.transaction() as s:
        finished = s.scalars(select(CourseClass.id).where(CourseClass.status == "finished")).all()[:2]
        s.execute(Certificate.__table__.delete().where(Certificate.class_id.in_(finished)))
    window = open_window(qtbot, protected)
    window.show_screen(window.certificates)  # the screen loads when opened
    panel = window.certificates
    said = answers(monkeypatch, "mật khẩu sai", PASSWORD)
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "g.pdf"), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    answer_file_saved(monkeypatch, "file")
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    for n, class_id in enumerate(finished, start=1):
        panel.classes.setCurrentIndex(panel.classes.findData(class_id))
        qtbot.mouseClick(panel.issue, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=n: len(opened) == n, timeout=20000)
    assert said == ["", "Mật khẩu không đúng."]  # asked, told it was wrong, and not asked for the second class
    with protected.sessions() as s:
        assert s.scalar(select(Certificate.id).where(Certificate.class_id == finished[1])) is not None


def test_cancelling_the_password_issues_nothing(qtbot, protected: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch, vietnamese: None) -> None:
    with protected.transaction() as s:
        class_id = s.scalars(select(CourseClass.id).where(CourseClass.status == "finished")).first()
        s.execute(Certificate.__table__.delete().where(Certificate.class_id == class_id))
    window = open_window(qtbot, protected)
    window.show_screen(window.certificates)  # the screen loads when opened
    panel = window.certificates
    answers(monkeypatch, None)
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "g.pdf"), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    answer_file_saved(monkeypatch, "file")
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text)))
    panel.classes.setCurrentIndex(panel.classes.findData(class_id))
    qtbot.mouseClick(panel.issue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["Đã hủy: không cấp và không lưu gì."]
    with protected.sessions() as s:
        assert s.scalar(select(Certificate.id).where(Certificate.class_id == class_id)) is None


def test_the_officers_name_is_asked_at_start_and_written_in_the_log(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    vietnamese: None) -> None:
    window = open_window(qtbot, demo_db)
    asked: list[str] = []

    def answer(dialog: OfficerDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.name.setText("  Nguyễn   Thị Lan ")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(OfficerDialog, "exec", answer)
    ask_officer_at_start(window)
    assert asked == ["Ai đang làm việc?"] and window.ops.actor == "Nguyễn Thị Lan"
    assert window.data_menu.officer_label.text() == "Người làm việc: Nguyễn Thị Lan"  # type: ignore[attr-defined]
    window.show_screen(window.certificates)  # the screen loads when opened
    panel = window.certificates
    with demo_db.sessions() as s:
        cert = s.scalars(select(Certificate)).first()
    panel.classes.setCurrentIndex(panel.classes.findData(cert.class_id))
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 4).text() == cert.serial)
    panel.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Cấp nhầm người", True)))
    panel.revoke_button.click()
    with demo_db.sessions() as s:
        assert s.scalar(select(AuditEntry.actor).where(AuditEntry.action == "revoke")) == "Nguyễn Thị Lan"

    def answer_and_stop_asking(dialog: OfficerDialog) -> int:
        asked.append(dialog.name.text())  # the last name is offered again
        dialog.ask_again.setChecked(False)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(OfficerDialog, "exec", answer_and_stop_asking)
    ask_officer_at_start(window)
    ask_officer_at_start(window)  # not asked any more
    assert asked == ["Ai đang làm việc?", "Nguyễn Thị Lan"]

    def from_the_menu(dialog: OfficerDialog) -> int:
        asked.append(f"asking: {dialog.ask_again.isChecked()}")
        dialog.name.setText("Trần Văn Bình")
        dialog.ask_again.setChecked(True)  # the PC is shared again
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(OfficerDialog, "exec", from_the_menu)
    window.data_menu.officer.trigger()  # type: ignore[attr-defined]
    assert asked[-1] == "asking: False" and window.ops.actor == "Trần Văn Bình"
    ask_officer_at_start(window)
    assert asked[-1] == "asking: True"  # asked at start again


@pytest.mark.sqlite  # backs up the SQLite file itself
def test_restore_a_sealed_backup_from_the_data_menu(qtbot, protected: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch, vietnamese: None) -> None:
    backup = backup_to(protected, tmp_path / "usb" / "bk.sqlite3")
    assert is_sealed(backup)
    with protected.transaction() as s:
        s.add(Village(commune_id=1, name="Thôn mới sau sao lưu"))
    window = open_window(qtbot, protected)
    said = answers(monkeypatch, "sai mật khẩu", PASSWORD)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), "")))
    questions: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        questions.append(box.text())
        [b for b in box.buttons() if b.text() == "Khôi phục"][0].click()
        return 0
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text)))
    window.data_menu.restore.trigger()  # type: ignore[attr-defined]
    assert said == ["", "Mật khẩu không đúng."]
    assert "150 học viên" in questions[0] and "Đông Tiến" in questions[0]
    assert told and "Đã khôi phục" in told[0]
    with protected.sessions() as s:
        assert s.scalar(select(Village.id).where(Village.name == "Thôn mới sau sao lưu")) is None
    safety = list((protected.path.parent / "backups").glob("*before-restore*"))  # type: ignore[union-attr]
    assert len(safety) == 1 and is_sealed(safety[0])


def test_a_file_that_is_no_backup_is_said_so(qtbot, demo_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch, vietnamese: None) -> None:
    bad = tmp_path / "virus.sqlite3"
    bad.write_bytes(b"MZ" + b"\x00" * 300)
    window = open_window(qtbot, demo_db)
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    window.data_menu.restore.trigger()  # type: ignore[attr-defined]
    assert len(warned) == 1 and "virus.sqlite3" in warned[0] and "không phải" in warned[0]


@pytest.mark.sqlite  # makes an older backup with SQLite itself
def test_a_cut_backup_is_refused_and_an_older_one_is_restored_with_a_warning(
        qtbot, demo_db: Database, demo_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, vietnamese: None) -> None:
    import sqlite3

    made = backup_to(demo_db, tmp_path / "bk.sqlite3")
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(made.read_bytes()[:-1])
    older = tmp_path / "older.sqlite3"
    src, dst = sqlite3.connect(demo_file), sqlite3.connect(older)
    src.backup(dst)  # as the versions before made backups: no digest
    src.close()
    dst.close()
    window = open_window(qtbot, demo_db)
    picked = iter([str(cut), str(older)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (next(picked), "")))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    window.data_menu.restore.trigger()  # type: ignore[attr-defined]
    assert len(warned) == 1 and "cut.sqlite3" in warned[0] and "bị cắt ngắn hoặc bị sửa" in warned[0]
    questions: list[str] = []

    def cancel(box: QMessageBox) -> int:
        questions.append(box.text())
        [b for b in box.buttons() if b.text() != "Khôi phục"][0].click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", cancel)
    window.data_menu.restore.trigger()  # type: ignore[attr-defined]
    assert questions and "150 học viên" in questions[0] and "không có mã kiểm tra" in questions[0]


def test_set_change_and_remove_the_password_from_the_menu(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                                          vietnamese: None) -> None:
    window = open_window(qtbot, demo_db)
    menu = window.data_menu  # type: ignore[attr-defined]

    def dialog_for(action: object) -> NewPasswordDialog:
        menu.refresh()
        assert action.isEnabled()  # type: ignore[attr-defined]
        action.trigger()  # type: ignore[attr-defined]
        found = [d for d in window.findChildren(NewPasswordDialog) if d.isVisible()]
        assert len(found) == 1
        return found[0]

    def ok(dialog: NewPasswordDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    dialog = dialog_for(menu.set_password)
    qtbot.keyClicks(dialog.new, "ngan")
    qtbot.keyClicks(dialog.again, "ngan")
    ok(dialog)
    assert dialog.isVisible() and "ít nhất 8 ký tự" in dialog.error.text()
    dialog.new.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    ok(dialog)
    assert not dialog.isVisible()
    with demo_db.sessions() as s:
        assert pw.is_protected(s)
    menu.refresh()
    assert not menu.set_password.isEnabled() and menu.change.isEnabled()

    dialog = dialog_for(menu.change)
    for field, text in ((dialog.current, "không phải mật khẩu"), (dialog.new, "mật khẩu mới 2027"),
                        (dialog.again, "mật khẩu mới 2027")):
        field.setText(text)
    ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == "Mật khẩu không đúng."
    dialog.current.setText(PASSWORD)
    ok(dialog)
    dialog = dialog_for(menu.remove)
    dialog.current.setText("mật khẩu mới 2027")
    ok(dialog)
    with demo_db.sessions() as s:
        assert not pw.is_protected(s)
    keys._unlocked.clear()


@pytest.mark.sqlite  # backs up the SQLite file itself
def test_an_import_in_the_window_is_backed_up_first(qtbot, demo_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    vietnamese: None) -> None:
    listing = write_csv(tmp_path / "ds.csv", [HEADER, *PEOPLE], "utf-8")
    dialog = ImportDialog(Ops(demo_db, pytest.fail, synchronous=True))
    qtbot.addWidget(dialog)
    dialog.open_file(str(listing))
    dialog.next.click()
    folder = demo_db.path.parent / "backups"  # type: ignore[union-attr]
    assert not folder.exists()  # checking the list changes nothing, so nothing to back up yet
    dialog.next.click()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.result)
    backups = list(folder.glob("*before-import*.sqlite3"))
    assert len(backups) == 1
    import sqlite3
    with sqlite3.connect(backups[0]) as conn:  # the copy is of the data from before the list came in
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 150


def test_instructor_mode_opens_a_sealed_file_with_the_password(protected: Database, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch, qapp: QApplication,
                                                               vietnamese: None) -> None:
    with protected.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "running")).first()
        offline.write_file(offline.export_class(s, klass.id), tmp_path / "lop.json", pw.sealing_key(s))
    said = answers(monkeypatch, "sai", PASSWORD)
    content = read_protected(None, lambda password: offline.read_file(tmp_path / "lop.json", password))
    assert content is not None and content["class"]["id"] == klass.id
    assert said == ["", "Mật khẩu không đúng."]
    answers(monkeypatch, None)
    assert read_protected(None, lambda password: offline.read_file(tmp_path / "lop.json", password)) is None
