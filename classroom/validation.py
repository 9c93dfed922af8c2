"""Checking what people type: personal ID, phone, birth date, gender and full name.

Each ``check_*`` function returns a :class:`Checked` with the normalised value (``None`` when
there is an error or the optional field is empty) and the :class:`~classroom.errors.Problem`
list.  Problems carry stable codes (see :data:`PROBLEM_CODES`) and the values a message needs
in ``params``; the faces (UI, command line) turn them into words.  National IDs appear in
``params`` only masked (except the restored suggestion for a lost leading zero).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Generic, TypeVar

from classroom.errors import Problem
from classroom.text import BIDI_CONTROLS, fold, has_direction_controls, nfc

__all__ = [
    "PROBLEM_CODES",
    "PROVINCE_PREFIXES",
    "GENDERS",
    "Checked",
    "BirthDate",
    "PersonChecked",
    "check_national_id",
    "check_phone",
    "check_birth",
    "check_gender",
    "check_full_name",
    "check_person",
    "mask_national_id",
    "mask_phone",
    "today_vn",
]

PROBLEM_CODES: tuple[str, ...] = (
    # --- personal ID (số định danh cá nhân), field "national_id"
    "national_id_not_digits",  # error: characters other than digits, spaces, dots, dashes; params value (masked), chars
    "national_id_wrong_length",  # error: not 12 digits; params length, expected (12)
    "national_id_old_cmnd",  # error: 9 digits, the old (void) CMND number; params value (masked)
    "national_id_lost_leading_zero",  # error: 11 digits, a leading 0 lost (Excel); params suggestion
    "national_id_unknown_prefix",  # warning: first 3 digits not a province code; params prefix
    "national_id_gender_mismatch",  # error: 4th digit disagrees with gender; params gender, id_gender
    "national_id_birth_year_mismatch",  # error: digits 4-6 disagree with birth year; params expected_year, id_year
    "national_id_implausible_year",  # error: the ID's birth year is in the future or >120 years ago; params id_year
    # --- mobile phone, field "phone"
    "phone_not_digits",  # error: characters other than digits and + ( ) . - spaces; params value, chars
    "phone_wrong_length",  # error: cannot be a 10-digit mobile; params length, expected (10)
    "phone_lost_leading_zero",  # error: 9 digits, a leading 0 lost (Excel); params suggestion
    "phone_unknown_prefix",  # error: 10 digits but not a Vietnamese mobile prefix; params prefix, value
    "phone_old_prefix",  # error: old 11-digit mobile (01xx, renumbered 2018); params value, suggestion
    "phone_landline",  # error: a landline (02x, 11 digits), a mobile is expected; params value
    "phone_foreign",  # error: an international number outside Vietnam (+ other country code); params value
    # --- birth date, field "birth"
    "birth_unreadable",  # error: not a date in a known form; params value
    "birth_two_digit_year",  # error: two-digit year, ambiguous; params value
    "birth_invalid_date",  # error: no such day (31/02/1990); params value, day, month, year
    "birth_in_future",  # error: after today; params value, today
    "birth_implausible_age",  # error: age over 120 or under 6; params age, min_age, max_age
    "birth_unusual_age",  # warning: age under 15 or over 100; params age
    # --- gender, field "gender"
    "gender_unreadable",  # error: not Nam/Nữ/Khác (male/female/other); params value
    # --- full name, field "full_name"
    "name_empty",  # error: required
    "name_too_long",  # error: over 100 characters; params length, max_length
    "name_no_letters",  # error: no letter at all; params value
    "name_bad_characters",  # error: digits or symbols; params chars (the offending characters, in order)
    "text_direction_control",  # error: a name holds an invisible bidirectional control; params value (shown
    #                            without it), position (1-based, of the first)
    "name_single_word",  # warning: only one word (no family name?); params value
)

#: Province part (digits 1-3) of the personal ID: the 63 provinces before the 2025 merger
#: (Circular 07/2016/TT-BCA, Circular 59/2021/TT-BCA).
PROVINCE_PREFIXES: dict[str, str] = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu",
    "079": "Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}
assert len(PROVINCE_PREFIXES) == 63

GENDERS = ("male", "female", "other")

T = TypeVar("T")


class _ProblemView:
    """What results with ``problems`` answer: any errors? which codes?"""

    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """No errors (warnings allowed)."""
        return not any(p.is_error for p in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.problems)


@dataclass(frozen=True)
class Checked(_ProblemView, Generic[T]):
    """Result of one check: the normalised ``value`` (``None`` on error or when empty)."""

    value: T | None
    problems: tuple[Problem, ...] = ()


def _as_text(value: Any) -> str:
    """Input as clean text; integral floats (numbers read from Excel cells) lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value))


