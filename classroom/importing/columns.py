"""Finding the header row and knowing what each column holds.

Headers are compared folded (no accents, any case), with punctuation and text in brackets
dropped: "Họ và tên", "HO TEN", "Ho va ten", "Số CCCD/CMND (12 số)", "SĐT" all find their
field. A guess is only a guess: the mapping is a plain list the officer can correct.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..text import fold
from .reading import Sheet

#: The fields a column can fill, in the order a form shows them.
FIELDS = ("full_name", "family_name", "given_name", "birth", "gender", "national_id", "phone", "village",
          "target_group", "occupation", "needs", "consent")

#: Columns known but not imported (they still tell a header row from a title).
IGNORED = "ignore"

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("ho va ten", "ho ten", "hoten", "ho va ten hoc vien", "ho ten hoc vien", "ho va ten nguoi hoc",
                  "ho va ten cong dan", "ten hoc vien", "full name", "name", "fullname", "participant", "ho va ten nguoi dan"),
    "family_name": ("ho va ten dem", "ho dem", "ho va dem", "ho", "ho va chu dem", "family and middle name",
                    "family name", "surname", "last name"),
    "given_name": ("ten", "given name", "first name"),
    "birth": ("ngay sinh", "nam sinh", "ngay thang nam sinh", "ngay thang nam", "sinh ngay", "ns", "date of birth",
              "birth date", "birthdate", "birthday", "dob", "year of birth", "born", "birth"),
    "gender": ("gioi tinh", "gioi", "phai", "nam nu", "gender", "sex"),
    "national_id": ("so cccd", "cccd", "so dinh danh", "so dinh danh ca nhan", "ma dinh danh", "can cuoc",
                    "so can cuoc", "so can cuoc cong dan", "cccd cmnd", "so cccd cmnd", "cmnd cccd", "so cmnd cccd",
                    "cmnd", "so cmnd", "dinh danh", "personal id", "national id", "id number", "citizen id"),
    "phone": ("sdt", "so dt", "dt", "so dien thoai", "dien thoai", "dien thoai lien he", "dtdd", "di dong",
              "so di dong", "phone", "phone number", "mobile", "tel", "telephone"),
    "village": ("thon", "to dan pho", "thon to dan pho", "thon to", "thon xom", "xom", "ap", "ban", "khu pho", "to",
                "dia chi", "noi o", "cho o", "cho o hien nay", "noi o hien nay", "village", "address", "residence"),
    "target_group": ("doi tuong", "nhom doi tuong", "thanh phan", "nhom", "target group", "group"),
    "occupation": ("nghe nghiep", "noi lam viec", "don vi", "don vi cong tac", "co quan", "noi cong tac",
                   "cong viec", "occupation", "workplace", "employer", "job"),
    "needs": ("ghi chu", "nhu cau", "nhu cau ho tro", "can ho tro", "notes", "note", "needs", "remarks"),
    "consent": ("dong y", "dong y xu ly du lieu", "dong y xu ly du lieu ca nhan", "consent"),
    IGNORED: ("stt", "tt", "so tt", "so thu tu", "no", "#", "ky ten", "ky nhan", "chu ky", "signature",
              "dan toc", "ethnicity", "email", "ton giao", "trinh do", "hoc van"),
}
_EXACT = {phrase: f for f, phrases in _SYNONYMS.items() for phrase in phrases}
# Words inside a longer header, tried in this order (village before name: "Tên thôn").
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("cccd", "national_id"), ("cmnd", "national_id"), ("dinh danh", "national_id"), ("can cuoc", "national_id"),
    ("dien thoai", "phone"), ("sdt", "phone"), ("phone", "phone"), ("ngay sinh", "birth"), ("nam sinh", "birth"),
    ("birth", "birth"), ("gioi tinh", "gender"), ("thon", "village"), ("to dan pho", "village"),
    ("dia chi", "village"), ("doi tuong", "target_group"), ("nghe nghiep", "occupation"),
    ("noi lam viec", "occupation"), ("don vi", "occupation"), ("ghi chu", "needs"), ("nhu cau", "needs"),
    ("dong y", "consent"), ("ho va ten", "full_name"), ("ho ten", "full_name"), ("name", "full_name"),
)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PUNCT = re.compile(r"[/\\.,:;_\-*+|&\"'?!]+")
SCAN_ROWS = 30  # the header is among the first rows that hold something


def header_key(text: str) -> str:
    """Folded header text without brackets and punctuation: "Số CCCD/CMND (12 số)" -> "so cccd cmnd"."""
    return " ".join(_PUNCT.sub(" ", _BRACKETS.sub(" ", fold(text))).split())


def field_of(header: Any) -> str | None:
    """The field a header names, ``IGNORED`` for a known column we do not import, else ``None``."""
    if header is None:
        return None
    key = header_key(str(header))
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    padded = f" {key} "
    for word, found in _KEYWORDS:
        if f" {word} " in padded:
            return found
    return None


def is_header_key(key: str) -> bool:
    """Whether a :func:`header_key` is a column title (a repeated header line: "Họ và tên" as a name)."""
    return _EXACT.get(key, IGNORED) != IGNORED


@dataclass(frozen=True)
class ColumnMap:
    """Column ``index`` (0-based) with its ``header`` text and the ``field`` it fills (``None``: not imported)."""

    index: int
    header: str
    field: str | None


@dataclass(frozen=True)
class Layout:
    """Where the header is (``header_row``: an index into ``Sheet.rows``) and what each column holds."""

    header_row: int
    columns: tuple[ColumnMap, ...]

    def column_of(self, field: str) -> ColumnMap | None:
        return next((c for c in self.columns if c.field == field), None)

    def with_field(self, index: int, field: str | None) -> Layout:
        """The layout with column ``index`` set to ``field`` (another column holding it loses it)."""
        cols = []
        for c in self.columns:
            if c.index == index:
                cols.append(replace(c, field=field))
            elif field is not None and field != IGNORED and c.field == field:
                cols.append(replace(c, field=None))
            else:
                cols.append(c)
        return Layout(self.header_row, tuple(cols))

    @property
    def has_name(self) -> bool:
        fields = {c.field for c in self.columns}
        return "full_name" in fields or "given_name" in fields


def _score(cells: list[Any]) -> tuple[int, bool]:
    fields = [field_of(c) for c in cells if isinstance(c, str)]
    found = {f for f in fields if f is not None}
    named = bool(found & {"full_name", "family_name", "given_name"})
    return len(found - {IGNORED}) + (1 if IGNORED in found else 0), named


def map_columns(sheet: Sheet, header_row: int) -> Layout:
    """Map the columns of the header at ``header_row``; the first column naming a field keeps it."""
    cells = sheet.rows[header_row][1] if 0 <= header_row < len(sheet.rows) else []
    width = max((len(c) for _, c in sheet.rows[header_row:header_row + 200]), default=0)
    taken: set[str] = set()
    columns = []
    for i in range(max(width, len(cells))):
        raw = cells[i] if i < len(cells) else None
        header = "" if raw is None else str(raw)
        field = field_of(header) if isinstance(raw, str) else None
        if field is not None and field != IGNORED:
            if field in taken:
                field = None
            else:
                taken.add(field)
        columns.append(ColumnMap(i, header, field))
    if "given_name" in taken and "family_name" not in taken and "full_name" not in taken:
        columns = [replace(c, field="full_name") if c.field == "given_name" else c for c in columns]
    return Layout(header_row, tuple(columns))


def guess_layout(sheet: Sheet) -> Layout:
    """The header is the first of the top rows that names the most fields, a name among them."""
    best, best_score = 0, (0, False)
    for i, (_, cells) in enumerate(sheet.rows[:SCAN_ROWS]):
        score, named = _score(cells)
        if (named, score) > (best_score[1], best_score[0]):
            best, best_score = i, (score, named)
    return map_columns(sheet, best)
