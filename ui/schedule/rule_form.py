"""The session rule in plain terms: which days, what time, from when, and for how long."""
from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QRadioButton, QSpinBox,
    QTimeEdit, QWidget,
)

from classroom.scheduling import MAX_DATES, PARTS_OF_DAY, PlainRule

from ..dates import DateField
from .words import weekday

PARTS = ["morning", "afternoon", "evening"]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class RuleForm(QWidget):
    """Emits ``changed`` on every edit; ``plain()`` gives the rule as the officer stated it."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = [QCheckBox(weekday(date(2024, 1, 1 + i), short=True)) for i in range(7)]  # 1/1/2024: a Monday
        day_row = QHBoxLayout()
        for box in self.days:
            day_row.addWidget(box)
        self.every_day_hint = QLabel(self.tr("No day ticked: every day."))
        self.every_day_hint.setObjectName("hint")
        day_row.addStretch(1)

        self.part = QComboBox()
        self.part.addItems([self.tr("Morning"), self.tr("Afternoon"), self.tr("Evening"), self.tr("Other time")])
        self.start_time = QTimeEdit(QTime(8, 0))
        self.end_time = QTimeEdit(QTime(10, 0))
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat("HH:mm")
        time_row = QHBoxLayout()
        time_row.addWidget(self.part)
        time_row.addWidget(QLabel(self.tr("from")))
        time_row.addWidget(self.start_time)
        time_row.addWidget(QLabel(self.tr("to")))
        time_row.addWidget(self.end_time)
        time_row.addStretch(1)

        self.start_date = DateField(qdate(today))  # typed whole (26012027) or chosen on a calendar
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("dd/MM/yyyy")
        self.by_count = QRadioButton(self.tr("Number of sessions"))
        self.by_weeks = QRadioButton(self.tr("For (weeks)"))
        self.by_end = QRadioButton(self.tr("Until"))
        self.length = QButtonGroup(self)
        for button in (self.by_count, self.by_weeks, self.by_end):
            self.length.addButton(button)
        self.count = QSpinBox(minimum=1, maximum=MAX_DATES, value=8)
        self.weeks = QSpinBox(minimum=1, maximum=MAX_DATES, value=4)
        self.end_date = DateField(qdate(today).addDays(27))
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat("dd/MM/yyyy")
        self.by_count.setChecked(True)
        self.keep_holidays = QCheckBox(self.tr("Also on holidays"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Days")), 0, 0)
        grid.addLayout(day_row, 0, 1, 1, 3)
        grid.addWidget(self.every_day_hint, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Time")), 2, 0)
        grid.addLayout(time_row, 2, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("First day")), 3, 0)
        grid.addWidget(self.start_date, 3, 1)
        grid.addWidget(self.by_count, 4, 0)
        grid.addWidget(self.count, 4, 1)
        grid.addWidget(self.by_weeks, 5, 0)
        grid.addWidget(self.weeks, 5, 1)
        grid.addWidget(self.by_end, 6, 0)
        grid.addWidget(self.end_date, 6, 1)
        grid.addWidget(self.keep_holidays, 7, 0, 1, 3)
        grid.setColumnStretch(3, 1)

        self.part.currentIndexChanged.connect(self._part_chosen)
        for box in self.days:
            box.toggled.connect(self._edited)
        for edit in (self.start_time, self.end_time):
            edit.timeChanged.connect(self._time_edited)
        for date_edit in (self.start_date, self.end_date):
            date_edit.dateChanged.connect(self._edited)
        for spin in (self.count, self.weeks):
            spin.valueChanged.connect(self._edited)
        self.count.valueChanged.connect(lambda _v: self.by_count.setChecked(True))
        self.weeks.valueChanged.connect(lambda _v: self.by_weeks.setChecked(True))
        self.end_date.dateChanged.connect(lambda _d: self._following or self.by_end.setChecked(True))
        self.start_date.dateChanged.connect(self._end_follows)
        self._following = False
        self.length.buttonToggled.connect(self._edited)
        self.keep_holidays.toggled.connect(self._edited)
        self._setting_part = False
        self._update_enabled()

    def _end_follows(self, start: QDate) -> None:
        """Until the officer picks the last day, it stays four weeks after the first."""
        if not self.by_end.isChecked():
            self._following = True
            self.end_date.setDate(start.addDays(27))
            self._following = False

    def set_part_of_day(self, part: str) -> None:
        self.part.setCurrentIndex(PARTS.index(part))

    def set_weekdays(self, days: set[int]) -> None:
        for i, box in enumerate(self.days):
            box.setChecked(i in days)

    def _part_chosen(self, index: int) -> None:
        if index < len(PARTS):
            start, end = PARTS_OF_DAY[PARTS[index]]
            self._setting_part = True
            self.start_time.setTime(QTime(start.hour, start.minute))
            self.end_time.setTime(QTime(end.hour, end.minute))
            self._setting_part = False
        self._edited()

    def _time_edited(self) -> None:
        if not self._setting_part:
            chosen = (pytime(self.start_time.time()), pytime(self.end_time.time()))
            match = [i for i, p in enumerate(PARTS) if PARTS_OF_DAY[p] == chosen]
            self.part.blockSignals(True)
            self.part.setCurrentIndex(match[0] if match else len(PARTS))
            self.part.blockSignals(False)
            self._edited()

    def _edited(self, *_args: object) -> None:
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        self.every_day_hint.setVisible(not any(b.isChecked() for b in self.days))

    def plain(self) -> PlainRule:
        days = frozenset(i for i, box in enumerate(self.days) if box.isChecked())
        return PlainRule(
            pydate(self.start_date.date()), pytime(self.start_time.time()), pytime(self.end_time.time()), days,
            sessions=self.count.value() if self.by_count.isChecked() else None,
            weeks=self.weeks.value() if self.by_weeks.isChecked() else None,
            end_date=pydate(self.end_date.date()) if self.by_end.isChecked() else None)
