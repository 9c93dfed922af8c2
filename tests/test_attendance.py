"""Marking attendance: marks, undo, scanner input, completion rules."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from classroom import attendance as att
from classroom.errors import InvalidInput
from models import (
    AssessmentResult, AttendanceMark, ClassSession, CourseClass, Enrollment, Participant, SessionStatus,
)
from models.db import Database
from tests.conftest import DEMO_TODAY


def running_class(s):  # type: ignore[no-untyped-def]
    klass = s.scalars(select(CourseClass).where(CourseClass.status == "running").order_by(CourseClass.id)).first()
    upcoming = [x for x in klass.sessions if x.status == SessionStatus.SCHEDULED]
    return klass, upcoming[0]


def test_roster_is_in_name_order_and_marks_are_upserted(demo_db: Database) -> None:
    from classroom.text import name_sort_key
    with demo_db.transaction() as s:
        klass, sess = running_class(s)
        lines = att.roster(s, sess.id)
        assert [line.full_name for line in lines] == sorted((x.full_name for x in lines), key=name_sort_key)
        assert all(line.status is None for line in lines)
        pid = lines[0].participant_id
        before = att.mark(s, sess.id, pid, "absent", actor="Cô Hà")
        assert before.status is None
        again = att.mark(s, sess.id, pid, "excused", actor="Cô Hà", reason="Ốm")
        assert again.status == "absent"
        assert s.scalar(select(func.count()).select_from(AttendanceMark)
                        .where(AttendanceMark.session_id == sess.id)) == 1
        line = att.roster(s, sess.id)[0]
        assert (line.status, line.reason, line.marked_by) == ("excused", "Ốm", "Cô Hà")
        att.restore(s, sess.id, again, actor="Cô Hà")
        assert att.roster(s, sess.id)[0].status == "absent"
        att.restore(s, sess.id, before, actor="Cô Hà")
        assert att.roster(s, sess.id)[0].status is None


def test_everyone_present_then_exceptions(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass, sess = running_class(s)
        marked = att.mark_everyone_present(s, sess.id, actor="x")
        assert len(marked) == len(att.roster(s, sess.id)) > 0
        assert all(m.status is None for m in marked)
        assert att.mark_everyone_present(s, sess.id, actor="x") == []
        assert s.get(ClassSession, sess.id).status == SessionStatus.HELD


def test_scan_marks_present_then_late_and_never_doubles(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass, sess = running_class(s)
        lines = att.roster(s, sess.id)
        first, second = lines[0], lines[1]
        r = att.scan(s, sess.id, f"  {first.card.lower()}\n", actor="máy quét", now=sess.starts_at + timedelta(minutes=3))
        assert (r.kind, r.status, r.full_name) == ("marked", "present", first.full_name)
        assert att.scan(s, sess.id, first.card, actor="máy quét").kind == "already"
        late = att.scan(s, sess.id, second.card, actor="máy quét", now=sess.starts_at + timedelta(minutes=40))
        assert late.status == "late"
        assert s.scalar(select(func.count()).select_from(AttendanceMark)
                        .where(AttendanceMark.session_id == sess.id)) == 2


def test_scan_unknown_foreign_and_not_enrolled_cards(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass, sess = running_class(s)
        assert att.scan(s, sess.id, "15883-ZZZZZZZZ", actor="x").kind == "unknown_card"
        assert att.scan(s, sess.id, "27001-BCFGHKLM", actor="x").kind == "foreign_card"
        enrolled = {line.participant_id for line in att.roster(s, sess.id)}
        outsider = s.scalars(select(Participant).where(Participant.id.not_in(enrolled))).first()
        r = att.scan(s, sess.id, outsider.card_code, actor="x")
        assert (r.kind, r.participant_id) == ("not_enrolled", outsider.id)
        with pytest.raises(InvalidInput) as err:
            att.mark(s, sess.id, outsider.id, "present", actor="x")
        assert err.value.problems[0].code == "not_enrolled"


def test_completion_rules(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "finished").order_by(CourseClass.id)).first()
        results = att.class_results(s, klass.id)
        held = len([x for x in klass.sessions if x.status == SessionStatus.HELD])
        assert results and all(r.held == held for r in results)
        for r in results:
            assert r.completed == (r.attended * 100 >= 80 * held)
        # with an assessment required, only those who passed it complete
        klass.requires_assessment = True
        best = max(results, key=lambda r: r.attended)
        s.add(AssessmentResult(class_id=klass.id, participant_id=best.participant_id,
                               assessed_on=DEMO_TODAY, passed=True))
        s.flush()
        done = [r for r in att.class_results(s, klass.id) if r.completed]
        assert [r.participant_id for r in done] == [best.participant_id]


def test_bad_status_and_cancelled_session(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass, sess = running_class(s)
        pid = att.roster(s, sess.id)[0].participant_id
        with pytest.raises(InvalidInput):
            att.mark(s, sess.id, pid, "sleeping", actor="x")
        sess.status = SessionStatus.CANCELLED
        with pytest.raises(InvalidInput) as err:
            att.mark(s, sess.id, pid, "present", actor="x")
        assert err.value.problems[0].code == "session_cancelled"
        assert s.scalar(select(func.count()).select_from(Enrollment)) > 0


def test_nobody_completes_while_sessions_are_to_come(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass, sess = running_class(s)
        for session_row in klass.sessions:
            if session_row.status == SessionStatus.HELD:
                for line in att.roster(s, session_row.id):
                    att.mark(s, session_row.id, line.participant_id, "present", actor="x")
        results = att.class_results(s, klass.id)
        assert results and all(r.in_progress and not r.completed for r in results)
        for session_row in klass.sessions:  # the rest cancelled: the class is over, everyone completed
            if session_row.status == SessionStatus.SCHEDULED:
                session_row.status = SessionStatus.CANCELLED
        s.flush()
        assert all(r.completed and not r.in_progress for r in att.class_results(s, klass.id))
