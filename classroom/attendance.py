"""Attendance: a session's roster, marks, scanner input, and who completed a class.

Marks are one row per (session, person), updated in place: scanning a card twice or
marking again never doubles anything. A session with any mark counts as held once it has
started. A session that has not started cannot be marked (``session_not_started``): marks
open ``OPENS_BEFORE`` ahead of the start, for people who come early; ``allow_future=True``
is the explicit override (an absence excused in advance, a correction). The clock is
passed in (``now``); without it, the time now in Vietnam.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from models import (
    LOCAL_TZ, AssessmentResult, AttendanceMark, AttendanceStatus, ClassSession, Commune, Course, CourseClass,
    PRESENT_LIKE, AttendanceTally, Enrollment, EnrollmentStatus, Participant, SessionStatus, Setting, Venue, Village,
    now_local,
)

from . import audit, audit_marks
from .errors import InvalidInput, NotFound, Problem

STATUSES = tuple(s.value for s in AttendanceStatus)
DEFAULT_LATE_MINUTES = 15
OPENS_BEFORE = timedelta(hours=1)  # the doors open: early comers' cards are read before the start


def has_started(starts_at: datetime, now: datetime) -> bool:
    """True when marks can be taken: from ``OPENS_BEFORE`` ahead of the start."""
    return now >= starts_at - OPENS_BEFORE


def _check_started(s: ClassSession, now: datetime) -> None:
    if not has_started(s.starts_at, now):
        raise InvalidInput([Problem("session_not_started", "session", params={
            "id": s.id, "starts_at": s.starts_at.strftime("%d/%m/%Y %H:%M")})])


@dataclass(frozen=True)
class SessionInfo:
    id: int
    class_id: int
    class_code: str
    course_title: str
    target_group: str
    venue: str
    starts_at: datetime
    ends_at: datetime
    status: str
    enrolled: int
    marked: int


@dataclass(frozen=True)
class RosterLine:
    participant_id: int
    full_name: str
    birth_year: int | None
    village: str
    card: str
    status: str | None  # None: not marked yet
    reason: str
    arrived_at: datetime | None
    marked_by: str
    marked_at: datetime | None


@dataclass(frozen=True)
class MarkState:
    """What a mark was, so that the screen can undo the last one."""

    participant_id: int
    status: str | None
    reason: str = ""
    arrived_at: datetime | None = None


@dataclass(frozen=True)
class ScanResult:
    """``kind``: marked | already | not_enrolled | not_started | unknown_card | foreign_card."""

    kind: str
    participant_id: int | None = None
    full_name: str = ""
    status: str | None = None
    previous: MarkState | None = None
    arrived_at: datetime | None = None


def _session_infos(session: Session, *where: ColumnElement[bool]) -> list[SessionInfo]:
    # Counted per row through the class_id / session_id indexes: grouping whole tables would
    # cost more than the few sessions of a week or the one session asked for.
    enrolled = (select(func.count()).select_from(Enrollment)
                .where(Enrollment.class_id == CourseClass.id, Enrollment.status == EnrollmentStatus.ENROLLED)
                .correlate(CourseClass).scalar_subquery())
    marked = (select(func.count()).select_from(AttendanceMark)
              .where(AttendanceMark.session_id == ClassSession.id).correlate(ClassSession).scalar_subquery())
    stmt = (
        select(ClassSession.id, CourseClass.id, CourseClass.code, Course.title, CourseClass.target_group,
               Venue.name, ClassSession.starts_at, ClassSession.ends_at, ClassSession.status, enrolled, marked)
        .join(CourseClass, CourseClass.id == ClassSession.class_id)
        .join(Course, Course.id == CourseClass.course_id)
        .join(Venue, Venue.id == func.coalesce(ClassSession.venue_id, CourseClass.venue_id))
        .where(*where)
        .order_by(ClassSession.starts_at, CourseClass.code)
    )
    return [SessionInfo(*r) for r in session.execute(stmt)]


def sessions_between(session: Session, start: date, end: date) -> list[SessionInfo]:
    """Sessions from ``start`` to ``end`` (inclusive) not cancelled, with head counts, in time order."""
    lo = datetime.combine(start, time.min, LOCAL_TZ)
    hi = datetime.combine(end + timedelta(days=1), time.min, LOCAL_TZ)
    return _session_infos(session, ClassSession.starts_at >= lo, ClassSession.starts_at < hi,
                          ClassSession.status != SessionStatus.CANCELLED)


def session_info(session: Session, session_id: int) -> SessionInfo:
    found = _session_infos(session, ClassSession.id == session_id)
    if not found:
        raise NotFound("session", id=session_id)
    return found[0]


def roster(session: Session, session_id: int) -> list[RosterLine]:
    """The enrolled people of the session's class with their marks, in Vietnamese name order."""
    s = session.get(ClassSession, session_id)
    if s is None:
        raise NotFound("session", id=session_id)
    mark = AttendanceMark
    stmt = (
        select(Participant.id, Participant.full_name, Participant.birth_year, func.coalesce(Village.name, ""),
               Participant.card_code, mark.status, mark.reason, mark.arrived_at, mark.marked_by, mark.marked_at)
        .join(Enrollment, Enrollment.participant_id == Participant.id)
        .outerjoin(Village, Village.id == Participant.village_id)
        .outerjoin(mark, and_(mark.participant_id == Participant.id, mark.session_id == session_id))
        .where(Enrollment.class_id == s.class_id, Enrollment.status == EnrollmentStatus.ENROLLED)
        .order_by(Participant.sort_key, Participant.id)
    )
    return [RosterLine(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8] or "", r[9])
            for r in session.execute(stmt)]


