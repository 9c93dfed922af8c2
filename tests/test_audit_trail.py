"""Every change that matters lands in the audit log: marks (one row per session and officer per
sitting), instructor-file merges, certificates per person, restores, settings."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from classroom import attendance as att
from classroom import audit, audit_marks, offline
from classroom.backup import backup_to, restore_from
from classroom.certificates import count_reprint, issue_for_class, revoke
from classroom.cli import main
from models import LOCAL_TZ, AuditEntry, AuditPendingMark, ClassSession, Enrollment, EnrollmentStatus
from models.db import Database
from tests.conftest import DEMO_TODAY
from ui.attendance.panel import AttendancePanel
from ui.ops import Ops


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _rows(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def _session_with_people(db: Database, count: int = 4) -> tuple[int, list[int]]:
    with db.sessions() as s:
        for sid, class_id in s.execute(select(ClassSession.id, ClassSession.class_id).where(
                ClassSession.status != "cancelled").order_by(ClassSession.starts_at)):
            people = list(s.scalars(select(Enrollment.participant_id).where(
                Enrollment.class_id == class_id, Enrollment.status == EnrollmentStatus.ENROLLED)
                .order_by(Enrollment.participant_id)))
            if len(people) >= count:
                return sid, people[:count]
    raise AssertionError("no session with enough people")


def test_a_sitting_of_marks_is_one_row(demo_db: Database) -> None:
    sid, people = _session_with_people(demo_db)
    for pid in people:  # one transaction per click, as the screen does
        with demo_db.transaction() as s:
            att.mark(s, sid, pid, "present", actor="Lan")
    with demo_db.transaction() as s:
        before = att.mark(s, sid, people[0], "late", actor="Lan")
    with demo_db.transaction() as s:
        att.restore(s, sid, before, actor="Lan")  # undo: back to present
    with demo_db.transaction() as s:
        att.mark(s, sid, people[1], "absent", actor="Hùng")  # another officer, the same session
    assert _rows(demo_db, "mark") == []  # nothing yet: the sitting goes on
    with demo_db.transaction() as s:
        assert audit_marks.close_sitting(s, session_id=sid, actor="Lan") == 1
    (row,) = _rows(demo_db, "mark")
    details = json.loads(row.details)
    assert (row.actor, row.entity, row.entity_id) == ("Lan", "session", sid)
    assert details["marks"] == 6 and details["people"] == 4 and details["n_present"] == 4
    assert details["participants"] == {str(p): "present" for p in people}
    with demo_db.transaction() as s:  # Hùng's sitting closes on its own
        assert audit_marks.close_sitting(s, session_id=sid) == 1
        assert s.scalar(select(func.count()).select_from(AuditPendingMark)) == 0
    assert [r.actor for r in _rows(demo_db, "mark")] == ["Lan", "Hùng"]
    with demo_db.sessions() as s:  # each person marked finds the sitting's row when filtering by them
        for pid in people:
            found = audit.entries(s, audit.AuditFilter(person_id=pid, action="mark"))
            assert [r.actor for r in found] == (["Hùng", "Lan"] if pid == people[1] else ["Lan"])
        assert audit.count(s, audit.AuditFilter(person_id=people[2])) >= 1


def test_sittings_left_open_are_closed_at_start_when_stale(demo_db: Database) -> None:
    sid, people = _session_with_people(demo_db, 2)
    now = datetime(2026, 11, 26, 20, 0, tzinfo=LOCAL_TZ)
    with demo_db.transaction() as s:
        att.mark(s, sid, people[0], "present", actor="Lan", marked_at=now - timedelta(hours=7))
        att.mark(s, sid, people[1], "present", actor="Hùng", marked_at=now - timedelta(minutes=5))
    with demo_db.transaction() as s:
        assert audit_marks.close_stale(s, now) == 1
    assert [r.actor for r in _rows(demo_db, "mark")] == ["Lan"]


def test_cli_mark_is_one_row_per_command(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    sid, people = _session_with_people(demo_db, 2)
    for pid in people:
        assert main(["--db", _url(demo_db), "attendance", "mark", "--session", str(sid), "--participant", str(pid),
                     "--status", "excused"]) == 0
    rows = _rows(demo_db, "mark")
    assert len(rows) == 2 and all(json.loads(r.details)["n_excused"] == 1 for r in rows)


def test_instructor_file_merge_is_audited(demo_db: Database, tmp_path: Path) -> None:
    sid, people = _session_with_people(demo_db, 3)
    with demo_db.sessions() as s:
        class_id = s.get(ClassSession, sid).class_id  # type: ignore[union-attr]
    with demo_db.transaction() as s:
        content = offline.export_class(s, class_id, instructor="GV Minh", actor="Lan",
                                       now=datetime(2026, 11, 23, 8, 0, tzinfo=LOCAL_TZ))
    stamp = datetime(2026, 11, 29, 19, 5, tzinfo=LOCAL_TZ).isoformat()  # later than the office's marks
    content["marks"] = [m for m in content["marks"] if m["session_id"] != sid] + [
        {"session_id": sid, "participant_id": pid, "status": "excused", "reason": "Ốm", "arrived_at": None,
         "marked_at": stamp, "marked_by": "GV Minh"} for pid in people]
    offline.reseal_marks(content)
    with demo_db.transaction() as s:
        result = offline.merge(s, content, actor="Lan", path=str(tmp_path / "lop.json"),
                               now=datetime(2026, 11, 30, 9, 0, tzinfo=LOCAL_TZ))
    (merged,) = _rows(demo_db, "merge_offline")
    details = json.loads(merged.details)
    assert merged.actor == "Lan" and details["file"] == content["export_id"] and details["instructor"] == "GV Minh"
    assert details["added"] + details["updated"] == result.added + result.updated >= 1
    marks = [r for r in _rows(demo_db, "mark") if r.entity_id == sid]
    assert len(marks) == 1 and marks[0].actor == "GV Minh"


def test_certificates_issue_reprint_revoke_name_the_person(demo_db: Database) -> None:
    from models import Certificate, CourseClass
    with demo_db.transaction() as s:  # the demo's finished class, its certificates issued again
        class_id = s.scalars(select(CourseClass.id).where(CourseClass.status == "finished")
                             .order_by(CourseClass.id)).first()
        s.execute(Certificate.__table__.delete().where(Certificate.class_id == class_id))
        serials = issue_for_class(s, class_id, issued_on=date(2026, 11, 27), actor="Lan")
    assert serials
    with demo_db.transaction() as s:
        count_reprint(s, class_id, serials[:1], actor="Lan")
        cert = revoke(s, serials[0], "Cấp nhầm", actor="Lan")
        holder = cert.participant_id
    with demo_db.sessions() as s:
        mine = audit.entries(s, audit.AuditFilter(person_id=holder))
        assert [r.action for r in mine][:3] == ["revoke", "reprint", "issue"]
        issued = [r for r in audit.entries(s, audit.AuditFilter(action="issue", actor="Lan")) if r.entity == "certificate"]
        assert len(issued) == len(serials) and {r.details["serial"] for r in issued} == set(serials)


@pytest.mark.sqlite
def test_restore_is_audited_and_the_chain_holds(demo_db: Database, tmp_path: Path) -> None:
    copy = backup_to(demo_db, tmp_path / "copy.sqlite3")
    restore_from(demo_db, copy, tmp_path / "safety", actor="Lan")
    (row,) = _rows(demo_db, "restore")
    assert row.actor == "Lan" and json.loads(row.details)["file"] == "copy.sqlite3"
    with demo_db.sessions() as s:
        assert audit.check(s).broken is None


def test_erasing_a_person_keeps_the_log_whole_and_free_of_their_identity(demo_db: Database) -> None:
    from classroom.data_rights import erase_person
    from models import Participant

    sid, people = _session_with_people(demo_db, 1)
    with demo_db.transaction() as s:
        person = s.get(Participant, people[0])
        assert person is not None
        name, nid, phone = person.full_name, person.national_id, person.phone
        att.mark(s, sid, people[0], "present", actor="Lan")
        audit_marks.close_sitting(s, session_id=sid)
    with demo_db.transaction() as s:
        erase_person(s, people[0], actor="Lan")
    with demo_db.sessions() as s:
        assert audit.check(s).broken is None
        text = " ".join(d for d in s.scalars(select(AuditEntry.details)))
    assert name not in text and (not nid or nid not in text) and (not phone or phone not in text)


@pytest.fixture
def panel(qtbot, demo_db: Database, qapp: QApplication, monkeypatch) -> Iterator[AttendancePanel]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(AttendancePanel, "_today", staticmethod(lambda: DEMO_TODAY))
    errors: list[BaseException] = []
    ops = Ops(demo_db, errors.append, synchronous=True)
    ops.actor = "Nguyễn Thị Lan"
    widget = AttendancePanel(ops)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    yield widget
    assert not errors


def test_screen_writes_one_row_when_the_officer_leaves_the_session(qtbot, panel: AttendancePanel,  # type: ignore[no-untyped-def]
                                                                    demo_db: Database) -> None:
    sid = panel.session_id
    panel.table.setFocus()
    panel.table.selectRow(0)
    for _ in range(3):
        qtbot.keyClick(panel.table, "p")
    assert [r for r in _rows(demo_db, "mark") if r.entity_id == sid] == []
    other = next(panel.sessions.item(i).data(256) for i in range(panel.sessions.count())
                 if panel.sessions.item(i).data(256) not in (None, sid))
    panel.open_session(other)
    rows = [r for r in _rows(demo_db, "mark") if r.entity_id == sid]
    assert len(rows) == 1 and rows[0].actor == "Nguyễn Thị Lan" and json.loads(rows[0].details)["marks"] == 3
    qtbot.keyClick(panel.table, "p")
    panel.hide()  # another screen
    assert len([r for r in _rows(demo_db, "mark") if r.entity_id == other]) == 1
