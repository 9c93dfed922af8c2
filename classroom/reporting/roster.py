"""Roster rows for the upper level (one per person and class) and the summary per target group.

Rows carry stored values (codes, dates, numbers), never words: the writers turn them into
the contract's Vietnamese (``classroom.reporting.workbook``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from models import Course, CourseClass, Participant, TargetGroup, Village

from ..commune import CommuneInfo, load_commune
from ..errors import Cancelled, NotFound
from .results import Period, results_select
from .targets import ALL, Figures, Progress, group_populations, progress_of, targets_for

PASSED, NOT_PASSED, IN_PROGRESS = "passed", "not_passed", "in_progress"
BATCH = 5000


@dataclass(frozen=True, slots=True)
class RosterRow:
    participant_id: int
    full_name: str
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    gender: str | None
    national_id: str | None
    phone: str | None
    village: str
    target_group: str
    class_code: str
    course_title: str
    first_session: date | None
    last_session: date | None
    attended: int
    held: int
    result: str  # passed | not_passed | in_progress
    certificate: str  # serial, "" when none


@dataclass(frozen=True)
class GroupLine:
    target_group: str  # a TargetGroup value, or "all" for the total
    figures: Figures
    targets: tuple[Progress, ...]


@dataclass(frozen=True)
class Summary:
    period: Period
    year: int  # the targets' year
    lines: tuple[GroupLine, ...]  # the groups in the contract's order, then the total ("all")

    @property
    def total(self) -> GroupLine:
        return self.lines[-1]


def _day(value: datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def roster_rows(session: Session, period: Period = Period(), class_id: int | None = None, *,
                cancelled: Callable[[], bool] | None = None) -> list[RosterRow]:
    """Every enrolled person of every class of the period, by class code then Vietnamese name order."""
    if class_id is not None and session.get(CourseClass, class_id) is None:
        raise NotFound("class", id=class_id)
    r = results_select(period, class_id).subquery("results")
    p = Participant
    stmt = (
        select(p.id, p.full_name, p.birth_year, p.birth_month, p.birth_day, p.gender, p.national_id, p.phone,
               func.coalesce(Village.name, ""), p.target_group, CourseClass.code, Course.title, r.c.first, r.c.last,
               r.c.attended, r.c.held, r.c.to_come, r.c.completed, r.c.serial)
        .select_from(r)
        .join(p, p.id == r.c.participant_id)
        .join(CourseClass, CourseClass.id == r.c.class_id)
        .join(Course, Course.id == CourseClass.course_id)
        .outerjoin(Village, Village.id == p.village_id)
        .order_by(CourseClass.code, p.sort_key, p.id)
    )
    rows: list[RosterRow] = []
    for x in session.execute(stmt).yield_per(BATCH):
        result = PASSED if x[17] else IN_PROGRESS if x[16] else NOT_PASSED
        rows.append(RosterRow(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10], x[11],
                              _day(x[12]), _day(x[13]), int(x[14]), int(x[15]), result, x[18] or ""))
        if len(rows) % BATCH == 0 and cancelled and cancelled():
            raise Cancelled()
    return rows


def figures_by(session: Session, period: Period, key: object) -> dict[object, Figures]:
    """Distinct people enrolled, completed, certified, passed and confirmed on VNeID, grouped by a Participant column."""
    r = results_select(period).subquery("results")
    pid = r.c.participant_id

    def people(flag: object) -> object:
        return func.count(distinct(func.nullif(pid * flag, 0)))  # ids are positive: 0 means "not"

    stmt = (select(key, func.count(distinct(pid)), people(r.c.completed), people(r.c.certified), people(r.c.passed),
                   people(r.c.confirmed))
            .select_from(r).join(Participant, Participant.id == pid).group_by(key))
    return {k: Figures(int(a), int(b), int(c), int(d), int(e)) for k, a, b, c, d, e in session.execute(stmt)}


def summary(session: Session, period: Period = Period(), by_group: dict[str, Figures] | None = None) -> Summary:
    """Per target group (and in total): people enrolled, completed, certified; the year's targets.

    ``by_group``: the figures when the caller counted them already (the dashboard does, in one pass).
    """
    if by_group is None:
        by_group = {str(k): v for k, v in figures_by(session, period, Participant.target_group).items()}
    total = Figures(*(sum(getattr(f, n) for f in by_group.values())
                      for n in ("enrolled", "completed", "certified", "passed", "confirmed")))
    figures = {**by_group, ALL: total}
    year = period.target_year
    progress = progress_of(targets_for(session, year), figures, group_populations(session))
    lines = [GroupLine(g, figures.get(g, Figures()), tuple(t for t in progress if t.target_group == g))
             for g in [*(t.value for t in TargetGroup), ALL]]
    return Summary(period, year, tuple(lines))


def commune_of(session: Session) -> CommuneInfo:
    info = load_commune(session)
    if info is None:
        raise NotFound("commune")
    return info
