"""A small streaming writer of .xlsx workbooks (Office Open XML SpreadsheetML).

Why not openpyxl's write-only mode: on the 2-core office PCs this program targets, it
spends 15 s on a 100,000-row roster's cells alone (XlsxWriter 12 s); building the XML
text here takes under 3 s at the same memory. The tests read every workbook back with
openpyxl. What is written is only what the rosters need:

- cells: whole and decimal numbers, dates (real Excel dates shown dd/mm/yyyy, so Excel sorts
  and filters them), and text as inline strings (never a formula: text
  that begins with ``= + - @`` is written as a text cell with Excel's *quotePrefix*, so that
  editing the cell keeps it text); characters XML cannot carry are dropped;
- per sheet: column widths, the first ``header_rows`` rows frozen, bold and repeated on
  every printed page, A4 landscape fitted to the page width, page numbers in the footer, and
  on request a filter row (autofilter) on the header.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import IO, Union
from xml.sax.saxutils import escape

Value = Union[str, int, float, date, None]

# cellXfs indexes of styles.xml below
NORMAL, HEADER, TEXT, TEXT_QUOTED, BOLD, DECIMAL, BOLD_TEXT_QUOTED, DATE = 0, 1, 2, 3, 4, 5, 6, 7
EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's 1900 date system (past its false 29/02/1900)
RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Row:
    """A row with a style of its own (a title, a total); plain rows are just sequences of values."""

    values: Sequence[Value]
    bold: bool = True


@dataclass
class Sheet:
    name: str
    widths: Sequence[float]  # characters, one per column
    rows: Iterable[Sequence[Value] | Row]
    header_rows: int = 1  # frozen, bold and repeated when printed
    landscape: bool = True
    decimals: frozenset[int] = field(default_factory=frozenset)  # columns shown with one decimal
    autofilter: bool = False  # a filter row on the last header row, over the columns of ``widths``


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def sheet_name(text: str) -> str:
    return _BAD_SHEET_CHARS.sub(" ", text)[:31] or "Sheet"


_NEEDS_WORK = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    if _NEEDS_WORK.search(value) is None:  # most text: nothing to escape or drop
        return value
    return escape(_ILLEGAL.sub("", value))


def _cells(values: Sequence[Value], row: int, letters: list[str], text_style: int, quoted: int,
           decimals: frozenset[int]) -> str:
    parts = [f'<row r="{row}">']
    for i, v in enumerate(values):
        if v is None or v == "":
            continue
        ref = f"{letters[i]}{row}"
        if isinstance(v, str):
            style = quoted if v.startswith(RISKY_START) else text_style
            space = ' xml:space="preserve"' if v[0].isspace() or v[-1].isspace() else ""
            parts.append(f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{_text(v)}</t></is></c>')
        elif isinstance(v, bool):
            parts.append(f'<c r="{ref}" t="b"><v>{int(v)}</v></c>')
        elif isinstance(v, date):
            day = v.date() if isinstance(v, datetime) else v
            parts.append(f'<c r="{ref}" s="{DATE}"><v>{(day - EXCEL_EPOCH).days}</v></c>')
        else:
            style = (text_style if text_style in (HEADER, BOLD) else DECIMAL if i in decimals else NORMAL)
            parts.append(f'<c r="{ref}" s="{style}"><v>{v!r}</v></c>' if isinstance(v, float)
                         else f'<c r="{ref}" s="{style}"><v>{v}</v></c>')
    parts.append("</row>")
    return "".join(parts)


def _sheet_xml_head(sheet: Sheet) -> str:
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w:.1f}" customWidth="1"/>'
                   for i, w in enumerate(sheet.widths))
    pane = (f'<pane ySplit="{sheet.header_rows}" topLeftCell="A{sheet.header_rows + 1}" activePane="bottomLeft" '
            f'state="frozen"/><selection pane="bottomLeft" activeCell="A{sheet.header_rows + 1}" '
            f'sqref="A{sheet.header_rows + 1}"/>') if sheet.header_rows else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>'
            f'<cols>{cols}</cols><sheetData>')


def _filter_ref(sheet: Sheet, last_row: int) -> str:
    first = max(sheet.header_rows, 1)
    return f"A{first}:{column_letter(max(len(sheet.widths), 1) - 1)}{max(last_row, first)}"


def _sheet_xml_tail(sheet: Sheet, last_row: int) -> str:
    orientation = "landscape" if sheet.landscape else "portrait"
    autofilter = f'<autoFilter ref="{_filter_ref(sheet, last_row)}"/>' if sheet.autofilter else ""
    return (f'</sheetData>{autofilter}<printOptions gridLines="1"/>'
            '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
            f'<pageSetup paperSize="9" orientation="{orientation}" fitToWidth="1" fitToHeight="0"/>'
            '<headerFooter><oddFooter>&amp;CTrang &amp;P / &amp;N</oddFooter></headerFooter></worksheet>')


def _write_sheet(out: IO[bytes], sheet: Sheet) -> int:
    """The sheet's XML; returns its last row number."""
    letters = [column_letter(i) for i in range(max(len(sheet.widths), 1) + 64)]
    out.write(_sheet_xml_head(sheet).encode("utf-8"))
    chunk: list[str] = []
    n = 0
    for n, row in enumerate(sheet.rows, start=1):
        if isinstance(row, Row):
            chunk.append(_cells(row.values, n, letters, BOLD if row.bold else TEXT,
                                BOLD_TEXT_QUOTED if row.bold else TEXT_QUOTED, sheet.decimals))
        elif n <= sheet.header_rows:
            chunk.append(_cells(row, n, letters, HEADER, HEADER, sheet.decimals))
        else:
            chunk.append(_cells(row, n, letters, TEXT, TEXT_QUOTED, sheet.decimals))
        if len(chunk) >= 2000:
            out.write("".join(chunk).encode("utf-8"))
            chunk.clear()
    out.write("".join(chunk).encode("utf-8"))
    out.write(_sheet_xml_tail(sheet, n).encode("utf-8"))
    return n


STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>'
    '</numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/><family val="1"/></font>'
    '<font><b/><sz val="11"/><name val="Times New Roman"/><family val="1"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill>'
    '</fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'
    '</borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="8">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" '
    'applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" '
    'quotePrefix="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>'
)


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def write_workbook(stream: IO[bytes], sheets: Sequence[Sheet], *, title: str = "") -> None:
    """Write the workbook to a binary stream (a file opened "wb", or BytesIO)."""
    names = [sheet_name(s.name) for s in sheets]
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        sheet_types = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(len(sheets)))
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            f'{sheet_types}</Types>'))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>'))
        z.writestr("docProps/core.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_text(title)}</dc:title><dc:creator>classroom</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created></cp:coreProperties>'))
        sheet_list = "".join(f'<sheet name="{_text(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                             for i, n in enumerate(names))
        rels = "".join(
            f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
        z.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{rels}<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/></Relationships>'))
        z.writestr("xl/styles.xml", STYLES)
        last_rows = []
        for i, sheet in enumerate(sheets):
            with z.open(f"xl/worksheets/sheet{i + 1}.xml", "w", force_zip64=True) as out:
                last_rows.append(_write_sheet(out, sheet))
        # the workbook part last: a filter row's range (Excel's hidden _FilterDatabase) needs the row count
        titles = "".join(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">{_text(_quoted_sheet(n))}!$1:${s.header_rows}'
            '</definedName>' for i, (n, s) in enumerate(zip(names, sheets)) if s.header_rows)
        filters = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">{_text(_quoted_sheet(n))}!'
            f'{_absolute(_filter_ref(s, last))}</definedName>'
            for i, (n, s, last) in enumerate(zip(names, sheets, last_rows)) if s.autofilter)
        defined = titles + filters
        z.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<bookViews><workbookView/></bookViews><sheets>{sheet_list}</sheets>'
            f'{"<definedNames>" + defined + "</definedNames>" if defined else ""}</workbook>'))


def _absolute(ref: str) -> str:
    """A1:R20 -> $A$1:$R$20"""
    return ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in ref.split(":"))
