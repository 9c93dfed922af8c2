"""Enrollment: people into classes, a waiting list beyond capacity, withdrawal with a reason.

The waiting list is ordered by ``enrolled_at``, then id; when someone enrolled withdraws,
the first waiting person moves up (as many as there are free places). Having completed
the same course already, or being in another open class of it, is a warning that comes
back with the outcome: the officer decides, nothing is blocked.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Certificate, ClassSession, ClassStatus, CourseClass, Enrollment, EnrollmentStatus, Participant, SessionStatus,
    now_local,
)

from . import audit
from .errors import NotFound, Problem, Refused
from .text import nfc

ENROLLED, WAITING, WITHDRAWN = EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITING, EnrollmentStatus.WITHDRAWN


@dataclass(frozen=True)
class EnrollOutcome:
    """``status``: ``enrolled``, ``waiting`` (``position`` on the list), ``already_enrolled`` or ``already_waiting``.
    ``warnings``: ``completed_same_course`` / ``in_same_course`` (params ``class_code``)."""

    participant_id: int
    enrollment_id: int
    status: str
    position: int | None = None
    warnings: tuple[Problem, ...] = ()


@dataclass
class EnrollResult:
    class_id: int
    outcomes: list[EnrollOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


@dataclass(frozen=True)
class WithdrawResult:
    enrollment_id: int
    participant_id: int
    promoted: tuple[int, ...]  # participants moved up from the waiting list, in order


def open_class(session: Session, class_id: int) -> CourseClass:
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    if klass.status in (ClassStatus.CANCELLED, ClassStatus.FINISHED):
        raise Refused("class_closed", id=class_id, status=klass.status)
    return klass


def _enrolled_count(session: Session, class_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Enrollment).where(
        Enrollment.class_id == class_id, Enrollment.status == ENROLLED)) or 0


def _course_warnings(session: Session, klass: CourseClass, ids: list[int]) -> dict[int, list[Problem]]:
    found: dict[int, list[Problem]] = {}
    done = session.execute(
        select(Certificate.participant_id, CourseClass.code)
        .join(CourseClass, CourseClass.id == Certificate.class_id)
        .where(CourseClass.course_id == klass.course_id, Certificate.participant_id.in_(ids),
               Certificate.revoked_at.is_(None)))
    for pid, code in done:
        found.setdefault(pid, []).append(Problem("completed_same_course", "", "warning", {"class_code": code}))
    elsewhere = session.execute(
        select(Enrollment.participant_id, CourseClass.code)
        .join(CourseClass, CourseClass.id == Enrollment.class_id)
        .where(CourseClass.course_id == klass.course_id, CourseClass.id != klass.id,
               CourseClass.status.in_((ClassStatus.PLANNED, ClassStatus.RUNNING)),
               Enrollment.status != WITHDRAWN, Enrollment.participant_id.in_(ids)))
    for pid, code in elsewhere:
        found.setdefault(pid, []).append(Problem("in_same_course", "", "warning", {"class_code": code}))
    return found


@dataclass(frozen=True)
class Clash:
    """Why enrolling a person needs a second look. ``kind``: ``session_overlap`` (a session of another
    class they attend, ``other_class_code``, from ``starts_at`` to ``ends_at``, overlaps this class's
    session at ``own_starts_at``) or ``completed_same_course`` (they hold a certificate of the same
    course from ``other_class_code``)."""

    participant_id: int
    full_name: str
    kind: str
    other_class_id: int
    other_class_code: str
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    own_starts_at: datetime | None = None


class EnrollmentClash(Refused):
    """Refused (code ``enrollment_clashes``) because of clashes; nothing was saved."""

    def __init__(self, clashes: Sequence[Clash]) -> None:
        super().__init__("enrollment_clashes", count=len(clashes))
        self.clashes = list(clashes)


def enrollment_clashes(session: Session, class_id: int, participant_ids: Iterable[int]) -> list[Clash]:
    """Each person's sessions in other classes that overlap this class's sessions still to hold, and
    people who already completed the same course; people already in this class are left out.

    Three statements whatever the numbers: the people, the other classes' sessions in this class's
    span (by the sessions' start index) with who attends them, the certificates of the course.
    """
    from .scheduling.conflicts import find_conflicts
    from .scheduling.recurrence import PlannedSession

    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    ids = list(dict.fromkeys(int(i) for i in participant_ids))
    inside = set(session.scalars(select(Enrollment.participant_id).where(
        Enrollment.class_id == class_id, Enrollment.participant_id.in_(ids), Enrollment.status != WITHDRAWN)))
    ids = [i for i in ids if i not in inside]
    if not ids:
        return []
    names = dict(session.execute(select(Participant.id, Participant.full_name).where(Participant.id.in_(ids))).all())
    planned = [PlannedSession(a, b) for a, b in session.execute(
        select(ClassSession.starts_at, ClassSession.ends_at).where(
            ClassSession.class_id == class_id, ClassSession.status == SessionStatus.SCHEDULED.value)
        .order_by(ClassSession.starts_at))]
    clashes = [Clash(c.subject_id, names.get(c.subject_id, ""), "session_overlap", c.other_class_id or 0,
                     c.other_class_code, c.other_starts_at, c.other_ends_at, c.starts_at)
               for c in find_conflicts(session, planned, class_id, participant_ids=ids)
               if c.kind == "participant_busy"]
    for pid, other_id, code in session.execute(
            select(Certificate.participant_id, CourseClass.id, CourseClass.code)
            .join(CourseClass, CourseClass.id == Certificate.class_id)
            .where(CourseClass.course_id == klass.course_id, Certificate.participant_id.in_(ids),
                   Certificate.revoked_at.is_(None))):
        clashes.append(Clash(pid, names.get(pid, ""), "completed_same_course", other_id, code))
    order = {pid: i for i, pid in enumerate(ids)}
    clashes.sort(key=lambda c: (order[c.participant_id], c.kind != "session_overlap", c.own_starts_at or datetime.min))
    return clashes


def enroll(session: Session, class_id: int, participant_ids: Iterable[int], *, actor: str = "",
           allow_conflicts: bool = True) -> EnrollResult:
    """Enroll people in order; beyond capacity they go on the waiting list. Unknown people: nothing changes.

    ``allow_conflicts`` False: overlapping sessions (``enrollment_clashes`` of kind ``session_overlap``)
    refuse them all with ``EnrollmentClash`` (contract/cli.md: exit 5); the course already completed
    stays a warning on the outcome, as before.
    """
    klass = open_class(session, class_id)
    ids = list(dict.fromkeys(int(i) for i in participant_ids))
    known = set(session.scalars(select(Participant.id).where(Participant.id.in_(ids), Participant.erased_at.is_(None))))
    missing = [i for i in ids if i not in known]
    if missing:
        raise NotFound("participant", id=missing[0])
    if not allow_conflicts:
        clashes = [c for c in enrollment_clashes(session, class_id, ids) if c.kind == "session_overlap"]
        if clashes:
            raise EnrollmentClash(clashes)
    existing = {e.participant_id: e for e in session.scalars(
        select(Enrollment).where(Enrollment.class_id == class_id, Enrollment.participant_id.in_(ids)))}
    warnings = _course_warnings(session, klass, ids)
    enrolled = _enrolled_count(session, class_id)
    waiting = session.scalar(select(func.count()).select_from(Enrollment).where(
        Enrollment.class_id == class_id, Enrollment.status == WAITING)) or 0
    result = EnrollResult(class_id)
    now = now_local()
    placed: list[tuple[int, Enrollment, str, int | None]] = []  # saved together: one flush for them all
    for pid in ids:
        e = existing.get(pid)
        if e is not None and e.status != WITHDRAWN:
            placed.append((pid, e, f"already_{e.status}", None))
            continue
        status = ENROLLED if enrolled < klass.capacity else WAITING
        if e is None:
            e = Enrollment(class_id=class_id, participant_id=pid)
            session.add(e)
        e.status, e.enrolled_at, e.withdrawn_at, e.withdraw_reason = status, now, None, ""
        if status == ENROLLED:
            enrolled += 1
            position = None
        else:
            waiting += 1
            position = waiting
        placed.append((pid, e, str(status), position))
    session.flush()
    for pid, e, status, position in placed:
        if status.startswith("already_"):
            result.outcomes.append(EnrollOutcome(pid, e.id, status))
            continue
        audit.record(session, actor, "enroll", "enrollment", e.id, participant_id=pid, class_id=class_id,
                     status=status)
        result.outcomes.append(EnrollOutcome(pid, e.id, status, position, tuple(warnings.get(pid, ()))))
    return result


def promote_waiting(session: Session, klass: CourseClass, *, actor: str = "") -> tuple[int, ...]:
    """Move people up from the waiting list, in order, while places are free."""
    free = klass.capacity - _enrolled_count(session, klass.id)
    if free <= 0:
        return ()
    moved = list(session.scalars(select(Enrollment).where(Enrollment.class_id == klass.id, Enrollment.status == WAITING)
                                 .order_by(Enrollment.enrolled_at, Enrollment.id).limit(free)))
    for e in moved:
        e.status = ENROLLED
        audit.record(session, actor, "promote", "enrollment", e.id, participant_id=e.participant_id, class_id=klass.id)
    session.flush()
    return tuple(e.participant_id for e in moved)


def withdraw(session: Session, enrollment_id: int, reason: str = "", *, actor: str = "") -> WithdrawResult:
    """Withdraw one enrollment with a reason; the first waiting people move up into free places."""
    e = session.get(Enrollment, enrollment_id)
    if e is None:
        raise NotFound("enrollment", id=enrollment_id)
    if e.status == WITHDRAWN:
        raise Refused("already_withdrawn", id=enrollment_id)
    e.status, e.withdrawn_at, e.withdraw_reason = WITHDRAWN, now_local(), nfc(reason)[:200]
    session.flush()
    audit.record(session, actor, "withdraw", "enrollment", e.id, participant_id=e.participant_id,
                 class_id=e.class_id, reason=e.withdraw_reason)
    klass = session.get(CourseClass, e.class_id)
    assert klass is not None
    promoted = promote_waiting(session, klass, actor=actor) if klass.status not in (
        ClassStatus.CANCELLED, ClassStatus.FINISHED) else ()
    return WithdrawResult(e.id, e.participant_id, promoted)


@dataclass(frozen=True)
class PersonEnrollment:
    enrollment_id: int
    class_id: int
    class_code: str
    course: str
    class_status: str
    status: str
    position: int | None  # on the waiting list
    withdraw_reason: str


def person_enrollments(session: Session, participant_id: int) -> list[PersonEnrollment]:
    """One person's classes, newest first, with their place on each waiting list."""
    from models import Course

    rows = session.execute(
        select(Enrollment, CourseClass.code, Course.title, CourseClass.status)
        .join(CourseClass, CourseClass.id == Enrollment.class_id).join(Course, Course.id == CourseClass.course_id)
        .where(Enrollment.participant_id == participant_id).order_by(CourseClass.code.desc())).all()
    out = []
    for e, code, title, class_status in rows:
        position = None
        if e.status == WAITING:
            position = 1 + (session.scalar(select(func.count()).select_from(Enrollment).where(
                Enrollment.class_id == e.class_id, Enrollment.status == WAITING,
                (Enrollment.enrolled_at < e.enrolled_at) |
                ((Enrollment.enrolled_at == e.enrolled_at) & (Enrollment.id < e.id)))) or 0)
        out.append(PersonEnrollment(e.id, e.class_id, code, title, class_status, e.status, position,
                                    e.withdraw_reason))
    return out


def open_classes(session: Session) -> list[tuple[int, str, str, str, int, int]]:
    """Classes people can be enrolled in: (id, code, course, target group, enrolled, capacity)."""
    from models import Course

    counts = dict(session.execute(select(Enrollment.class_id, func.count()).where(Enrollment.status == ENROLLED)
                                  .group_by(Enrollment.class_id)).all())
    rows = session.execute(select(CourseClass.id, CourseClass.code, Course.title, CourseClass.target_group,
                                  CourseClass.capacity).join(Course, Course.id == CourseClass.course_id)
                           .where(CourseClass.status.in_((ClassStatus.PLANNED, ClassStatus.RUNNING)))
                           .order_by(CourseClass.code.desc()))
    return [(cid, code, title, group, counts.get(cid, 0), capacity) for cid, code, title, group, capacity in rows]
