"""The scheduling screens driven as the officer would: a new class through the editor, conflicts
seen before saving, the calendar, a moved session and whom to tell, venues."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from sqlalchemy import func, select

from classroom.scheduling import load_class
from models import LOCAL_TZ, ClassSession, CourseClass
from models.db import Database
from tests.conftest import DEMO_TODAY
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.schedule.class_editor import ClassEditor
from ui.schedule.session_dialogs import SessionTimeDialog


@pytest.fixture
def window(qtbot, demo_db: Database, vietnamese: None) -> MainWindow:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    win = MainWindow(Ops(demo_db, errors.append, synchronous=True))
    win.schedule.today = DEMO_TODAY
    win.schedule.calendar.today = win.schedule.calendar.anchor = DEMO_TODAY
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.start()
    win.errors = errors  # type: ignore[attr-defined]
    return win


def choose(combo: QComboBox, text: str) -> None:
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def tick_instructor(qtbot, editor: ClassEditor, name: str) -> None:  # type: ignore[no-untyped-def]
    box = editor.instructors
    item = next(box.item(r) for r in range(box.count()) if box.item(r).text().startswith(name))
    rect = box.visualItemRect(item)
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert item.checkState() == Qt.CheckState.Checked


def count_classes(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(CourseClass)) or 0


def test_new_class_through_the_editor(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(0)
    button = window.classes.findChild(type(window.schedule.calendar.today_button), "newClassButton")
    assert button is not None and button.text() == "Lớp mới…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = window.schedule.editor
    assert editor is not None and editor.isVisible() and editor.course.currentIndex() == -1

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # nothing chosen yet: told what is missing
    assert "Hãy chọn nội dung học trong danh mục." in editor.message.text()
    assert count_classes(demo_db) == 8

    choose(editor.course, "VNEID")
    choose(editor.group, "Người cao tuổi")
    choose(editor.venue, "Nhà văn hóa thôn Phú Lộc")
    tick_instructor(qtbot, editor, "Phạm Thị Hương")
    editor.capacity.setValue(25)
    rule = editor.rule
    assert rule is not None
    qtbot.mouseClick(rule.days[1], Qt.MouseButton.LeftButton)  # Tuesday
    qtbot.mouseClick(rule.days[3], Qt.MouseButton.LeftButton)  # Thursday
    choose(rule.part, "Buổi tối")
    rule.start_date.setDate(QDate(2027, 1, 25))
    qtbot.mouseClick(rule.by_weeks, Qt.MouseButton.LeftButton)
    rule.weeks.setValue(4)
    qtbot.waitUntil(lambda: "Số buổi: 8, từ 26/01/2027 đến 25/02/2027." in editor.preview.summary.text())
    lines = [editor.preview.dates.item(r).text() for r in range(editor.preview.dates.count())]
    assert lines[0] == "1. Thứ Ba 26/01/2027 19:00–21:00"
    assert any("09/02/2027: nghỉ, Mùng bốn Tết Nguyên Đán" in line for line in lines)
    assert editor.preview.conflict_title.text() == "Không trùng lịch với lớp nào."

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible() and not window.errors  # type: ignore[attr-defined]
    with demo_db.sessions() as s:
        klass = s.scalars(select(CourseClass).order_by(CourseClass.id.desc())).first()
        detail = load_class(s, klass.id)
    assert detail.code == "15883-2027-001" and detail.data.capacity == 25 and len(detail.sessions) == 8
    assert detail.sessions[0].starts_at == datetime(2027, 1, 26, 19, tzinfo=LOCAL_TZ)
    assert window.classes.model.rowCount() == 9
    assert window.classes.model.data(window.classes.model.index(0, 0)) == "15883-2027-001"


def test_conflicts_are_shown_before_saving_anyway(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    editor = window.schedule.open_class(None)
    choose(editor.course, "DVCTT")
    choose(editor.group, "Công nhân")
    choose(editor.venue, "Hội trường Ủy ban nhân dân xã")
    tick_instructor(qtbot, editor, "Trần Quốc Việt")
    rule = editor.rule
    assert rule is not None
    rule.set_weekdays({0, 2})
    rule.set_part_of_day("evening")
    rule.start_date.setDate(QDate(2026, 11, 23))
    rule.count.setValue(2)
    qtbot.waitUntil(lambda: editor.anyway.isVisible())
    assert not editor.save_button.isVisible()
    assert editor.preview.conflict_title.text() == "Trùng lịch (2): hãy xem trước khi lưu"
    first = editor.preview.conflicts.item(0).text()
    assert first == ("Thứ Hai 23/11/2026 19:00–21:00: Hội trường Ủy ban nhân dân xã có lớp 15883-2026-004 lúc "
                     "19:00–21:00.")
    assert count_classes(demo_db) == 8
    qtbot.mouseClick(editor.anyway, Qt.MouseButton.LeftButton)
    assert count_classes(demo_db) == 9 and not editor.isVisible()


def test_calendar_shows_this_week_first_and_opens_a_class(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(1)
    panel = window.schedule.calendar
    assert window.current_panel() is panel
    assert panel.today_title.text() == "Hôm nay, Thứ Hai 23/11/2026 — số buổi: 1"
    assert panel.week_title.text() == "Tuần này — số buổi: 4"
    assert panel.today_list.item(0).text().startswith("19:00–21:00  15883-2026-004")
    choose(panel.group, "Nông dân")
    assert panel.week_title.text() == "Tuần này — số buổi: 1"
    choose(panel.group, "Mọi đối tượng")
    qtbot.mouseClick(panel.month_button, Qt.MouseButton.LeftButton)
    assert panel.views.currentWidget() is panel.month_view and panel.period_label.text() == "Tháng 11/2026"
    assert len(panel.month_view.entries) > 20
    assert panel.month_view.holidays[date(2026, 11, 24)] == "Ngày Văn hóa Việt Nam"
    qtbot.mouseClick(panel.week_button, Qt.MouseButton.LeftButton)
    view = panel.week_view
    qtbot.waitExposed(view)
    view.repaint()
    rect, entry = next((r, e) for r, e in view._hits if e.class_code == "15883-2026-004")
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.schedule.editor
    assert editor is not None and editor.windowTitle() == "Lớp 15883-2026-004"
    editor.reject()


def test_moving_a_session_tells_whom_to_call(qtbot, window: MainWindow, demo_db: Database,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    editor = window.schedule.open_class(4)
    box = editor.sessions
    assert box is not None
    row = next(r for r, s in enumerate(box.detail.sessions) if s.starts_at.date() == DEMO_TODAY)
    box.table.selectRow(row)
    assert box.move_button.isEnabled()

    def accept_next_day(dialog: SessionTimeDialog) -> int:
        dialog.day.setDate(QDate(2026, 11, 24))  # Ngày Văn hóa Việt Nam: allowed on purpose, and said
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SessionTimeDialog, "exec", accept_next_day)
    qtbot.mouseClick(box.move_button, Qt.MouseButton.LeftButton)
    notice = box.last_notice
    assert notice is not None and notice.isVisible()
    assert "chuyển sang Thứ Ba 24/11/2026 19:00–21:00" in notice.findChild(type(editor.message), "noticeHead").text()
    assert notice.table.rowCount() > 10 and notice.table.item(0, 1).text()
    with demo_db.sessions() as s:
        moved = s.get(ClassSession, box.detail.sessions[row].id)
        assert moved.starts_at.date() == date(2026, 11, 24) and moved.moved_from.date() == DEMO_TODAY
    notice.reject()
    editor.reject()


def test_a_venue_in_use_is_not_deleted(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text)))
    window.show_screen(window.schedule.places)  # the screen loads when opened
    tab = window.schedule.places.venues
    tab.table.selectRow(0)
    tab.delete()
    assert shown and "có lớp đang dùng" in shown[0]
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.name.setText("Nhà văn hóa thôn Thượng Phú")  # QTest types ASCII only; an input method types this
    dialog.capacity.setValue(45)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert "Nhà văn hóa thôn Thượng Phú" in names
    tab.table.selectRow(names.index("Nhà văn hóa thôn Thượng Phú"))
    assert tab.delete_button.isEnabled()
    tab.delete()
    assert tab.table.rowCount() == 4
