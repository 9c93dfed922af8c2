"""Participants' cards, 8 or 10 to an A4 page with cut marks, each with the QR the
attendance scanner reads."""
from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from .data import CardData, Issuer, nfc, upper_vi
from .fonts import SANS, SANS_BOLD, register_fonts
from .qr import draw_qr

W, H = A4
GRID_W = 180 * mm
GRID_H = 265 * mm
MARK = 5 * mm  # length of a cut mark
GAP = 2 * mm  # between the grid and the marks outside it


def build_cards(issuer: Issuer, cards: Iterable[CardData], stream: BinaryIO, per_page: int = 8) -> int:
    """Write the cards to ``stream``, two columns of 4 (8) or 5 (10) rows; return the page count."""
    if per_page not in (8, 10):
        raise ValueError("per_page must be 8 or 10")
    register_fonts()
    issuer = nfc(issuer)
    items = [nfc(c) for c in cards]
    rows = per_page // 2
    cell_w, cell_h = GRID_W / 2, GRID_H / rows
    x0, y0 = (W - GRID_W) / 2, (H - GRID_H) / 2
    canvas = Canvas(stream, pagesize=A4, pageCompression=1)
    canvas.setTitle("Thẻ học viên")
    canvas.setAuthor(issuer.upper_body)
    canvas.setCreator("classroom")
    pages = 0
    for start in range(0, len(items), per_page):
        _cut_marks(canvas, x0, y0, cell_w, cell_h, rows)
        for i, card in enumerate(items[start:start + per_page]):
            col, row = i % 2, i // 2
            x = x0 + col * cell_w
            y = y0 + GRID_H - (row + 1) * cell_h
            _card(canvas, issuer, card, x, y, cell_w, cell_h)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def _cut_marks(canvas: Canvas, x0: float, y0: float, cell_w: float, cell_h: float, rows: int) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeColorRGB(0, 0, 0)
    xs = [x0 + c * cell_w for c in range(3)]
    ys = [y0 + r * cell_h for r in range(rows + 1)]
    for x in xs:  # ticks above and below the grid
        canvas.line(x, y0 - GAP, x, y0 - GAP - MARK)
        canvas.line(x, y0 + GRID_H + GAP, x, y0 + GRID_H + GAP + MARK)
    for y in ys:  # ticks left and right of it
        canvas.line(x0 - GAP, y, x0 - GAP - MARK, y)
        canvas.line(x0 + GRID_W + GAP, y, x0 + GRID_W + GAP + MARK, y)
    half = 2 * mm
    for x in xs:  # small crosses where cards meet
        for y in ys:
            canvas.line(x - half, y, x + half, y)
            canvas.line(x, y - half, x, y + half)
    canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> float:
    while size > 7 and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _card(canvas: Canvas, issuer: Issuer, card: CardData, x: float, y: float, w: float, h: float) -> None:
    pad = 4 * mm
    qr = min(h - 2 * pad, 32 * mm)
    text_w = w - qr - 3 * pad
    tx = x + pad + 1 * mm
    top = y + h - pad
    head = upper_vi(f"Bình dân học vụ số - {issuer.commune_full}")
    canvas.setFont(SANS_BOLD, _fit(head, SANS_BOLD, 7.5, text_w))
    canvas.drawString(tx, top - 7, head)
    size = _fit(card.full_name, SANS_BOLD, 15, text_w)
    names = [card.full_name]
    if size < 12.5:  # rather two lines of large type than one of small
        size, names = 15.0, simpleSplit(card.full_name, SANS_BOLD, 15, text_w)
    while (len(names) > 2 or any(stringWidth(n, SANS_BOLD, size) > text_w for n in names)) and size > 8:
        size -= 0.5
        names = simpleSplit(card.full_name, SANS_BOLD, size, text_w)
    canvas.setFont(SANS_BOLD, size)
    y_line = top - 7 - max(h * 0.20, size + 8)
    for part in names[:2]:
        canvas.drawString(tx, y_line, part)
        y_line -= size + 2
    place = f"{issuer.commune_full}, {issuer.province_kind} {issuer.province_name}"
    for text in (card.village, f"Lớp: {card.class_code}", place[:1].upper() + place[1:]):
        y_line -= 13
        canvas.setFont(SANS, _fit(text, SANS, 10.5, text_w))
        canvas.drawString(tx, y_line + 10, text)
    draw_qr(canvas, x + w - pad - qr, y + (h - qr) / 2, qr, card.card_text)
