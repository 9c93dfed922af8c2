"""Each enrollment's result in one SQL statement, for rosters, summaries and the dashboard.

The rule is the one of ``classroom.attendance.class_results``, set out in SQL so that a
whole commune-year is answered by the database in one pass instead of class by class:

- a session is *held* when it has started (by the period's ``now``) and its status says so,
  or it is not cancelled and has a mark;
- a class still has sessions *to come* while any session is neither held nor cancelled;
- a person *completed* when nothing is to come, at least one session was held, they
  attended (present or late) at least ``completion_percent`` % of the held sessions and,
  where the class requires it, passed the assessment;
- *certified*: holds a certificate of that class that is not revoked;
- *confirmed*: confirmed the class's course on VNeID / the national platform (``VneidConfirmation``).

A period keeps the classes with a session (not cancelled) from ``start`` to ``end``
inclusive; their figures are the whole class's (a result belongs to the class, not to
the days of the period).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, and_, case, exists, func, or_, select

from models import (
    LOCAL_TZ, AssessmentResult, AttendanceMark, AttendanceTally, Certificate, ClassSession, CourseClass, Enrollment,
    EnrollmentStatus, SessionStatus, VneidConfirmation, now_local,
)

from ..errors import InvalidInput, Problem



@dataclass(frozen=True)
class Period:
    """Days from ``start`` to ``end`` inclusive; either may be open. ``now``: the clock the figures
    are read at (sessions count as held once started by then); None: the time now in Vietnam."""

    start: date | None = None
    end: date | None = None
    now: datetime | None = field(default=None, compare=False)

    @property
    def as_of(self) -> datetime:
        return self.now or now_local()

    @classmethod
    def checked(cls, start: date | None, end: date | None) -> Period:
        if start and end and end < start:
            raise InvalidInput([Problem("period_reversed", "period", params={"start": start.isoformat(),
                                                                              "end": end.isoformat()})])
        return cls(start, end)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @staticmethod
    def min_day() -> date:
        return date.min

    @staticmethod
    def max_day() -> date:
        return date.max

    @property
    def bounds(self) -> tuple[datetime | None, datetime | None]:
        lo = datetime.combine(self.start, time.min, LOCAL_TZ) if self.start else None
        hi = datetime.combine(self.end + timedelta(days=1), time.min, LOCAL_TZ) if self.end else None
        return lo, hi

    @property
    def target_year(self) -> int:
        """The year whose targets the period is measured against: the year it ends in."""
        return (self.end or self.start or datetime.now(LOCAL_TZ).date()).year


def held_condition(now: datetime) -> ColumnElement[bool]:
    """A session held: started by ``now``, and set held or marked (not cancelled)."""
    marked = exists().where(AttendanceMark.session_id == ClassSession.id)
    return and_(ClassSession.starts_at <= now,
                or_(ClassSession.status == SessionStatus.HELD.value,
                    and_(ClassSession.status != SessionStatus.CANCELLED.value, marked)))


def class_stats(now: datetime) -> Subquery:
    """Per class: sessions held by ``now``, sessions to come, first and last session (not cancelled)."""
    held = held_condition(now)
    live = ClassSession.status != SessionStatus.CANCELLED.value
    day = ClassSession.starts_at
    return (
        select(ClassSession.class_id.label("class_id"),
               func.sum(case((held, 1), else_=0)).label("held"),
               func.sum(case((and_(live, ~held), 1), else_=0)).label("to_come"),
               func.min(case((live, day))).label("first"),
               func.max(case((live, day))).label("last"))
        .group_by(ClassSession.class_id).subquery("class_stats")
    )


def classes_in(period: Period, class_id: int | None = None) -> list[ColumnElement[bool]]:
    """Conditions on ``CourseClass`` for the classes a period (and perhaps one class) takes."""
    where: list[ColumnElement[bool]] = []
    if class_id is not None:
        where.append(CourseClass.id == class_id)
    lo, hi = period.bounds
    if lo or hi:  # the period's classes, found once (not once per enrollment)
        inside = [ClassSession.status != SessionStatus.CANCELLED.value]
        if lo:
            inside.append(ClassSession.starts_at >= lo)
        if hi:
            inside.append(ClassSession.starts_at < hi)
        where.append(CourseClass.id.in_(select(ClassSession.class_id).where(*inside)))
    return where


def results_select(period: Period, class_id: int | None = None) -> Select[Any]:
    """One row per enrolled person and class of the period, with its figures and flags.

    Columns: class_id, participant_id, attended, held, to_come, first, last, completed (0/1),
    passed (0/1: passed the standard assessment), certified (0/1), serial ("" when none),
    confirmed (0/1: confirmed on VNeID).
    """
    stats = class_stats(period.as_of)
    attended = AttendanceTally  # kept by the database as marks change: present or late, sessions not cancelled
    n_attended = func.coalesce(attended.present, 0)
    n_held = func.coalesce(stats.c.held, 0)
    n_to_come = func.coalesce(stats.c.to_come, 0)
    passed = AssessmentResult.passed.is_(True)
    completed = and_(n_held > 0, n_to_come == 0, n_attended * 100 >= CourseClass.completion_percent * n_held,
                     or_(CourseClass.requires_assessment.is_(False), passed))
    return (
        select(Enrollment.class_id.label("class_id"), Enrollment.participant_id.label("participant_id"),
               n_attended.label("attended"), n_held.label("held"), n_to_come.label("to_come"),
               stats.c.first.label("first"), stats.c.last.label("last"),
               case((completed, 1), else_=0).label("completed"),
               case((passed, 1), else_=0).label("passed"),
               case((Certificate.id.is_not(None), 1), else_=0).label("certified"),
               func.coalesce(Certificate.serial, "").label("serial"),
               case((VneidConfirmation.id.is_not(None), 1), else_=0).label("confirmed"))
        .join(CourseClass, CourseClass.id == Enrollment.class_id)
        .outerjoin(stats, stats.c.class_id == Enrollment.class_id)
        .outerjoin(attended, and_(attended.class_id == Enrollment.class_id,
                                  attended.participant_id == Enrollment.participant_id))
        .outerjoin(AssessmentResult, and_(AssessmentResult.class_id == Enrollment.class_id,
                                          AssessmentResult.participant_id == Enrollment.participant_id))
        .outerjoin(Certificate, and_(Certificate.class_id == Enrollment.class_id,
                                     Certificate.participant_id == Enrollment.participant_id,
                                     Certificate.revoked_at.is_(None)))
        .outerjoin(VneidConfirmation, and_(VneidConfirmation.class_id == Enrollment.class_id,
                                           VneidConfirmation.participant_id == Enrollment.participant_id))
        .where(Enrollment.status == EnrollmentStatus.ENROLLED.value, *classes_in(period, class_id))
    )


__all__ = ["Period", "class_stats", "classes_in", "held_condition", "results_select"]
