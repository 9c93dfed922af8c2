"""Plain inputs of the printouts: frozen dataclasses, no database, no Qt.

Every builder passes its inputs through :func:`nfc` first, so text typed with Unikey in
decomposed form (NFD) prints and extracts exactly like composed text.
"""
from __future__ import annotations

import dataclasses
import functools
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

T = TypeVar("T")


@functools.lru_cache(maxsize=None)
def _init_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


def nfc(value: T) -> T:
    """``value`` with every string in it (dataclass fields, tuples, lists) in NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)  # type: ignore[return-value]  # the same object when already NFC
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for name in _init_fields(type(value)):
            old = getattr(value, name)
            new = nfc(old)
            if new is not old:
                changes[name] = new
        return dataclasses.replace(value, **changes) if changes else value  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(nfc(v) for v in value)  # type: ignore[return-value]
    if isinstance(value, list):
        return [nfc(v) for v in value]  # type: ignore[return-value]
    return value


def upper_vi(text: str) -> str:
    """Vietnamese text in capitals, in NFC ("đ" becomes "Đ": it has no decomposition)."""
    return unicodedata.normalize("NFC", text.upper())


@dataclass(frozen=True)
class Issuer:
    """The commune that issues the paper, and who signs it."""

    commune_name: str  # "Đông Sơn"
    commune_kind: str  # "xã", "phường" or "đặc khu"
    province_name: str  # "Thanh Hóa"
    place_name: str  # for the date line: "Đông Sơn"
    signer_title: str  # "CHỦ TỊCH"
    signer_name: str
    province_kind: str = "tỉnh"  # or "thành phố"
    show_parent: bool = False  # print "UBND TỈNH …" above the issuing body
    signer_on_behalf: str = ""  # e.g. "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH"

    @property
    def upper_body(self) -> str:
        """The issuing body in capitals: "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN"."""
        return upper_vi(f"Ủy ban nhân dân {self.commune_kind} {self.commune_name}")

    @property
    def parent_line(self) -> str:
        """The body above, abbreviated as is customary: "UBND TỈNH THANH HÓA"."""
        return upper_vi(f"UBND {self.province_kind} {self.province_name}")

    @property
    def commune_full(self) -> str:
        """"xã Đông Sơn"."""
        return f"{self.commune_kind} {self.commune_name}"


@dataclass(frozen=True)
class CertificateData:
    serial: str  # "38123-2026-000042": commune code, year, sequence
    register_no: str  # số vào sổ, e.g. "042/2026"
    holder_name: str
    birth: str  # display text: "05/03/1956", or "1956" when only the year is known
    village: str  # "Thôn Đông"
    course_title: str
    class_code: str
    first_session: date
    last_session: date
    venue: str
    result: str  # "Đạt", "Hoàn thành" ...
    issued_on: date
    is_copy: bool = False
    qr_text: str = ""  # signed record (classroom.signing.encode_record); no QR when empty
    honorific: str = "Ông/Bà"  # or "Ông", "Bà"
    key_fingerprint: str = ""  # the signing key's fingerprint, printed small under the QR


@dataclass(frozen=True)
class SigninRow:
    full_name: str
    birth_year: str = ""  # "1956" or "" when unknown; never a full ID or phone
    village: str = ""


@dataclass(frozen=True)
class SigninData:
    class_code: str
    course_title: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    instructors: tuple[str, ...]
    rows: tuple[SigninRow, ...]  # in the order to print: the caller sorts (Vietnamese name order)
    session_label: str = ""  # e.g. "Buổi 3/8"


@dataclass(frozen=True)
class CardData:
    full_name: str
    village: str
    class_code: str
    card_text: str  # what the attendance scanner reads


@dataclass(frozen=True)
class RosterRow:
    stt: int
    full_name: str
    birth: str  # "05/03/1956" or "1956" or ""
    gender: str  # "Nam", "Nữ" or ""
    village: str
    attended: int
    held: int
    result: str = ""


@dataclass(frozen=True)
class RosterData:
    class_code: str
    course_title: str
    venue: str
    instructors: tuple[str, ...]
    first_session: date | None
    last_session: date | None
    rows: tuple[RosterRow, ...]
    target_group: str = ""  # display text, e.g. "Người cao tuổi"
    printed_on: date | None = None  # date line; today when None


@dataclass(frozen=True)
class ScheduleRow:
    number: int  # 1, 2, 3 … among the sessions held or to hold; 0 for a cancelled one
    starts_at: datetime
    ends_at: datetime
    venue: str
    note: str = ""  # "Nghỉ: Tết Nguyên Đán", "Đã hủy", "Dời từ 12/02" …


@dataclass(frozen=True)
class ScheduleData:
    """A class's schedule, for posting at the cultural house."""

    class_code: str
    course_title: str
    target_group: str
    venue: str
    instructors: tuple[str, ...]
    rows: tuple[ScheduleRow, ...]
    contact: str = ""  # who to ask: the commune office's phone, for instance
    printed_on: date | None = None
