"""The certificate register book (sổ đăng ký cấp giấy chứng nhận) of one year, A4 landscape.

Every certificate the commune issued in the year, in the order of its register number (số vào
sổ), with the holder, birth year, course, class and date, and what happened to it since:
revoked (when and why) or reprinted (how many copies). Printed to be signed and stamped: an
opening note giving the page count, pages numbered "Trang x/y", a closing count and the signer's
block. The table is laid out here (rows measured, pages cut) and drawn straight on the canvas:
ReportLab's tables took 5 s for 10,000 certificates, this takes about one.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from . import Cancelled
from .data import Issuer, nfc
from .fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from .layout import (
    MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE, SIGN_HINT, date_line, draw_national_header,
    draw_signer_block, format_date, header_height, issuer_signer_lines,
)

SIZE = 10.5
LEADING = 12.5
HEADER = ("Số vào sổ", "Số hiệu", "Họ và tên", "Năm sinh", "Khóa học", "Lớp", "Ngày cấp", "Thu hồi, in lại")
# widths in mm of A4 landscape less the margins (297 - 30 - 15 = 252 mm); the course takes the rest
WIDTHS_MM = (19, 35, 42, 17, None, 30, 21, 44)
PAD_TOP, PAD_BOTTOM, PAD_SIDE = 2.5, 3.5, 4.0
FOOTER = 10 * mm  # "Trang x/y", below the bottom margin


@dataclass(frozen=True)
class RegisterEntry:
    register_no: int
    serial: str
    holder_name: str
    birth_year: int | None
    course_title: str
    class_code: str
    issued_on: date
    revoked_on: date | None = None
    revoke_reason: str = ""
    reprints: int = 0


@dataclass(frozen=True)
class RegisterData:
    year: int
    entries: tuple[RegisterEntry, ...]
    printed_on: date


def status_text(e: RegisterEntry) -> str:
    parts = []
    if e.revoked_on is not None:
        parts.append(f"Đã thu hồi ngày {format_date(e.revoked_on)}" + (f": {e.revoke_reason}" if e.revoke_reason else ""))
    if e.reprints:
        parts.append(f"In lại {e.reprints} bản sao")
    return "; ".join(parts)


def _wrap(text: str, width: float, font: str = SERIF) -> list[str]:
    return simpleSplit(text, font, SIZE, width - 2 * PAD_SIDE) if text else []


def _widths(total: float) -> list[float]:
    fixed = sum(w for w in WIDTHS_MM if w is not None) * mm
    return [w * mm if w is not None else total - fixed for w in WIDTHS_MM]


CENTERED = {0, 3, 6}


def _cells(e: RegisterEntry, widths: list[float]) -> list[list[str]]:
    return [[f"{e.register_no:03d}/{e.issued_on.year}"], [e.serial], _wrap(e.holder_name, widths[2]),
            [str(e.birth_year or "")], _wrap(e.course_title, widths[4]), _wrap(e.class_code, widths[5]),
            [format_date(e.issued_on)], _wrap(status_text(e), widths[7])]


def _height(cells: list[list[str]]) -> float:
    return max(len(c) for c in cells) * LEADING + PAD_TOP + PAD_BOTTOM if cells else LEADING


class _Book:
    """The book's geometry and drawing; ``layout`` cuts the rows into pages, ``draw`` prints them."""

    def __init__(self, issuer: Issuer, data: RegisterData) -> None:
        self.issuer, self.data = issuer, data
        self.page_w, self.page_h = landscape(PAGE)
        self.left, self.width = MARGIN_LEFT, self.page_w - MARGIN_LEFT - MARGIN_RIGHT
        self.widths = _widths(self.width)
        self.header_cells = [_wrap(h, w, SERIF_BOLD) for h, w in zip(HEADER, self.widths)]
        self.header_h = _height(self.header_cells)
        self.closing_lines = simpleSplit(self.closing(), SERIF, 12, self.width)
        self.sign_h = (len(issuer_signer_lines(issuer)) + 3) * 15 + 24 * mm

    def closing(self) -> str:
        entries = self.data.entries
        first, last = (entries[0].serial, entries[-1].serial) if entries else ("—", "—")
        revoked = sum(1 for e in entries if e.revoked_on is not None)
        copies = sum(e.reprints for e in entries)
        return (f"Sổ này ghi {len(entries)} giấy chứng nhận, từ số {first} đến số {last}; đã thu hồi {revoked}; "
                f"số bản sao đã in lại {copies}.")

    def title_bottom(self, c: Canvas | None, pages: int) -> float:
        """Draw (when ``c``) the first page's header and title; the y under them."""
        top = self.page_h - MARGIN_TOP
        y = draw_national_header(c, self.issuer, self.left, top, self.width, 0.42) if c else \
            top - header_height(self.issuer, self.width * 0.42 - 6) - 8
        y -= 12 * mm
        for text, font, size in (("SỔ ĐĂNG KÝ CẤP GIẤY CHỨNG NHẬN", SERIF_BOLD, 16),
                                 ("hoàn thành khóa học “Bình dân học vụ số”", SERIF_BOLD, 14),
                                 (f"Năm {self.data.year}", SERIF_BOLD, 14), (pages_note(pages), SERIF, 12)):
            if c:
                c.setFont(font, size)
                c.drawCentredString(self.left + self.width / 2, y, text)
            y -= size * 1.45
        return y - 3 * mm

    def layout(self, rows: list[list[list[str]]]) -> tuple[list[list[int]], bool]:
        """Row indexes per page, and whether the closing needs a page of its own."""
        bottom = MARGIN_BOTTOM
        pages: list[list[int]] = [[]]
        y = self.title_bottom(None, 0) - self.header_h
        for i, cells in enumerate(rows):
            h = _height(cells)
            if y - h < bottom and pages[-1]:
                pages.append([])
                y = self.page_h - MARGIN_TOP - self.header_h
            pages[-1].append(i)
            y -= h
        closing_h = 6 * mm + len(self.closing_lines) * 15 + 2 * mm + self.sign_h
        return pages, y - closing_h < bottom

    def draw(self, c: Canvas, rows: list[list[list[str]]], pages: list[list[int]], own_page: bool,
             cancelled: Callable[[], bool] | None) -> None:
        total = len(pages) + (1 if own_page else 0)
        y = 0.0
        for number, indexes in enumerate(pages, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled(done=number, total=total)
            y = self.title_bottom(c, total) if number == 1 else self.page_h - MARGIN_TOP
            y = self.row(c, y, self.header_cells, header=True)
            for i in indexes:
                y = self.row(c, y, rows[i])
            if number < len(pages) or own_page:
                self.footer(c, number, total)
                c.showPage()
        if own_page:
            y = self.page_h - MARGIN_TOP
        y -= 6 * mm
        c.setFont(SERIF, 12)
        for line in self.closing_lines:
            c.drawString(self.left, y, line)
            y -= 15
        y -= 2 * mm
        c.saveState()
        c.setFont(SERIF_ITALIC, 13)
        c.drawCentredString(self.left + self.width * 0.72, y - 13, date_line(self.issuer.place_name, self.data.printed_on))
        c.restoreState()
        draw_signer_block(c, self.left + self.width * 0.2, y - 17, ["Người lập sổ"], "", "(Ký, ghi rõ họ tên)")
        draw_signer_block(c, self.left + self.width * 0.72, y - 17, issuer_signer_lines(self.issuer),
                          self.issuer.signer_name, SIGN_HINT)
        self.footer(c, total, total)
        c.showPage()

    def row(self, c: Canvas, top: float, cells: list[list[str]], header: bool = False) -> float:
        h = _height(cells)
        x = self.left
        if header:
            c.setFillGray(0.9)
            c.rect(x, top - h, self.width, h, stroke=0, fill=1)
            c.setFillGray(0)
        c.setLineWidth(0.5)
        c.rect(x, top - h, self.width, h, stroke=1, fill=0)
        font = SERIF_BOLD if header else SERIF
        c.setFont(font, SIZE)
        for col, (w, lines) in enumerate(zip(self.widths, cells)):
            if col:
                c.line(x, top, x, top - h)
            text_h = len(lines) * LEADING
            y = top - (h - text_h) / 2 - SIZE  # centred in the row, as the header and short cells read best
            for line in lines:
                if header or col in CENTERED:
                    c.drawCentredString(x + w / 2, y + 2, line)
                else:
                    c.drawString(x + PAD_SIDE, y + 2, line)
                y -= LEADING
            x += w
        return top - h

    def footer(self, c: Canvas, number: int, total: int) -> None:
        c.setFont(SERIF, 11)
        c.drawCentredString(self.page_w / 2, FOOTER, f"Trang {number}/{total}")


def pages_note(pages: int) -> str:
    count = f"{pages:02d}" if pages else "……"
    return f"Sổ này có {count} trang, đánh số từ trang 01 đến trang {count}."


def build_register(issuer: Issuer, data: RegisterData, stream: BinaryIO, *,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> int:
    """Write the register book to ``stream``; returns the number of pages."""
    register_fonts()
    issuer, data = nfc(issuer), nfc(data)
    book = _Book(issuer, data)
    rows: list[list[list[str]]] = []
    total = len(data.entries)
    for n, e in enumerate(data.entries):
        if n % 1000 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled(done=n, total=total)
            if progress is not None:
                progress(n // 2, total)
        rows.append(_cells(e, book.widths))
    if not rows:
        rows.append([[], [], ["Chưa cấp giấy chứng nhận nào trong năm."], [], [], [], [], []])
    pages, own_page = book.layout(rows)
    c = Canvas(stream, pagesize=(book.page_w, book.page_h), pageCompression=1)
    c.setTitle(f"Sổ đăng ký cấp giấy chứng nhận năm {data.year}")
    c.setAuthor(issuer.upper_body)
    c.setCreator("classroom")
    book.draw(c, rows, pages, own_page, cancelled)
    c.save()
    if progress is not None:
        progress(total, total)
    return len(pages) + (1 if own_page else 0)
