"""Paragraph and table styles shared by the platypus printouts (sign-in sheet, roster)."""
from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from .fonts import SERIF, SERIF_BOLD

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def style(size: float = 13, bold: bool = False, center: bool = False, leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(
        name=f"s{size}{bold}{center}",
        fontName=SERIF_BOLD if bold else SERIF,
        fontSize=size,
        leading=leading or size * 1.25,
        alignment=TA_CENTER if center else TA_LEFT,
    )


def para(text: str, st: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names may hold "&" or "<")."""
    return Paragraph(escape(text), st)


def label_para(label: str, value: str, st: ParagraphStyle) -> Paragraph:
    return Paragraph(f"{escape(label)} <b>{escape(value)}</b>", st)


def weekday_date(moment: datetime) -> str:
    """"Thứ Ba, ngày 03/03/2026"."""
    return f"{WEEKDAYS[moment.weekday()]}, ngày {moment:%d/%m/%Y}"


def grid_style(header_font_size: float) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.6, (0, 0, 0)),
            ("FONTNAME", (0, 0), (-1, 0), SERIF_BOLD),
            ("FONTSIZE", (0, 0), (-1, 0), header_font_size),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), (0.9, 0.9, 0.9)),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
    )
