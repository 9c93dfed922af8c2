"""The dashboard's figures: per target group, village and month, sessions, attendance, targets.

Every figure is aggregated by the database (a handful of GROUP BY statements), so that a
commune-year of 100,000 people opens in well under a second.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Integer, String, cast, extract, func, literal, select, union_all
from sqlalchemy.orm import Session

from models import (
    PRESENT_LIKE, AttendanceMark, Certificate, ClassSession, Enrollment, EnrollmentStatus, Participant, SessionStatus, Village,
)

from ..text import collation_key
from .results import Period, held_condition, results_select
from .roster import Summary, summary
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
    completed: int  # people whose class ended that month and who completed it
    certified: int  # certificates issued that month
    sessions_held: int
    attendance_rate: float | None  # present or late, out of the enrolled people expected at the sessions held
    present_marks: int = 0
    expected_marks: int = 0


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


def _rate(marks: int, expected: int) -> float | None:
    """Present or late, as a percentage of the marks expected (enrolled people at the sessions held)."""
    return min(100.0, 100.0 * marks / expected) if expected else None


def _month(column: object) -> tuple[object, object]:
    return cast(extract("year", column), Integer), cast(extract("month", column), Integer)


def _in_period(column: object, period: Period) -> list[object]:
    lo, hi = period.bounds
    return [c for c in ((column >= lo) if lo else None, (column < hi) if hi else None) if c is not None]  # type: ignore[operator]


def _people(session: Session, period: Period) -> tuple[dict[object, Figures], dict[object, Figures], dict[tuple[int, int], int]]:
    """Figures by target group and by village, completions by month, in one statement: the
    database works out the period's results once and adds them up both ways. A person counts
    once however many classes they took (completed, certified, passed, confirmed in any of them)."""
    r = results_select(period).cte("results")
    person = (select(r.c.participant_id.label("pid"), func.max(r.c.completed).label("completed"),
                     func.max(r.c.certified).label("certified"), func.max(r.c.passed).label("passed"),
                     func.max(r.c.confirmed).label("confirmed"))
              .group_by(r.c.participant_id).subquery("person"))
    nothing = literal(None, Integer)
    people = (select(literal(0).label("part"), Participant.target_group, Participant.village_id,
                     nothing.label("year"), nothing.label("month"), func.count(), func.sum(person.c.completed),
                     func.sum(person.c.certified), func.sum(person.c.passed), func.sum(person.c.confirmed))
              .join(person, person.c.pid == Participant.id)
              .group_by(Participant.target_group, Participant.village_id))
    y, m = _month(r.c.last)  # a completion counts in the month its class ended
    ended = (select(literal(1), literal(None, String), nothing, y, m, func.count(func.distinct(r.c.participant_id)),
                    nothing, nothing, nothing, nothing)
             .where(r.c.completed == 1, r.c.last.is_not(None)).group_by(y, m))
    by_group: dict[object, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    by_village: dict[object, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    finished: dict[tuple[int, int], int] = {}
    for part, group, village, year, month, n, completed, certified, passed, confirmed in session.execute(
            union_all(people, ended)):
        if part == 1:
            finished[(int(year), int(month))] = int(n)
            continue
        for counts in (by_group[group], by_village[village]):
            counts[0] += int(n)
            counts[1] += int(completed or 0)
            counts[2] += int(certified or 0)
            counts[3] += int(passed or 0)
            counts[4] += int(confirmed or 0)
    lo, hi = period.start, period.end
    done = {k: n for k, n in finished.items()  # a class ending outside the period is not counted there
            if (not lo or k >= (lo.year, lo.month)) and (not hi or k <= (hi.year, hi.month))}
    return ({k: Figures(*v) for k, v in by_group.items()}, {k: Figures(*v) for k, v in by_village.items()}, done)


def village_lines(session: Session, found: dict[object, Figures]) -> list[VillageLine]:
    out = []
    for v in session.execute(select(Village.id, Village.name, Village.adult_population)):
        f = found.get(v.id, Figures())
        share = 100.0 * f.completed / v.adult_population if v.adult_population else None
        out.append(VillageLine(v.id, v.name, f, v.adult_population, share))
    out.sort(key=lambda line: collation_key(line.name))
    if None in found:
        out.append(VillageLine(None, "", found[None], None, None))
    return out


def months(session: Session, period: Period, completed: dict[tuple[int, int], int]) -> list[MonthLine]:
    held = held_condition(period.as_of)
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
    per_session = (select(AttendanceMark.session_id.label("session_id"), func.count().label("n"))
                   .where(AttendanceMark.status.in_(PRESENT_LIKE)).group_by(AttendanceMark.session_id).subquery())
    present: dict[tuple[int, int], int] = {  # marks counted per session from the index, then per month
        (yy, mm): int(n) for yy, mm, n in session.execute(
            select(y, m, func.sum(per_session.c.n))
            .join(ClassSession, ClassSession.id == per_session.c.session_id)
            .where(ClassSession.status != SessionStatus.CANCELLED.value, *when).group_by(y, m))}
    cy, cm = _month(Certificate.issued_on)
    lo, hi = period.start, period.end
    cert_where = [Certificate.revoked_at.is_(None)] + ([Certificate.issued_on >= lo] if lo else []) + (
        [Certificate.issued_on <= hi] if hi else [])
    certified = {(yy, mm): int(n) for yy, mm, n in session.execute(
        select(cy, cm, func.count()).where(*cert_where).group_by(cy, cm))}
    lines = []
    for key in sorted(set(sessions) | set(present) | set(completed) | set(certified)):
        n_sessions, expected = sessions.get(key, (0, 0))
        marks = present.get(key, 0)
        lines.append(MonthLine(key[0], key[1], completed.get(key, 0), certified.get(key, 0), n_sessions,
                               _rate(marks, expected), marks, expected))
    return lines


def dashboard(session: Session, period: Period) -> Dashboard:
    by_group, by_village, completed = _people(session, period)
    month_lines = months(session, period, completed)
    marks = sum(x.present_marks for x in month_lines)
    expected = sum(x.expected_marks for x in month_lines)
    return Dashboard(period, summary(session, period, {str(k): v for k, v in by_group.items()}),
                     tuple(village_lines(session, by_village)), tuple(month_lines),
                     sum(x.sessions_held for x in month_lines), _rate(marks, expected))


__all__ = ["Dashboard", "MonthLine", "VillageLine", "dashboard"]
