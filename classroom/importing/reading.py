"""Reading a list of people from an .xlsx or .csv file into rows of cells.

What Excel and Windows really produce: UTF-8 with or without a byte order mark, UTF-16
("Unicode text"), Windows-1258 (Vietnamese Windows); comma, semicolon or tab between
fields. Files may be hostile (a zip bomb, a million styled empty rows, one cell of a
hundred megabytes): everything read is capped, and every failure becomes an
``InvalidInput`` with a code from :data:`FILE_ERRORS` and the file's name.
"""
from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from ..text import nfc

MAX_ROWS = 200_000  # rows holding something; more is not a commune's list
MAX_COLUMNS = 100  # cells further right are not read
MAX_CELL = 1_000  # characters; a longer cell rejects its row (value_too_long)
MAX_FILE_BYTES = 100 * 1024 * 1024  # a .csv, read whole
MAX_UNZIPPED = 400 * 1024 * 1024  # everything inside an .xlsx, unpacked

FILE_ERRORS = (
    "file_not_found",  # params file
    "file_unreadable",  # params file, reason (the system's words, for support)
    "file_too_large",  # params file, limit (bytes)
    "too_many_rows",  # params file, limit
    "xls_format",  # old binary .xls (or a password-protected workbook): save as .xlsx
    "xlsx_damaged",  # params file, reason
    "encoding_unknown",  # params file
    "csv_malformed",  # params file, row, reason
    "file_empty",  # params file
    "no_sheet",  # params file, sheet
)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and .xlsx files encrypted with a password
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class TooLong:
    """A cell longer than :data:`MAX_CELL`: its start and its length."""

    head: str
    length: int

    def __str__(self) -> str:
        return self.head + "…"


@dataclass
class Sheet:
    """The rows of one sheet that hold something: ``rows[i]`` is ``(row number in the file, cells)``.

    Text cells are cleaned with :func:`classroom.text.nfc`; numbers, dates and times stay as
    Excel gave them. Empty rows are not kept: the gaps between row numbers count them.
    """

    file: str
    kind: str  # "xlsx" | "csv"
    rows: list[tuple[int, list[Any]]]
    encoding: str = ""
    delimiter: str = ""
    sheet_name: str = ""
    sheet_names: list[str] = field(default_factory=list)


def _fail(code: str, path: Path, **params: Any) -> InvalidInput:
    return InvalidInput(code=code, file=str(path), **params)


def clean_cell(value: Any) -> Any:
    """Text through ``nfc`` (NBSP, stray spaces, decomposed accents), Excel's "'" text marker dropped."""
    if value is None or isinstance(value, (int, float, datetime, date, time)):
        return value
    text = str(value)
    if len(text) > MAX_CELL:
        return TooLong(nfc(text[:40]), len(text))
    text = nfc(text)
    if text.startswith("'") and len(text) > 1 and (text[1].isdigit() or text[1] in "=+-@"):
        text = text[1:]
    return text or None


def read_file(path: str | os.PathLike[str], sheet: str | None = None) -> Sheet:
    """Read ``path`` (.xlsx by its content, else delimited text); raises ``InvalidInput``."""
    p = Path(path)
    try:
        with p.open("rb") as f:
            head = f.read(8)
            size = os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        raise _fail("file_not_found", p) from None
    except OSError as exc:
        raise _fail("file_unreadable", p, reason=exc.strerror or type(exc).__name__) from None
    if head.startswith(_OLE_MAGIC):
        raise _fail("xls_format", p)
    if head.startswith(_ZIP_MAGIC):
        return _read_xlsx(p, sheet)
    if size > MAX_FILE_BYTES:
        raise _fail("file_too_large", p, limit=MAX_FILE_BYTES)
    if p.suffix.lower() in {".xlsx", ".xlsm"}:
        raise _fail("xlsx_damaged", p, reason="not a zip archive")
    return _read_csv(p, p.read_bytes())


# -- .csv -------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding's name: BOMs first, then UTF-16 without BOM, UTF-8, Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):  # UTF-16 without its BOM
        odd_zeros = sample[1::2].count(0)
        enc = "utf-16-le" if odd_zeros > sample[0::2].count(0) else "utf-16-be"
        return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Vietnamese Windows. It gives base letter + combining tone mark; nfc() composes them.
    return data.decode("cp1258"), "cp1258"


def sniff_delimiter(text: str) -> str:
    """The delimiter, among , ; tab |, that splits the most lines into the same number of fields (>1)."""
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    best, best_score = ",", -1
    for delim in (",", ";", "\t", "|"):
        counts: dict[int, int] = {}
        try:
            for fields in csv.reader(lines, delimiter=delim):
                filled = len(fields)
                if filled > 1:
                    counts[filled] = counts.get(filled, 0) + 1
        except csv.Error:
            continue
        if not counts:
            continue
        width, lines_agreeing = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        score = lines_agreeing * 1000 + width
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path, data: bytes) -> Sheet:
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        raise _fail("encoding_unknown", path) from None
    nuls = text.count("\x00")
    if nuls > 16 and nuls * 100 > len(text):  # binary, or an encoding this is not
        raise _fail("encoding_unknown", path)
    text = text.replace("\x00", "")  # a stray one, as some exporters leave: the csv module refuses them
    if not text.strip():
        raise _fail("file_empty", path)
    delimiter = sniff_delimiter(text)
    rows: list[tuple[int, list[Any]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, fields in enumerate(reader, start=1):
            _keep(rows, number, fields, path)
    except csv.Error as exc:
        raise _fail("csv_malformed", path, row=number + 1, reason=str(exc)) from None
    return Sheet(path.name, "csv", _checked(rows, path), encoding=encoding, delimiter=delimiter)


# -- .xlsx ------------------------------------------------------------------------------------


def _read_xlsx(path: Path, sheet: str | None) -> Sheet:
    import openpyxl  # a quarter of a second to import: only when a workbook comes

    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED:
                raise _fail("file_too_large", path, limit=MAX_UNZIPPED)
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except InvalidInput:
        raise
    except Exception as exc:  # a hostile or damaged file can raise anything from zip, XML or openpyxl
        raise _fail("xlsx_damaged", path, reason=type(exc).__name__) from None
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise _fail("no_sheet", path, sheet=sheet)
        ws = book[sheet] if sheet is not None else book.active
        if ws is None or not hasattr(ws, "iter_rows"):
            ws = book[names[0]]
        rows: list[tuple[int, list[Any]]] = []
        for number, values in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
            _keep(rows, number, values, path)
        title = ws.title
    except InvalidInput:
        raise
    except Exception as exc:
        raise _fail("xlsx_damaged", path, reason=type(exc).__name__) from None
    finally:
        book.close()
    return Sheet(path.name, "xlsx", _checked(rows, path), sheet_name=title, sheet_names=names)


def is_empty(cells: list[Any]) -> bool:
    return all(c is None or c == "" for c in cells)


def _keep(rows: list[tuple[int, list[Any]]], number: int, values: Any, path: Path) -> None:
    """Append row ``number`` if it holds something (trailing empty cells dropped)."""
    cells = [clean_cell(v) for v in values[:MAX_COLUMNS]]
    while cells and (cells[-1] is None or cells[-1] == ""):
        cells.pop()
    if cells:
        if len(rows) >= MAX_ROWS:
            raise _fail("too_many_rows", path, limit=MAX_ROWS)
        rows.append((number, cells))


def _checked(rows: list[tuple[int, list[Any]]], path: Path) -> list[tuple[int, list[Any]]]:
    if not rows:
        raise _fail("file_empty", path)
    return rows
