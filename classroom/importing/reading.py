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
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from ..text import nfc

MAX_ROWS = 200_000  # people (rows below the header); more is not a commune's list
#: Rows above the people a list may hold (titles, the header: ``columns.SCAN_ROWS``), read on top of MAX_ROWS;
#: the people below the header are counted against MAX_ROWS when the header is known (``build_preview``).
HEADER_ROOM = 30
MAX_COLUMNS = 100  # cells further right are not read
MAX_CELL = 1_000  # characters; a longer cell rejects its row (value_too_long)
MAX_FILE_BYTES = 100 * 1024 * 1024  # a .csv, read whole; an .xlsx as it is on disk
MAX_UNZIPPED = 400 * 1024 * 1024  # everything inside an .xlsx, unpacked
MAX_MEMBER = 150 * 1024 * 1024  # one part of an .xlsx unpacked (MAX_ROWS full rows fit in it)
MAX_MEMBERS = 2_000  # parts of an .xlsx (Excel writes a dozen or two)
MAX_RATIO = 100  # unpacked/packed of a large part: real sheets pack 5-20 times, zip bombs thousands
RATIO_FROM = 10 * 1024 * 1024  # parts smaller than this unpacked are never a danger

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
    text = nfc(text, keep_direction=True)  # a name holding a direction control is refused, not cleaned
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
    if size == 0:
        raise _fail("file_empty", p)
    if size > MAX_FILE_BYTES:
        raise _fail("file_too_large", p, limit=MAX_FILE_BYTES)
    if head.startswith(_OLE_MAGIC):
        raise _fail("xls_format", p)
    if head.startswith(_ZIP_MAGIC):
        return _read_xlsx(p, sheet)
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


def _check_archive(path: Path) -> None:
    """Refuse a zip bomb by what the archive says of its parts, before anything is unpacked.

    (Python's zipfile never unpacks a part beyond the size the archive gives it, so a part
    that lies about its size comes out cut short, and is then refused as damaged.)
    """
    with zipfile.ZipFile(path) as archive:
        parts = archive.infolist()
        if len(parts) > MAX_MEMBERS:
            raise _fail("xlsx_damaged", path, reason=f"{len(parts)} parts")
        for info in parts:
            packed_tightly = info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            if info.file_size > MAX_MEMBER or packed_tightly:
                raise _fail("file_too_large", path, limit=MAX_MEMBER)
        if sum(info.file_size for info in parts) > MAX_UNZIPPED:
            raise _fail("file_too_large", path, limit=MAX_UNZIPPED)


class _Book:
    """The parts of a workbook an import needs, read with openpyxl's own readers but without its
    ``load_workbook``: in read-only mode that scans every sheet whole for its size before giving
    anything back (ten seconds for a sheet of a million rows), and it fills the rows a sheet leaves
    out (one cell on row 1,048,576 made a million rows of a hundred values out of a file of 2 kB)."""

    def __init__(self, path: Path) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        reader = ExcelReader(path, read_only=True, data_only=True, keep_links=False)
        try:
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            self.sheets = [(sheet.name, rel.target, "chartsheet" not in rel.Type)
                           for sheet, rel in reader.parser.find_sheets() if rel.target in reader.valid_files]
        except BaseException:
            reader.archive.close()
            raise
        self.reader, self.archive = reader, reader.archive

    @property
    def names(self) -> list[str]:
        return [name for name, _, _ in self.sheets]

    def pick(self, name: str | None) -> tuple[str, str]:
        """The named sheet, else the one Excel shows first (the active one, if it is a worksheet)."""
        tables = [(n, target) for n, target, is_table in self.sheets if is_table]
        if name is not None:
            return next((n, target) for n, target in tables if n == name)
        active = self.reader.wb._active_sheet_index
        if 0 <= active < len(self.sheets) and self.sheets[active][2]:
            return self.sheets[active][0], self.sheets[active][1]
        return tables[0]

    def count_rows(self, target: str) -> int:
        """Rows with something in them (cells), counted in the packed XML without parsing it: a
        sheet of a million rows is refused in a fraction of a second instead of after 200,000."""
        ends = re.compile(rb"</(?:\w+:)?row>")
        found, tail = 0, b""
        with self.archive.open(target) as source:
            while chunk := source.read(1 << 20):
                buffer = tail + chunk
                found += len(ends.findall(buffer))
                cut = buffer.rfind(b"<")  # a tag cut in two by the chunk's end is counted with the next chunk
                tail = buffer[max(cut, len(buffer) - 16):] if cut > buffer.rfind(b">") else b""
        return found

    def rows(self, target: str) -> Any:
        """``(row number, values)`` of the rows the sheet's XML holds, at most MAX_COLUMNS values each."""
        from openpyxl.worksheet._reader import WorkSheetParser

        wb = self.reader.wb
        with self.archive.open(target) as source:
            parser = WorkSheetParser(source, self.reader.shared_strings, data_only=True, epoch=wb.epoch,
                                     date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
            last = 0
            for number, cells in parser.parse():
                width = min(MAX_COLUMNS, max((c["column"] for c in cells), default=0))
                values: list[Any] = [None] * width
                for c in cells:
                    if 1 <= c["column"] <= width:
                        values[c["column"] - 1] = c["value"]
                last = number if number > last else last + 1  # row numbers only go down in a made-up file
                yield last, values

    def close(self) -> None:
        self.archive.close()


def _read_xlsx(path: Path, sheet: str | None) -> Sheet:
    try:
        _check_archive(path)
        book = _Book(path)
    except InvalidInput:
        raise
    except Exception as exc:  # a hostile or damaged file can raise anything from zip, XML or openpyxl
        raise _fail("xlsx_damaged", path, reason=type(exc).__name__) from None
    try:
        names = book.names
        if sheet is not None and sheet not in names:
            raise _fail("no_sheet", path, sheet=sheet)
        title, target = book.pick(sheet)
        if book.count_rows(target) > MAX_ROWS + HEADER_ROOM:
            raise _fail("too_many_rows", path, limit=MAX_ROWS)
        rows: list[tuple[int, list[Any]]] = []
        for number, values in book.rows(target):
            _keep(rows, number, values, path)
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
        if len(rows) >= MAX_ROWS + HEADER_ROOM:
            raise _fail("too_many_rows", path, limit=MAX_ROWS)
        rows.append((number, cells))


def _checked(rows: list[tuple[int, list[Any]]], path: Path) -> list[tuple[int, list[Any]]]:
    if not rows:
        raise _fail("file_empty", path)
    return rows