def _ascii_digits(text: str) -> str:
    """Other decimal digits (full-width "０９", Arabic-Indic ...) as ASCII digits."""
    return "".join(str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal() else ch for ch in text)


def _err(code: str, field: str, **params: Any) -> Problem:
    return Problem(code=code, field=field, severity="error", params=params)


def _warn(code: str, field: str, **params: Any) -> Problem:
    return Problem(code=code, field=field, severity="warning", params=params)


def _result(value: Any, problems: list[Problem]) -> Checked:
    if any(p.is_error for p in problems):
        value = None
    return Checked(value, tuple(problems))


def today_vn() -> date:
    """Today's date in Vietnam (UTC+7, no daylight saving), whatever the machine's zone."""
    return datetime.now(timezone(timedelta(hours=7))).date()


# --------------------------------------------------------------------------------------------
# Personal ID
# --------------------------------------------------------------------------------------------

_ID_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015]+")
# 4th digit -> (first year of the century, gender)
_CENTURY = {
    "0": (1900, "male"), "1": (1900, "female"),
    "2": (2000, "male"), "3": (2000, "female"),
    "4": (2100, "male"), "5": (2100, "female"),
    "6": (2200, "male"), "7": (2200, "female"),
    "8": (1800, "male"), "9": (1800, "female"),
}
MAX_AGE = 120
MIN_AGE = 6
UNUSUAL_YOUNG = 15
UNUSUAL_OLD = 100


def mask_national_id(value: str | None) -> str:
    """Show only the last 4 digits: "038058012345" -> "********2345"."""
    if not value:
        return ""
    digits = _ID_SEPARATORS.sub("", str(value))
    return "*" * max(len(digits) - 4, 0) + digits[-4:]


def _birth_year_of(birth_date: Any, birth_year: int | None) -> int | None:
    if isinstance(birth_date, BirthDate):
        return birth_date.year
    if isinstance(birth_date, date):
        return birth_date.year
    if birth_year is not None:
        return int(birth_year)
    return None


def check_national_id(
    text: str | None,
    birth_date: "date | BirthDate | None" = None,
    birth_year: int | None = None,
    gender: str | None = None,
    *,
    today: date | None = None,
) -> Checked[str]:
    """Check a 12-digit personal ID; optionally against the birth date/year and gender.

    Spaces, dots and dashes are removed.  Empty is allowed (the field is optional).
    ``gender`` is "male", "female" or "other" ("other": the gender digit is not checked).
    """
    field = "national_id"
    raw = _as_text(text)
    digits = _ID_SEPARATORS.sub("", _ascii_digits(raw))
    if not digits:
        return Checked(None, ())
    if not re.fullmatch(r"[0-9]+", digits):
        bad = "".join(dict.fromkeys(ch for ch in digits if ch not in "0123456789"))
        return _result(None, [_err("national_id_not_digits", field, value=mask_national_id(digits), chars=bad)])
    if len(digits) == 9:
        return _result(None, [_err("national_id_old_cmnd", field, value=mask_national_id(digits))])
    if len(digits) == 11:
        return _result(None, [_err("national_id_lost_leading_zero", field, suggestion="0" + digits)])
    if len(digits) != 12:
        return _result(None, [_err("national_id_wrong_length", field, length=len(digits), expected=12)])

    problems: list[Problem] = []
    prefix = digits[:3]
    if prefix not in PROVINCE_PREFIXES:
        problems.append(_warn("national_id_unknown_prefix", field, prefix=prefix))
    century, id_gender = _CENTURY[digits[3]]
    id_year = century + int(digits[4:6])
    today = today or today_vn()
    if id_year > today.year or today.year - id_year > MAX_AGE:
        problems.append(_err("national_id_implausible_year", field, id_year=id_year))
    if gender in ("male", "female") and gender != id_gender:
        problems.append(_err("national_id_gender_mismatch", field, gender=gender, id_gender=id_gender))
    expected_year = _birth_year_of(birth_date, birth_year)
    if expected_year is not None and expected_year != id_year:
        problems.append(
            _err("national_id_birth_year_mismatch", field, expected_year=expected_year, id_year=id_year)
        )
    return _result(digits, problems)


