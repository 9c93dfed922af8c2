"""Lists of people as communes really send them, built in the tests: every trap the import must handle."""
from __future__ import annotations

import csv
import io
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl

TONES = "\u0300\u0301\u0303\u0309\u0323"

HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "SĐT", "Thôn", "Đối tượng"]
PEOPLE = [
    ["1", "Nguyễn Văn Hùng", "07/03/1958", "Nam", "038058012345", "0912345678", "Thôn Yên Trường", "Người cao tuổi"],
    ["2", "Trần Thị Hường", "15/08/1975", "Nữ", "038175004321", "0987654321", "Thôn Phú Lộc", "Nông dân"],
    ["3", "Lê Thị Ánh Tuyết", "1990", "Nữ", "", "0358889999", "Tổ dân phố Ngọc Hà", "Công nhân"],
    ["4", "Đặng Quốc Việt", "02/12/2001", "Nam", "038201009876", "", "Thôn Ưng Bình", "Đoàn viên thanh niên"],
]


def to_cp1258(text: str) -> bytes:
    """What Vietnamese Windows writes: letters it has, then the tone as a combining mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return bytes(out)


def csv_text(rows: list[list[Any]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def write_csv(path: Path, rows: list[list[Any]], encoding: str, delimiter: str = ",") -> Path:
    text = csv_text(rows, delimiter)
    if encoding == "cp1258":
        data = to_cp1258(text)
    elif encoding == "utf-16":
        data = text.encode("utf-16")  # with its BOM, as Excel's "Unicode text"
    elif encoding == "utf-8-sig":
        data = text.encode("utf-8-sig")
    elif encoding == "nfd":
        data = unicodedata.normalize("NFD", text).encode("utf-8")
    else:
        data = text.encode(encoding)
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, rows: list[list[Any]], merged: list[str] = ()) -> Path:  # type: ignore[assignment]
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def messy_rows() -> tuple[list[list[Any]], dict[int, str]]:
    """A village head's list with every problem of the issue; and the reason each bad row must be rejected for.

    Rows are numbered as Excel shows them (the header is row 4).
    """
    nbsp = "\u00a0"
    rows: list[list[Any]] = [
        ["ỦY BAN NHÂN DÂN XÃ ĐÔNG TIẾN", None, None, None, None, None, None, None, None],
        ["DANH SÁCH HỌC VIÊN LỚP BÌNH DÂN HỌC VỤ SỐ", None, None, None, None, None, None, None, None],
        [None],
        ["STT", "HO TEN", "Năm sinh", "Giới tính", "Số định danh", "Điện thoại", "Tổ dân phố", "Đối tượng", "Ghi chú"],
        # 5: an ID Excel made a number (leading zero lost), a phone likewise, a real date cell
        [1, "nguyễn  văn an", datetime(1958, 3, 7), "Nam", 38058012345, 912345678, "Yên Trường", "NCT", "Mắt kém"],
        # 6: decomposed text, NBSP, an Excel day number in a text-formatted birth column
        [2, unicodedata.normalize("NFD", f"Trần{nbsp}Thị  Hường "), 27621, "Nữ", "038175004321", "0987654321",
         "Thôn Phú Lộc", "Nông dân", ""],
        [None],  # 7: empty
        [3, None, None, None, None, None, None, None, None],  # 8: only the number: empty
        # 9: scientific notation: rejected
        [4, "Lê Văn Cường", "1962", "Nam", "3,8062E+11", "0912000111", "Thôn Phú Lộc", "Nông dân", None],
        # 10: two-digit year, a phone with dots, a group word
        [5, "Phạm Thị Lan", "5/6/72", "nữ", None, "0977.123.456", "Thôn Hòa Bình", "Hội viên phụ nữ", None],
        # 11: the same ID as row 5: rejected as a duplicate inside the file
        [6, "Nguyễn Văn An", "07/03/1958", "Nam", "038058012345", None, None, None, None],
        # 12: same name and birth date as row 10: a possible duplicate, kept
        [7, "Phạm Thị Lan", "05/06/1972", "Nữ", None, None, None, None, None],
        # 13: a float that lost digits: rejected
        [8, "Hoàng Văn Bảy", "1970", "Nam", None, 912345678.5, None, None, None],
        # 14: an impossible date: rejected by the validator
        [9, "Vũ Thị Tám", "31/02/1980", "Nữ", None, None, None, None, None],
        ["STT", "HO TEN", "Năm sinh", None, None, None, None, None, None],  # 15: the header again (page break)
        # 16: a registered person's ID (filled in by the test)
        [10, "Đặng Văn Mười", "1965", "Nam", "REGISTERED_ID", None, "Thôn Ưng Bình", "Nông dân", None],
        [None], [None],  # 17, 18: empty
        [None, "Người lập biểu", None, None, None, None, None, None, None],  # 19: the signature line
    ]
    reasons = {9: "number_scientific", 11: "duplicate_in_file", 13: "number_lost_digits", 14: "birth_invalid_date",
               15: "header_repeated", 19: "not_a_person"}
    return rows, reasons
