"""The class list: every class with its course, group, venue, instructors and head counts."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from classroom.classes import ClassRow, list_classes
from classroom.text import collation_key, fold

from .changes import ATTENDANCE, CLASSES, ENROLLMENTS, PLACES
from .list_panel import ListPanel
from .ops import Ops
from .table_model import Column, RowTableModel
from .words import day_text, value_word



def _haystack(r: ClassRow) -> str:
    return fold(f"{r.code} | {r.title} | {value_word(r.target_group)} | {r.venue} | {r.instructor}")


def _people(r: ClassRow) -> str:
    text = f"{r.enrolled}/{r.capacity}"
    return text + (QCoreApplication.translate("ClassesPanel", " (+%1 waiting)").replace("%1", str(r.waiting)) if r.waiting else "")


def class_columns() -> list[Column[ClassRow]]:
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return [
        Column(QCoreApplication.translate("ClassesPanel", "Code"), lambda r: r.code, lambda r: r.code),
        Column(QCoreApplication.translate("ClassesPanel", "Course"), lambda r: r.title, lambda r: collation_key(r.title)),
        Column(QCoreApplication.translate("ClassesPanel", "Target group"), lambda r: value_word(r.target_group), lambda r: r.target_group),
        Column(QCoreApplication.translate("ClassesPanel", "Venue"), lambda r: r.venue, lambda r: collation_key(r.venue)),
        Column(QCoreApplication.translate("ClassesPanel", "Instructors"), lambda r: r.instructor, lambda r: collation_key(r.instructor)),
        Column(QCoreApplication.translate("ClassesPanel", "Starts"), lambda r: day_text(r.first_session), lambda r: r.first_session.isoformat()
               if r.first_session else ""),
        Column(QCoreApplication.translate("ClassesPanel", "Ends"), lambda r: day_text(r.last_session), lambda r: r.last_session.isoformat()
               if r.last_session else ""),
        Column(QCoreApplication.translate("ClassesPanel", "Sessions"), lambda r: str(r.sessions), lambda r: r.sessions, right),
        Column(QCoreApplication.translate("ClassesPanel", "Participants"), _people, lambda r: r.enrolled, right),
        Column(QCoreApplication.translate("ClassesPanel", "Status"), lambda r: value_word(r.status), lambda r: r.status),
    ]


class ClassesPanel(ListPanel):
    SHOWS = CLASSES | ENROLLMENTS | PLACES | ATTENDANCE  # head counts, venues, status

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(
            ops, RowTableModel(class_columns(), _haystack), list_classes,
            heading=QCoreApplication.translate("ClassesPanel", "Classes"),
            placeholder=QCoreApplication.translate("ClassesPanel", "Search by code, course, group, venue or instructor (accents optional)…"),
            count_text=lambda shown, total: QCoreApplication.translate("ClassesPanel", "Showing %1 of %2 classes").replace("%1", str(shown))
            .replace("%2", str(total)),
            initial_sort=(0, Qt.SortOrder.DescendingOrder),  # newest classes first
            stretch=1, parent=parent)  # the course's name takes the room left
        self.setObjectName("classesPanel")