# --------------------------------------------------------------------------------------------
# Phone
# --------------------------------------------------------------------------------------------

MOBILE_PATTERN = re.compile(r"^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$", re.ASCII)
# Old 11-digit mobile prefixes renumbered in 2018 (Ministry of Information and Communications).
OLD_MOBILE_PREFIXES = {
    "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036",
    "0167": "037", "0168": "038", "0169": "039",
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    "0186": "056", "0188": "058", "0199": "059",
}
_PHONE_DECOR = re.compile(r"[\s.\-()\u2010-\u2015/]+")


def mask_phone(value: str | None) -> str:
    """Show only the last 3 digits: "0912345678" -> "*******678"."""
    if not value:
        return ""
    digits = _PHONE_DECOR.sub("", str(value))
    return "*" * max(len(digits) - 3, 0) + digits[-3:]


def check_phone(text: str | None) -> Checked[str]:
    """Check a Vietnamese mobile number; normalise to 10 digits starting with 0.

    Accepts spaces, dots, dashes, brackets and the country code: "0912 345 678",
    "0912.345.678", "+84 912 345 678", "84912345678", "(+84) 912-345-678", "0084 912...".
    Empty is allowed (the field is optional).
    """
    field = "phone"
    raw = _as_text(text)
    s = _PHONE_DECOR.sub("", _ascii_digits(raw))
    if not s:
        return Checked(None, ())
    international = False
    if s.startswith("+"):
        international = True
        s = s[1:]
    elif s.startswith("00"):
        international = True
        s = s[2:]
    if not re.fullmatch(r"[0-9]+", s):
        bad = "".join(dict.fromkeys(ch for ch in s if ch not in "0123456789"))
        return _result(None, [_err("phone_not_digits", field, value=raw, chars=bad)])
    if international:
        if not s.startswith("84"):
            return _result(None, [_err("phone_foreign", field, value=raw)])
        s = "0" + s[2:].removeprefix("0")
    elif len(s) == 11 and s.startswith("84"):
        s = "0" + s[2:]
    elif len(s) == 12 and s.startswith("840"):  # "84 0912 345 678"
        s = s[2:]

    if MOBILE_PATTERN.match(s):
        return Checked(s, ())
    if len(s) == 9 and MOBILE_PATTERN.match("0" + s):
        return _result(None, [_err("phone_lost_leading_zero", field, value=s, suggestion="0" + s)])
    if len(s) == 11 and s[:4] in OLD_MOBILE_PREFIXES:
        suggestion = OLD_MOBILE_PREFIXES[s[:4]] + s[4:]
        return _result(None, [_err("phone_old_prefix", field, value=s, suggestion=suggestion)])
    if len(s) == 11 and s.startswith("02"):
        return _result(None, [_err("phone_landline", field, value=s)])
    if len(s) == 10:
        return _result(None, [_err("phone_unknown_prefix", field, value=s, prefix=s[:3])])
    return _result(None, [_err("phone_wrong_length", field, length=len(s), expected=10)])


# --------------------------------------------------------------------------------------------
# Birth date
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BirthDate:
    """A birth date that may be known only to the year (or to the month).

    ``month`` and ``day`` are ``None`` when unknown (``day`` set implies ``month`` set).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError("year out of range")
        if self.day is not None and self.month is None:
            raise ValueError("day without month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError("month out of range")
        if self.day is not None:
            date(self.year, self.month, self.day)  # raises ValueError for 31/02

    @classmethod
    def from_date(cls, d: date) -> "BirthDate":
        return cls(d.year, d.month, d.day)

    @classmethod
    def from_iso(cls, text: str) -> "BirthDate":
        """Parse "1958-03-07", "1958-03" or "1958" (the forms :meth:`iso` writes)."""
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not m:
            raise ValueError(f"not an ISO birth date: {text!r}")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    def as_date(self) -> date | None:
        """The full date, or ``None`` when only the year (or month) is known."""
        if self.day is None:
            return None
        return date(self.year, self.month, self.day)  # type: ignore[arg-type]

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        """dd/mm/yyyy as on Vietnamese paper, or mm/yyyy, or yyyy."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.month:02d}/{self.year:04d}"
        return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"

    def age_on(self, today: date) -> int:
        """Age in whole years on ``today`` (year-only: the age reached during that year)."""
        age = today.year - self.year
        if self.month is not None and (today.month, today.day) < (self.month, self.day or 1):
            age -= 1
        return age

    def is_after(self, today: date) -> bool:
        """True when the (earliest possible) birth date is after ``today``."""
        return (self.year, self.month or 1, self.day or 1) > (today.year, today.month, today.day)


