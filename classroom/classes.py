"""Classes and their sessions, read as light rows for lists and the command line."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models import (
    ClassSession, Commune, Course, CourseClass, Enrollment, EnrollmentStatus, Instructor, SessionStatus, Venue,
    class_instructors,
)


@dataclass(frozen=True, slots=True)
class ClassRow:
    id: int
    code: str
    title: str
    target_group: str
    venue: str
    instructor: str  # names joined with ", "
    first_session: datetime | None
    last_session: datetime | None
    sessions: int  # not cancelled
    enrolled: int
    waiting: int
    capacity: int
    status: str


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: int
    class_id: int
    starts_at: datetime
    ends_at: datetime
    venue: str
    status: str


def list_classes(session: Session) -> list[ClassRow]:
    """Every class with its schedule span and head counts, newest first (three queries)."""
    sess = (
        select(ClassSession.class_id.label("cid"), func.min(ClassSession.starts_at).label("first"),
               func.max(ClassSession.starts_at).label("last"), func.count().label("n"))
        .where(ClassSession.status != SessionStatus.CANCELLED)
        .group_by(ClassSession.class_id).subquery()
    )
    stmt = (
        select(CourseClass.id, CourseClass.code, Course.title, CourseClass.target_group, Venue.name,
               sess.c.first, sess.c.last, sess.c.n, CourseClass.capacity, CourseClass.status)
        .join(Course, Course.id == CourseClass.course_id)
        .join(Venue, Venue.id == CourseClass.venue_id)
        .outerjoin(sess, sess.c.cid == CourseClass.id)
        .order_by(CourseClass.code.desc())
    )
    counts: dict[tuple[int, str], int] = {
        (cid, status): n for cid, status, n in session.execute(
            select(Enrollment.class_id, Enrollment.status, func.count()).group_by(Enrollment.class_id, Enrollment.status))
    }
    teachers: dict[int, list[str]] = defaultdict(list)
    for cid, name in session.execute(
            select(class_instructors.c.class_id, Instructor.full_name)
            .join(Instructor, Instructor.id == class_instructors.c.instructor_id)
            .order_by(class_instructors.c.class_id, Instructor.full_name)):
        teachers[cid].append(name)
    return [
        ClassRow(r.id, r.code, r.title, r.target_group, r.name, ", ".join(teachers[r.id]),
                 r.first, r.last, r.n or 0,
                 counts.get((r.id, EnrollmentStatus.ENROLLED), 0), counts.get((r.id, EnrollmentStatus.WAITING), 0),
                 r.capacity, r.status)
        for r in session.execute(stmt)
    ]


def list_sessions(session: Session, class_id: int | None = None) -> list[SessionRow]:
    own = aliased(Venue)  # a session may meet elsewhere than its class
    stmt = (
        select(ClassSession.id, ClassSession.class_id, ClassSession.starts_at, ClassSession.ends_at,
               func.coalesce(own.name, Venue.name), ClassSession.status)
        .join(CourseClass, CourseClass.id == ClassSession.class_id)
        .join(Venue, Venue.id == CourseClass.venue_id)
        .outerjoin(own, own.id == ClassSession.venue_id)
        .order_by(ClassSession.starts_at, ClassSession.id)
    )
    if class_id is not None:
        stmt = stmt.where(ClassSession.class_id == class_id)
    return [SessionRow(*r) for r in session.execute(stmt)]


def next_class_code(session: Session, year: int) -> str:
    """``<commune code>-<year>-<sequence>``: readable, printed on every paper of the class."""
    commune_code = session.scalar(select(Commune.code)) or "00000"
    prefix = f"{commune_code}-{year}-"
    last = session.scalar(select(func.max(CourseClass.code)).where(CourseClass.code.like(prefix + "%")))
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:03d}"
