"""Turning cells into the values the validators take, saying what was repaired on the way.

Excel turns personal IDs and phones into numbers (the leading zero goes; past 15 digits,
or shown in scientific notation, digits go too) and dates into serial numbers; people
type two-digit years and several phones in one cell. Each converter returns the value
for :mod:`classroom.validation` and the problems found (codes in ``IMPORT_PROBLEMS``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, datetime, timedelta
from typing import Any

from ..errors import Problem
from ..text import fold
from ..validation import MIN_AGE, MOBILE_PATTERN
from .reading import TooLong

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01; Excel's phantom 29/02/1900 is long past
MAX_SERIAL = 2_958_465  # 31/12/9999
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
_INTEGRAL_TEXT = re.compile(r"(\d+)[.,]0+")
_ID_DECOR = re.compile(r"[\s.\-]+")
_DMY = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})")
_TIME_TAIL = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?$")
_SEVERAL_PHONES = re.compile(r"\s*[/;,|&]\s*|\s+-\s+|\s+(?:hoac|hoặc|or|va|và)\s+", re.IGNORECASE)


def _err(code: str, field: str, **params: Any) -> Problem:
    return Problem(code, field, "error", params)


def _warn(code: str, field: str, **params: Any) -> Problem:
    return Problem(code, field, "warning", params)


def cell_text(value: Any) -> str:
    """A cell as the officer sees it in Excel (for reports and the preview)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == datetime.min.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def too_long(value: Any, field: str) -> Problem | None:
    if isinstance(value, TooLong):
        from .reading import MAX_CELL
        return _err("value_too_long", field, length=value.length, max_length=MAX_CELL)
    return None


def _digits_text(value: Any, field: str) -> tuple[str | None, list[Problem]]:
    """An ID or a phone as text; numbers that lost digits are refused."""
    if isinstance(value, bool):
        return str(value), []
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 1e15:
            return None, [_err("number_lost_digits", field)]
        value = int(value)
    if isinstance(value, int):
        return str(value), []
    if isinstance(value, (date, datetime)):
        return None, [_err("number_was_date", field, value=cell_text(value))]
    text = str(value).strip()
    if _SCIENTIFIC.fullmatch(text.replace(" ", "")):
        return None, [_err("number_scientific", field)]
    if m := _INTEGRAL_TEXT.fullmatch(text):
        text = m.group(1)
    return text, []


def national_id_value(value: Any) -> tuple[str | None, list[Problem]]:
    field = "national_id"
    text, problems = _digits_text(value, field)
    if text is None:
        return None, problems
    digits = _ID_DECOR.sub("", text)
    if len(digits) == 11 and digits.isascii() and digits.isdigit():
        return "0" + digits, [_warn("id_leading_zero_restored", field)]
    return text, problems


def phone_value(value: Any) -> tuple[str | None, list[Problem]]:
    field = "phone"
    text, problems = _digits_text(value, field)
    if text is None:
        return None, problems
    parts = [p for p in _SEVERAL_PHONES.split(text) if sum(ch.isdigit() for ch in p) >= 9]
    if len(parts) > 1:
        problems.append(_warn("phone_first_of_several", field, count=len(parts)))
        text = parts[0]
    digits = re.sub(r"[\s.\-()]+", "", text)
    if len(digits) == 9 and digits.isascii() and digits.isdigit() and MOBILE_PATTERN.match("0" + digits):
        return "0" + digits, problems + [_warn("phone_leading_zero_restored", field)]
    return text, problems


def pivot_year(yy: int, today: date) -> int:
    """A two-digit birth year: this century unless that makes the person younger than school age."""
    year = 2000 + yy
    return year if year <= today.year - MIN_AGE else 1900 + yy


def from_serial(serial: float) -> date:
    return EXCEL_EPOCH + timedelta(days=int(serial))


def month_first(texts: list[str]) -> bool:
    """Whether a column's dates are written month/day/year (an English Excel): some second part is
    over 12 and no first part is."""
    first = second = 0
    for t in texts:
        if m := _DMY.match(t):
            a, b = int(m.group(1)), int(m.group(3))
            first += a > 12
            second += b > 12
    return second > 0 and first == 0


