"""The rejection report: one line per rejected row, the reasons first, then the row as it was.

The officer fixes the cells and imports the report again: its own first columns (row,
columns, values, reasons) have headings no field takes, so the second import reads the
original columns only. Words are the face's: it passes ``describe(code, params)`` and
the four headings. Cells that a spreadsheet would run as formulas are written as text.
"""
from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import DatabaseError, InvalidInput
from ..files import write_private
from .preview import ImportPreview

Describe = Callable[[str, dict[str, Any]], str]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def report_lines(preview: ImportPreview, describe: Describe) -> list[list[Any]]:
    """Each rejected row: [row, columns, values, reasons, *the row's cells]."""
    width = len(preview.headers)
    lines = []
    for row in preview.rejected:
        errors = row.errors
        columns = "; ".join(dict.fromkeys(i.column for i in errors if i.column))
        values = "; ".join(dict.fromkeys(i.value for i in errors if i.value))
        reasons = "; ".join(describe(i.code, i.params) for i in errors)
        cells = list(row.cells[:width]) + [""] * max(0, width - len(row.cells))
        lines.append([row.row, columns, values, reasons, *cells])
    return lines


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_report(path: str | os.PathLike[str], preview: ImportPreview, describe: Describe,
                 headings: Sequence[str]) -> int:
    """Write the report as .csv (UTF-8 with BOM, which Excel opens right) or .xlsx; the number of rows."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidInput(code="report_format", file=p.name)
    header = [*headings, *preview.headers]
    lines = report_lines(preview, describe)
    try:
        if suffix == ".csv":
            def write_csv(fh: io.BufferedIOBase) -> None:
                text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")  # type: ignore[arg-type]
                writer = csv.writer(text)
                writer.writerow([_safe(h) for h in header])
                writer.writerows([_safe(v) for v in line] for line in lines)
                text.flush()
                text.detach()
            write_private(p, write_csv)  # ID numbers and phones: whole, and readable by the user alone
        else:
            write_private(p, lambda fh: _write_xlsx(fh, header, lines))
    except OSError as exc:
        raise InvalidInput(code="report_unwritable", file=p.name, reason=exc.strerror or type(exc).__name__) from None
    except DatabaseError:  # the folder cannot be written
        raise InvalidInput(code="report_unwritable", file=p.name, reason="folder") from None
    return len(lines)


def _write_xlsx(path: Path | io.BufferedIOBase, header: list[str], lines: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    bold = Font(bold=True)
    for col, width in enumerate([8, 22, 22, 60], start=1):
        sheet.column_dimensions[chr(64 + col)].width = width

    def cells(values: list[Any], font: Font | None = None) -> list[WriteOnlyCell]:
        out = []
        for v in values:
            cell = WriteOnlyCell(sheet, value=v)
            if isinstance(v, str):
                cell.data_type = "s"  # text, never a formula
                cell.number_format = "@"  # and Excel keeps leading zeros if it is edited
            if font is not None:
                cell.font = font
            out.append(cell)
        return out

    sheet.append(cells(header, bold))
    for line in lines:
        sheet.append(cells(line))
    book.save(path)
