import dataclasses
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classroom import validation
from classroom.validation import (
    PROBLEM_CODES,
    PROVINCE_PREFIXES,
    BirthDate,
    Checked,
    check_birth,
    check_full_name,
    check_gender,
    check_national_id,
    check_person,
    check_phone,
    mask_national_id,
    mask_phone,
)

TODAY = date(2026, 3, 5)


def codes(result):
    return [p.code for p in result.problems]


def only(result):
    assert len(result.problems) == 1, result.problems
    return result.problems[0]


# ---------------------------------------------------------------- problem codes


def test_problem_codes_listed_and_snake_case():
    assert len(set(PROBLEM_CODES)) == len(PROBLEM_CODES)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", c) for c in PROBLEM_CODES)
    # every code used in the module is listed, and every listed code is used
    source = Path(validation.__file__).read_text(encoding="utf-8")
    body = source.split("PROVINCE_PREFIXES: dict", 1)[1]
    used = set(re.findall(r'_(?:err|warn)\(\s*"([a-z_]+)"', body))
    assert used == set(PROBLEM_CODES)


def test_checked_is_frozen():
    c = check_phone("0912345678")
    assert isinstance(c, Checked)
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.value = "x"  # type: ignore[misc]


# ---------------------------------------------------------------- national ID


def test_province_table():
    assert len(PROVINCE_PREFIXES) == 63
    assert PROVINCE_PREFIXES["001"] == "Hà Nội"
    assert PROVINCE_PREFIXES["038"] == "Thanh Hóa"
    assert PROVINCE_PREFIXES["079"] == "Hồ Chí Minh"
    assert PROVINCE_PREFIXES["096"] == "Cà Mau"
    assert all(re.fullmatch(r"0\d\d", k) for k in PROVINCE_PREFIXES)
    assert all(unicodedata.is_normalized("NFC", v) for v in PROVINCE_PREFIXES.values())


def test_id_man_born_1958_thanh_hoa():
    r = check_national_id("038058012345", birth_year=1958, gender="male", today=TODAY)
    assert r == Checked("038058012345", ())
    assert r.ok
    r = check_national_id("038 058 012 345", birth_date=date(1958, 3, 7), gender="male", today=TODAY)
    assert r.value == "038058012345"
    assert check_national_id("038.058.012.345", today=TODAY).value == "038058012345"
    assert check_national_id("038-058-012-345", today=TODAY).value == "038058012345"


def test_id_woman_born_2001():
    r = check_national_id("001301012345", birth_date=date(2001, 5, 1), gender="female", today=TODAY)
    assert r.value == "001301012345" and r.problems == ()
    r = check_national_id("001301012345", birth_date=BirthDate(2001), gender="female", today=TODAY)
    assert r.ok


def test_id_other_gender_not_checked():
    assert check_national_id("001301012345", gender="other", today=TODAY).ok
    assert check_national_id("038058012345", gender="other", today=TODAY).ok


def test_id_wrong_gender_digit():
    r = check_national_id("038158012345", birth_year=1958, gender="male", today=TODAY)
    p = only(r)
    assert p.code == "national_id_gender_mismatch" and p.is_error and p.field == "national_id"
    assert p.params == {"gender": "male", "id_gender": "female"}
    assert r.value is None


def test_id_wrong_year_digits():
    p = only(check_national_id("038058012345", birth_year=1959, gender="male", today=TODAY))
    assert p.code == "national_id_birth_year_mismatch"
    assert p.params == {"expected_year": 1959, "id_year": 1958}
    # right two digits, wrong century (2058 is also in the future)
    r = check_national_id("038218012345", birth_date=date(1918, 1, 1), gender="male", today=TODAY)
    assert codes(r) == ["national_id_birth_year_mismatch"]
    assert r.problems[0].params == {"expected_year": 1918, "id_year": 2018}
    r = check_national_id("038258012345", birth_date=date(1958, 1, 1), gender="male", today=TODAY)
    assert codes(r) == ["national_id_implausible_year", "national_id_birth_year_mismatch"]


def test_id_century_in_future_or_1800s():
    r = check_national_id("038258012345", today=TODAY)
    assert codes(r) == ["national_id_implausible_year"]
    assert r.problems[0].params == {"id_year": 2058}
    assert codes(check_national_id("038858012345", today=TODAY)) == ["national_id_implausible_year"]
    assert check_national_id("038225012345", today=TODAY).ok  # a boy born 2025


