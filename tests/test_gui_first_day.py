"""The first real day on an empty database: what the officer sees once the first rows arrive."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from classroom.participants import PersonInput, create_participant
from models.db import Database
from ui.main_window import MainWindow
from ui.ops import Ops

FIXED_DAY = date(2027, 2, 22)


def open_window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    window = MainWindow(Ops(db, errors.append, synchronous=True))
    window.schedule.today = FIXED_DAY
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.start()
    window.errors = errors  # type: ignore[attr-defined]
    return window


def test_names_get_their_width_when_the_first_list_comes_into_an_empty_registry(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                                                vietnamese: None) -> None:
    window = open_window(qtbot, db)
    window.setup_assistant.reject()
    panel = window.participants
    assert panel.model.total() == 0  # columns first fitted to the headings alone
    long_name = "Nguyễn Thị Phương Thảo"
    with db.transaction() as session:
        create_participant(session, PersonInput(full_name=long_name, birth=1960), today=FIXED_DAY)
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.total() == 1)
    shown = panel.view.fontMetrics().horizontalAdvance(long_name)
    assert panel.view.columnWidth(0) >= shown, "the name is cut: its column kept the empty list's width"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Họ và tên"


def test_the_empty_registry_names_the_button_as_it_is_shown(qtbot, db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db)
    window.setup_assistant.reject()
    hint = window.participants.empty.hint.label.text()
    button = window.participants.actions.add.text()
    assert f"“{button}”" in hint


def test_a_class_still_running_says_why_no_certificate_yet(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    """Everyone present at every session so far: not "not completed" but "still in class", and why."""
    import pytest
    from sqlalchemy import select

    from models import CourseClass
    from ui.certificates.panel import CertificatesPanel

    with demo_db.sessions() as s:
        class_id = s.scalars(select(CourseClass.id).where(CourseClass.status == "running")
                             .order_by(CourseClass.id)).first()
    assert class_id is not None
    panel = CertificatesPanel(Ops(demo_db, pytest.fail, synchronous=True))
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    panel.classes.setCurrentIndex(panel.classes.findData(class_id))
    assert panel.table.rowCount() > 0
    assert {panel.table.item(r, 3).text() for r in range(panel.table.rowCount())} == {"Đang học"}
    assert "Lớp chưa học xong" in panel.summary.text()
    assert not panel.issue.isEnabled()


def test_the_guide_names_every_screen_as_the_navigation_does(qtbot, db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    from classroom.guide import load_guide
    from ui.help import SECTION_OF_SCREEN

    window = open_window(qtbot, db)
    window.setup_assistant.reject()
    text = (Path(__file__).resolve().parent.parent / "resources" / "help" / "huong-dan.md").read_text(encoding="utf-8")
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Danh mục" in names and "Nhật ký thay đổi" in names
    for name in names:
        assert f"**{name}**" in text, name
    assert "Địa điểm & giảng viên" not in text
    anchors = set(load_guide().anchors())
    for panel in ("PlacesPanel", "DaysOffPanel", "AuditPanel"):  # F1 there opens their own part
        assert SECTION_OF_SCREEN[panel] in anchors and SECTION_OF_SCREEN[panel] != "mo-lop-moi"
    for task in ("Đánh giá và xác nhận trên VNeID", "Nhật ký thay đổi", "Danh mục: thôn, địa điểm, giảng viên, nội dung học"):
        assert task in [b.text for b in load_guide().blocks if b.kind == "heading"]
    assert "danh sách tin cậy" in text and "**Khóa ký và tin cậy**" in text


def test_a_class_planned_wholly_in_the_past_is_said_before_saving(qtbot, db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    """Its sessions all before today, it would be saved as finished: nobody could be enrolled in it."""
    from PySide6.QtCore import QDate

    window = open_window(qtbot, db)
    window.setup_assistant.reject()
    editor = window.schedule.open_class(None)
    rule = editor.rule
    rule.set_weekdays({0})
    rule.start_date.setDate(QDate(2027, 3, 1))
    rule.count.setValue(2)
    editor.refresh_preview()
    assert "trước hôm nay" not in editor.preview.summary.text()
    rule.start_date.setDate(QDate(2027, 1, 4))  # FIXED_DAY is 22/02/2027
    editor.refresh_preview()
    qtbot.waitUntil(lambda: "trước hôm nay" in editor.preview.summary.text())
    assert "không ghi danh" in editor.preview.summary.text()


def test_a_village_twice_is_said_below_the_field_not_over_it(qtbot, db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from classroom.setup import FirstDay, first_day

    window = open_window(qtbot, db)
    window.setup_assistant.reject()
    with db.transaction() as session:
        first_day(session, FirstDay("15853", villages=("Thôn Đông",)))
    window.show_screen(window.schedule.places)
    tab = window.schedule.places.villages
    tab.new_button.click()
    dialog = tab.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.names.setPlainText("thon Đong")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "đã có trong danh sách" in dialog.message.text())
    qtbot.wait(50)
    message = dialog.message
    assert message.height() >= message.heightForWidth(message.width())  # every line of it shown
    assert message.geometry().top() >= dialog.names.geometry().bottom()  # below the field, not over it
