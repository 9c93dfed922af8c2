"""The parts every official paper shares, after Decree 30/2020/NĐ-CP (appendix I).

- the national header: issuing body on the left (capitals, bold, with a short rule under
  it), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "Độc lập - Tự do - Hạnh phúc" on the right,
  with a rule as long as the motto beneath;
- the place and date line in italics;
- the signer's block: title in bold capitals, room for signature and seal, the name in bold;
- A4 margins: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .data import Issuer, upper_vi
from .fonts import SERIF, SERIF_BOLD, SERIF_ITALIC

PAGE = A4  # portrait (width, height) in points
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATION_SIZE = 12.5  # decree: 12-13 pt, bold capitals
MOTTO_SIZE = 13.5  # decree: 13-14 pt, bold
BODY_SIZE = 12.5  # decree: issuing body 12-13 pt, bold capitals
SIGN_HINT = "(Ký, ghi rõ họ tên, đóng dấu)"


def format_date(d: date) -> str:
    """dd/mm/yyyy, as on every Vietnamese paper."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def date_line(place: str, d: date) -> str:
    """"Đông Sơn, ngày 05 tháng 3 năm 2026".

    Decree 30/2020 (appendix I, II.5): days below 10 and the months 1 and 2 take a
    leading zero; other months do not (so nobody can turn "1" into "11" or "12").
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{place}, ngày {d.day:02d} tháng {month} năm {d.year}"


def _centered(canvas: Canvas, font: str, size: float, cx: float, y: float, text: str) -> float:
    canvas.setFont(font, size)
    canvas.drawCentredString(cx, y, text)
    return stringWidth(text, font, size)


def _rule(canvas: Canvas, cx: float, y: float, length: float, width: float = 0.6) -> None:
    canvas.setLineWidth(width)
    canvas.line(cx - length / 2, y, cx + length / 2, y)


def body_lines(issuer: Issuer, width: float, size: float = BODY_SIZE) -> list[str]:
    """The issuing body on as many lines as the left column needs, broken after "DÂN"."""
    text = issuer.upper_body
    if stringWidth(text, SERIF_BOLD, size) <= width:
        return [text]
    head = upper_vi("Ủy ban nhân dân")
    parts = [head, text[len(head):].strip()] if text.startswith(head + " ") else [text]
    lines: list[str] = []
    for part in parts:
        lines.extend(simpleSplit(part, SERIF_BOLD, size, width))
    return lines


def header_height(issuer: Issuer, left_width: float) -> float:
    lines = len(body_lines(issuer, left_width)) + (1 if issuer.show_parent else 0)
    return max(lines, 2) * 15 + 10


def number_line(number: str, kind: str) -> str:
    """"Số: 125/BC-UBND", or dots to fill by hand when no number is given yet."""
    return f"Số: {number}/{kind}" if number.strip() else f"Số: {DOTS}/{kind}"


DOTS = "………"


def draw_national_header(
    canvas: Canvas, issuer: Issuer, x: float, top: float, width: float, left_share: float = 0.4,
    number: str = "", place_date: str = "",
) -> float:
    """Draw the header between ``x`` and ``x + width`` from ``top`` down; return the y under it.

    ``number`` (the document's "Số: …/BC-UBND") goes under the issuing body, ``place_date`` in
    italics under the motto, on one line (Decree 30/2020, appendix I)."""
    left_w = width * left_share
    right_w = width - left_w
    left_cx = x + left_w / 2
    right_cx = x + left_w + right_w / 2
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    step = 15.0
    y = top - BODY_SIZE
    if issuer.show_parent:
        _centered(canvas, SERIF, BODY_SIZE, left_cx, y, issuer.parent_line)
        y -= step
    widest = 0.0
    for line in body_lines(issuer, left_w - 6):
        widest = max(widest, _centered(canvas, SERIF_BOLD, BODY_SIZE, left_cx, y, line))
        y -= step
    _rule(canvas, left_cx, y + step - 6, widest * 0.4)  # decree: 1/3 to 1/2 of the line
    left_bottom = y + step - 6

    y = top - NATION_SIZE
    _centered(canvas, SERIF_BOLD, NATION_SIZE, right_cx, y, NATION)
    y -= step
    motto_w = _centered(canvas, SERIF_BOLD, MOTTO_SIZE, right_cx, y, MOTTO)
    _rule(canvas, right_cx, y - 5, motto_w)
    bottom = min(left_bottom, y - 5)
    if number or place_date:
        line_y = bottom - 20
        if number:
            _centered(canvas, SERIF, BODY_SIZE, left_cx, line_y, number)
        if place_date:
            _centered(canvas, SERIF_ITALIC, BODY_SIZE, right_cx, line_y, place_date)
        bottom = line_y - 6
    canvas.restoreState()
    return bottom


def draw_signer_block(
    canvas: Canvas,
    cx: float,
    top: float,
    title_lines: list[str],
    name: str,
    hint: str = SIGN_HINT,
    space: float = 22 * mm,
    size: float = 13,
) -> float:
    """Title in bold capitals, the hint in italics, room to sign and seal, the name in bold."""
    canvas.saveState()
    y = top - size
    for line in title_lines:
        if line:
            _centered(canvas, SERIF_BOLD, size, cx, y, upper_vi(line))
            y -= size + 2
    if hint:
        _centered(canvas, SERIF_ITALIC, size - 1.5, cx, y, hint)
    y -= space
    if name:
        _centered(canvas, SERIF_BOLD, size + 0.5, cx, y, name)
    canvas.restoreState()
    return y - 4


def issuer_signer_lines(issuer: Issuer) -> list[str]:
    return [line for line in (issuer.signer_on_behalf, issuer.signer_title) if line]


class NationalHeader(Flowable):
    """The national header as a platypus flowable, drawn with :func:`draw_national_header`."""

    def __init__(self, issuer: Issuer, left_share: float = 0.4, number: str = "", place_date: str = "") -> None:
        super().__init__()
        self.issuer = issuer
        self.left_share = left_share
        self.number, self.place_date = number, place_date
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        extra = 26 if self.number or self.place_date else 0
        self.height = header_height(self.issuer, avail_width * self.left_share - 6) + 8 + extra
        return avail_width, self.height

    def draw(self) -> None:
        draw_national_header(self.canv, self.issuer, 0, self.height, self._width, self.left_share,
                             self.number, self.place_date)


class SignatureBlock(Flowable):
    """A signer's block at the right of the frame (date line optional above it)."""

    def __init__(self, title_lines: list[str], name: str, hint: str, place_date: str = "") -> None:
        super().__init__()
        self.title_lines, self.name, self.hint, self.place_date = title_lines, name, hint, place_date
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        lines = len([t for t in self.title_lines if t]) + (1 if self.place_date else 0) + 2
        self.height = lines * 15 + 22 * mm
        return avail_width, self.height

    def draw(self) -> None:
        cx = self._width * 0.72
        top = self.height
        if self.place_date:
            self.canv.saveState()
            _centered(self.canv, SERIF_ITALIC, 13, cx, top - 13, self.place_date)
            self.canv.restoreState()
            top -= 17
        draw_signer_block(self.canv, cx, top, self.title_lines, self.name, self.hint)


def numbered_canvas(font: str = SERIF, size: float = 11, bottom: float = 10 * mm,
                    fmt: str = "Trang {page} / {total}") -> type[Canvas]:
    """A canvas class that holds its pages until the end, then writes "Trang x / y" on each
    (``fmt``); the class's ``pages`` says how many there were once the document is built."""

    class NumberedCanvas(Canvas):
        pages = 0

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            type(self).pages = total
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(font, size)
                self.drawCentredString(width / 2, bottom, fmt.format(page=number, total=total))
                super().showPage()
            super().save()

    return NumberedCanvas
