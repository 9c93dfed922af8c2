"""Sessions to come: not marked before they start (an explicit override for excused absences and
corrections), and not counted by the statistics until held. Every clock here is fixed."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from classroom import attendance as att
from classroom.errors import InvalidInput
from classroom.reporting.dashboard import dashboard
from classroom.reporting.results import Period, results_select
from models import ClassSession, CourseClass, Enrollment, Participant, SessionStatus
from models.db import Database


def next_session(s):  # type: ignore[no-untyped-def]
    """A running class's first session still to come (in the demo: after 23/11/2026)."""
    klass = s.scalars(select(CourseClass).where(CourseClass.status == "running").order_by(CourseClass.id)).first()
    return klass, next(x for x in sorted(klass.sessions, key=lambda x: x.starts_at) if x.status == SessionStatus.SCHEDULED)


def test_a_session_not_started_is_refused_with_its_start(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass, sess = next_session(s)
        pid = att.roster(s, sess.id)[0].participant_id
        before = sess.starts_at - att.OPENS_BEFORE - timedelta(minutes=1)
        with pytest.raises(InvalidInput) as err:
            att.mark(s, sess.id, pid, "present", actor="x", now=before)
        problem = err.value.problems[0]
        assert problem.code == "session_not_started" and problem.params["starts_at"] == sess.starts_at.strftime("%d/%m/%Y %H:%M")
        with pytest.raises(InvalidInput):
            att.mark_everyone_present(s, sess.id, actor="x", now=before)
        assert all(line.status is None for line in att.roster(s, sess.id))
        # early comers: the doors open an hour ahead
        att.mark(s, sess.id, pid, "present", actor="x", now=sess.starts_at - timedelta(minutes=20))
        assert att.roster(s, sess.id)[0].status == "present"


def test_the_override_excuses_ahead_without_holding_the_session(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass, sess = next_session(s)
        pid = att.roster(s, sess.id)[0].participant_id
        before = sess.starts_at - timedelta(days=2)
        att.mark(s, sess.id, pid, "excused", actor="x", reason="Đi viện", now=before, allow_future=True)
        assert s.get(ClassSession, sess.id).status == SessionStatus.SCHEDULED  # not held by an advance notice
        results = {r.participant_id: r for r in att.class_results(s, klass.id, before)}
        held_before = results[pid].held
        assert all(r.in_progress for r in results.values())
        # once started (and marked), it counts
        att.mark(s, sess.id, att.roster(s, sess.id)[1].participant_id, "present", actor="x",
                 now=sess.starts_at + timedelta(minutes=5))
        after = {r.participant_id: r for r in att.class_results(s, klass.id, sess.starts_at + timedelta(hours=3))}
        assert after[pid].held == held_before + 1


def test_scans_and_walk_ins_before_the_start_record_nothing(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass, sess = next_session(s)
        before = sess.starts_at - timedelta(hours=3)
        member = att.roster(s, sess.id)[0]
        result = att.scan(s, sess.id, member.card, actor="máy quét", now=before)
        assert (result.kind, result.participant_id) == ("not_started", member.participant_id)
        enrolled = {line.participant_id for line in att.roster(s, sess.id)}
        outsider = s.scalars(select(Participant).where(Participant.id.not_in(enrolled))).first()
        with pytest.raises(InvalidInput):
            att.walk_in(s, sess.id, outsider.id, actor="x", now=before)
        assert s.scalar(select(Enrollment.id).where(Enrollment.class_id == klass.id,
                                                    Enrollment.participant_id == outsider.id)) is None
        assert all(line.status is None for line in att.roster(s, sess.id))
        late = att.scan(s, sess.id, member.card, actor="máy quét", now=sess.starts_at + timedelta(minutes=40))
        assert late.kind == "marked" and late.arrived_at.date() == sess.starts_at.date()  # the time carries its date


def test_statistics_count_sessions_held_by_the_clock_given(demo_db: Database) -> None:
    """A session set held (or marked under the override) that starts after ``now`` is not counted."""
    with demo_db.transaction() as s:
        klass, sess = next_session(s)
        start = sess.starts_at
        sess.status = SessionStatus.HELD  # as a stale status or a hand-made import might leave it
        s.flush()
        period = Period(start.date().replace(day=1), start.date() + timedelta(days=40), now=start - timedelta(days=1))
        before = dashboard(s, period).sessions_held
        rows_before = {(r.class_id, r.participant_id): r.held for r in s.execute(results_select(period, klass.id))}
        later = Period(period.start, period.end, now=start + timedelta(hours=3))
        assert dashboard(s, later).sessions_held == before + 1
        rows_after = {(r.class_id, r.participant_id): r.held for r in s.execute(results_select(later, klass.id))}
        assert all(rows_after[k] == held + 1 for k, held in rows_before.items()) and rows_before
        results = att.class_results(s, klass.id, start - timedelta(days=1))
        assert all(r.held == rows_before[(klass.id, r.participant_id)] for r in results)