def test_id_old_cmnd():
    r = check_national_id("172345678")
    assert codes(r) == ["national_id_old_cmnd"] and r.value is None
    assert "172345678" not in str(r.problems[0].params)


def test_id_lost_leading_zero():
    r = check_national_id("38058012345")
    p = only(r)
    assert p.code == "national_id_lost_leading_zero" and p.is_error
    assert p.params == {"suggestion": "038058012345"}
    assert r.value is None
    # Excel numbers
    assert check_national_id(38058012345).problems[0].params["suggestion"] == "038058012345"
    assert check_national_id(38058012345.0).problems[0].params["suggestion"] == "038058012345"


@pytest.mark.parametrize("text,length", [("12345", 5), ("0380580123456", 13), ("0380580123", 10)])
def test_id_wrong_length(text, length):
    p = only(check_national_id(text))
    assert p.code == "national_id_wrong_length"
    assert p.params == {"length": length, "expected": 12}


def test_id_unknown_prefix_warns():
    r = check_national_id("003058012345", birth_year=1958, gender="male", today=TODAY)
    p = only(r)
    assert p.code == "national_id_unknown_prefix" and p.severity == "warning"
    assert p.params == {"prefix": "003"}
    assert r.value == "003058012345" and r.ok


def test_id_letters():
    r = check_national_id("03805801234A")
    p = only(r)
    assert p.code == "national_id_not_digits" and p.params["chars"] == "A"
    assert codes(check_national_id("038/058/012/345")) == ["national_id_not_digits"]


def test_id_empty_is_allowed():
    assert check_national_id("") == Checked(None, ())
    assert check_national_id(None) == Checked(None, ())
    assert check_national_id("  . - ") == Checked(None, ())


def test_mask_national_id():
    assert mask_national_id("038058012345") == "********2345"
    assert mask_national_id("001301011234") == "********1234"
    assert mask_national_id(None) == ""


# ---------------------------------------------------------------- phone


@pytest.mark.parametrize(
    "text",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "0912-345-678",
        "+84 912 345 678",
        "+84912345678",
        "84912345678",
        "84 912 345 678",
        "(+84) 912-345-678",
        "+84 0912 345 678",
        "0084 912 345 678",
        " 0912\u00a0345\u200b678 ",
    ],
)
def test_phone_written_forms(text):
    assert check_phone(text) == Checked("0912345678", ())


@pytest.mark.parametrize("number", ["0321234567", "0521234567", "0701234567", "0861234567", "0991234567"])
def test_phone_valid_prefixes(number):
    assert check_phone(number).value == number


@pytest.mark.parametrize("number", ["0123456789", "0311234567", "0951234567", "0801234567", "0751234567"])
def test_phone_unknown_prefix(number):
    p = only(check_phone(number))
    assert p.code == "phone_unknown_prefix" and p.is_error
    assert p.params["prefix"] == number[:3]


def test_phone_lost_leading_zero():
    r = check_phone("912345678")
    p = only(r)
    assert p.code == "phone_lost_leading_zero"
    assert p.params["suggestion"] == "0912345678"
    assert r.value is None
    assert check_phone(912345678).problems[0].params["suggestion"] == "0912345678"
    # 9 digits that would not be a mobile even with a 0
    assert codes(check_phone("123456789")) == ["phone_wrong_length"]


def test_phone_other_errors():
    assert codes(check_phone("0912 345 67a")) == ["phone_not_digits"]
    assert codes(check_phone("09123")) == ["phone_wrong_length"]
    assert only(check_phone("091234567890")).params == {"length": 12, "expected": 10}
    old = only(check_phone("01658 123 456"))
    assert old.code == "phone_old_prefix" and old.params["suggestion"] == "0358123456"
    assert codes(check_phone("024 3825 1234")) == ["phone_landline"]
    assert codes(check_phone("+1 202 555 0100")) == ["phone_foreign"]


def test_phone_and_id_other_digit_forms():
    assert check_phone("０９１２ ３４５ ６７８").value == "0912345678"
    assert check_national_id("０３８０５８０１２３４５", today=TODAY).value == "038058012345"


def test_phone_empty():
    assert check_phone("") == Checked(None, ())
    assert check_phone(None) == Checked(None, ())


def test_mask_phone():
    assert mask_phone("0912345678") == "*******678"
    assert mask_phone("") == ""


