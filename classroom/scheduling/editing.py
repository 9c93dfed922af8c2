"""Creating and editing a class: its details, its instructors and its planned sessions.

Everything is checked before anything is written, and each call runs inside the
caller's transaction, so a refusal leaves nothing half-saved.

Problem codes (``InvalidInput`` code ``class_invalid``, field in brackets):
``course_unknown`` [course], ``target_group_unknown`` [target_group], ``venue_unknown`` [venue],
``instructors_missing`` / ``instructor_unknown`` [instructors], ``capacity_invalid`` [capacity],
``capacity_below_enrolled`` [capacity], ``completion_invalid`` [completion_percent],
``sessions_missing`` [sessions], ``notes_too_long`` [notes].
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    ClassSession, ClassStatus, Course, CourseClass, Enrollment, EnrollmentStatus, Instructor, SessionStatus,
    TargetGroup, Venue, now_local,
)

from .. import audit
from ..classes import next_class_code
from ..errors import InvalidInput, NotFound, Problem
from ..text import nfc
from .conflicts import SchedulingConflict, find_conflicts
from .recurrence import PlannedSession, check_duration, check_no_overlap

MAX_CAPACITY = 500
MAX_NOTES = 2000


@dataclass(frozen=True)
class ClassInput:
    """What the class editor or the command line gives for a class."""

    course_id: int
    target_group: str
    venue_id: int
    instructor_ids: tuple[int, ...]
    capacity: int = 30
    completion_percent: int = 80
    requires_assessment: bool = False
    notes: str = ""


@dataclass(frozen=True)
class SessionInfo:
    id: int
    starts_at: datetime
    ends_at: datetime
    venue_id: int | None  # None: the class's venue
    status: str
    moved_from: datetime | None
    note: str


@dataclass(frozen=True)
class ClassDetail:
    id: int
    code: str
    status: str
    data: ClassInput
    enrolled: int
    sessions: tuple[SessionInfo, ...] = field(default=())


@dataclass(frozen=True)
class SavedClass:
    id: int
    code: str
    sessions: int


def check_class(session: Session, data: ClassInput, enrolled: int = 0) -> list[Problem]:
    problems: list[Problem] = []
    if session.get(Course, data.course_id) is None:
        problems.append(Problem("course_unknown", "course", params={"value": data.course_id}))
    if data.target_group not in TargetGroup.__members__.values():
        problems.append(Problem("target_group_unknown", "target_group", params={"value": data.target_group}))
    if session.get(Venue, data.venue_id) is None:
        problems.append(Problem("venue_unknown", "venue", params={"value": data.venue_id}))
    if not data.instructor_ids:
        problems.append(Problem("instructors_missing", "instructors"))
    else:
        known = set(session.scalars(select(Instructor.id).where(Instructor.id.in_(data.instructor_ids))))
        problems += [Problem("instructor_unknown", "instructors", params={"value": i})
                     for i in data.instructor_ids if i not in known]
    if not 1 <= data.capacity <= MAX_CAPACITY:
        problems.append(Problem("capacity_invalid", "capacity", params={"value": data.capacity, "limit": MAX_CAPACITY}))
    elif data.capacity < enrolled:
        problems.append(Problem("capacity_below_enrolled", "capacity", params={"value": data.capacity,
                                                                               "enrolled": enrolled}))
    if not 1 <= data.completion_percent <= 100:
        problems.append(Problem("completion_invalid", "completion_percent", params={"value": data.completion_percent}))
    if len(data.notes) > MAX_NOTES:
        problems.append(Problem("notes_too_long", "notes", params={"limit": MAX_NOTES}))
    return problems


def check_sessions(planned: Sequence[PlannedSession]) -> None:
    if not planned:
        raise InvalidInput([Problem("sessions_missing", "sessions")], code="class_invalid")
    for p in planned:
        check_duration(int((p.ends_at - p.starts_at).total_seconds() // 60))
    check_no_overlap(list(planned))


def status_for(first: date, last: date, today: date) -> str:
    return ClassStatus.FINISHED if last < today else ClassStatus.RUNNING if first <= today else ClassStatus.PLANNED


def create_class(session: Session, data: ClassInput, planned: Sequence[PlannedSession], *,
                 allow_conflicts: bool = False, actor: str = "", today: date | None = None) -> SavedClass:
    """A new class with its sessions and a readable code; ``SchedulingConflict`` unless allowed."""
    data = _clean(data)
    problems = check_class(session, data)
    if problems:
        raise InvalidInput(problems, code="class_invalid")
    check_sessions(planned)
    if not allow_conflicts:
        conflicts = find_conflicts(session, planned, None, data.instructor_ids, data.venue_id, data.capacity, ())
        if conflicts:
            raise SchedulingConflict(conflicts)
    ordered = sorted(planned, key=lambda p: p.starts_at)
    today = today or now_local().date()
    klass = CourseClass(
        code=next_class_code(session, ordered[0].starts_at.year), course_id=data.course_id,
        target_group=data.target_group, venue_id=data.venue_id, capacity=data.capacity,
        completion_percent=data.completion_percent, requires_assessment=data.requires_assessment,
        notes=data.notes, status=status_for(ordered[0].starts_at.date(), ordered[-1].starts_at.date(), today),
        instructors=list(session.scalars(select(Instructor).where(Instructor.id.in_(data.instructor_ids)))),
        sessions=[ClassSession(starts_at=p.starts_at, ends_at=p.ends_at, status=SessionStatus.SCHEDULED)
                  for p in ordered])
    session.add(klass)
    session.flush()
    audit.record(session, actor, "create", "class", klass.id, code=klass.code, course_id=data.course_id,
                 target_group=data.target_group, venue_id=data.venue_id, instructors=list(data.instructor_ids),
                 capacity=data.capacity, sessions=len(ordered))
    return SavedClass(klass.id, klass.code, len(ordered))


def update_class(session: Session, class_id: int, data: ClassInput, *, allow_conflicts: bool = False,
                 actor: str = "", today: date | None = None) -> SavedClass:
    """Change a class's details; the sessions still to come are checked for conflicts again."""
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    data = _clean(data)
    problems = check_class(session, data, enrolled_count(session, class_id))
    if problems:
        raise InvalidInput(problems, code="class_invalid")
    if not allow_conflicts:
        today = today or now_local().date()
        coming = [PlannedSession(s.starts_at, s.ends_at) for s in klass.sessions  # at the class's own venue
                  if s.status == SessionStatus.SCHEDULED and s.starts_at.date() >= today and s.venue_id is None]
        conflicts = find_conflicts(session, coming, class_id, data.instructor_ids, data.venue_id, data.capacity)
        if conflicts:
            raise SchedulingConflict(conflicts)
    before = load_class(session, class_id).data
    klass.course_id, klass.target_group, klass.venue_id = data.course_id, data.target_group, data.venue_id
    klass.capacity, klass.completion_percent = data.capacity, data.completion_percent
    klass.requires_assessment, klass.notes = data.requires_assessment, data.notes
    klass.instructors = list(session.scalars(select(Instructor).where(Instructor.id.in_(data.instructor_ids))))
    session.flush()
    changed = {k: getattr(data, k) for k in ClassInput.__dataclass_fields__ if getattr(data, k) != getattr(before, k)}
    audit.record(session, actor, "update", "class", class_id, code=klass.code, **changed)
    return SavedClass(klass.id, klass.code, sum(s.status != SessionStatus.CANCELLED for s in klass.sessions))


