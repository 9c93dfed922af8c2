"""The officer's own days off: a local festival, a harvest week (a day or a range, and why).

They are stored as the calendar's ``holiday`` days (``models.CalendarDay``, one row a day), which
scheduling already skips like public holidays (``classroom.calendar.holidays_between``); here they
are entered and shown as ranges. Dates are typed as people write them: 26/01/2027, 26012027 or
2027-01-26.

Codes: ``InvalidInput`` ``days_off_invalid`` with problems ``date_missing`` [field],
``date_unreadable`` [field, value], ``date_impossible`` [field, value, day, month, year] (31/02),
``range_reversed`` [start, end], ``range_too_long`` [days, limit], ``reason_missing``,
``reason_too_long`` [limit].
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import CalendarDay

from . import audit
from .errors import InvalidInput, Problem
from .text import nfc

MAX_DAYS = 92  # a harvest season at most; longer breaks are not days off
REASON_LIMIT = 150
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")


@dataclass(frozen=True)
class DaysOff:
    start: date
    end: date
    reason: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def parse_day(text: str, field: str) -> tuple[date | None, list[Problem]]:
    """A date as typed: dd/mm/yyyy (or with . or -), ddmmyyyy, yyyy-mm-dd; what is wrong otherwise."""
    text = nfc(text).strip()
    if not text:
        return None, [Problem("date_missing", field)]
    if m := _DMY.fullmatch(text) or _DIGITS.fullmatch(text):
        d, mo, y = (int(g) for g in m.groups())
    elif m := _YMD.fullmatch(text):
        y, mo, d = (int(g) for g in m.groups())
    else:
        return None, [Problem("date_unreadable", field, params={"value": text})]
    try:
        return date(y, mo, d), []
    except ValueError:
        days = calendar.monthrange(y, mo)[1] if 1 <= mo <= 12 and 1 <= y <= 9999 else None
        return None, [Problem("date_impossible", field, params={"value": text, "day": d, "month": mo, "year": y,
                                                               "days_in_month": days})]


def list_days_off(session: Session, start: date | None = None) -> list[DaysOff]:
    """The officer's days off from ``start`` on, consecutive days of one reason as one range."""
    stmt = select(CalendarDay.day, CalendarDay.name).where(CalendarDay.kind == "holiday").order_by(CalendarDay.day)
    if start is not None:
        stmt = stmt.where(CalendarDay.day >= start)
    ranges: list[DaysOff] = []
    for day, name in session.execute(stmt):
        last = ranges[-1] if ranges else None
        if last is not None and last.reason == name and last.end + timedelta(days=1) == day:
            ranges[-1] = DaysOff(last.start, day, name)
        else:
            ranges.append(DaysOff(day, day, name))
    return ranges


def add_days_off(session: Session, start_text: str, end_text: str, reason: str, *, actor: str = "") -> DaysOff:
    """One day (no end) or a range of days off with its reason; everything checked before anything is saved."""
    start, problems = parse_day(start_text, "start")
    end = start
    if end_text.strip():
        end, more = parse_day(end_text, "end")
        problems += more
    reason = " ".join(nfc(reason).split())
    if not reason:
        problems.append(Problem("reason_missing", "reason"))
    elif len(reason) > REASON_LIMIT:
        problems.append(Problem("reason_too_long", "reason", params={"limit": REASON_LIMIT}))
    if start is not None and end is not None:
        if end < start:
            problems.append(Problem("range_reversed", "end", params={"start": start, "end": end}))
        elif (end - start).days + 1 > MAX_DAYS:
            problems.append(Problem("range_too_long", "end", params={"days": (end - start).days + 1,
                                                                     "limit": MAX_DAYS}))
    if problems:
        raise InvalidInput(problems, code="days_off_invalid")
    assert start is not None and end is not None
    existing = {row.day: row for row in session.scalars(select(CalendarDay).where(CalendarDay.day.between(start, end)))}
    day = start
    while day <= end:
        row = existing.get(day)
        if row is None:
            session.add(CalendarDay(day=day, kind="holiday", name=reason))
        else:
            row.kind, row.name = "holiday", reason
        day += timedelta(days=1)
    session.flush()
    audit.record(session, actor, "create", "days_off", None, start=start, end=end, reason=reason)
    return DaysOff(start, end, reason)


def remove_days_off(session: Session, start: date, end: date, *, actor: str = "") -> int:
    """Forget the officer's days off from ``start`` to ``end``; how many days were removed."""
    rows = session.scalars(select(CalendarDay).where(CalendarDay.day.between(start, end),
                                                     CalendarDay.kind == "holiday")).all()
    for row in rows:
        session.delete(row)
    session.flush()
    audit.record(session, actor, "delete", "days_off", None, start=start, end=end, days=len(rows))
    return len(rows)
