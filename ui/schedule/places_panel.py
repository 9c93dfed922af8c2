"""The commune's lists: villages, venues, instructors and courses. Venues and instructors have a
form to add or edit, delete when no class uses them, and beside each list what the officer asks
about: a venue's week, an instructor's next sessions. Every list can rename, merge and retire
(``ui.setup.lists``); an empty list says what to do next."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom.scheduling import (
    AgendaEntry, InstructorRow, VenueRow, delete_instructor, delete_venue, instructor_upcoming, list_instructors,
    list_venues, venue_week,
)
from classroom.directory import VillageRow, list_village_rows
from classroom.scheduling import CourseRow, list_courses
from models import now_local

from ..changes import CLASSES, PLACES
from ..empty_state import EmptySwitch, hint_in_place
from ..ops import Ops
from ..setup.lists import CoursesTab, ListActions, VillagesTab
from .place_dialogs import InstructorDialog, VenueDialog
from .session_list import SessionList
from .words import describe


class PlaceTab(QWidget):
    """A table of rows, New/Edit/Delete, and a list of sessions for the chosen row."""

    # What each tab (venues, instructors) does its own way: its form, its sessions, deleting.
    open_form: Callable[[Any], None]
    show_sessions: Callable[[Any], None]
    delete: Callable[[], None]

    def __init__(self, ops: Ops, headers: list[str], side_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.rows: list[Any] = []
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name
        self.table.verticalHeader().hide()
        self.new_button, self.edit_button = QPushButton(QCoreApplication.translate("PlacesPanel", "New…")), QPushButton(QCoreApplication.translate("PlacesPanel", "Edit…"))
        self.delete_button = QPushButton(QCoreApplication.translate("PlacesPanel", "Delete"))
        self.buttons = buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.side_title = QLabel(side_title)
        self.side_title.setObjectName("sideTitle")
        self.side_nav = QHBoxLayout()
        self.sessions = SessionList()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        right.addWidget(self.side_title)
        right.addLayout(self.side_nav)
        right.addWidget(self.sessions, 1)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.dialog: Any = None
        self.empty: EmptySwitch | None = None
        self.list_actions: ListActions | None = None

    def add_list_actions(self, kind: str, changed: Callable[[], None], hint: str, hint_button: str) -> None:
        """Merge and retire beside New/Edit/Delete, and what an empty list says."""
        self.list_actions = ListActions(self.ops, kind, self.current, lambda: self.rows, changed, with_rename=False)
        self.buttons.insertWidget(3, self.list_actions)
        self.empty = hint_in_place(self.layout(), self.table, hint, hint_button, lambda: self.open_form(None))

    def set_rows(self, rows: list[Any], cells: list[list[str]]) -> None:
        chosen = self.current()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, line in enumerate(cells):
            for c, text in enumerate(line):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        ids = [row.id for row in rows]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        if self.empty is not None:
            self.empty.set_empty(not rows)
        self._chosen()

    def current(self) -> Any:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows and min(rows) < len(self.rows) else None

    def _chosen(self) -> None:
        row = self.current()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and row.classes == 0)
        self.delete_button.setToolTip("" if row is None or row.classes == 0 else QCoreApplication.translate("PlacesPanel", "Used by classes: cannot be deleted"))
        if self.list_actions is not None:
            self.list_actions.update_buttons()
        self.show_sessions(row)

    def show_entries(self, entries: list[AgendaEntry], empty: str) -> None:
        self.sessions.show_entries(entries, with_day=True, empty=empty)

    def edit(self) -> None:
        if self.current() is not None:
            self.open_form(self.current())



class VenuesTab(PlaceTab):
    def __init__(self, ops: Ops, today: date, reload: Any) -> None:
        super().__init__(ops, [QCoreApplication.translate("PlacesPanel", "Venue"), QCoreApplication.translate("PlacesPanel", "Village"), QCoreApplication.translate("PlacesPanel", "Seats"), QCoreApplication.translate("PlacesPanel", "Computers"), QCoreApplication.translate("PlacesPanel", "Classes")], "")
        self.today, self.monday, self.reload = today, today - timedelta(days=today.weekday()), reload
        self.villages: list[tuple[int, str]] = []
        self.prev_week, self.next_week = QPushButton("◀"), QPushButton("▶")
        for button in (self.prev_week, self.next_week):
            button.setFixedWidth(36)
        self.side_nav.addWidget(self.prev_week)
        self.side_nav.addWidget(self.next_week)
        self.side_nav.addStretch(1)
        self.prev_week.clicked.connect(lambda: self._step(-1))
        self.next_week.clicked.connect(lambda: self._step(1))

    def fill(self, rows: list[VenueRow]) -> None:
        self.set_rows(rows, [[v.name + ("" if v.active else QCoreApplication.translate("PlacesPanel", " (not in use)")), v.village, str(v.capacity),
                              str(v.computers), str(v.classes)] for v in rows])

    def _step(self, weeks: int) -> None:
        self.monday += timedelta(weeks=weeks)
        self.show_sessions(self.current())

    def show_sessions(self, row: VenueRow | None) -> None:
        end = self.monday + timedelta(days=6)
        self.side_title.setText(QCoreApplication.translate("PlacesPanel", "Week %1 – %2").replace("%1", f"{self.monday:%d/%m}").replace("%2", f"{end:%d/%m/%Y}"))
        if row is None:
            self.sessions.clear()
            return
        monday, venue_id = self.monday, row.id
        self.ops.query(lambda s: venue_week(s, venue_id, monday),
                       lambda entries: self.show_entries(entries, QCoreApplication.translate("PlacesPanel", "No session at this venue this week.")))

    def open_form(self, row: VenueRow | None) -> None:
        self.dialog = VenueDialog(self.ops, self.villages, row, self)
        self.dialog.saved.connect(lambda _r: self.reload())
        self.dialog.open()

    def delete(self) -> None:
        row = self.current()
        if row is not None:
            venue_id = row.id
            self.ops.mutate(lambda s: delete_venue(s, venue_id, actor=self.ops.actor), lambda _r: self.reload(),
                            changes=PLACES, origin=self, on_failure=lambda exc: QMessageBox.warning(self, QCoreApplication.translate("PlacesPanel", "Not deleted"), describe(exc)))


class InstructorsTab(PlaceTab):
    def __init__(self, ops: Ops, today: date, reload: Any) -> None:
        super().__init__(ops, [QCoreApplication.translate("PlacesPanel", "Full name"), QCoreApplication.translate("PlacesPanel", "Comes from"), QCoreApplication.translate("PlacesPanel", "Phone"), QCoreApplication.translate("PlacesPanel", "Classes")],
                         QCoreApplication.translate("PlacesPanel", "Next sessions"))
        self.today, self.reload = today, reload

    def fill(self, rows: list[InstructorRow]) -> None:
        self.set_rows(rows, [[i.full_name + ("" if i.active else QCoreApplication.translate("PlacesPanel", " (not teaching)")), i.organisation_name,
                              i.phone or "", str(i.classes)] for i in rows])

    def show_sessions(self, row: InstructorRow | None) -> None:
        if row is None:
            self.sessions.clear()
            return
        today, instructor_id = self.today, row.id
        self.ops.query(lambda s: instructor_upcoming(s, instructor_id, today),
                       lambda entries: self.show_entries(entries, QCoreApplication.translate("PlacesPanel", "No session in the next 60 days.")))

    def open_form(self, row: InstructorRow | None) -> None:
        self.dialog = InstructorDialog(self.ops, row, self)
        self.dialog.saved.connect(lambda _r: self.reload())
        self.dialog.open()

    def delete(self) -> None:
        row = self.current()
        if row is not None:
            instructor_id = row.id
            self.ops.mutate(lambda s: delete_instructor(s, instructor_id, actor=self.ops.actor), lambda _r: self.reload(),
                            changes=PLACES, origin=self, on_failure=lambda exc: QMessageBox.warning(self, QCoreApplication.translate("PlacesPanel", "Not deleted"), describe(exc)))


@dataclass
class Lists:
    venues: list[VenueRow]
    instructors: list[InstructorRow]
    villages: list[VillageRow]
    courses: list[CourseRow]


def _load(session: Session) -> Lists:
    return Lists(list_venues(session), list_instructors(session), list_village_rows(session),
                 list_courses(session, include_inactive=True))


class PlacesPanel(QWidget):
    SHOWS = PLACES | CLASSES  # venues, instructors and the sessions they hold

    def __init__(self, ops: Ops, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placesPanel")
        self.ops = ops
        today = today or now_local().date()
        title = QLabel(QCoreApplication.translate("PlacesPanel", "Villages, venues, instructors and courses"))
        title.setObjectName("panelTitle")
        self.tabs = QTabWidget()
        self.villages = VillagesTab(ops, self.changed)
        self.venues = VenuesTab(ops, today, self.changed)
        self.instructors = InstructorsTab(ops, today, self.changed)
        self.courses = CoursesTab(ops, self.changed)
        self.venues.add_list_actions(
            "venue", self.changed,
            QCoreApplication.translate("PlacesPanel", "No venue yet. Add the cultural houses, school rooms or halls "
                                                      "where classes meet (a new class can also add one as it goes)."),
            QCoreApplication.translate("PlacesPanel", "New venue…"))
        self.instructors.add_list_actions(
            "instructor", self.changed,
            QCoreApplication.translate("PlacesPanel", "No instructor yet. Add the people of the community digital "
                                                      "team, the Youth Union, the Women's Union or the school who "
                                                      "teach."),
            QCoreApplication.translate("PlacesPanel", "New instructor…"))
        self.tabs.addTab(self.villages, QCoreApplication.translate("PlacesPanel", "Villages"))
        self.tabs.addTab(self.venues, QCoreApplication.translate("PlacesPanel", "Venues"))
        self.tabs.addTab(self.instructors, QCoreApplication.translate("PlacesPanel", "Instructors"))
        self.tabs.addTab(self.courses, QCoreApplication.translate("PlacesPanel", "Courses"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        self.ops.query(_load, self._fill)

    def changed(self) -> None:
        """A list changed here: this screen loads again (the others heard it on ``Ops.changed``, said by
        the write with ``changes=PLACES``)."""
        self.reload()

    def _fill(self, loaded: Lists) -> None:
        self.venues.villages = [(v.id, v.name) for v in loaded.villages if v.active]
        self.venues.fill(loaded.venues)
        self.instructors.fill(loaded.instructors)
        self.villages.fill(loaded.villages)
        self.courses.fill(loaded.courses)
