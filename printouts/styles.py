"""Paragraph and table styles shared by the platypus printouts (sign-in sheet, roster)."""
from __future__ import annotations

from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

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


def grid_style(header_font_size: float, tail: int = 0) -> TableStyle:
    last = -1 - tail
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, last), 0.6, (0, 0, 0)),
            ("FONTNAME", (0, 0), (-1, 0), SERIF_BOLD),
            ("FONTSIZE", (0, 0), (-1, 0), header_font_size),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), (0.9, 0.9, 0.9)),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
    )


class _TailTable(Table):
    """Hands its split range (counted from the end) on to the part after a split, which
    ReportLab 5 forgets to do, so that every page break obeys it, not the first only."""

    def split(self, avail_width: float, avail_height: float) -> list[Table]:  # type: ignore[override]
        keep = self._rowSplitRange
        parts = super().split(avail_width, avail_height)
        if len(parts) == 2:
            parts[1]._rowSplitRange = keep
        return parts


def tail_table(rows: list[list[object]], tail: int, keep: int = 2, **kwargs: Any) -> Table:
    """A table whose last ``tail`` rows (a total, the signer's block) never start a page alone.

    They are kept inside the table so that the header row is repeated above them too;
    ``rowSplitRange`` forbids splits after the row ``keep`` list rows before them.
    """
    return _TailTable(rows, repeatRows=1, rowSplitRange=(0, -(tail + keep)), **kwargs)


def with_tail(rows: list[list[object]], tail: list[object], ncols: int) -> tuple[list[list[object]], list[tuple[Any, ...]]]:
    """``rows`` plus one borderless full-width row per ``tail`` flowable, and the style commands."""
    out = list(rows)
    cmds: list[tuple[Any, ...]] = []
    for flowable in tail:
        out.append([flowable] + [""] * (ncols - 1))
        r = len(out) - 1
        cmds.append(("SPAN", (0, r), (-1, r)))
        cmds.append(("LEFTPADDING", (0, r), (-1, r), 0))
        cmds.append(("TOPPADDING", (0, r), (-1, r), 8))
    return out, cmds
