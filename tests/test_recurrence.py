"""Sessions from rules: the officer's phrasings, Vietnamese holidays 2025-2030, bad rules refused."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from classroom.errors import InvalidInput
from classroom.scheduling import PARTS_OF_DAY, PlainRule, RecurrenceSpec, plan_sessions, set_calendar_day, to_spec
from models import LOCAL_TZ
from models.db import Database


def days(plan) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.starts_at.strftime("%d/%m/%Y") for s in plan.sessions]


def spec(start: str, rule: str, minutes: int = 120) -> RecurrenceSpec:
    return RecurrenceSpec(datetime.fromisoformat(start), minutes, rule)


def test_tuesday_and_thursday_evenings_for_four_weeks() -> None:
    plain = PlainRule(date(2025, 3, 3), time(19), time(21), weekdays={1, 3}, weeks=4)
    rule = to_spec(plain)
    assert rule.rrule == "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8"
    assert rule.duration_minutes == 120
    plan = plan_sessions(None, rule)
    assert days(plan) == ["04/03/2025", "06/03/2025", "11/03/2025", "13/03/2025", "18/03/2025", "20/03/2025",
                          "25/03/2025", "27/03/2025"]
    first = plan.sessions[0]
    assert first.starts_at == datetime(2025, 3, 4, 19, tzinfo=LOCAL_TZ)
    assert first.ends_at == datetime(2025, 3, 4, 21, tzinfo=LOCAL_TZ)
    assert first.starts_at.isoformat() == "2025-03-04T19:00:00+07:00"
    assert plan.skipped == ()


def test_every_sunday_morning_eight_sessions() -> None:
    plain = PlainRule(date(2025, 9, 1), *PARTS_OF_DAY["morning"], weekdays={6}, sessions=8)
    plan = plan_sessions(None, to_spec(plain))
    assert plan.rule == "FREQ=WEEKLY;BYDAY=SU;COUNT=8"
    assert len(plan.sessions) == 8
    assert all(s.starts_at.weekday() == 6 and s.starts_at.hour == 8 and s.ends_at.hour == 10 for s in plan.sessions)
    assert days(plan)[0] == "07/09/2025" and days(plan)[-1] == "26/10/2025"


def test_every_day_from_2_to_6_june() -> None:
    plain = PlainRule(date(2025, 6, 2), time(14), time(16, 30), end_date=date(2025, 6, 6))
    plan = plan_sessions(None, to_spec(plain))
    assert plan.rule == "FREQ=DAILY;UNTIL=20250606T235959"
    assert days(plan) == ["02/06/2025", "03/06/2025", "04/06/2025", "05/06/2025", "06/06/2025"]
    assert plan.sessions[0].ends_at - plan.sessions[0].starts_at == datetime(1, 1, 1, 2, 30) - datetime(1, 1, 1)


def test_tet_2025_is_skipped_and_the_class_keeps_its_count() -> None:
    # Tết Ất Tỵ: the first day of the year was Wednesday 29 January 2025.
    # The government gave 27 January to 1 February off; a daily class of 5 runs on past them.
    plan = plan_sessions(None, spec("2025-01-24T19:00", "FREQ=DAILY;COUNT=5"))
    assert days(plan) == ["24/01/2025", "25/01/2025", "26/01/2025", "02/02/2025", "03/02/2025"]
    skipped = {s.day: s.reason for s in plan.skipped}
    assert skipped[date(2025, 1, 29)] == "Tết Nguyên Đán"
    assert set(skipped) == {date(2025, 1, d) for d in (27, 28, 29, 30, 31)} | {date(2025, 2, 1)}


def test_an_until_rule_keeps_its_end_and_drops_the_holidays() -> None:
    plan = plan_sessions(None, spec("2025-04-01T08:00", "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20250430T235959"))
    assert date(2025, 4, 7) in {s.day for s in plan.skipped}  # Hùng Kings' day, a Monday in 2025
    assert {s.day: s.reason for s in plan.skipped}[date(2025, 4, 7)] == "Ngày Giỗ Tổ Hùng Vương"
    assert days(plan)[-1] == "28/04/2025" and "30/04/2025" not in days(plan)  # 30 April is a holiday too
    assert len(plan.sessions) == 7


@pytest.mark.parametrize(("year", "tet"), [(2025, date(2025, 1, 29)), (2026, date(2026, 2, 17)),
                                           (2027, date(2027, 2, 6)), (2028, date(2028, 1, 26)),
                                           (2029, date(2029, 2, 13)), (2030, date(2030, 2, 2))])
def test_tet_on_the_vietnamese_calendar(year: int, tet: date) -> None:
    plan = plan_sessions(None, spec(f"{tet.isoformat()}T08:00", "FREQ=DAILY;COUNT=1"), language="en")
    assert plan.skipped[0].day == tet and plan.skipped[0].reason == "Lunar New Year"


def test_tet_2030_follows_vietnam_not_china() -> None:
    # The Chinese calendar puts New Year on 3 February 2030; Vietnam's (UTC+7) on the 2nd.
    plan = plan_sessions(None, spec("2030-01-26T08:00", "FREQ=WEEKLY;BYDAY=SA;COUNT=4"))
    reasons = {s.day: s.reason for s in plan.skipped}
    assert reasons == {date(2030, 2, 2): "Tết Nguyên Đán"}
    assert days(plan) == ["26/01/2030", "09/02/2030", "16/02/2030", "23/02/2030"]


def test_hung_kings_day_2025_and_keep_holidays_on_purpose() -> None:
    rule = spec("2025-04-07T19:00", "FREQ=DAILY;COUNT=1")
    assert plan_sessions(None, rule).sessions[0].starts_at.date() == date(2025, 4, 8)
    kept = plan_sessions(None, rule, keep_holidays=True)
    assert days(kept) == ["07/04/2025"] and kept.skipped == ()


def test_days_the_officer_adds_or_takes_back(db: Database) -> None:
    with db.transaction() as session:
        set_calendar_day(session, date(2025, 10, 15), "Lễ hội làng")
        set_calendar_day(session, date(2025, 9, 1), "", kind="working")
    with db.sessions() as session:
        plan = plan_sessions(session, spec("2025-09-01T08:00", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=14"))
    assert {s.day: s.reason for s in plan.skipped} == {date(2025, 10, 15): "Lễ hội làng"}
    assert days(plan)[0] == "01/09/2025"  # Quốc khánh (1 September 2025) taken back as a working day
    assert len(plan.sessions) == 14 and days(plan)[-1] == "20/10/2025"


@pytest.mark.parametrize(("rule", "minutes", "code"), [
    ("FREQ=WEEKLY;BYDAY=XX;COUNT=3", 120, "rule_invalid"),
    ("every tuesday", 120, "rule_invalid"),
    ("BYDAY=TU;COUNT=3", 120, "rule_invalid"),
    ("FREQ=WEEKLY;COUNT=3;UNTIL=20250601", 120, "rule_invalid"),
    ("FREQ=WEEKLY;INTERVAL=0;COUNT=3", 120, "rule_invalid"),
    ("DTSTART:20250101T000000\nRRULE:FREQ=DAILY;COUNT=2", 120, "rule_invalid"),
    ("FREQ=WEEKLY;COUNT=0", 120, "rule_no_dates"),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3", 120, "rule_no_dates"),
    ("FREQ=DAILY;COUNT=500", 120, "rule_too_many"),
    ("FREQ=DAILY;UNTIL=20261231", 120, "rule_too_many"),
    ("FREQ=WEEKLY;BYDAY=TU", 120, "rule_unbounded"),
    ("FREQ=DAILY;UNTIL=20250101", 120, "rule_ends_before_start"),
    ("FREQ=HOURLY;COUNT=3", 60, "rule_too_frequent"),
    ("FREQ=DAILY;BYHOUR=8,9;COUNT=4", 120, "rule_invalid"),  # one session a day at most
    ("FREQ=DAILY;COUNT=3", 0, "duration_invalid"),
    ("FREQ=DAILY;COUNT=3", 13 * 60, "duration_invalid"),
    ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1;COUNT=2", 60, "rule_only_holidays"),
    ("FREQ=YEARLY;COUNT=5", 60, "rule_too_long"),
])
def test_bad_rules_are_refused_with_a_code(rule: str, minutes: int, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        plan_sessions(None, spec("2025-03-03T08:00", rule, minutes))
    assert caught.value.code == code


def test_a_rule_of_holidays_only_says_so() -> None:
    with pytest.raises(InvalidInput) as caught:
        plan_sessions(None, spec("2025-01-28T08:00", "FREQ=DAILY;UNTIL=20250131"))
    assert caught.value.code == "rule_only_holidays" and caught.value.params["skipped"] == 4


def test_until_in_utc_is_read_in_local_time() -> None:
    # 2025-06-05T17:00Z is 6 June 00:00 in Hà Nội: the 6 June session at 00:00 is included, later ones not.
    plan = plan_sessions(None, spec("2025-06-02T00:00", "RRULE:FREQ=DAILY;UNTIL=20250605T170000Z", 60))
    assert days(plan)[-1] == "06/06/2025"


@pytest.mark.parametrize(("plain", "problem"), [
    (PlainRule(date(2025, 6, 2), time(21), time(19), weekdays={1}, sessions=4), "end_time_before_start"),
    (PlainRule(date(2025, 6, 2), time(6), time(20), weekdays={1}, sessions=4), "duration_invalid"),
    (PlainRule(date(2025, 6, 6), time(8), time(10), end_date=date(2025, 6, 2)), "end_before_start"),
    (PlainRule(date(2025, 6, 2), time(8), time(10)), "length_missing"),
    (PlainRule(date(2025, 6, 2), time(8), time(10), sessions=4, weeks=2), "length_ambiguous"),
    (PlainRule(date(2025, 6, 2), time(8), time(10), weekdays={1, 3}, weeks=150), "number_invalid"),
    (PlainRule(date(2025, 6, 2), time(8), time(10), sessions=0), "number_invalid"),
])
def test_form_problems_name_the_field(plain: PlainRule, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        to_spec(plain)
    assert caught.value.code == "rule_form_invalid"
    assert problem in [p.code for p in caught.value.problems]