def _is_enrolled(session: Session, class_id: int, participant_id: int) -> bool:
    return session.scalar(select(Enrollment.id).where(
        Enrollment.class_id == class_id, Enrollment.participant_id == participant_id,
        Enrollment.status == EnrollmentStatus.ENROLLED)) is not None


def mark(session: Session, session_id: int, participant_id: int, status: str, *, actor: str,
         source: str = "office", reason: str = "", arrived_at: datetime | None = None,
         marked_at: datetime | None = None, now: datetime | None = None, allow_future: bool = False) -> MarkState:
    """Record one mark (insert or update); returns what it was before, for undo.

    Refused (``session_not_started``) for a session that has not started, unless ``allow_future``.
    """
    if status not in STATUSES:
        raise InvalidInput([Problem("attendance_status_unknown", "status", params={"value": status})])
    s = session.get(ClassSession, session_id)
    if s is None:
        raise NotFound("session", id=session_id)
    if s.status == SessionStatus.CANCELLED:
        raise InvalidInput([Problem("session_cancelled", "session", params={"id": session_id})])
    now = now or now_local()
    if not allow_future:
        _check_started(s, now)
    if not _is_enrolled(session, s.class_id, participant_id):
        raise InvalidInput([Problem("not_enrolled", "participant", params={"id": participant_id})])
    existing = session.scalar(select(AttendanceMark).where(
        AttendanceMark.session_id == session_id, AttendanceMark.participant_id == participant_id))
    before = MarkState(participant_id, existing.status if existing else None,
                       existing.reason if existing else "", existing.arrived_at if existing else None)
    values = {"status": status, "reason": reason if status == AttendanceStatus.EXCUSED else "",
              "arrived_at": arrived_at if status == AttendanceStatus.LATE else None,
              "marked_at": marked_at or now, "marked_by": actor, "source": source}
    if existing is None:
        _insert_or_update(session, session_id, participant_id, values)
    else:
        for key, value in values.items():
            setattr(existing, key, value)
    if has_started(s.starts_at, now):  # (an absence excused in advance does not hold the session)
        s.status = SessionStatus.HELD
    audit_marks.note(session, session_id, participant_id, status, actor=actor, source=source,
                     at=values["marked_at"])  # type: ignore[arg-type]
    session.flush()
    return before


