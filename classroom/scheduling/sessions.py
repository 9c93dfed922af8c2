"""One session at a time: move it, cancel it, add one; and who must be told.

A moved, cancelled or added session returns a ``Notice`` listing the enrolled people
with their phone numbers (as data: the face shows or prints them). A time on a public
holiday is allowed on purpose; the notice names the holiday so the face can say so.

Codes: ``NotFound`` session/class; ``Refused`` ``session_held`` (attendance was taken:
it happened), ``session_cancelled`` (move a cancelled session: add a new one instead),
``class_cancelled``; ``InvalidInput`` ``duration_invalid``, ``sessions_overlap``;
``SchedulingConflict`` unless ``allow_conflicts``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    ClassSession, ClassStatus, CourseClass, Enrollment, EnrollmentStatus, Participant, SessionStatus, Venue,
    class_instructors,
)

from .. import audit
from ..calendar import holidays_between
from ..errors import InvalidInput, NotFound, Refused
from ..text import nfc
from .conflicts import SchedulingConflict, find_conflicts
from .recurrence import PlannedSession, check_duration, check_no_overlap, local


@dataclass(frozen=True, slots=True)
class Contact:
    participant_id: int
    full_name: str
    phone: str | None


@dataclass(frozen=True)
class Notice:
    """What changed in one session, and whom to tell."""

    action: str  # moved | cancelled | added
    session_id: int
    class_id: int
    class_code: str
    starts_at: datetime
    ends_at: datetime
    previous_starts_at: datetime | None
    holiday: str | None
    people: tuple[Contact, ...]


def contacts(session: Session, class_id: int) -> tuple[Contact, ...]:
    """The people enrolled in a class (not waiting, not withdrawn, not erased), by name order."""
    rows = session.execute(
        select(Participant.id, Participant.full_name, Participant.phone)
        .join(Enrollment, Enrollment.participant_id == Participant.id)
        .where(Enrollment.class_id == class_id, Enrollment.status == EnrollmentStatus.ENROLLED,
               Participant.erased_at.is_(None))
        .order_by(Participant.sort_key))
    return tuple(Contact(*r) for r in rows)


def holiday_on(session: Session, moment: datetime, language: str = "vi") -> str | None:
    day = local(moment).date()
    return holidays_between(session, day, day, language).get(day)


def move_session(session: Session, session_id: int, starts_at: datetime, ends_at: datetime, *,
                 venue_id: int | None = None, allow_conflicts: bool = False, actor: str = "",
                 language: str = "vi") -> Notice:
    """Move one session; ``venue_id`` None keeps its venue. ``moved_from`` keeps its first time."""
    row = _session(session, session_id)
    klass = row.course_class
    if row.status == SessionStatus.HELD:
        raise Refused("session_held", id=session_id)
    if row.status == SessionStatus.CANCELLED:
        raise Refused("session_cancelled", id=session_id)
    starts_at, ends_at = local(starts_at), local(ends_at)
    venue_id = venue_id if venue_id is not None else (row.venue_id or klass.venue_id)
    _check(session, klass, PlannedSession(starts_at, ends_at), venue_id, allow_conflicts, exclude=session_id)
    before = row.starts_at
    row.moved_from = row.moved_from or before
    row.starts_at, row.ends_at = starts_at, ends_at
    row.venue_id = venue_id if venue_id != klass.venue_id else None
    session.flush()
    audit.record(session, actor, "move", "session", row.id, class_code=klass.code, was=before, now=starts_at,
                 venue_id=venue_id)
    return _notice(session, "moved", row, klass, before, language)


def cancel_session(session: Session, session_id: int, reason: str = "", *, actor: str = "",
                   language: str = "vi") -> Notice:
    row = _session(session, session_id)
    if row.status == SessionStatus.HELD:
        raise Refused("session_held", id=session_id)
    if row.status != SessionStatus.CANCELLED:
        row.status = SessionStatus.CANCELLED
        row.note = nfc(reason)
        session.flush()
        audit.record(session, actor, "cancel", "session", row.id, class_code=row.course_class.code,
                     at=row.starts_at, reason=row.note)
    return _notice(session, "cancelled", row, row.course_class, None, language)


def add_session(session: Session, class_id: int, starts_at: datetime, ends_at: datetime, *,
                venue_id: int | None = None, allow_conflicts: bool = False, actor: str = "",
                language: str = "vi") -> Notice:
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    if klass.status == ClassStatus.CANCELLED:
        raise Refused("class_cancelled", class_code=klass.code)
    starts_at, ends_at = local(starts_at), local(ends_at)
    _check(session, klass, PlannedSession(starts_at, ends_at), venue_id, allow_conflicts, exclude=None)
    row = ClassSession(starts_at=starts_at, ends_at=ends_at, status=SessionStatus.SCHEDULED,
                       venue_id=venue_id if venue_id != klass.venue_id else None)
    klass.sessions.append(row)
    session.flush()
    audit.record(session, actor, "add", "session", row.id, class_code=klass.code, at=starts_at)
    return _notice(session, "added", row, klass, None, language)


def _session(session: Session, session_id: int) -> ClassSession:
    row = session.get(ClassSession, session_id)
    if row is None:
        raise NotFound("session", id=session_id)
    return row


def _check(session: Session, klass: CourseClass, planned: PlannedSession, venue_id: int | None,
           allow_conflicts: bool, exclude: int | None) -> None:
    check_duration(int((planned.ends_at - planned.starts_at).total_seconds() // 60))
    if venue_id is not None and session.get(Venue, venue_id) is None:
        raise NotFound("venue", id=venue_id)
    own = [PlannedSession(s.starts_at, s.ends_at) for s in klass.sessions
           if s.id != exclude and s.status != SessionStatus.CANCELLED]
    try:
        check_no_overlap([*own, planned])
    except InvalidInput as exc:  # say which time: the new one, not the old
        raise InvalidInput(code="sessions_overlap", at=planned.starts_at.isoformat()) from exc
    if allow_conflicts:
        return
    teachers = session.scalars(select(class_instructors.c.instructor_id)
                               .where(class_instructors.c.class_id == klass.id)).all()
    conflicts = find_conflicts(session, [planned], klass.id, teachers, venue_id or klass.venue_id)
    if conflicts:
        raise SchedulingConflict(conflicts)


def _notice(session: Session, action: str, row: ClassSession, klass: CourseClass, before: datetime | None,
            language: str) -> Notice:
    holiday = holiday_on(session, row.starts_at, language) if action != "cancelled" else None
    return Notice(action, row.id, klass.id, klass.code, row.starts_at, row.ends_at, before, holiday,
                  contacts(session, klass.id))