@given(st.from_regex(r"0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])[0-9]{7}", fullmatch=True))
def test_phone_valid_numbers_round_trip(number):
    assert check_phone(number).value == number
    spaced = f"+84 {number[1:4]} {number[4:7]} {number[7:]}"
    assert check_phone(spaced).value == number


# ---------------------------------------------------------------- birth


@pytest.mark.parametrize(
    "value",
    ["07/03/1958", "7/3/1958", "07-03-1958", "07.03.1958", "1958-03-07", " 07 / 03 / 1958 ",
     date(1958, 3, 7), datetime(1958, 3, 7, 10, 30)],
)
def test_birth_full_date_forms(value):
    r = check_birth(value, today=TODAY)
    assert r == Checked(BirthDate(1958, 3, 7), ())
    assert r.value.as_date() == date(1958, 3, 7)
    assert r.value.iso() == "1958-03-07"
    assert r.value.display() == "07/03/1958"


@pytest.mark.parametrize("value", ["1958", 1958, 1958.0, BirthDate(1958)])
def test_birth_year_only(value):
    r = check_birth(value, today=TODAY)
    assert r == Checked(BirthDate(1958), ())
    b = r.value
    assert b.as_date() is None
    assert b.iso() == "1958" and b.display() == "1958"
    assert BirthDate.from_iso(b.iso()) == b


def test_birth_month_year_and_iso_round_trips():
    b = check_birth("03/1958", today=TODAY).value
    assert b == BirthDate(1958, 3) and b.iso() == "1958-03" and b.display() == "03/1958"
    for b in [BirthDate(1958), BirthDate(1958, 3), BirthDate(1958, 3, 7), BirthDate(2001, 12, 31)]:
        assert BirthDate.from_iso(b.iso()) == b
    with pytest.raises(ValueError):
        BirthDate.from_iso("07/03/1958")
    with pytest.raises(ValueError):
        BirthDate(1990, 2, 31)


def test_birth_invalid_date():
    p = only(check_birth("31/02/1990", today=TODAY))
    assert p.code == "birth_invalid_date"
    assert (p.params["day"], p.params["month"], p.params["year"]) == (31, 2, 1990)
    assert codes(check_birth("1990-13-01", today=TODAY)) == ["birth_invalid_date"]
    assert codes(check_birth("29/02/2001", today=TODAY)) == ["birth_invalid_date"]
    assert check_birth("29/02/2000", today=TODAY).ok


def test_birth_future():
    assert codes(check_birth("06/03/2026", today=TODAY)) == ["birth_in_future"]
    assert codes(check_birth("2027", today=TODAY)) == ["birth_in_future"]
    assert check_birth("birth", today=TODAY).value is None


def test_birth_implausible_and_unusual_ages():
    r = check_birth("1890", today=TODAY)
    p = only(r)
    assert p.code == "birth_implausible_age" and p.params["age"] == 136 and r.value is None
    assert codes(check_birth("01/01/2023", today=TODAY)) == ["birth_implausible_age"]  # 3 years old
    young = check_birth("01/01/2014", today=TODAY)  # 12
    assert codes(young) == ["birth_unusual_age"] and young.ok and young.value == BirthDate(2014, 1, 1)
    assert young.problems[0].severity == "warning" and young.problems[0].params == {"age": 12}
    old = check_birth("1920", today=TODAY)
    assert codes(old) == ["birth_unusual_age"] and old.value == BirthDate(1920)
    assert check_birth("1958", today=TODAY).problems == ()


def test_birth_age_counts_the_birthday():
    # 6th birthday tomorrow: still 5
    assert codes(check_birth("06/03/2020", today=TODAY)) == ["birth_implausible_age"]
    assert codes(check_birth("05/03/2020", today=TODAY)) == ["birth_unusual_age"]


@pytest.mark.parametrize("text", ["07/03/58", "7-3-58", "58", "03/58"])
def test_birth_two_digit_year(text):
    assert codes(check_birth(text, today=TODAY)) == ["birth_two_digit_year"]


@pytest.mark.parametrize("text", ["abc", "7 tháng 3", "1958/3", "07/03/19580", "7//1958"])
def test_birth_unreadable(text):
    assert codes(check_birth(text, today=TODAY)) == ["birth_unreadable"]


def test_birth_empty():
    assert check_birth("", today=TODAY) == Checked(None, ())
    assert check_birth(None, today=TODAY) == Checked(None, ())