def _insert_or_update(session: Session, session_id: int, participant_id: int, values: dict[str, object]) -> None:
    """Insert the mark, or update it when another client inserted it since we looked.

    Two PCs of a shared office (or a scanner and the officer) may mark the same person at
    the same moment: the database's ON CONFLICT (SQLite and PostgreSQL) lets the later one
    update the row the first made, where a plain INSERT would fail on the unique pair.
    """
    dialect = session.get_bind().dialect.name
    if dialect not in ("sqlite", "postgresql"):
        session.add(AttendanceMark(session_id=session_id, participant_id=participant_id, **values))
        return
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    stmt = insert(AttendanceMark).values(session_id=session_id, participant_id=participant_id, **values)
    session.execute(stmt.on_conflict_do_update(index_elements=["session_id", "participant_id"], set_=values))


def restore(session: Session, session_id: int, state: MarkState, *, actor: str) -> None:
    """Put a mark back as it was (the screen's undo)."""
    existing = session.scalar(select(AttendanceMark).where(
        AttendanceMark.session_id == session_id, AttendanceMark.participant_id == state.participant_id))
    if state.status is None:
        if existing is not None:
            session.delete(existing)
            audit_marks.note(session, session_id, state.participant_id, None, actor=actor, source="undo")
        session.flush()
        return
    mark(session, session_id, state.participant_id, state.status, actor=actor, reason=state.reason,
         arrived_at=state.arrived_at, allow_future=True)  # it was allowed when it was made


def mark_everyone_present(session: Session, session_id: int, *, actor: str,
                          now: datetime | None = None) -> list[MarkState]:
    """Everyone not yet marked is present; returns their previous states (for undo)."""
    return [mark(session, session_id, line.participant_id, AttendanceStatus.PRESENT, actor=actor, now=now)
            for line in roster(session, session_id) if line.status is None]


def walk_in(session: Session, session_id: int, participant_id: int, *, actor: str,
            now: datetime | None = None) -> MarkState:
    """Someone at the door who is not enrolled: enrolled on the spot (whatever the capacity:
    they are in the room) and marked present."""
    s = session.get(ClassSession, session_id)
    if s is None:
        raise NotFound("session", id=session_id)
    now = now or now_local()
    _check_started(s, now)  # before enrolling: nothing half-done
    person = session.get(Participant, participant_id)
    if person is None or person.erased_at is not None:
        raise NotFound("participant", id=participant_id)
    enrollment = session.scalar(select(Enrollment).where(Enrollment.class_id == s.class_id,
                                                         Enrollment.participant_id == participant_id))
    if enrollment is None:
        enrollment = Enrollment(class_id=s.class_id, participant_id=participant_id)
        session.add(enrollment)
    enrollment.status = EnrollmentStatus.ENROLLED
    enrollment.withdrawn_at = None
    session.flush()
    audit.record(session, actor, "walk_in", "enrollment", enrollment.id, class_id=s.class_id, session_id=session_id)
    return mark(session, session_id, participant_id, AttendanceStatus.PRESENT, actor=actor, source="walk_in", now=now)


def late_minutes(session: Session) -> int:
    value = session.scalar(select(Setting.value).where(Setting.key == "late_after_minutes"))
    return int(value) if value and value.isdigit() else DEFAULT_LATE_MINUTES


def scan(session: Session, session_id: int, card_text: str, *, actor: str,
         now: datetime | None = None) -> ScanResult:
    """A card read by a scanner: present, or late past the set minutes after the start.

    A session that has not started gives ``not_started`` (nothing recorded): the scan stream
    goes on, the screen says so.
    """
    code = "".join(card_text.split()).upper()
    s = session.get(ClassSession, session_id)
    if s is None:
        raise NotFound("session", id=session_id)
    person = session.scalar(select(Participant).where(Participant.card_code == code, Participant.erased_at.is_(None)))
    if person is None:
        commune = session.scalar(select(Commune.code))
        foreign = bool(commune) and "-" in code and not code.startswith(f"{commune}-")
        return ScanResult("foreign_card" if foreign else "unknown_card")
    now = now or now_local()
    if not has_started(s.starts_at, now):
        return ScanResult("not_started", person.id, person.full_name)
    if not _is_enrolled(session, s.class_id, person.id):
        return ScanResult("not_enrolled", person.id, person.full_name)
    current = session.scalar(select(AttendanceMark.status).where(
        AttendanceMark.session_id == session_id, AttendanceMark.participant_id == person.id))
    if current in PRESENT_LIKE:
        return ScanResult("already", person.id, person.full_name, current)
    late = now > s.starts_at + timedelta(minutes=late_minutes(session))
    status = AttendanceStatus.LATE if late else AttendanceStatus.PRESENT
    before = mark(session, session_id, person.id, status, actor=actor, source="scan",
                  arrived_at=now if late else None, marked_at=now)
    return ScanResult("marked", person.id, person.full_name, status, before, now if late else None)