def enrolled_count(session: Session, class_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Enrollment).where(
        Enrollment.class_id == class_id, Enrollment.status == EnrollmentStatus.ENROLLED)) or 0


def load_class(session: Session, class_id: int) -> ClassDetail:
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    data = ClassInput(klass.course_id, klass.target_group, klass.venue_id,
                      tuple(sorted(i.id for i in klass.instructors)), klass.capacity, klass.completion_percent,
                      klass.requires_assessment, klass.notes)
    sessions = tuple(SessionInfo(s.id, s.starts_at, s.ends_at, s.venue_id, s.status, s.moved_from, s.note)
                     for s in sorted(klass.sessions, key=lambda s: (s.starts_at, s.id)))
    return ClassDetail(klass.id, klass.code, klass.status, data, enrolled_count(session, class_id), sessions)


def _clean(data: ClassInput) -> ClassInput:
    return ClassInput(data.course_id, data.target_group, data.venue_id, tuple(dict.fromkeys(data.instructor_ids)),
                      data.capacity, data.completion_percent, bool(data.requires_assessment), clean_lines(data.notes))


def clean_lines(text: str | None) -> str:
    """Free text that keeps its line breaks, each line cleaned like any input (NFC)."""
    return "\n".join(nfc(line) for line in (text or "").splitlines()).strip()
