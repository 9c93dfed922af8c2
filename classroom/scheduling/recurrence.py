"""Sessions from a recurrence rule (RFC 5545 RRULE through python-dateutil), holidays skipped.

The rule of holidays: a public holiday or a day off the officer added is skipped, and

- a rule with ``COUNT`` still gives COUNT sessions: the series runs on past the skipped
  days (a class of 8 sessions has 8 sessions, Tết or not);
- a rule with ``UNTIL`` keeps its end date: the skipped days are simply left out, since
  the officer fixed the period ("every day from 2 to 6 June").

``keep_holidays=True`` places sessions on holidays too (on purpose, e.g. a class for
workers on their day off). Times are wall-clock times in Asia/Ho_Chi_Minh.

Problem codes (``InvalidInput.code``; params in brackets):
``rule_invalid`` [rule, detail], ``rule_unbounded`` [limit], ``rule_too_many`` [limit],
``rule_no_dates``, ``rule_only_holidays`` [skipped], ``rule_ends_before_start`` [start, end],
``rule_too_long`` [years], ``rule_too_frequent``, ``sessions_overlap`` [at],
``duration_invalid`` [minutes, limit].
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr
from sqlalchemy.orm import Session

from models import LOCAL_TZ

from ..calendar import holidays_between
from ..errors import InvalidInput

#: At most this many dates in one rule: a class meets a few times a week for some months.
MAX_DATES = 200
#: A session lasts at most this long (a full day of practice).
MAX_MINUTES = 12 * 60
#: A COUNT rule may run on past at most this many skipped days before it is refused.
MAX_SKIPPED = 200
#: No rule reaches further than this from its first date.
HORIZON_YEARS = 3
ALLOWED_FREQ = {DAILY, WEEKLY, MONTHLY, YEARLY}
KNOWN_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST",
               "BYYEARDAY", "BYWEEKNO"}


@dataclass(frozen=True)
class RecurrenceSpec:
    """When a class meets: its first start, how long each session lasts and the rule."""

    dtstart: datetime  # naive values are read as wall-clock time in Asia/Ho_Chi_Minh
    duration_minutes: int
    rrule: str  # "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8"


@dataclass(frozen=True, slots=True)
class PlannedSession:
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True, slots=True)
class SkippedDate:
    day: date
    reason: str  # the holiday's name, as the holidays library or the officer wrote it


@dataclass(frozen=True)
class Plan:
    sessions: tuple[PlannedSession, ...]
    skipped: tuple[SkippedDate, ...]
    rule: str  # the rule as read, normalised

    @property
    def first(self) -> datetime:
        return self.sessions[0].starts_at

    @property
    def last(self) -> datetime:
        return self.sessions[-1].starts_at


def local(moment: datetime) -> datetime:
    """An aware datetime in the commune's time zone (naive input is taken as local wall time)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=LOCAL_TZ)
    return moment.astimezone(LOCAL_TZ)


def check_duration(minutes: int) -> None:
    if not 0 < minutes <= MAX_MINUTES:
        raise InvalidInput(code="duration_invalid", minutes=minutes, limit=MAX_MINUTES)


def normalise_rule(text: str) -> str:
    """The bare RRULE value, upper case, UNTIL in local wall time; ``rule_invalid`` otherwise."""
    raw = (text or "").strip()
    body = raw[6:] if raw.upper().startswith("RRULE:") else raw
    if not body or any(ch in body for ch in "\r\n") or "DTSTART" in body.upper():
        raise InvalidInput(code="rule_invalid", rule=raw, detail="")
    parts: dict[str, str] = {}
    for item in body.upper().strip(";").split(";"):
        key, sep, value = item.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not value or key not in KNOWN_PARTS or key in parts:
            raise InvalidInput(code="rule_invalid", rule=raw, detail=item)
        parts[key] = value
    if "FREQ" not in parts:
        raise InvalidInput(code="rule_invalid", rule=raw, detail="FREQ")
    if "COUNT" in parts and "UNTIL" in parts:
        raise InvalidInput(code="rule_invalid", rule=raw, detail="COUNT+UNTIL")
    if "INTERVAL" in parts and not (parts["INTERVAL"].isdigit() and int(parts["INTERVAL"]) >= 1):
        raise InvalidInput(code="rule_invalid", rule=raw, detail="INTERVAL=" + parts["INTERVAL"])
    if "UNTIL" in parts:
        parts["UNTIL"] = _local_until(parts["UNTIL"], raw)
    return ";".join(f"{k}={v}" for k, v in parts.items())


