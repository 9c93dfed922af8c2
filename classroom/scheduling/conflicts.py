"""Scheduling conflicts, found before anything is saved and returned as data.

Kinds:
``instructor_busy``   an instructor of the class teaches another session at the same time
``venue_busy``        the venue holds another session at the same time
``venue_too_small``   the venue seats fewer people than the class's capacity
``participant_busy``  an enrolled person has a session of another class at the same time

Cancelled sessions and cancelled classes never count. The officer may save anyway
(``allow_conflicts``); otherwise the services raise ``SchedulingConflict``.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    ClassSession, ClassStatus, CourseClass, Enrollment, EnrollmentStatus, Instructor, Participant, SessionStatus,
    Venue, class_instructors,
)

from ..errors import Refused
from .recurrence import MAX_MINUTES, PlannedSession

KINDS = ("instructor_busy", "venue_busy", "venue_too_small", "participant_busy")


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str
    subject_id: int  # the instructor, venue or participant
    subject_name: str
    starts_at: datetime | None = None  # the planned session that clashes (None: venue_too_small)
    ends_at: datetime | None = None
    other_class_id: int | None = None
    other_class_code: str = ""
    other_starts_at: datetime | None = None
    other_ends_at: datetime | None = None
    venue_capacity: int | None = None  # venue_too_small
    class_capacity: int | None = None


class SchedulingConflict(Refused):
    """Refused because of conflicts (code ``conflicts``); ``conflicts`` lists them."""

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        super().__init__("conflicts", count=len(conflicts))
        self.conflicts = list(conflicts)


@dataclass(frozen=True, slots=True)
class _Busy:
    starts_at: datetime
    ends_at: datetime
    class_id: int
    code: str
    venue_id: int


def find_conflicts(session: Session, planned: Sequence[PlannedSession], class_id: int | None = None,
                   instructor_ids: Iterable[int] = (), venue_id: int | None = None, capacity: int | None = None,
                   participant_ids: Iterable[int] | None = None) -> list[Conflict]:
    """Every conflict of ``planned`` sessions with the other classes' sessions.

    ``class_id`` is the class being edited (its own sessions are not "others");
    ``participant_ids`` None means the people enrolled in ``class_id``.
    """
    conflicts: list[Conflict] = []
    teachers = set(instructor_ids)
    if venue_id is not None and capacity is not None:
        row = session.execute(select(Venue.name, Venue.capacity).where(Venue.id == venue_id)).first()
        if row is not None and row.capacity < capacity:
            conflicts.append(Conflict("venue_too_small", venue_id, row.name, venue_capacity=row.capacity,
                                      class_capacity=capacity))
    if participant_ids is None:
        participant_ids = _enrolled(session, class_id) if class_id is not None else ()
    people = set(participant_ids)
    if not planned:
        return conflicts
    busy = _candidates(session, planned, class_id)
    if not busy:
        return conflicts
    ids = {b.class_id for b in busy}
    teaching = _by_class(session, select(class_instructors.c.class_id, class_instructors.c.instructor_id)
                         .where(class_instructors.c.class_id.in_(ids),
                                class_instructors.c.instructor_id.in_(teachers))) if teachers else {}
    learning = _by_class(session, select(Enrollment.class_id, Enrollment.participant_id)
                         .where(Enrollment.class_id.in_(ids), Enrollment.participant_id.in_(people),
                                Enrollment.status == EnrollmentStatus.ENROLLED)) if people else {}
    found: list[tuple[str, int, PlannedSession, _Busy]] = []
    starts = [b.starts_at for b in busy]
    reach = timedelta(minutes=MAX_MINUTES)
    for plan in planned:
        for other in busy[bisect_left(starts, plan.starts_at - reach):bisect_left(starts, plan.ends_at)]:
            if other.ends_at <= plan.starts_at:
                continue
            if venue_id is not None and other.venue_id == venue_id:
                found.append(("venue_busy", venue_id, plan, other))
            found += [("instructor_busy", t, plan, other) for t in sorted(teaching.get(other.class_id, ()))]
            found += [("participant_busy", p, plan, other) for p in sorted(learning.get(other.class_id, ()))]
    names = _names(session, found)
    conflicts += [Conflict(kind, sid, names.get((kind, sid), ""), plan.starts_at, plan.ends_at, other.class_id,
                           other.code, other.starts_at, other.ends_at) for kind, sid, plan, other in found]
    return conflicts


def _enrolled(session: Session, class_id: int) -> list[int]:
    return list(session.scalars(select(Enrollment.participant_id).where(
        Enrollment.class_id == class_id, Enrollment.status == EnrollmentStatus.ENROLLED)))


def _candidates(session: Session, planned: Sequence[PlannedSession], class_id: int | None) -> list[_Busy]:
    """One query: the other classes' live sessions in the planned window, by start time."""
    first = min(p.starts_at for p in planned) - timedelta(minutes=MAX_MINUTES)
    last = max(p.ends_at for p in planned)
    stmt = (select(ClassSession.starts_at, ClassSession.ends_at, ClassSession.class_id, CourseClass.code,
                   func.coalesce(ClassSession.venue_id, CourseClass.venue_id))
            .join(CourseClass, CourseClass.id == ClassSession.class_id)
            .where(ClassSession.starts_at >= first, ClassSession.starts_at < last,
                   ClassSession.status != SessionStatus.CANCELLED, CourseClass.status != ClassStatus.CANCELLED)
            .order_by(ClassSession.starts_at))
    if class_id is not None:
        stmt = stmt.where(ClassSession.class_id != class_id)
    return [_Busy(*row) for row in session.execute(stmt)]


def _by_class(session: Session, stmt: object) -> dict[int, set[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for cid, who in session.execute(stmt):  # type: ignore[call-overload]
        out[cid].add(who)
    return out


def _names(session: Session, found: list[tuple[str, int, PlannedSession, _Busy]]) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = defaultdict(set)
    for kind, sid, _plan, _other in found:
        wanted[kind].add(sid)
    names: dict[tuple[str, int], str] = {}
    for kind, model, column in (("instructor_busy", Instructor, Instructor.full_name),
                                ("venue_busy", Venue, Venue.name),
                                ("participant_busy", Participant, Participant.full_name)):
        if wanted[kind]:
            for sid, name in session.execute(select(model.id, column).where(model.id.in_(wanted[kind]))):
                names[(kind, sid)] = name
    return names
