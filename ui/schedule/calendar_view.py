"""Week and month grids of sessions, painted directly (hundreds of sessions a month stay quick).

Sessions are coloured by target group; cancelled ones are struck through; holidays tint
their day. A double-click on a session emits ``session_activated``; on an empty part of
a day in the month, ``day_activated`` (the panel shows that week).
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from classroom.scheduling import AgendaEntry

from .words import group_colour, weekday

HEADER = 26
TODAY = QColor("#c9302c")
HOLIDAY = QColor("#fdf1e4")
OUTSIDE = QColor("#f4f4f4")
LINE = QColor("#d5d9de")


class _Grid(QWidget):
    session_activated = Signal(object)  # AgendaEntry
    day_activated = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AgendaEntry] = []
        self.holidays: dict[date, str] = {}
        self.today = date.today()
        self._hits: list[tuple[QRect, AgendaEntry]] = []
        self._days: list[tuple[QRect, date]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_entries(self, entries: list[AgendaEntry], holidays: dict[date, str], today: date) -> None:
        self.entries, self.holidays, self.today = entries, holidays, today
        self.update()

    def entry_at(self, pos: QPoint) -> AgendaEntry | None:
        for rect, entry in reversed(self._hits):
            if rect.contains(pos):
                return entry
        return None

    def day_at(self, pos: QPoint) -> date | None:
        return next((d for rect, d in self._days if rect.contains(pos)), None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        entry = self.entry_at(pos)
        if entry is not None:
            self.session_activated.emit(entry)
        elif (day := self.day_at(pos)) is not None:
            self.day_activated.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        entry = self.entry_at(pos)
        day = self.day_at(pos)
        self.setToolTip(_tooltip(entry) if entry else self.holidays.get(day, "") if day else "")  # names cut short

    def minimumSizeHint(self) -> QSize:
        return QSize(560, 360)

    def _block(self, p: QPainter, rect: QRect, entry: AgendaEntry, text: str) -> None:
        colour = group_colour(entry.target_group)
        if entry.cancelled:
            colour = colour.lighter(115)
        p.fillRect(rect, colour)
        p.setPen(QPen(colour.darker(135)))
        p.drawRect(rect.adjusted(0, 0, -1, -1))
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        font.setStrikeOut(entry.cancelled)
        p.setFont(font)
        p.setPen(QColor("#777777") if entry.cancelled else QColor("#1d1d1d"))
        inner = rect.adjusted(3, 1, -2, -1)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        if rect.height() < 2 * QFontMetrics(font).height():
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            text = QFontMetrics(font).elidedText(text.replace("\n", " "), Qt.TextElideMode.ElideRight, inner.width())
        p.drawText(inner, int(flags), text)
        self._hits.append((rect, entry))


def _fitting(fm: QFontMetrics, width: int, text: str, short: str) -> str:
    """A day's heading whole when it fits, else its short form ("T2 23/11"): never cut."""
    return text if fm.horizontalAdvance(text) <= width else short


def _tooltip(e: AgendaEntry) -> str:
    return (f"{e.class_code} · {e.title}\n{e.starts_at:%d/%m/%Y %H:%M}–{e.ends_at:%H:%M} · {e.venue}\n"
            f"{e.instructors}")


def _label(e: AgendaEntry) -> str:
    return f"{e.starts_at:%H:%M} {e.course_code} · {e.title}"