def birth_value(value: Any, today: date, swap: bool = False) -> tuple[Any, list[Problem]]:
    """A birth date for ``check_birth``: dates, years, Excel serials, d/m/yy, m/d/yyyy (``swap``)."""
    field = "birth"
    if isinstance(value, datetime):
        return value.date(), []
    if isinstance(value, date):
        return value, []
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, int) and 1900 <= value <= today.year:
            return value, []
        if 1 <= value <= MAX_SERIAL:
            day = from_serial(value)
            return day, [_warn("birth_from_serial", field, value=cell_text(value), date=day.strftime("%d/%m/%Y"))]
        return str(value), []
    text = _TIME_TAIL.sub("", str(value).strip())
    if text.isdigit() and len(text) == 5:
        day = from_serial(int(text))
        return day, [_warn("birth_from_serial", field, value=text, date=day.strftime("%d/%m/%Y"))]
    m = _DMY.fullmatch(text)
    if not m:
        return text, []
    a, sep, b, y = m.group(1), m.group(2), m.group(3), m.group(4)
    problems: list[Problem] = []
    if swap:
        a, b = b, a
        problems.append(_warn("birth_month_first", field, value=text))
    if len(y) == 2:
        year = pivot_year(int(y), today)
        problems.append(_warn("birth_two_digit_year_assumed", field, value=text, year=year))
        y = str(year)
    return f"{a}{sep}{b}{sep}{y}", problems


_GROUP_WORDS = {
    "elderly": ("nguoi cao tuoi", "cao tuoi", "nct", "hoi nguoi cao tuoi", "elderly", "senior"),
    "worker": ("cong nhan", "nguoi lao dong", "lao dong", "cong nhan lao dong", "cong nhan nguoi lao dong", "cnld",
               "worker", "workers"),
    "farmer": ("nong dan", "hoi nong dan", "nong dan san xuat", "farmer", "farmers"),
    "youth": ("thanh nien", "doan vien", "doan vien thanh nien", "doan thanh nien", "youth"),
    "women": ("phu nu", "hoi vien phu nu", "hoi phu nu", "women", "woman"),
    "civil_servant": ("can bo", "cong chuc", "vien chuc", "can bo cong chuc", "can bo cong chuc vien chuc", "cbccvc",
                      "cb cc vc", "civil servant", "civil servants", "civil_servant"),
    "student": ("hoc sinh", "sinh vien", "hoc sinh sinh vien", "hssv", "student", "students"),
    "other": ("khac", "other", "nguoi dan", "nhan dan"),
}
_GROUP_LOOKUP = {w: g for g, words in _GROUP_WORDS.items() for w in words}
_GROUP_KEYS = (("cao tuoi", "elderly"), ("nong dan", "farmer"), ("cong nhan", "worker"), ("lao dong", "worker"),
               ("doan vien", "youth"), ("thanh nien", "youth"), ("phu nu", "women"), ("cong chuc", "civil_servant"),
               ("vien chuc", "civil_servant"), ("can bo", "civil_servant"), ("hoc sinh", "student"),
               ("sinh vien", "student"))


def _words(text: str) -> str:
    return " ".join(re.sub(r"[/\\.,:;_\-()]+", " ", fold(text)).split())


def target_group_value(value: Any, default: str) -> tuple[str, list[Problem]]:
    if value is None or value == "":
        return default, []
    group = _group_of(cell_text(value))
    if group is not None:
        return group, []
    return default, [_warn("target_group_unreadable", "target_group", value=cell_text(value))]


@lru_cache(maxsize=1024)
def _group_of(text: str) -> str | None:
    """A list has a handful of group words, repeated on every row: each is read once."""
    key = _words(text)
    if key in _GROUP_LOOKUP:
        return _GROUP_LOOKUP[key]
    padded = f" {key} "
    for word, group in _GROUP_KEYS:
        if f" {word} " in padded:
            return group
    return None


_YES = {"x", "co", "yes", "y", "1", "true", "dong y", "da dong y", "d y", "v", "ok", "✓", "✔"}
_NO = {"khong", "no", "n", "0", "false", "chua", "khong dong y", "k"}


def consent_value(value: Any) -> tuple[bool, list[Problem]]:
    if value is None or value == "":
        return False, []
    key = _words(cell_text(value))
    if key in _YES:
        return True, []
    if key in _NO:
        return False, []
    return False, [_warn("consent_unreadable", "consent", value=cell_text(value))]


def text_value(value: Any, field: str, max_length: int) -> tuple[str, list[Problem]]:
    text = cell_text(value)
    if len(text) > max_length:
        return text[:max_length], [_warn("value_truncated", field, max_length=max_length)]
    return text, []


_VILLAGE_PREFIXES = ("to dan pho", "khu pho", "thon", "xom", "ap", "ban", "tdp", "kp", "khu", "lang", "to")


def village_key(name: str) -> str:
    """A village name for matching: folded, no "Thôn"/"Tổ dân phố"/"Xóm"… in front ("Thôn Phú Lộc" -> "phu loc")."""
    key = _words(name)
    for prefix in _VILLAGE_PREFIXES:
        if key.startswith(prefix + " "):
            return key[len(prefix) + 1:]
    return key
