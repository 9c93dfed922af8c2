"""The commune's calendar: today's and this week's sessions first, then week and month views,
filtered by venue, instructor, village and target group. A session opens its class."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from classroom.calendar import holidays_between
from classroom.scheduling import AgendaEntry, agenda, list_instructors, list_venues
from models import TargetGroup, Village, now_local

from ..changes import CLASSES, COMMUNE, PLACES
from ..ops import Ops
from ..words import value_word
from .calendar_view import MonthView, WeekView
from .combo import choose_data, chosen
from .preview import ui_language
from .session_list import SessionList
from .words import GROUP_COLOURS, weekday


GROUP_ORDER = {str(g): i for i, g in enumerate(TargetGroup)}


@dataclass
class Period:
    entries: list[AgendaEntry]
    holidays: dict[date, str]


@dataclass
class FilterChoices:
    venues: list[tuple[int, str]]
    instructors: list[tuple[int, str]]
    villages: list[tuple[int, str]]


def load_period(session: Session, start: date, end: date, language: str) -> Period:
    return Period(agenda(session, start, end), holidays_between(session, start, end, language))


def load_filters(session: Session) -> FilterChoices:
    return FilterChoices([(v.id, v.name) for v in list_venues(session)],
                         [(i.id, i.full_name) for i in list_instructors(session)],
                         [(v.id, v.name) for v in session.execute(select(Village.id, Village.name)
                                                                  .order_by(Village.name))])


class CalendarPanel(QWidget):
    SHOWS = CLASSES | PLACES | COMMUNE  # sessions, their venues and instructors, days off

    def __init__(self, ops: Ops, open_class: Callable[[int], None], today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPanel")
        self.ops, self.open_class = ops, open_class
        self.today = today or now_local().date()
        self.anchor = self.today
        self.period = Period([], {})
        self.this_week = Period([], {})

        title = QLabel(self.tr("Calendar"))
        title.setObjectName("panelTitle")
        self.today_button = QPushButton(self.tr("Today"))
        self.prev_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.week_button, self.month_button = QPushButton(self.tr("Week")), QPushButton(self.tr("Month"))
        self.mode = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            self.mode.addButton(button)
        self.week_button.setChecked(True)
        self.venue, self.instructor, self.village, self.group = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.group.addItem(self.tr("All target groups"))
        for value in TargetGroup:
            self.group.addItem(value_word(value), str(value))
        self.group.view().setMinimumWidth(self.group.view().sizeHintForColumn(0) + 24)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        for w in (self.today_button, self.prev_button, self.next_button, self.period_label):
            top.addWidget(w)
        top.addStretch(1)
        self.legend = QLabel()  # on the filters' row, wrapping: as many groups as there are never widen the window
        self.legend.setObjectName("groupLegend")
        self.legend.setWordWrap(True)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.week_button)
        top.addWidget(self.month_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for combo in (self.venue, self.instructor, self.village, self.group):
            # A long venue or instructor name must not widen the window past a 1366-pixel screen:
            # the box keeps a set width, its list opens as wide as the names.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._show)
        filters.addWidget(self.legend, 1)

        self.today_list, self.week_list = SessionList(), SessionList()
        self.today_list.setObjectName("todayList")
        self.week_list.setObjectName("weekList")
        self.today_title, self.week_title = QLabel(), QLabel()
        side = QVBoxLayout()
        for label, box in ((self.today_title, self.today_list), (self.week_title, self.week_list)):
            label.setObjectName("sideTitle")
            side.addWidget(label)
            side.addWidget(box, 1 if box is self.week_list else 0)
            box.itemDoubleClicked.connect(self._open_item)
        self.today_list.setMaximumHeight(190)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(300)
        side.setContentsMargins(0, 0, 0, 0)

        self.week_view, self.month_view = WeekView(), MonthView()
        self.views = QStackedWidget()
        self.views.addWidget(self.week_view)
        self.views.addWidget(self.month_view)
        for view in (self.week_view, self.month_view):
            view.session_activated.connect(lambda e: self.open_class(e.class_id))
        self.month_view.day_activated.connect(self._show_week_of)

        body = QHBoxLayout()
        body.addWidget(side_box)
        body.addWidget(self.views, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(body, 1)

        self.today_button.clicked.connect(lambda: self._go(self.today))
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.mode.buttonToggled.connect(lambda _b, on: on and self.reload())
        self._filters: tuple[object, ...] = (None, None, None, None)
        self._fill_filters(FilterChoices([], [], []))

    # -- loading
    def reload(self) -> None:
        """Load the filters, this week and the period on screen."""
        language = ui_language()
        self.ops.query(load_filters, self._fill_filters)
        monday = self.today - timedelta(days=self.today.weekday())
        self.ops.query(lambda s: load_period(s, monday, monday + timedelta(days=6), language), self._got_week)
        start, end = self.shown_range()
        self.ops.query(lambda s: load_period(s, start, end, language), self._got_period)

    def shown_range(self) -> tuple[date, date]:
        if self.month_button.isChecked():
            self.month_view.set_month(self.anchor)
            return self.month_view.first_shown(), self.month_view.last_shown()
        monday = self.anchor - timedelta(days=self.anchor.weekday())
        return monday, monday + timedelta(days=6)

    def _fill_filters(self, choices: FilterChoices) -> None:
        for combo, everything, items in ((self.venue, self.tr("All venues"), choices.venues),
                                         (self.instructor, self.tr("All instructors"), choices.instructors),
                                         (self.village, self.tr("All villages"), choices.villages)):
            before = chosen(combo, first_means_none=True)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything)  # no data: see combo.py
            for key, name in items:
                combo.addItem(name, key)
            choose_data(combo, before)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.blockSignals(False)

    def _got_week(self, period: Period) -> None:
        self.this_week = period
        self._show()

    def _got_period(self, period: Period) -> None:
        self.period = period
        self._show()

    # -- showing
    def keep(self, e: AgendaEntry) -> bool:
        venue, teacher, village, group = self._filters
        return ((venue is None or e.venue_id == venue) and (teacher is None or teacher in e.instructor_ids)
                and (village is None or e.village_id == village) and (group is None or e.target_group == group))

    def _show(self) -> None:
        self._filters = tuple(chosen(c, first_means_none=True) for c in (self.venue, self.instructor, self.village,
                                                                        self.group))
        shown = [e for e in self.period.entries if self.keep(e)]
        if self.month_button.isChecked():
            self.views.setCurrentWidget(self.month_view)
            self.month_view.set_entries(shown, self.period.holidays, self.today)
            self.period_label.setText(self.tr("Month %1").replace("%1", f"{self.anchor:%m/%Y}"))
        else:
            self.views.setCurrentWidget(self.week_view)
            self.week_view.set_week(self.anchor)
            self.week_view.set_entries(shown, self.period.holidays, self.today)
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            self.period_label.setText(f"{monday:%d/%m} – {monday + timedelta(days=6):%d/%m/%Y}")
        groups = sorted({e.target_group for e in shown}, key=lambda g: GROUP_ORDER.get(g, len(GROUP_ORDER)))
        self.legend.setText("  ".join(f'<span style="background:{GROUP_COLOURS.get(g, "#eee")};">&nbsp;&nbsp;&nbsp;&nbsp;'
                                      f'</span>&nbsp;{value_word(g)}' for g in groups))
        week = [e for e in self.this_week.entries if self.keep(e)]
        todays = [e for e in week if e.starts_at.date() == self.today]
        self.today_title.setText(self.tr("Today, %1 %2 — sessions: %3").replace("%1", weekday(self.today))
                                 .replace("%2", f"{self.today:%d/%m/%Y}").replace("%3", str(len(todays))))
        self.week_title.setText(self.tr("This week — sessions: %1").replace("%1", str(len(week))))
        self.today_list.show_entries(todays, with_day=False, empty=self.tr("No session today."))
        self.week_list.show_entries(week, with_day=True)

    def _open_item(self, item: QListWidgetItem) -> None:
        class_id = item.data(Qt.ItemDataRole.UserRole)  # 0 on the "no session" line
        if class_id:
            self.open_class(int(class_id))

    def _go(self, day: date) -> None:
        self.anchor = day
        self.reload()

    def _step(self, direction: int) -> None:
        if self.month_button.isChecked():
            month = self.anchor.replace(day=1) + timedelta(days=32 * direction if direction > 0 else -1)
            self._go(month.replace(day=1))
        else:
            self._go(self.anchor + timedelta(weeks=direction))

    def _show_week_of(self, day: date) -> None:
        self.anchor = day
        self.week_button.setChecked(True)

