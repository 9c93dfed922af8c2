"""One session at a time: move or add (a date, times and a venue), cancel, and whom to tell."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTableWidget, QTableWidgetItem,
    QTimeEdit, QVBoxLayout, QWidget,
)

from classroom.scheduling import Notice
from models import LOCAL_TZ

from ..dates import DateField
from .combo import choose_data, chosen
from .rule_form import pydate, pytime, qdate
from .words import time_span


class SessionTimeDialog(QDialog):
    """A day, a start and an end time and a venue: for moving a session or adding one."""

    def __init__(self, title: str, starts_at: datetime, ends_at: datetime, venues: list[tuple[int, str]],
                 venue_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.day = DateField(qdate(starts_at.date()))  # typed whole (26012027) or chosen on a calendar
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start = QTimeEdit(QTime(starts_at.hour, starts_at.minute))
        self.end = QTimeEdit(QTime(ends_at.hour, ends_at.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.venue = QComboBox()
        for vid, name in venues:
            self.venue.addItem(name, vid)
        choose_data(self.venue, venue_id)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a12622;")
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Ends"), self.end)
        form.addRow(self.tr("Venue"), self.venue)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def times(self) -> tuple[datetime, datetime]:
        day = pydate(self.day.date())
        return (datetime.combine(day, pytime(self.start.time()), LOCAL_TZ),
                datetime.combine(day, pytime(self.end.time()), LOCAL_TZ))

    def venue_id(self) -> int | None:
        return chosen(self.venue)


class CancelDialog(QDialog):
    def __init__(self, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel a session"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (told to the participants): rain, power cut …"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Cancel the session"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cancel the session of %1?").replace("%1", when)))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)


class NoticeDialog(QDialog):
    """The people to tell of a moved, cancelled or added session, with their phones."""

    def __init__(self, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tell the participants"))
        self.resize(520, 420)
        when = time_span(notice.starts_at, notice.ends_at)
        if notice.action == "moved":
            head = self.tr("Class %1: the session of %2 moves to %3.").replace("%1", notice.class_code) \
                .replace("%2", time_span(notice.previous_starts_at, None)).replace("%3", when)
        elif notice.action == "cancelled":
            head = self.tr("Class %1: the session of %2 is cancelled.").replace("%1", notice.class_code) \
                .replace("%2", when)
        else:
            head = self.tr("Class %1: a session is added on %2.").replace("%1", notice.class_code).replace("%2", when)
        label = QLabel(head)
        label.setWordWrap(True)
        label.setObjectName("noticeHead")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        if notice.holiday:
            holiday = QLabel(self.tr("Note: that day is a holiday (%1).").replace("%1", notice.holiday))
            holiday.setStyleSheet("color: #8a6d3b;")
            layout.addWidget(holiday)
        count = QLabel(self.tr("%1 people to tell:").replace("%1", str(len(notice.people))))
        self.table = QTableWidget(len(notice.people), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Phone")])
        for row, person in enumerate(notice.people):
            self.table.setItem(row, 0, QTableWidgetItem(person.full_name))
            self.table.setItem(row, 1, QTableWidgetItem(person.phone or self.tr("(no phone)")))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy the list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Names and phone numbers, one person a line, to paste into a message"))
        lines = [head] + [f"{p.full_name}\t{p.phone or ''}" for p in notice.people]
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText("\n".join(lines)))
        buttons.rejected.connect(self.reject)
        layout.addWidget(count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
