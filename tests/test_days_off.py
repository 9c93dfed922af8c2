"""The officer's own days off (a festival, a harvest week): ranges typed as people write dates,
skipped by scheduling like public holidays; impossible dates refused saying what and where."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from classroom.days_off import add_days_off, list_days_off, parse_day, remove_days_off
from classroom.errors import InvalidInput
from classroom.scheduling import RecurrenceSpec, plan_sessions
from models.db import Database


def test_dates_are_read_as_typed_and_impossible_ones_named() -> None:
    assert parse_day("26/01/2027", "start") == (date(2027, 1, 26), [])
    assert parse_day("26012027", "start") == (date(2027, 1, 26), [])
    assert parse_day("2027-01-26", "start") == (date(2027, 1, 26), [])
    day, problems = parse_day("31/02/2027", "end")
    assert day is None and problems[0].code == "date_impossible" and problems[0].field == "end"
    assert problems[0].params["days_in_month"] == 28
    assert parse_day("29/02/2028", "end")[0] == date(2028, 2, 29)
    assert parse_day("mai", "start")[1][0].code == "date_unreadable"
    assert parse_day(" ", "start")[1][0].code == "date_missing"


def test_a_harvest_week_is_skipped_like_a_holiday(db: Database) -> None:
    with db.transaction() as s:
        added = add_days_off(s, "05/10/2026", "11/10/2026", "Mùa gặt", actor="Cán bộ")
        add_days_off(s, "20/10/2026", "", "Lễ hội làng")
    assert added.days == 7
    with db.sessions() as s:
        assert [(r.start, r.end, r.reason) for r in list_days_off(s)] == [
            (date(2026, 10, 5), date(2026, 10, 11), "Mùa gặt"), (date(2026, 10, 20), date(2026, 10, 20), "Lễ hội làng")]
        plan = plan_sessions(s, RecurrenceSpec(datetime(2026, 9, 28, 19), 120, "FREQ=WEEKLY;BYDAY=MO,TU;COUNT=6"))
    skipped = {x.day: x.reason for x in plan.skipped}
    assert skipped == {date(2026, 10, 5): "Mùa gặt", date(2026, 10, 6): "Mùa gặt", date(2026, 10, 20): "Lễ hội làng"}
    assert [p.starts_at.date() for p in plan.sessions][:4] == [date(2026, 9, 28), date(2026, 9, 29),
                                                              date(2026, 10, 12), date(2026, 10, 13)]
    with db.transaction() as s:
        assert remove_days_off(s, date(2026, 10, 5), date(2026, 10, 11)) == 7
    with db.sessions() as s:
        assert len(list_days_off(s)) == 1


@pytest.mark.parametrize(("start", "end", "reason", "codes"), [
    ("31/02/2027", "", "Lễ hội", ["date_impossible"]),
    ("10/03/2027", "01/03/2027", "Lễ hội", ["range_reversed"]),
    ("01/01/2027", "30/06/2027", "Nghỉ dài", ["range_too_long"]),
    ("01/03/2027", "31/02/2027", "", ["date_impossible", "reason_missing"]),
])
def test_bad_input_is_refused_whole(db: Database, start: str, end: str, reason: str, codes: list[str]) -> None:
    with pytest.raises(InvalidInput) as caught, db.transaction() as s:
        add_days_off(s, start, end, reason)
    assert sorted(p.code for p in caught.value.problems) == sorted(codes)
    with db.sessions() as s:
        assert list_days_off(s) == []