_SEP = r"\s*[-/.]\s*"
_DMY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d+)")
_YMD = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})")
_MY = re.compile(rf"(\d{{1,2}}){_SEP}(\d+)")


def _parse_birth(value: Any, field: str) -> tuple[BirthDate | None, list[Problem]]:
    if isinstance(value, BirthDate):
        return value, []
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return BirthDate.from_date(value), []
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if 1 <= value <= 9999:
            return BirthDate(value), []
        return None, [_err("birth_unreadable", field, value=str(value))]
    text = nfc(str(value))
    y = mo = d = None
    if m := re.fullmatch(r"\d{4}", text):
        y = int(text)
    elif m := _YMD.fullmatch(text):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _DMY.fullmatch(text):
        if len(m.group(3)) == 2:
            return None, [_err("birth_two_digit_year", field, value=text)]
        if len(m.group(3)) != 4:
            return None, [_err("birth_unreadable", field, value=text)]
        d, mo, y = (int(g) for g in m.groups())
    elif m := _MY.fullmatch(text):
        if len(m.group(2)) == 2:
            return None, [_err("birth_two_digit_year", field, value=text)]
        if len(m.group(2)) != 4:
            return None, [_err("birth_unreadable", field, value=text)]
        mo, y = int(m.group(1)), int(m.group(2))
    elif re.fullmatch(r"\d{2}", text):
        return None, [_err("birth_two_digit_year", field, value=text)]
    else:
        return None, [_err("birth_unreadable", field, value=text)]
    try:
        return BirthDate(y, mo, d), []
    except ValueError:
        return None, [_err("birth_invalid_date", field, value=text, day=d, month=mo, year=y)]


def check_birth(value: "str | int | date | BirthDate | None", today: date | None = None) -> Checked[BirthDate]:
    """Check a birth date given as a ``date``, a year ``int`` or text.

    Text forms: "07/03/1958", "7/3/1958", "07-03-1958", "07.03.1958", ISO "1958-03-07",
    "03/1958" (month and year) and a bare year "1958".  Two-digit years are refused.
    Empty is allowed (returns ``None`` without problems).
    """
    field = "birth"
    if value is None or (isinstance(value, str) and not nfc(value)):
        return Checked(None, ())
    birth, problems = _parse_birth(value, field)
    if birth is None:
        return _result(None, problems)
    today = today or today_vn()
    if birth.is_after(today):
        return _result(None, [_err("birth_in_future", field, value=birth.display(), today=today.isoformat())])
    age = birth.age_on(today)
    if age > MAX_AGE or age < MIN_AGE:
        return _result(
            None, [_err("birth_implausible_age", field, age=age, min_age=MIN_AGE, max_age=MAX_AGE)]
        )
    if age < UNUSUAL_YOUNG or age > UNUSUAL_OLD:
        problems.append(_warn("birth_unusual_age", field, age=age))
    return _result(birth, problems)


# --------------------------------------------------------------------------------------------
# Gender
# --------------------------------------------------------------------------------------------

_GENDER_WORDS = {
    "male": {"nam", "m", "male", "man", "nam gioi", "trai"},
    "female": {"nu", "f", "female", "woman", "nu gioi", "gai"},
    "other": {"khac", "other", "gioi tinh khac"},
}
_GENDER_LOOKUP = {w: g for g, words in _GENDER_WORDS.items() for w in words}


def check_gender(text: str | None) -> Checked[str]:
    """"Nam"/"M"/"male" -> "male", "Nữ"/"nu"/"F"/"female" -> "female", "Khác"/"other" -> "other"."""
    if text is None:
        return Checked(None, ())
    raw = nfc(str(text))
    if not raw:
        return Checked(None, ())
    key = fold(raw).strip(".")
    if key in _GENDER_LOOKUP:
        return Checked(_GENDER_LOOKUP[key], ())
    return _result(None, [_err("gender_unreadable", "gender", value=raw)])


