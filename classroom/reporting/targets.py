"""Yearly targets per target group, the adult populations they are measured on, and progress.

Targets are rows of ``YearlyTarget`` (year, target group, metric, value). ``target_group`` is
one of ``models.TargetGroup`` or ``"all"`` for the whole commune (e.g. 70 % of adults with
basic digital skills). What each metric counts (``models.TargetMetric``):

- ``trained``: people who completed a class;
- ``certified``: people holding a certificate (not revoked);
- ``share_basic_skills``: people who completed, as a percentage of the adults: the sum of the
  villages' adult population for ``"all"``, the group's adult population (a setting,
  ``adults.<group>``) for a group;
- ``vneid_confirmed``: people who confirmed their course on VNeID / the national learning
  platform (recorded per class: ``classroom.assessment.confirm_vneid``).

Problem codes: ``target_year`` (params value), ``target_group_unknown``, ``target_metric_unknown``,
``target_share_range`` (0 < share ≤ 100), ``target_count_negative``, ``target_count_whole``,
``population_negative`` (params: field, value).
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models import Setting, TargetGroup, TargetMetric, Village, YearlyTarget

from .. import audit
from ..errors import InvalidInput, Problem

ALL = "all"
GROUPS = (ALL, *(g.value for g in TargetGroup))
METRICS = tuple(m.value for m in TargetMetric)
SHARE_METRICS = frozenset({TargetMetric.SHARE_BASIC_SKILLS.value})
POPULATION_PREFIX = "adults."


@dataclass(frozen=True)
class Target:
    year: int
    target_group: str
    metric: str
    value: float


@dataclass(frozen=True)
class Figures:
    """Distinct people of one group (or all): enrolled, completed, certified, passed the assessment,
    confirmed on VNeID."""

    enrolled: int = 0
    completed: int = 0
    certified: int = 0
    passed: int = 0
    confirmed: int = 0


@dataclass(frozen=True)
class Progress:
    """A target and how far it is reached; ``reached`` is a count, or a percentage for share metrics.

    ``progress`` is reached / target in percent; None when the share has no population to
    divide by (``population`` None or 0).
    """

    target_group: str
    metric: str
    target: float
    reached: float | None
    progress: float | None
    population: int | None = None

    @property
    def is_share(self) -> bool:
        return self.metric in SHARE_METRICS


def check_target(group: str, metric: str, value: float, field: str = "value") -> list[Problem]:
    problems = []
    if group not in GROUPS:
        problems.append(Problem("target_group_unknown", "target_group", params={"value": group}))
    if metric not in METRICS:
        problems.append(Problem("target_metric_unknown", "metric", params={"value": metric}))
    elif not isinstance(value, (int, float)) or math.isnan(value) or math.isinf(value):
        problems.append(Problem("target_share_range" if metric in SHARE_METRICS else "target_count_negative",
                                field, params={"value": str(value), "group": group, "metric": metric}))
    elif metric in SHARE_METRICS and not 0 < value <= 100:
        problems.append(Problem("target_share_range", field, params={"value": value, "group": group, "metric": metric}))
    elif metric not in SHARE_METRICS and value < 0:
        problems.append(Problem("target_count_negative", field,
                                params={"value": value, "group": group, "metric": metric}))
    elif metric not in SHARE_METRICS and value != int(value):
        problems.append(Problem("target_count_whole", field, params={"value": value, "group": group, "metric": metric}))
    return problems


def targets_for(session: Session, year: int) -> list[Target]:
    rows = session.scalars(select(YearlyTarget).where(YearlyTarget.year == year))
    order = {g: i for i, g in enumerate(GROUPS)}
    found = [Target(t.year, t.target_group, t.metric, t.value) for t in rows]
    return sorted(found, key=lambda t: (order.get(t.target_group, 99), METRICS.index(t.metric)
                                        if t.metric in METRICS else 99))


def save_targets(session: Session, year: int, values: Mapping[tuple[str, str], float | None], *,
                 actor: str = "") -> None:
    """Set a year's targets: every (group, metric) given is set, or removed when None.

    Everything is checked first; one bad value refuses them all (nothing is half-saved).
    """
    problems: list[Problem] = []
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        problems.append(Problem("target_year", "year", params={"value": year}))
    for (group, metric), value in values.items():
        if value is not None:
            problems += check_target(group, metric, value)
        elif group not in GROUPS or metric not in METRICS:
            problems += check_target(group, metric, 0.0 if metric not in SHARE_METRICS else 1.0)
    if problems:
        raise InvalidInput(problems)
    existing = {(t.target_group, t.metric): t for t in
                session.scalars(select(YearlyTarget).where(YearlyTarget.year == year))}
    for (group, metric), value in values.items():
        row = existing.get((group, metric))
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(YearlyTarget(year=year, target_group=group, metric=metric, value=float(value)))
        else:
            row.value = float(value)
    session.flush()
    audit.record(session, actor, "update", "targets", year, count=len(values))


def group_populations(session: Session) -> dict[str, int]:
    """Adults per target group (settings) and, under ``"all"``, the villages' adults added up."""
    found: dict[str, int] = {}
    for key, value in session.execute(select(Setting.key, Setting.value)
                                      .where(Setting.key.like(POPULATION_PREFIX + "%"))):
        group = key[len(POPULATION_PREFIX):]
        if group in GROUPS and value.isdigit():
            found[group] = int(value)
    found[ALL] = int(session.scalar(select(func.coalesce(func.sum(Village.adult_population), 0))) or 0)
    return found


def save_group_populations(session: Session, values: Mapping[str, int | None], *, actor: str = "") -> None:
    """Adults of each target group (None clears it); all checked before any is saved."""
    problems = [Problem("population_negative", group, params={"value": v}) for group, v in values.items()
                if v is not None and (not isinstance(v, int) or v < 0)]
    problems += [Problem("target_group_unknown", "target_group", params={"value": g}) for g in values
                 if g not in GROUPS or g == ALL]
    if problems:
        raise InvalidInput(problems)
    for group, value in values.items():
        key = POPULATION_PREFIX + group
        session.execute(delete(Setting).where(Setting.key == key))
        if value is not None:
            session.add(Setting(key=key, value=str(value)))
    session.flush()
    audit.record(session, actor, "update", "populations", None, count=len(values))


def progress_of(targets: list[Target], figures: Mapping[str, Figures], populations: Mapping[str, int]) -> list[Progress]:
    """How far each target is reached, from the period's figures per group (``"all"`` included)."""
    out = []
    for t in targets:
        f = figures.get(t.target_group, Figures())
        population = populations.get(t.target_group)
        if t.metric in SHARE_METRICS:
            reached = 100.0 * f.completed / population if population else None
        else:
            reached = float({"trained": f.completed, "certified": f.certified,
                             "vneid_confirmed": f.confirmed}.get(t.metric, 0))
        progress = 100.0 * reached / t.value if reached is not None and t.value else None
        out.append(Progress(t.target_group, t.metric, t.value, reached, progress,
                            population if t.metric in SHARE_METRICS else None))
    return out
