"""The attendance screen driven with the keyboard and with a scanner typing into it."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from models import AttendanceMark
from models.db import Database
from tests.conftest import DEMO_TODAY
from ui.app import install_translations
from ui.attendance.panel import AttendancePanel
from ui.ops import Ops


@pytest.fixture
def panel(qtbot, demo_db: Database, qapp: QApplication, monkeypatch) -> Iterator[AttendancePanel]:  # type: ignore[no-untyped-def]
    translators = install_translations(qapp, "vi")
    monkeypatch.setattr(AttendancePanel, "_today", staticmethod(lambda: DEMO_TODAY))
    errors: list[BaseException] = []
    widget = AttendancePanel(Ops(demo_db, errors.append, synchronous=True))
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    yield widget
    assert not errors
    for t in translators:
        qapp.removeTranslator(t)


def marks(db: Database, session_id: int) -> dict[int, str]:
    with db.sessions() as s:
        return dict(s.execute(select(AttendanceMark.participant_id, AttendanceMark.status)
                              .where(AttendanceMark.session_id == session_id)).all())


def test_opens_on_this_weeks_sessions_with_today_chosen(panel: AttendancePanel) -> None:
    assert panel.sessions.count() > 0
    assert panel.session_id is not None
    assert panel.model.rowCount() > 0
    assert panel.scan.hasFocus()
    assert "Tuần 23/11/2026 – 29/11/2026" == panel.week_label.text()


def test_scanner_types_a_card_and_enter(qtbot, panel: AttendancePanel, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    line = panel.model.lines[2]
    qtbot.keyClicks(panel.scan, line.card)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert line.full_name in panel.banner.text()
    assert panel.banner.property("kind") in ("good", "warn")
    assert marks(demo_db, panel.session_id)[line.participant_id] in ("present", "late")
    assert panel.scan.text() == "" and panel.scan.hasFocus()
    qtbot.keyClicks(panel.scan, line.card)  # the same card again: nothing doubled
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert "đã được điểm danh" in panel.banner.text()
    assert len(marks(demo_db, panel.session_id)) == 1
    qtbot.keyClicks(panel.scan, "15883-ZZZZZZZZ")
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert panel.banner.property("kind") == "bad" and "không có" in panel.banner.text()


def test_keyboard_marking_and_undo(qtbot, panel: AttendancePanel, demo_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sid = panel.session_id
    panel.table.setFocus()
    panel.table.selectRow(0)
    first, second, third = (panel.model.lines[i].participant_id for i in range(3))
    qtbot.keyClick(panel.table, "v")  # vắng
    qtbot.keyClick(panel.table, "m")  # muộn
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Đi khám bệnh", True)))
    qtbot.keyClick(panel.table, "p")  # có phép
    assert marks(demo_db, sid) == {first: "absent", second: "late", third: "excused"}
    assert panel.model.lines[2].reason == "Đi khám bệnh"
    qtbot.keyClick(panel, "z", Qt.KeyboardModifier.ControlModifier)
    assert marks(demo_db, sid) == {first: "absent", second: "late"}
    panel.everyone.click()
    assert set(marks(demo_db, sid).values()) == {"absent", "late", "present"}
    assert len(marks(demo_db, sid)) == panel.model.rowCount()
    panel.undo.click()
    assert marks(demo_db, sid) == {first: "absent", second: "late"}


def test_a_digit_on_the_list_goes_to_the_scan_field(qtbot, panel: AttendancePanel, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    panel.table.setFocus()
    panel.table.selectRow(0)
    line = panel.model.lines[4]
    qtbot.keyClicks(panel.table, line.card[0])
    assert panel.scan.hasFocus() and panel.scan.text() == line.card[0]
    qtbot.keyClicks(panel.scan, line.card[1:])
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert list(marks(demo_db, panel.session_id)) == [line.participant_id]


def test_paper_sheet_entry_and_results(qtbot, panel: AttendancePanel, demo_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.attendance.results import ResultsDialog
    sid = panel.session_id
    panel.paper.setChecked(True)
    panel.table.setFocus()
    panel.table.selectRow(0)
    for key in "cccvm":  # the officer types down the paper sheet
        qtbot.keyClick(panel.table, key)
    with demo_db.sessions() as s:
        sources = set(s.scalars(select(AttendanceMark.source).where(AttendanceMark.session_id == sid)))
    assert sources == {"paper"} and len(marks(demo_db, sid)) == 5
    shown: list[ResultsDialog] = []
    monkeypatch.setattr(ResultsDialog, "exec", lambda self: shown.append(self) or 0)
    panel.results.click()
    dialog = shown[0]
    assert dialog.people.rowCount() == panel.model.rowCount()
    assert "80 %" in dialog.findChild(type(panel.header)).text()
    assert dialog.people.item(0, 1).text() == panel.model.lines[0].full_name
    assert dialog.sessions.rowCount() >= 8


def test_walk_in_card_is_enrolled_and_marked(qtbot, panel: AttendancePanel, demo_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from models import Enrollment, Participant
    enrolled = {line.participant_id for line in panel.model.lines}
    with demo_db.sessions() as s:
        outsider = s.scalars(select(Participant).where(Participant.id.not_in(enrolled))).first()
        card, pid, name = outsider.card_code, outsider.id, outsider.full_name
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes))
    qtbot.keyClicks(panel.scan, card)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert name in asked[0]
    assert marks(demo_db, panel.session_id)[pid] == "present"
    assert panel.model.row_of(pid) >= 0
    with demo_db.sessions() as s:
        assert s.scalar(select(Enrollment.status).where(Enrollment.participant_id == pid,
                                                        Enrollment.class_id == panel.info.class_id)) == "enrolled"
