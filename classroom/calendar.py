"""Public holidays on the Vietnamese lunar calendar, plus the days the officer edits.

The ``holidays`` package computes Vietnam's holidays (Tết, Hùng Kings' day ...) on the
Vietnamese calendar (UTC+7), including the government's yearly swaps it knows of; the
``calendar_days`` table adds local days off and takes back days made working days.
"""
from __future__ import annotations

from datetime import date

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import CalendarDay


def holidays_between(session: Session | None, start: date, end: date, language: str = "vi") -> dict[date, str]:
    """Days off between ``start`` and ``end`` (inclusive) with their names."""
    lang = "vi" if language == "vi" else "en_US"
    lib = holidays.country_holidays("VN", years=range(start.year, end.year + 1), language=lang)
    days = {d: name for d, name in lib.items() if start <= d <= end}
    if session is not None:
        for cd in session.scalars(select(CalendarDay).where(CalendarDay.day.between(start, end))):
            if cd.kind == "working":
                days.pop(cd.day, None)
            else:
                days[cd.day] = cd.name
    return days
