"""The dashboard's figures: per target group, village and month, sessions, attendance, targets.

Every figure is aggregated by the database (a handful of GROUP BY statements), so that a
commune-year of 100,000 people opens in well under a second.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Integer, cast, distinct, extract, func, select
from sqlalchemy.orm import Session

from models import AttendanceMark, Certificate, ClassSession, Enrollment, EnrollmentStatus, Participant, SessionStatus, Village

from ..text import collation_key
from .results import PRESENT_LIKE, Period, classes_in, enrollment_results, held_condition
from .roster import Summary, figures_by, summary
from .targets import Figures, Progress


@dataclass(frozen=True)
class VillageLine:
    village_id: int | None
    name: str  # "" for people with no village recorded
    figures: Figures
    adults: int | None
    share: float | None  # completed as a percentage of the village's adults


@dataclass(frozen=True)
class MonthLine:
    year: int
    month: int
    active: int  # people present (or late) at least once that month
    completed: int  # people whose class ended that month and who completed it
    certified: int  # certificates issued that month
    sessions_held: int
    attendance_rate: float | None  # present or late, out of the enrolled people expected at the sessions held


@dataclass(frozen=True)
class Dashboard:
    period: Period
    summary: Summary
    villages: tuple[VillageLine, ...]
    months: tuple[MonthLine, ...]
    sessions_held: int
    attendance_rate: float | None

    @property
    def total(self) -> Figures:
        return self.summary.total.figures

    @property
    def targets(self) -> tuple[Progress, ...]:
        return tuple(t for line in self.summary.lines for t in line.targets)


def _month(column: object) -> tuple[object, object]:
    return cast(extract("year", column), Integer), cast(extract("month", column), Integer)


def _in_period(column: object, period: Period) -> list[object]:
    lo, hi = period.bounds
    return [c for c in ((column >= lo) if lo else None, (column < hi) if hi else None) if c is not None]  # type: ignore[operator]


def villages(session: Session, period: Period) -> list[VillageLine]:
    found = figures_by(session, period, Participant.village_id)
    out = []
    for v in session.execute(select(Village.id, Village.name, Village.adult_population).order_by(Village.name)):
        f = found.get(v.id, Figures())
        share = 100.0 * f.completed / v.adult_population if v.adult_population else None
        out.append(VillageLine(v.id, v.name, f, v.adult_population, share))
    out.sort(key=lambda line: collation_key(line.name))
    if None in found:
        out.append(VillageLine(None, "", found[None], None, None))
    return out


def months(session: Session, period: Period) -> list[MonthLine]:
    held = held_condition()
    y, m = _month(ClassSession.starts_at)
    when = _in_period(ClassSession.starts_at, period)
    enrolled = (select(Enrollment.class_id.label("class_id"), func.count().label("n"))
                .where(Enrollment.status == EnrollmentStatus.ENROLLED.value)
                .group_by(Enrollment.class_id).subquery())
    sessions: dict[tuple[int, int], tuple[int, int]] = {
        (yy, mm): (int(n), int(expected or 0)) for yy, mm, n, expected in session.execute(
            select(y, m, func.count(), func.sum(func.coalesce(enrolled.c.n, 0)))
            .outerjoin(enrolled, enrolled.c.class_id == ClassSession.class_id)
            .where(held, *when).group_by(y, m))}
    present: dict[tuple[int, int], tuple[int, int]] = {
        (yy, mm): (int(n), int(people)) for yy, mm, n, people in session.execute(
            select(y, m, func.count(), func.count(distinct(AttendanceMark.participant_id)))
            .join(ClassSession, ClassSession.id == AttendanceMark.session_id)
            .where(AttendanceMark.status.in_(PRESENT_LIKE), ClassSession.status != SessionStatus.CANCELLED.value,
                   *when).group_by(y, m))}
    r = enrollment_results(period)
    ry, rm = _month(r.c.last)
    completed = {(yy, mm): int(n) for yy, mm, n in session.execute(
        select(ry, rm, func.count(distinct(r.c.participant_id))).where(r.c.completed == 1, *_in_period(r.c.last, period))
        .group_by(ry, rm)) if yy}
    cy, cm = _month(Certificate.issued_on)
    lo, hi = period.start, period.end
    cert_where = [Certificate.revoked_at.is_(None)] + ([Certificate.issued_on >= lo] if lo else []) + (
        [Certificate.issued_on <= hi] if hi else [])
    certified = {(yy, mm): int(n) for yy, mm, n in session.execute(
        select(cy, cm, func.count()).where(*cert_where).group_by(cy, cm))}
    keys = sorted(set(sessions) | set(present) | set(completed) | set(certified))
    lines = []
    for key in keys:
        n_sessions, expected = sessions.get(key, (0, 0))
        marks, people = present.get(key, (0, 0))
        rate = min(100.0, 100.0 * marks / expected) if expected else None
        lines.append(MonthLine(key[0], key[1], people, completed.get(key, 0), certified.get(key, 0), n_sessions, rate))
    return lines


def dashboard(session: Session, period: Period) -> Dashboard:
    month_lines = months(session, period)
    held = sum(x.sessions_held for x in month_lines)
    return Dashboard(period, summary(session, period), tuple(villages(session, period)), tuple(month_lines), held,
                     overall_rate(session, period))


def overall_rate(session: Session, period: Period) -> float | None:
    """Present or late marks out of the enrolled people expected, over the period's held sessions."""
    when = _in_period(ClassSession.starts_at, period)
    per_class: dict[int, int] = defaultdict(int)
    for cid, n in session.execute(select(ClassSession.class_id, func.count()).where(held_condition(), *when)
                                  .group_by(ClassSession.class_id)):
        per_class[cid] = int(n)
    if not per_class:
        return None
    enrolled = dict(session.execute(select(Enrollment.class_id, func.count())
                                    .where(Enrollment.status == EnrollmentStatus.ENROLLED.value)
                                    .group_by(Enrollment.class_id)).all())
    expected = sum(n * enrolled.get(cid, 0) for cid, n in per_class.items())
    marks = session.scalar(select(func.count()).select_from(AttendanceMark)
                           .join(ClassSession, ClassSession.id == AttendanceMark.session_id)
                           .where(AttendanceMark.status.in_(PRESENT_LIKE),
                                  ClassSession.status != SessionStatus.CANCELLED.value, *when)) or 0
    return min(100.0, 100.0 * marks / expected) if expected else None


__all__ = ["Dashboard", "MonthLine", "VillageLine", "classes_in", "dashboard"]
