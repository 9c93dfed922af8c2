"""Working from a class: its learners, and the people who could join it.

``learners``: the people enrolled or waiting, in Vietnamese name order, with their sessions
attended. ``candidates``: people of the registry filtered by target group, village and
name, each with what the officer must see *before* saving an enrolment: already in this
class, already completed the same course (a certificate), or in another open class of it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import AttendanceTally, Course, CourseClass, Enrollment, EnrollmentStatus, Participant, Village
from models.errors import Problem

from .enrollment import _course_warnings
from .errors import NotFound
from .text import collation_key, fold

CANDIDATE_LIMIT = 5000  # more than a screen can usefully show: the officer narrows by village or name


@dataclass(frozen=True)
class ClassHeading:
    id: int
    code: str
    course_title: str
    target_group: str
    capacity: int
    enrolled: int
    waiting: int


@dataclass(frozen=True)
class Learner:
    participant_id: int
    full_name: str
    birth_year: int | None
    village: str
    status: str  # enrolled | waiting
    attended: int


@dataclass(frozen=True)
class Candidate:
    participant_id: int
    full_name: str
    birth_year: int | None
    village: str
    target_group: str
    in_class: str | None  # enrolled | waiting when already in this class
    notes: tuple[Problem, ...]  # completed_same_course / in_same_course (params class_code)


@dataclass(frozen=True)
class Candidates:
    rows: list[Candidate]
    more: bool  # the filter found more than CANDIDATE_LIMIT: narrow it


def heading(session: Session, class_id: int) -> ClassHeading:
    row = session.execute(select(CourseClass.id, CourseClass.code, Course.title, CourseClass.target_group,
                                 CourseClass.capacity).join(Course, Course.id == CourseClass.course_id)
                          .where(CourseClass.id == class_id)).first()
    if row is None:
        raise NotFound("class", id=class_id)
    counts = dict(session.execute(select(Enrollment.status, func.count()).where(Enrollment.class_id == class_id)
                                  .group_by(Enrollment.status)).all())
    return ClassHeading(*row, counts.get(EnrollmentStatus.ENROLLED, 0), counts.get(EnrollmentStatus.WAITING, 0))


def learners(session: Session, class_id: int) -> list[Learner]:
    """Enrolled people first, then the waiting list; names in Vietnamese order."""
    heading(session, class_id)
    rows = session.execute(
        select(Participant.id, Participant.full_name, Participant.birth_year, func.coalesce(Village.name, ""),
               Enrollment.status, func.coalesce(AttendanceTally.present, 0))
        .join(Enrollment, Enrollment.participant_id == Participant.id)
        .outerjoin(Village, Village.id == Participant.village_id)
        .outerjoin(AttendanceTally, (AttendanceTally.class_id == class_id)
                   & (AttendanceTally.participant_id == Participant.id))
        .where(Enrollment.class_id == class_id, Enrollment.status != EnrollmentStatus.WITHDRAWN)
        .order_by(Participant.sort_key, Participant.id)).all()
    enrolled = [Learner(*r[:4], str(r[4]), int(r[5])) for r in rows if r[4] == EnrollmentStatus.ENROLLED]
    waiting = [Learner(*r[:4], str(r[4]), int(r[5])) for r in rows if r[4] == EnrollmentStatus.WAITING]
    return enrolled + waiting


def candidates(session: Session, class_id: int, *, target_group: str | None = None, village_id: int | None = None,
               query: str = "", include: Iterable[int] = ()) -> Candidates:
    """People who could be enrolled, with what stands in the way. ``include``: people asked for by
    id (chosen in the registry) whatever the filters."""
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    wanted = [int(i) for i in include]
    stmt = (select(Participant.id, Participant.full_name, Participant.birth_year, func.coalesce(Village.name, ""),
                   Participant.target_group)
            .outerjoin(Village, Village.id == Participant.village_id)
            .where(Participant.erased_at.is_(None)))
    if wanted:
        stmt = stmt.where(Participant.id.in_(wanted))
    else:
        if target_group:
            stmt = stmt.where(Participant.target_group == target_group)
        if village_id is not None:
            stmt = stmt.where(Participant.village_id == village_id)
        folded = fold(query).strip()
        for word in folded.split():
            stmt = stmt.where(Participant.name_folded.contains(word, autoescape=True))
    rows = session.execute(stmt.order_by(Participant.sort_key, Participant.id).limit(CANDIDATE_LIMIT + 1)).all()
    more = len(rows) > CANDIDATE_LIMIT
    rows = rows[:CANDIDATE_LIMIT]
    ids = [r[0] for r in rows]
    in_class: dict[int, str] = {}
    notes: dict[int, list[Problem]] = defaultdict(list)
    for chunk in range(0, len(ids), 500):  # bound parameters: the databases' limits
        part = ids[chunk:chunk + 500]
        in_class.update((pid, str(status)) for pid, status in session.execute(
            select(Enrollment.participant_id, Enrollment.status).where(
                Enrollment.class_id == class_id, Enrollment.participant_id.in_(part),
                Enrollment.status != EnrollmentStatus.WITHDRAWN)))
        for pid, found in _course_warnings(session, klass, part).items():
            notes[pid].extend(found)
    return Candidates([Candidate(pid, name, born, village, group, in_class.get(pid), tuple(notes.get(pid, ())))
                       for pid, name, born, village, group in rows], more)


def villages(session: Session) -> list[tuple[int, str]]:
    """The commune's villages in Vietnamese order, for the filter."""
    found = [(vid, name) for vid, name in session.execute(select(Village.id, Village.name))]
    return sorted(found, key=lambda v: collation_key(v[1]))