@dataclass(frozen=True)
class PersonResult:
    participant_id: int
    full_name: str
    attended: int
    held: int
    assessment_passed: bool | None
    completed: bool
    in_progress: bool  # sessions still to come: nobody has completed yet


def class_results(session: Session, class_id: int, now: datetime | None = None) -> list[PersonResult]:
    """Per enrolled person: sessions attended (present or late) of sessions held, and the rule met.

    Held: started by ``now`` and marked (or set held), not cancelled. A class completes when no
    session is left to hold (each is held or cancelled); before that everyone is in progress,
    whatever they attended so far.
    """
    now = now or now_local()
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    sessions = session.execute(
        select(ClassSession.id, ClassSession.status, func.count(AttendanceMark.id), ClassSession.starts_at)
        .outerjoin(AttendanceMark, AttendanceMark.session_id == ClassSession.id)
        .where(ClassSession.class_id == class_id)
        .group_by(ClassSession.id, ClassSession.status, ClassSession.starts_at)).all()
    held_ids = [sid for sid, status, n, starts in sessions if starts <= now and status != SessionStatus.CANCELLED
                and (status == SessionStatus.HELD or n)]
    to_come = len(sessions) - len(held_ids) - sum(1 for _, status, _, _ in sessions if status == SessionStatus.CANCELLED)
    # Marks present or late at sessions not cancelled (each such session counts as held), kept by the database.
    attended: dict[int, int] = defaultdict(int, session.execute(
        select(AttendanceTally.participant_id, AttendanceTally.present).where(AttendanceTally.class_id == class_id)).all())
    passed = dict(session.execute(select(AssessmentResult.participant_id, AssessmentResult.passed)
                                  .where(AssessmentResult.class_id == class_id)).all())
    people = session.execute(
        select(Participant.id, Participant.full_name).join(Enrollment, Enrollment.participant_id == Participant.id)
        .where(Enrollment.class_id == class_id, Enrollment.status == EnrollmentStatus.ENROLLED)
        .order_by(Participant.sort_key, Participant.id)).all()
    held = len(held_ids)
    results = []
    for pid, name in people:
        enough = held > 0 and attended[pid] * 100 >= klass.completion_percent * held
        ok = enough and (passed.get(pid) is True if klass.requires_assessment else True) and not to_come
        results.append(PersonResult(pid, name, attended[pid], held, passed.get(pid), ok, to_come > 0))
    return results


@dataclass(frozen=True)
class SessionTally:
    session_id: int
    starts_at: datetime
    status: str
    present: int
    late: int
    absent: int
    excused: int


def session_tallies(session: Session, class_id: int) -> list[SessionTally]:
    """Attendance by session of one class: how many present, late, absent, excused."""
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for sid, status, n in session.execute(
            select(AttendanceMark.session_id, AttendanceMark.status, func.count())
            .join(ClassSession, ClassSession.id == AttendanceMark.session_id)
            .where(ClassSession.class_id == class_id).group_by(AttendanceMark.session_id, AttendanceMark.status)):
        counts[sid][status] = n
    return [SessionTally(s.id, s.starts_at, s.status, *(counts[s.id].get(k, 0) for k in STATUSES))
            for s in session.scalars(select(ClassSession).where(ClassSession.class_id == class_id)
                                     .order_by(ClassSession.starts_at))]
