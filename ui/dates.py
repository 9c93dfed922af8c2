"""A date field that takes typing: 26012027, 26/01/2027, 26-1-2027, after a single click.

Qt's QDateEdit wants the cursor in the right section and steps through day, month and year;
an officer copying dates from paper types them whole. ``DateField`` is a line (all of it
selected when clicked, so typing replaces it) with a calendar button beside it. What is
typed is read when the field is left or Enter is pressed: a real day is shown as dd/mm/yyyy;
anything else (31/02/2027, 26/13/2027, 2601) is refused with a sentence under the field
saying why, and the field goes back to the day it held. It offers QDateEdit's calls the
screens use: ``date()``, ``setDate()``, ``dateChanged``.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget, QWidgetAction,
)

_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})\s*$")
_RUN = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


class DateProblem(ValueError):
    """Why a typed text is not a day: ``kind`` unreadable | no_month | no_such_day."""

    def __init__(self, kind: str, text: str, day: int = 0, month: int = 0, year: int = 0) -> None:
        super().__init__(kind)
        self.kind, self.text, self.day, self.month, self.year = kind, text, day, month, year


def read_day(text: str) -> date:
    """The day written as dd/mm/yyyy (or with - . or space between), or as the eight digits ddmmyyyy."""
    found = _SEPARATED.match(text) or _RUN.match(text)
    if found is None:
        raise DateProblem("unreadable", text.strip())
    day, month, year = (int(x) for x in found.groups())
    if not 1 <= month <= 12:
        raise DateProblem("no_month", text.strip(), day, month, year)
    if not 1 <= year or not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateProblem("no_such_day", text.strip(), day, month, year)
    return date(year, month, day)


def describe(problem: DateProblem) -> str:
    """One sentence for the person: what was typed, and why it is not a day."""
    if problem.kind == "no_month":
        return QCoreApplication.translate("DateField", "“%1” is not a date: there is no month %2.").replace(
            "%1", problem.text).replace("%2", str(problem.month))
    if problem.kind == "no_such_day":
        days = calendar.monthrange(problem.year, problem.month)[1] if problem.year >= 1 else 0
        return QCoreApplication.translate("DateField", "“%1” is not a date: %2/%3 has %4 days.").replace(
            "%1", problem.text).replace("%2", f"{problem.month:02d}").replace("%3", str(problem.year)).replace(
            "%4", str(days))
    return QCoreApplication.translate("DateField", "Cannot read “%1” as a date: type it as 26/01/2027 or 26012027.") \
        .replace("%1", problem.text)


class _Line(QLineEdit):
    """Selects all of itself when clicked into: typing then replaces the date."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # after the click has placed the cursor

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        had_focus = self.hasFocus()
        super().mousePressEvent(event)
        if not had_focus:
            self.selectAll()


class DateField(QWidget):
    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._date = value if value is not None and value.isValid() else QDate.currentDate()
        self.edit = _Line()
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd/mm/yyyy"))
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/.\- ]{0,12}"), self.edit))
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.button = QToolButton()
        self.button.setObjectName("calendarButton")
        self.button.setText("▾")
        self.button.setToolTip(QCoreApplication.translate("DateField", "Choose on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(lambda: self.calendar.setSelectedDate(self._date))
        self.calendar.clicked.connect(lambda day: (menu.close(), self.setDate(day)))
        self.button.setMenu(menu)
        self.message = QLabel()
        self.message.setObjectName("dateMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#a12622;")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.read_typed)
        self._show()

    def date(self) -> QDate:
        return self._date

    def setDate(self, value: QDate) -> None:  # noqa: N802 - QDateEdit's name
        self.message.hide()
        if not value.isValid():
            self._show()
            return
        changed = value != self._date
        self._date = value
        self._show()
        if changed:
            self.dateChanged.emit(value)

    def text(self) -> str:
        return self.edit.text()

    def read_typed(self) -> bool:
        """Take what was typed; a text that is no day is refused, said under the field, and undone."""
        typed = self.edit.text()
        if typed.strip() == self._date.toString("dd/MM/yyyy"):
            self.message.hide()
            return True
        try:
            day = read_day(typed)
        except DateProblem as problem:
            self.message.setText(describe(problem) + " " + QCoreApplication.translate(
                "DateField", "The date stays %1.").replace("%1", self._date.toString("dd/MM/yyyy")))
            self.message.show()
            self._show()
            return False
        self.setDate(QDate(day.year, day.month, day.day))
        return True

    def _show(self) -> None:
        self.edit.setText(self._date.toString("dd/MM/yyyy"))

    def setCalendarPopup(self, _on: bool) -> None:  # noqa: N802 - QDateEdit's call: the button is always there
        pass

    def setDisplayFormat(self, _text: str) -> None:  # noqa: N802 - QDateEdit's call: always dd/mm/yyyy
        pass


__all__ = ["DateField", "DateProblem", "describe", "read_day"]
