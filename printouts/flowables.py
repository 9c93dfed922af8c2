"""The national header and the signer's block as platypus flowables, for the documents that flow.

Kept apart from ``layout`` so that a printout drawn straight on the canvas (certificates, cards)
does not load platypus.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .data import Issuer
from .fonts import SERIF_ITALIC
from .layout import _centered, draw_national_header, draw_signer_block, header_height


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