# ---------------------------------------------------------------- gender


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Nam", "male"), ("nam", "male"), ("NAM", "male"), ("M", "male"), ("male", "male"),
        ("Nữ", "female"), ("nữ", "female"), ("nu", "female"), ("NỮ", "female"), ("F", "female"),
        ("female", "female"), (unicodedata.normalize("NFD", "Nữ"), "female"),
        ("Khác", "other"), ("khac", "other"), ("other", "other"),
    ],
)
def test_gender_words(text, expected):
    assert check_gender(text) == Checked(expected, ())


def test_gender_empty_and_unreadable():
    assert check_gender("") == Checked(None, ())
    assert check_gender(None) == Checked(None, ())
    p = only(check_gender("x"))
    assert p.code == "gender_unreadable" and p.params == {"value": "x"} and p.field == "gender"


# ---------------------------------------------------------------- full name


@pytest.mark.parametrize(
    "text,expected",
    [
        ("nguyễn văn AN", "Nguyễn Văn An"),
        ("  trần   thị\u00a0hường ", "Trần Thị Hường"),
        ("đặng quốc việt", "Đặng Quốc Việt"),
        ("ĐỖ VĂN ĐỨC", "Đỗ Văn Đức"),
        (unicodedata.normalize("NFD", "đinh thị ưng"), "Đinh Thị Ưng"),
        ("h’hen niê", "H'Hen Niê"),
        ("lê thị ánh-tuyết", "Lê Thị Ánh-Tuyết"),
    ],
)
def test_name_cleanup(text, expected):
    r = check_full_name(text)
    assert r == Checked(expected, ())
    assert unicodedata.is_normalized("NFC", r.value)


def test_name_errors():
    assert codes(check_full_name("")) == ["name_empty"]
    assert codes(check_full_name("   \u200b")) == ["name_empty"]
    assert codes(check_full_name(None)) == ["name_empty"]
    p = only(check_full_name("Nguyễn Văn An 2"))
    assert p.code == "name_bad_characters" and p.params == {"chars": "2"}
    assert only(check_full_name("Lê@Thị#Hà@")).params == {"chars": "@#"}
    assert codes(check_full_name("- '")) == ["name_no_letters"]
    long_name = "Nguyễn " + "Văn " * 30 + "An"
    p = only(check_full_name(long_name))
    assert p.code == "name_too_long" and p.params["max_length"] == 100
    assert check_full_name(long_name).value is None
    assert check_full_name("Nguyễn " + "A" * 93).ok  # exactly 100 characters


def test_name_single_word_warns():
    r = check_full_name("hùng")
    assert r.value == "Hùng" and r.ok
    assert codes(r) == ["name_single_word"] and r.warnings[0].severity == "warning"


# ---------------------------------------------------------------- person


def test_person_all_good():
    p = check_person(" nguyễn  văn an ", "07/03/1958", "Nam", "038 058 012 345", "+84 912 345 678", today=TODAY)
    assert p.problems == ()
    assert (p.full_name, p.birth, p.gender, p.national_id, p.phone) == (
        "Nguyễn Văn An", BirthDate(1958, 3, 7), "male", "038058012345", "0912345678",
    )
    assert p.ok


def test_person_cross_checks():
    p = check_person("Trần Thị Bình", "1958", "Nữ", "038058012345", "", today=TODAY)
    assert p.codes == ("national_id_gender_mismatch",)
    assert p.national_id is None and p.birth == BirthDate(1958) and p.gender == "female"
    p = check_person("Trần Văn Bình", "2001", "nam", "038058012345", None, today=TODAY)
    assert p.codes == ("national_id_birth_year_mismatch",)
    assert p.errors[0].params == {"expected_year": 2001, "id_year": 1958}


def test_person_collects_every_problem():
    p = check_person("", "31/02/1990", "?", "12345678901", "0123456789", today=TODAY)
    assert p.codes == (
        "name_empty", "birth_invalid_date", "gender_unreadable",
        "national_id_lost_leading_zero", "phone_unknown_prefix",
    )
    assert [q.field for q in p.problems] == ["full_name", "birth", "gender", "national_id", "phone"]
    assert not p.ok


def test_person_optional_fields_empty():
    p = check_person("Lò Văn Páo", None, None, None, None, today=TODAY)
    assert p.ok and p.problems == ()
    assert p.birth is None and p.national_id is None and p.phone is None
