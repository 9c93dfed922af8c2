"""The officer's own days off (local festivals, harvest weeks), beside the public holidays they
join: scheduling skips both. A day or a range, typed as people write dates, and the reason."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom.calendar import holidays_between
from classroom.days_off import DaysOff, add_days_off, list_days_off, remove_days_off
from models import now_local

from ..changes import COMMUNE
from ..empty_state import EmptySwitch, hint_in_place
from ..ops import Ops
from ..schedule.preview import ui_language
from ..schedule.words import weekday
from .words import describe


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, cells: list[list[str]]) -> None:
    table.setRowCount(len(cells))
    for r, line in enumerate(cells):
        for c, text in enumerate(line):
            table.setItem(r, c, QTableWidgetItem(text))


class DaysOffPanel(QWidget):
    """The commune's days off and the public holidays. What it changes is told on ``Ops.changed``
    (``COMMUNE``: the calendar shows days off)."""

    SHOWS = COMMUNE

    def __init__(self, ops: Ops, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daysOffPanel")
        self.ops = ops
        self.today = today or now_local().date()
        self.ranges: list[DaysOff] = []
        title = QLabel(self.tr("Days off"), objectName="panelTitle")
        intro = QLabel(self.tr("No class is planned on public holidays nor on the commune's own days off: a local "
                               "festival, a harvest week. Sessions already planned on a new day off stay where they "
                               "are: move them from the class."))
        intro.setWordWrap(True)
        self.own = _table([self.tr("From"), self.tr("To"), self.tr("Days"), self.tr("Reason")], "daysOffTable")
        self.remove_button = QPushButton(self.tr("Remove the chosen days off"), objectName="removeDaysOff")
        self.start, self.end, self.reason = (QLineEdit(objectName="dayOffStart"), QLineEdit(objectName="dayOffEnd"),
                                             QLineEdit(objectName="dayOffReason"))
        self.start.setPlaceholderText(self.tr("e.g. 05/10/2026"))
        self.end.setPlaceholderText(self.tr("empty for a single day"))
        self.reason.setPlaceholderText(self.tr("e.g. Mùa gặt, Lễ hội làng"))
        self.add_button = QPushButton(self.tr("Add"), objectName="addDaysOff")
        self.message = QLabel(objectName="daysOffMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a12622;")
        form_box = QGroupBox(self.tr("New days off"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("From (dd/mm/yyyy):"), self.start)
        form.addRow(self.tr("To (dd/mm/yyyy):"), self.end)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow("", self.add_button)
        form.addRow(self.message)
        self.public = _table([self.tr("Day"), self.tr("Public holiday")], "publicHolidays")
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>" + self.tr("The commune’s days off") + "</b>"))
        left.addWidget(self.own, 1)
        left.addWidget(self.remove_button)
        left.addWidget(form_box)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + self.tr("Public holidays in the next 12 months") + "</b>"))
        right.addWidget(self.public, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        self.empty: EmptySwitch = hint_in_place(
            left, self.own, self.tr("No day off of the commune's own yet. Type the first day (and the last, for a "
                                    "range) and the reason below: a local festival, a harvest week."),
            self.tr("Type the first day"), lambda: self.start.setFocus())
        self.add_button.clicked.connect(self.add)
        self.reason.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.own.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.own.selectedIndexes())))
        self.remove_button.setEnabled(False)

    def reload(self) -> None:
        start, language = self.today - timedelta(days=31), ui_language()

        def load(session: Session) -> tuple[list[DaysOff], dict[date, str]]:
            end = self.today + timedelta(days=365)
            own = list_days_off(session, start)
            official = holidays_between(None, self.today, end, language)
            return own, official
        self.ops.query(load, self._show)

    def _show(self, loaded: tuple[list[DaysOff], dict[date, str]]) -> None:
        self.ranges, official = loaded
        _fill(self.own, [[f"{weekday(r.start, short=True)} {r.start:%d/%m/%Y}",
                          "" if r.end == r.start else f"{weekday(r.end, short=True)} {r.end:%d/%m/%Y}",
                          str(r.days), r.reason] for r in self.ranges])
        self.empty.set_empty(not self.ranges)
        _fill(self.public, [[f"{weekday(d, short=True)} {d:%d/%m/%Y}", name] for d, name in sorted(official.items())])
        self.remove_button.setEnabled(bool(self.own.selectedIndexes()))

    def add(self) -> None:
        self.message.clear()
        start, end, reason, actor = self.start.text(), self.end.text(), self.reason.text(), self.ops.actor
        self.ops.mutate(lambda s: add_days_off(s, start, end, reason, actor=actor), self._added,
                        lambda exc: self.message.setText(describe(exc)), changes=COMMUNE, origin=self)

    def _added(self, _added: Any) -> None:
        for field in (self.start, self.end, self.reason):
            field.clear()
        self.reload()

    def remove(self) -> None:
        rows = {i.row() for i in self.own.selectedIndexes()}
        if not rows:
            return
        chosen = self.ranges[min(rows)]
        actor = self.ops.actor
        self.ops.mutate(lambda s: remove_days_off(s, chosen.start, chosen.end, actor=actor),
                        lambda _n: self.reload(), changes=COMMUNE, origin=self)
