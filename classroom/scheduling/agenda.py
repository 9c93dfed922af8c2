"""Sessions as the calendar, an instructor's page and a venue's week read them.

One query for the sessions of a period with their class, course, venue and village,
one for the instructors of those classes. Filters narrow in SQL; the calendar screen
loads a period once and filters in memory as the officer clicks.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models import (
    LOCAL_TZ, ClassSession, Course, CourseClass, Instructor, SessionStatus, Venue, Village, class_instructors,
)


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    session_id: int
    class_id: int
    class_code: str
    course_code: str
    title: str
    target_group: str
    starts_at: datetime
    ends_at: datetime
    status: str
    venue_id: int
    venue: str
    village_id: int | None
    village: str
    instructor_ids: tuple[int, ...]
    instructors: str  # names joined with ", "
    moved: bool

    @property
    def cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_TZ)


def agenda(session: Session, start: date, end: date, *, venue_id: int | None = None,
           instructor_id: int | None = None, village_id: int | None = None, target_group: str | None = None,
           include_cancelled: bool = True) -> list[AgendaEntry]:
    """Sessions starting from ``start`` up to and including ``end``, by time."""
    own = aliased(Venue)
    venue_col = func.coalesce(ClassSession.venue_id, CourseClass.venue_id)
    stmt = (select(ClassSession.id, ClassSession.class_id, CourseClass.code, Course.code, Course.title,
                   CourseClass.target_group,
                   ClassSession.starts_at, ClassSession.ends_at, ClassSession.status, venue_col,
                   func.coalesce(own.name, Venue.name), func.coalesce(own.village_id, Venue.village_id),
                   ClassSession.moved_from)
            .join(CourseClass, CourseClass.id == ClassSession.class_id)
            .join(Course, Course.id == CourseClass.course_id)
            .join(Venue, Venue.id == CourseClass.venue_id)
            .outerjoin(own, own.id == ClassSession.venue_id)
            .where(ClassSession.starts_at >= day_start(start), ClassSession.starts_at < day_start(end + timedelta(days=1)))
            .order_by(ClassSession.starts_at, CourseClass.code))
    if venue_id is not None:
        stmt = stmt.where(venue_col == venue_id)
    if village_id is not None:
        stmt = stmt.where(func.coalesce(own.village_id, Venue.village_id) == village_id)
    if target_group is not None:
        stmt = stmt.where(CourseClass.target_group == target_group)
    if instructor_id is not None:
        stmt = stmt.where(CourseClass.id.in_(select(class_instructors.c.class_id)
                                             .where(class_instructors.c.instructor_id == instructor_id)))
    if not include_cancelled:
        stmt = stmt.where(ClassSession.status != SessionStatus.CANCELLED)
    rows = session.execute(stmt).all()
    villages = dict(session.execute(select(Village.id, Village.name)).all())
    teachers: dict[int, list[tuple[int, str]]] = defaultdict(list)
    class_ids = {r[1] for r in rows}
    if class_ids:
        for cid, iid, name in session.execute(
                select(class_instructors.c.class_id, Instructor.id, Instructor.full_name)
                .join(Instructor, Instructor.id == class_instructors.c.instructor_id)
                .where(class_instructors.c.class_id.in_(class_ids)).order_by(Instructor.name_folded)):
            teachers[cid].append((iid, name))
    return [AgendaEntry(sid, cid, code, course, title, group, starts, ends, status, vid, vname, vill,
                        villages.get(vill, "") if vill is not None else "",
                        tuple(i for i, _ in teachers[cid]), ", ".join(n for _, n in teachers[cid]), moved is not None)
            for sid, cid, code, course, title, group, starts, ends, status, vid, vname, vill, moved in rows]


def instructor_upcoming(session: Session, instructor_id: int, today: date, days: int = 60) -> list[AgendaEntry]:
    """An instructor's sessions from today on (cancelled ones left out)."""
    return agenda(session, today, today + timedelta(days=days), instructor_id=instructor_id, include_cancelled=False)


def venue_week(session: Session, venue_id: int, any_day: date) -> list[AgendaEntry]:
    """The sessions at a venue in the week (Monday to Sunday) of ``any_day``."""
    monday = any_day - timedelta(days=any_day.weekday())
    return agenda(session, monday, monday + timedelta(days=6), venue_id=venue_id)
