"""The attendance screen driven with the keyboard and with a scanner typing into it."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from models import AttendanceMark
from models.db import Database
from tests.clock import DEMO_NOW
from tests.conftest import DEMO_TODAY
from ui.app import install_translations
from ui.attendance.panel import AttendancePanel
from ui.ops import Ops


@pytest.fixture
def panel(qtbot, demo_db: Database, qapp: QApplication, monkeypatch) -> Iterator[AttendancePanel]:  # type: ignore[no-untyped-def]
    translators = install_translations(qapp, "vi")
    monkeypatch.setattr(AttendancePanel, "_today", staticmethod(lambda: DEMO_TODAY))
    monkeypatch.setattr(AttendancePanel, "_now", staticmethod(lambda: DEMO_NOW))  # the 19:00 session is on
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


def _outsiders(db: Database, panel: AttendancePanel, n: int) -> list[tuple[str, int, str]]:
    from models import Participant
    enrolled = {line.participant_id for line in panel.model.lines}
    with db.sessions() as s:
        people = s.scalars(select(Participant).where(Participant.id.not_in(enrolled), Participant.erased_at.is_(None))
                           .order_by(Participant.id).limit(n)).all()
        return [(p.card_code, p.id, p.full_name) for p in people]


def _enrollment(db: Database, pid: int, class_id: int) -> str | None:
    from models import Enrollment
    with db.sessions() as s:
        return s.scalar(select(Enrollment.status).where(Enrollment.participant_id == pid, Enrollment.class_id == class_id))


def _scan(qtbot, panel: AttendancePanel, card: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(panel.scan, card)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)


def test_walk_in_card_asks_without_blocking_and_enrols_on_its_button(qtbot, panel: AttendancePanel, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    [(card, pid, name)] = _outsiders(demo_db, panel, 1)
    _scan(qtbot, panel, card)
    prompt = panel.prompts.prompt_for(pid)
    assert prompt is not None and prompt.isVisible() and name in prompt.label.text()
    assert prompt.accept_button.text() == "Ghi danh học viên vãng lai" and prompt.ignore_button.text() == "Bỏ qua"
    assert pid not in marks(demo_db, panel.session_id) and _enrollment(demo_db, pid, panel.info.class_id) is None
    assert panel.scan.hasFocus()
    prompt.accept_button.click()
    assert marks(demo_db, panel.session_id)[pid] == "present"
    assert panel.model.row_of(pid) >= 0
    assert _enrollment(demo_db, pid, panel.info.class_id) == "enrolled"
    assert panel.prompts.prompt_for(pid) is None and not panel.prompts.isVisible()


def test_two_scans_in_a_row_with_the_prompt_open(qtbot, panel: AttendancePanel, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    """The second scan's Enter is a scan, not an answer to the first person's question."""
    [(card, pid, _name)] = _outsiders(demo_db, panel, 1)
    member = panel.model.lines[3]
    _scan(qtbot, panel, card)
    assert panel.prompts.prompt_for(pid) is not None
    _scan(qtbot, panel, member.card)  # the next person in the queue, at once
    assert marks(demo_db, panel.session_id) == {member.participant_id: marks(demo_db, panel.session_id)[member.participant_id]}
    assert marks(demo_db, panel.session_id)[member.participant_id] in ("present", "late")
    assert member.full_name in panel.banner.text()
    assert _enrollment(demo_db, pid, panel.info.class_id) is None  # nobody answered the question for them
    assert panel.prompts.prompt_for(pid) is not None and panel.prompts.prompt_for(pid).isVisible()
    panel.prompts.prompt_for(pid).ignore_button.click()
    assert panel.prompts.prompt_for(pid) is None and _enrollment(demo_db, pid, panel.info.class_id) is None


def test_several_questions_wait_each_for_its_own_person(qtbot, panel: AttendancePanel, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    people = _outsiders(demo_db, panel, 5)
    for card, _pid, _name in people:
        _scan(qtbot, panel, card)
    _scan(qtbot, panel, people[0][0])  # scanned again: still one question for them
    assert [p.participant_id for p in panel.prompts.pending] == [pid for _c, pid, _n in people]
    assert [p.isVisible() for p in panel.prompts.pending] == [True, True, True, False, False]
    assert panel.prompts.more.isVisible() and "2" in panel.prompts.more.text()
    third = panel.prompts.prompt_for(people[2][1])
    third.accept_button.click()  # the third person only
    assert _enrollment(demo_db, people[2][1], panel.info.class_id) == "enrolled"
    for _card, pid, _name in people[:2] + people[3:]:
        assert _enrollment(demo_db, pid, panel.info.class_id) is None
    assert [p.isVisible() for p in panel.prompts.pending] == [True, True, True, False]


def test_a_session_to_come_is_not_marked_but_an_absence_may_be_excused_ahead(  # type: ignore[no-untyped-def]
        qtbot, panel: AttendancePanel, demo_db: Database, monkeypatch) -> None:
    later = next(panel.sessions.item(i) for i in range(panel.sessions.count())
                 if panel.sessions.item(i).text().startswith("25/11"))
    panel.sessions.setCurrentItem(later)
    sid = panel.session_id
    assert "chưa bắt đầu" in panel.header.text()
    line = panel.model.lines[0]
    _scan(qtbot, panel, line.card)
    assert "chưa bắt đầu" in panel.banner.text() and marks(demo_db, sid) == {}
    assert panel.scan.hasFocus()  # the stream goes on
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, "c")  # có mặt: refused, said on the banner
    assert marks(demo_db, sid) == {} and panel.banner.property("kind") == "bad" and "25/11/2026" in panel.banner.text()
    panel.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Báo trước: đi viện", True)))
    qtbot.keyClick(panel.table, "p")  # vắng có phép, told in advance
    assert marks(demo_db, sid) == {line.participant_id: "excused"}


def test_a_late_arrival_on_another_day_shows_its_date() -> None:
    from datetime import date, datetime

    from classroom.attendance import RosterLine
    from models import LOCAL_TZ
    from ui.attendance.roster_model import RosterModel
    model = RosterModel()
    model.session_day = date(2026, 11, 23)
    same = RosterLine(1, "A", 1960, "", "C1", "late", "", datetime(2026, 11, 23, 19, 25, tzinfo=LOCAL_TZ), "x", None)
    other = RosterLine(2, "B", 1960, "", "C2", "late", "", datetime(2026, 11, 24, 7, 5, tzinfo=LOCAL_TZ), "x", None)
    model.set_lines([same, other])
    assert model.data(model.index(0, 5)) == "19:25"
    assert model.data(model.index(1, 5)) == "24/11/2026 07:05"