def _local_until(value: str, raw: str) -> str:
    match = re.fullmatch(r"(\d{8})(?:T(\d{6})(Z?))?", value)
    if not match:
        raise InvalidInput(code="rule_invalid", rule=raw, detail="UNTIL=" + value)
    day, clock, utc = match.groups()
    try:
        moment = datetime.strptime(day + (clock or "235959"), "%Y%m%d%H%M%S")
    except ValueError:
        raise InvalidInput(code="rule_invalid", rule=raw, detail="UNTIL=" + value) from None
    if utc:
        moment = moment.replace(tzinfo=timezone.utc).astimezone(LOCAL_TZ).replace(tzinfo=None)
    return moment.strftime("%Y%m%dT%H%M%S")


def parse_rule(text: str, dtstart: datetime) -> tuple[rrule, str]:
    """A dateutil rule over naive local wall times, and the normalised text."""
    rule_text = normalise_rule(text)
    start = local(dtstart).replace(tzinfo=None, microsecond=0)
    try:
        rule = rrulestr(rule_text, dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise InvalidInput(code="rule_invalid", rule=text.strip(), detail=str(exc)) from None
    assert isinstance(rule, rrule)
    if rule._freq not in ALLOWED_FREQ:
        raise InvalidInput(code="rule_too_frequent", rule=rule_text)
    if rule._until is not None and rule._until < start:
        raise InvalidInput(code="rule_ends_before_start", start=start.date().isoformat(),
                           end=rule._until.date().isoformat())
    if rule._count is None and rule._until is None:
        raise InvalidInput(code="rule_unbounded", limit=MAX_DATES)
    if rule._count is not None and rule._count > MAX_DATES:
        raise InvalidInput(code="rule_too_many", limit=MAX_DATES)
    return rule, rule_text


def plan_sessions(session: Session | None, spec: RecurrenceSpec, keep_holidays: bool = False,
                  language: str = "vi") -> Plan:
    """The sessions a rule gives, with the dates skipped for holidays (see the module's rule)."""
    check_duration(spec.duration_minutes)
    rule, rule_text = parse_rule(spec.rrule, spec.dtstart)
    wanted = rule._count
    if wanted == 0:
        raise InvalidInput(code="rule_no_dates")
    horizon = rule._dtstart + timedelta(days=HORIZON_YEARS * 366)
    if rule._until is not None and rule._until > horizon:
        raise InvalidInput(code="rule_too_long", years=HORIZON_YEARS)
    # Without COUNT the rule runs to the horizon; a rule no date can satisfy ends there too.
    open_rule = rule.replace(count=None, until=rule._until or horizon)
    days_off = _HolidayLookup(session, language, keep_holidays)
    kept: list[datetime] = []
    skipped: list[SkippedDate] = []
    for moment in open_rule:
        reason = days_off.get(moment.date())
        if reason is not None:
            skipped.append(SkippedDate(moment.date(), reason))
            if len(skipped) > MAX_SKIPPED:
                raise InvalidInput(code="rule_too_many", limit=MAX_DATES)
            continue
        kept.append(moment)
        if wanted is not None and len(kept) == wanted:
            break
        if len(kept) > MAX_DATES:
            raise InvalidInput(code="rule_too_many", limit=MAX_DATES)
    if not kept:
        raise InvalidInput(code="rule_only_holidays" if skipped else "rule_no_dates", skipped=len(skipped))
    if wanted is not None and len(kept) < wanted:
        raise InvalidInput(code="rule_too_long", years=HORIZON_YEARS)
    length = timedelta(minutes=spec.duration_minutes)
    planned = tuple(PlannedSession(m.replace(tzinfo=LOCAL_TZ), m.replace(tzinfo=LOCAL_TZ) + length) for m in kept)
    check_no_overlap(planned)
    return Plan(planned, tuple(skipped), rule_text)


class _HolidayLookup:
    """Days off by year, asked for only when a date of that year comes up."""

    def __init__(self, session: Session | None, language: str, keep_holidays: bool) -> None:
        self._session, self._language, self._keep = session, language, keep_holidays
        self._years: dict[int, dict[date, str]] = {}

    def get(self, day: date) -> str | None:
        if self._keep:
            return None
        if day.year not in self._years:
            self._years[day.year] = holidays_between(self._session, date(day.year, 1, 1), date(day.year, 12, 31),
                                                     self._language)
        return self._years[day.year].get(day)


def check_no_overlap(planned: tuple[PlannedSession, ...] | list[PlannedSession]) -> None:
    """A class's own sessions never overlap one another (``sessions_overlap``)."""
    ordered = sorted(planned, key=lambda p: p.starts_at)
    for before, after in zip(ordered, ordered[1:]):
        if after.starts_at < before.ends_at:
            raise InvalidInput(code="sessions_overlap", at=after.starts_at.isoformat())
