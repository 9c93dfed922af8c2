"""Bar charts drawn with QPainter (QtCharts is not in PySide6-Essentials): grouped columns with
their values written on them, and horizontal bars of progress towards targets."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#4e79a7", "#59a14f", "#f28e2b", "#b07aa1", "#e15759")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]
    color: str


class BarChart(QWidget):
    """Columns per category, one colour per series, the value above each column, a legend on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.setMinimumHeight(245)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories, self.series = list(categories), list(series)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(520, 265)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        w, h = self.width(), self.height()
        x = 8.0
        for s in self.series:  # legend
            p.fillRect(QRectF(x, 6, 12, 12), QColor(s.color))
            p.setPen(QColor("#222"))
            p.drawText(QRectF(x + 16, 2, fm.horizontalAdvance(s.name) + 4, line + 4), Qt.AlignmentFlag.AlignVCenter, s.name)
            x += 30 + fm.horizontalAdvance(s.name)
        top, bottom = 14 + line + 2 * line, h - 3 * line - 8  # three lines under each column for its name
        if not self.categories or bottom <= top:
            p.end()
            return
        biggest = max([v for s in self.series for v in s.values] + [1])
        p.setPen(QPen(QColor("#999"), 1))
        p.drawLine(8, int(bottom), w - 8, int(bottom))
        slot = (w - 16) / len(self.categories)
        bar = max(2.0, min(28.0, (slot - 10) / max(len(self.series), 1)))
        for i, name in enumerate(self.categories):
            left = 8 + i * slot + (slot - bar * len(self.series)) / 2
            for j, s in enumerate(self.series):
                value = s.values[i] if i < len(s.values) else 0
                height = (bottom - top) * value / biggest
                rect = QRectF(left + j * bar, bottom - height, bar - 2, height)
                p.fillRect(rect, QColor(s.color))
                p.setPen(QColor("#222"))
                text = f"{value:,.0f}".replace(",", ".")
                p.drawText(QRectF(rect.center().x() - 40, rect.top() - line - 1, 80, line), Qt.AlignmentFlag.AlignCenter,
                           text)
            label = name if fm.horizontalAdvance(name) <= 3 * slot - 12 else fm.elidedText(
                name, Qt.TextElideMode.ElideRight, int(3 * slot) - 12)
            p.drawText(QRectF(8 + i * slot, bottom + 4, slot, 3 * line), Qt.AlignmentFlag.AlignHCenter |
                       Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, label)
        p.end()


@dataclass(frozen=True)
class Bar:
    label: str
    percent: float | None  # of the target reached; None: cannot be measured
    text: str  # "28 of 40 people", "63.2 % of 70 %"


class ProgressBars(QWidget):
    """One horizontal bar per target: green when reached, amber past half-way, red below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar], empty_text: str) -> None:
        self.bars, self.empty_text = list(bars), empty_text
        self.setFixedHeight(max(1, len(self.bars)) * self._row() + 8)
        self.update()

    def _row(self) -> int:
        return QFontMetrics(self.font()).height() * 2 + 10

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        if not self.bars:
            p.setPen(QColor("#555"))
            p.drawText(self.rect().adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter, self.empty_text)
            p.end()
            return
        width = self.width() - 16
        for i, b in enumerate(self.bars):
            y = 4 + i * self._row()
            p.setPen(QColor("#222"))
            p.drawText(QRectF(8, y, width, line), Qt.AlignmentFlag.AlignLeft, b.label)
            # The figures are never cut: the bar gives up width to them (down to a quarter of the row).
            room = width - fm.horizontalAdvance(b.text) - 16
            track = QRectF(8, y + line + 2, max(min(width * 0.62, room), width * 0.25), line)
            p.fillRect(track, QColor("#e6e6e6"))
            if b.percent is not None:
                done = min(b.percent, 100.0) / 100.0
                color = "#59a14f" if b.percent >= 100 else "#f2a93b" if b.percent >= 50 else "#e15759"
                p.fillRect(QRectF(track.left(), track.top(), track.width() * done, track.height()), QColor(color))
            p.setPen(QColor("#222"))
            p.drawText(QRectF(track.right() + 8, track.top(), width - track.width() - 8, line),
                       Qt.AlignmentFlag.AlignVCenter, b.text)
        p.end()