class MonthView(_Grid):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.month = date.today().replace(day=1)

    def set_month(self, first: date) -> None:
        self.month = first.replace(day=1)
        self.update()

    def first_shown(self) -> date:
        return self.month - timedelta(days=self.month.weekday())

    def last_shown(self) -> date:
        return self.first_shown() + timedelta(days=41)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._hits, self._days = [], []
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        fm = QFontMetrics(self.font())
        line_h = fm.height() + 3
        width, height = self.width(), self.height()
        col_w, row_h = width / 7, (height - HEADER) / 6
        p.setPen(QColor("#444444"))
        xs = [round(c * col_w) for c in range(8)]
        ys = [round(HEADER + r * row_h) for r in range(7)]
        for c in range(7):
            day = self.first_shown() + timedelta(days=c)
            p.drawText(QRect(xs[c], 0, xs[c + 1] - xs[c], HEADER), int(Qt.AlignmentFlag.AlignCenter),
                       _fitting(fm, xs[c + 1] - xs[c] - 4, weekday(day), weekday(day, short=True)))
        by_day: dict[date, list[AgendaEntry]] = {}
        for e in self.entries:
            by_day.setdefault(e.starts_at.date(), []).append(e)
        start = self.first_shown()
        for i in range(42):
            day = start + timedelta(days=i)
            c, r = i % 7, i // 7
            cell = QRect(xs[c], ys[r], xs[c + 1] - xs[c] + 1, ys[r + 1] - ys[r] + 1)
            self._days.append((cell, day))
            background = OUTSIDE if day.month != self.month.month else HOLIDAY if day in self.holidays else None
            if background is not None:
                p.fillRect(cell, background)
            p.setPen(LINE)
            p.drawRect(cell.adjusted(0, 0, -1, -1))
            head = QRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, line_h)
            if day == self.today:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(TODAY)
                p.drawRoundedRect(QRect(head.left() - 2, head.top(), fm.horizontalAdvance("00") + 8, line_h), 4, 4)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QColor("white"))
            else:
                p.setPen(QColor("#999999") if day.month != self.month.month else QColor("#222222"))
            p.drawText(head.adjusted(2, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       str(day.day))
            if day in self.holidays:
                p.setPen(QColor("#8a6d3b"))
                name_rect = head.adjusted(fm.horizontalAdvance("00") + 10, 0, 0, 0)
                p.drawText(name_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                           fm.elidedText(self.holidays[day], Qt.TextElideMode.ElideRight, name_rect.width()))
            entries = by_day.get(day, [])
            room = max(int((cell.height() - line_h - 4) // line_h), 0)
            shown = entries if len(entries) <= room else entries[:max(room - 1, 0)]
            top = cell.top() + line_h + 2
            for e in shown:
                self._block(p, QRect(cell.left() + 2, top, cell.width() - 5, line_h - 1), e, _label(e))
                top += line_h
            if len(shown) < len(entries):
                p.setPen(QColor("#333333"))
                p.setFont(self.font())
                more = self.tr("+%1 more").replace("%1", str(len(entries) - len(shown)))
                p.drawText(QRect(cell.left() + 4, top, cell.width() - 8, line_h),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), more)
        p.end()


class WeekView(_Grid):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.monday = date.today() - timedelta(days=date.today().weekday())

    def set_week(self, any_day: date) -> None:
        self.monday = any_day - timedelta(days=any_day.weekday())
        self.update()

    def hours(self) -> tuple[int, int]:
        first, last = 7, 22
        for e in self.entries:
            first = min(first, e.starts_at.hour)
            last = max(last, e.ends_at.hour + (1 if e.ends_at.minute else 0))
        return first, min(max(last, first + 1), 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._hits, self._days = [], []
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        fm = QFontMetrics(self.font())
        gutter = fm.horizontalAdvance("00:00") + 10
        first, last = self.hours()
        head_h = HEADER + fm.height() + 4
        col_w = (self.width() - gutter) / 7
        hour_h = (self.height() - head_h) / (last - first)
        for c in range(7):
            day = self.monday + timedelta(days=c)
            column = QRect(int(gutter + c * col_w), 0, int(col_w) + 1, self.height())
            self._days.append((column, day))
            if day in self.holidays:
                p.fillRect(column, HOLIDAY)
            p.setPen(TODAY if day == self.today else QColor("#333333"))
            font = QFont(self.font())
            font.setBold(day == self.today)
            p.setFont(font)
            p.drawText(QRect(column.left(), 0, column.width(), HEADER), int(Qt.AlignmentFlag.AlignCenter),
                       _fitting(QFontMetrics(font), column.width() - 4, f"{weekday(day)} {day:%d/%m}",
                                f"{weekday(day, short=True)} {day:%d/%m}"))
            if day in self.holidays:
                p.setPen(QColor("#8a6d3b"))
                p.drawText(QRect(column.left() + 2, HEADER - 2, column.width() - 4, fm.height()),
                           int(Qt.AlignmentFlag.AlignCenter),
                           fm.elidedText(self.holidays[day], Qt.TextElideMode.ElideRight, column.width() - 4))
        p.setFont(self.font())
        for h in range(first, last + 1):
            y = int(head_h + (h - first) * hour_h)
            p.setPen(LINE)
            p.drawLine(gutter, y, self.width(), y)
            p.setPen(QColor("#666666"))
            if h < last:
                p.drawText(QRect(0, y, gutter - 4, fm.height()), int(Qt.AlignmentFlag.AlignRight), f"{h:02d}:00")
        for c in range(8):
            x = int(gutter + c * col_w)
            p.setPen(LINE)
            p.drawLine(x, HEADER, x, self.height())
        for day_index in range(7):
            day = self.monday + timedelta(days=day_index)
            todays = [e for e in self.entries if e.starts_at.date() == day]
            for e, lane, lanes in _lanes(todays):
                top = head_h + (e.starts_at.hour + e.starts_at.minute / 60 - first) * hour_h
                bottom = head_h + (e.ends_at.hour + e.ends_at.minute / 60 - first) * hour_h
                lane_w = (col_w - 6) / lanes
                rect = QRect(int(gutter + day_index * col_w + 3 + lane * lane_w), int(top) + 1,
                             max(int(lane_w) - 2, 4), max(int(bottom - top) - 2, fm.height()))
                text = f"{e.starts_at:%H:%M}–{e.ends_at:%H:%M} {e.course_code}\n{e.venue}\n{e.title}"
                self._block(p, rect, e, text)
        p.end()


def _lanes(entries: list[AgendaEntry]) -> list[tuple[AgendaEntry, int, int]]:
    """Side-by-side lanes for overlapping sessions of one day."""
    placed: list[tuple[AgendaEntry, int]] = []
    ends: list = []
    for e in sorted(entries, key=lambda x: (x.starts_at, x.ends_at)):
        lane = next((i for i, end in enumerate(ends) if end <= e.starts_at), None)
        if lane is None:
            ends.append(e.ends_at)
            lane = len(ends) - 1
        else:
            ends[lane] = e.ends_at
        placed.append((e, lane))
    lanes = max(len(ends), 1)
    return [(e, lane, lanes) for e, lane in placed]
