"""The rule in the officer's terms: which days, what time, from when, how many or until when.

A form (or a test) fills a ``PlainRule``; ``to_spec`` turns it into the RFC 5545 rule
that ``plan_sessions`` reads:

- "Tuesday and Thursday evenings 19:00-21:00 for 4 weeks":
  ``PlainRule(start, time(19), time(21), weekdays={1, 3}, weeks=4)`` -> ``FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8``
- "every Sunday morning, 8 sessions": ``PlainRule(start, *PARTS_OF_DAY["morning"], weekdays={6}, sessions=8)``
- "every day from 2 to 6 June": ``PlainRule(date(y, 6, 2), ..., end_date=date(y, 6, 6))`` -> ``FREQ=DAILY;UNTIL=…``

"For N weeks" means N times the days of a week, so that, like a number of sessions, it
runs on past a skipped holiday; an end date is kept as the officer gave it.

Problem codes (``InvalidInput.problems``, field in brackets): ``end_time_before_start``
[end_time], ``end_before_start`` [end_date], ``length_missing`` [sessions],
``length_ambiguous`` [sessions], ``number_invalid`` [sessions | weeks], plus the
``duration_invalid`` and rule codes of ``recurrence``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from models import LOCAL_TZ

from ..errors import InvalidInput, Problem
from .recurrence import MAX_DATES, MAX_MINUTES, RecurrenceSpec

#: Monday = 0 … Sunday = 6, as ``date.weekday()`` counts.
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

#: The times people mean by "morning", "afternoon", "evening" in a commune's classes.
PARTS_OF_DAY: dict[str, tuple[time, time]] = {
    "morning": (time(8, 0), time(10, 0)),
    "afternoon": (time(14, 0), time(16, 0)),
    "evening": (time(19, 0), time(21, 0)),
}


@dataclass(frozen=True)
class PlainRule:
    """Exactly one of ``sessions``, ``weeks`` and ``end_date`` says how long the class runs.

    No weekdays means every day.
    """

    start_date: date
    start_time: time
    end_time: time
    weekdays: frozenset[int] = field(default_factory=frozenset)
    sessions: int | None = None
    weeks: int | None = None
    end_date: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))

    @property
    def duration_minutes(self) -> int:
        start = datetime.combine(self.start_date, self.start_time)
        return int((datetime.combine(self.start_date, self.end_time) - start).total_seconds() // 60)


def rule_text(plain: PlainRule) -> str:
    """The RRULE of a checked plain rule."""
    days = sorted(plain.weekdays)
    base = "FREQ=DAILY" if not days or len(days) == 7 else "FREQ=WEEKLY;BYDAY=" + ",".join(
        WEEKDAY_CODES[d] for d in days)
    if plain.end_date is not None:
        return f"{base};UNTIL={plain.end_date:%Y%m%d}T235959"
    count = plain.sessions if plain.sessions is not None else (plain.weeks or 0) * (len(days) or 7)
    return f"{base};COUNT={count}"


def check_plain(plain: PlainRule) -> list[Problem]:
    problems: list[Problem] = []
    minutes = plain.duration_minutes
    if minutes <= 0:
        problems.append(Problem("end_time_before_start", "end_time", params={
            "start": plain.start_time.strftime("%H:%M"), "end": plain.end_time.strftime("%H:%M")}))
    elif minutes > MAX_MINUTES:
        problems.append(Problem("duration_invalid", "end_time", params={"minutes": minutes, "limit": MAX_MINUTES}))
    given = [x for x in (plain.sessions, plain.weeks, plain.end_date) if x is not None]
    if not given:
        problems.append(Problem("length_missing", "sessions"))
    elif len(given) > 1:
        problems.append(Problem("length_ambiguous", "sessions"))
    if any(not 0 <= d <= 6 for d in plain.weekdays):
        problems.append(Problem("weekday_invalid", "weekdays", params={"value": sorted(plain.weekdays)}))
    if plain.sessions is not None and not 1 <= plain.sessions <= MAX_DATES:
        problems.append(Problem("number_invalid", "sessions", params={"value": plain.sessions, "limit": MAX_DATES}))
    if plain.weeks is not None and not 1 <= plain.weeks * (len(plain.weekdays) or 7) <= MAX_DATES:
        problems.append(Problem("number_invalid", "weeks", params={"value": plain.weeks, "limit": MAX_DATES}))
    if plain.end_date is not None and plain.end_date < plain.start_date:
        problems.append(Problem("end_before_start", "end_date", params={
            "start": plain.start_date.isoformat(), "end": plain.end_date.isoformat()}))
    return problems


def to_spec(plain: PlainRule) -> RecurrenceSpec:
    """The recurrence of a plain rule; ``InvalidInput`` (code ``rule_form_invalid``) lists what is wrong."""
    problems = check_plain(plain)
    if problems:
        raise InvalidInput(problems, code="rule_form_invalid")
    start = datetime.combine(plain.start_date, plain.start_time, LOCAL_TZ)
    return RecurrenceSpec(start, plain.duration_minutes, rule_text(plain))
