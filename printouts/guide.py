"""The help guide as a printable A4 PDF (the same blocks the window shows)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

@dataclass(frozen=True)
class Block:
    """One piece of the guide: ``kind`` is heading, paragraph, numbered, bullets or image."""

    kind: str
    text: str = ""  # heading or paragraph text (inline **bold** kept), image caption
    level: int = 0  # heading level
    anchor: str = ""  # heading anchor (F1 opens the guide there)
    items: tuple[str, ...] = ()  # list items
    path: Path | None = None  # image file


@dataclass
class Guide:
    blocks: list[Block] = field(default_factory=list)

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if b.kind == "heading" and b.level == 1), "")

    def anchors(self) -> list[str]:
        return [b.anchor for b in self.blocks if b.kind == "heading" and b.anchor]


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _inline(text: str) -> str:
    return _BOLD.sub(r"<b>\1</b>", escape(text))


def build_guide(guide: Guide, stream: BinaryIO) -> None:
    from reportlab.lib.pagesizes import A4  # ReportLab loads when a guide is printed, not when it is shown
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import (Image, KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer)

    from .fonts import register_fonts
    from .layout import numbered_canvas
    from .styles import style

    register_fonts()
    width = A4[0] - 40 * mm
    body = style(12, leading=16)
    caption = style(10, center=True)
    headings = {1: style(18, bold=True, leading=24), 2: style(15, bold=True, leading=20), 3: style(13, bold=True)}
    for heading in headings.values():
        heading.keepWithNext = 1  # a heading never ends a page alone
    story: list = []
    for block in guide.blocks:
        if block.kind == "heading":
            story += [Spacer(1, 4 * mm if block.level > 1 else 0), Paragraph(_inline(block.text), headings[block.level])]
        elif block.kind == "paragraph":
            story += [Paragraph(_inline(block.text), body), Spacer(1, 2 * mm)]
        elif block.kind in ("numbered", "bullets"):
            entries = [ListItem(Paragraph(_inline(t), body), leftIndent=16) for t in block.items]
            story += [ListFlowable(entries, bulletType="1" if block.kind == "numbered" else "bullet",
                                   bulletFontName=body.fontName, bulletFontSize=11, leftIndent=16, start=None
                                   if block.kind == "numbered" else "•"), Spacer(1, 2 * mm)]
        elif block.kind == "image" and block.path is not None and block.path.exists():
            w, h = ImageReader(str(block.path)).getSize()
            scale = min(width / w, 110 * mm / h)
            story.append(KeepTogether([Spacer(1, 2 * mm), Image(str(block.path), w * scale, h * scale),
                                       Paragraph(_inline(block.text), caption), Spacer(1, 3 * mm)]))
    doc = SimpleDocTemplate(stream, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=guide.title, author="classroom", creator="classroom",
                            invariant=1)
    doc.build(story, canvasmaker=numbered_canvas())