# --------------------------------------------------------------------------------------------
# Full name
# --------------------------------------------------------------------------------------------

MAX_NAME_LENGTH = 100
_APOSTROPHES = {"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"}
_NAME_PUNCT = frozenset(" -'")


def _title_word(word: str) -> str:
    """Capitalise a word and each part after a hyphen or apostrophe ("h'hen" -> "H'Hen")."""
    out = []
    start = True
    for ch in word.lower():
        if start and unicodedata.category(ch).startswith("L"):
            out.append(ch.upper() if len(ch.upper()) == 1 else ch)
            start = False
        else:
            out.append(ch)
        if ch in "-'":
            start = True
    return "".join(out)


def direction_problem(text: object, field: str) -> Problem | None:
    """A name with a bidirectional control (U+202E …) in it is refused, not silently cleaned: it reads
    otherwise than it is stored ("Thôn ‮gnôĐ" shows as "Thôn Đông"), so the officer must see it."""
    if not isinstance(text, str) or not has_direction_controls(text):
        return None
    position = next(i for i, ch in enumerate(text, start=1) if ch in BIDI_CONTROLS)
    return _err("text_direction_control", field, value=nfc(text), position=position)


def check_full_name(text: str | None) -> Checked[str]:
    """Clean and check a full name; title-case each word ("nguyễn văn AN" -> "Nguyễn Văn An").

    Allowed: letters (with their marks), spaces, hyphens, apostrophes (curly ones become
    straight).  Required, at most 100 characters.  One word only is a warning.
    """
    field = "full_name"
    controlled = direction_problem(text, field)
    if controlled is not None:
        return _result(None, [controlled])
    raw = nfc(str(text)) if text is not None else ""
    for a, b in _APOSTROPHES.items():
        raw = raw.replace(a, b)
    if not raw:
        return _result(None, [_err("name_empty", field)])
    problems: list[Problem] = []
    if len(raw) > MAX_NAME_LENGTH:
        problems.append(_err("name_too_long", field, length=len(raw), max_length=MAX_NAME_LENGTH))
    cats = [(ch, unicodedata.category(ch)) for ch in raw]
    if not any(c.startswith("L") for _, c in cats):
        problems.append(_err("name_no_letters", field, value=raw))
    else:
        bad = [ch for ch, c in cats if not (c.startswith("L") or c.startswith("M") or ch in _NAME_PUNCT)]
        if bad:
            problems.append(_err("name_bad_characters", field, chars="".join(dict.fromkeys(bad))))
    if any(p.is_error for p in problems):
        return _result(None, problems)
    value = nfc(" ".join(_title_word(w) for w in raw.split(" ")))
    if len(value.split(" ")) == 1:
        problems.append(_warn("name_single_word", field, value=value))
    return _result(value, problems)


# --------------------------------------------------------------------------------------------
# A whole person
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonChecked(_ProblemView):
    """A person's normalised fields (``None`` where empty or wrong) and every problem found."""

    full_name: str | None
    birth: BirthDate | None
    gender: str | None
    national_id: str | None
    phone: str | None
    problems: tuple[Problem, ...] = ()


def check_person(
    full_name: str | None,
    birth: "str | int | date | BirthDate | None",
    gender: str | None,
    national_id: str | None,
    phone: str | None,
    today: date | None = None,
) -> PersonChecked:
    """Check all of a person's fields, and the personal ID against birth year and gender."""
    today = today or today_vn()
    name_c = check_full_name(full_name)
    birth_c = check_birth(birth, today=today)
    gender_c = check_gender(gender)
    id_c = check_national_id(
        national_id,
        birth_date=birth_c.value,
        gender=gender_c.value,
        today=today,
    )
    phone_c = check_phone(phone)
    problems = name_c.problems + birth_c.problems + gender_c.problems + id_c.problems + phone_c.problems
    return PersonChecked(
        full_name=name_c.value,
        birth=birth_c.value,
        gender=gender_c.value,
        national_id=id_c.value,
        phone=phone_c.value,
        problems=problems,
    )
