"""A class's learners, in the class view: who is enrolled or waiting, sessions attended, and
"Enrol people…" into this class. It follows every enrolment and mark through the change broadcast."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from classroom import class_people as cp

from ..changes import Changes
from ..ops import Ops
from .enrol_dialog import EnrolDialog


class ClassLearners(QWidget):
    def __init__(self, ops: Ops, class_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classLearners")
        self.ops, self.class_id = ops, class_id
        self.rows: list[cp.Learner] = []
        self.dialog: EnrolDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.enrol = QPushButton(self.tr("Enrol people…"))
        self.enrol.setObjectName("enrolInClass")
        self.enrol.clicked.connect(self.open_enrol)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("learnerList")
        self.table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Born"), self.tr("Village"),
                                              self.tr("Status"), self.tr("Attended")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names and villages share the room
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.enrol)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        ops.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes, _origin: QObject | None) -> None:
        if changes.enrollments or changes.attendance or changes.people or changes.places:
            self.reload()

    def reload(self) -> None:
        class_id = self.class_id
        self.ops.query(lambda s: (cp.heading(s, class_id), cp.learners(s, class_id)), self._show)

    def _show(self, loaded: tuple[cp.ClassHeading, list[cp.Learner]]) -> None:
        info, self.rows = loaded
        self.summary.setText(self.tr("%1 enrolled of %2 places; %3 waiting").replace("%1", str(info.enrolled))
                             .replace("%2", str(info.capacity)).replace("%3", str(info.waiting)))
        self.table.setRowCount(len(self.rows))
        for r, learner in enumerate(self.rows):
            status = self.tr("Enrolled") if learner.status == "enrolled" else self.tr("Waiting")
            for c, text in enumerate([learner.full_name, str(learner.birth_year or ""), learner.village, status,
                                      str(learner.attended)]):
                item = QTableWidgetItem(text)
                if c in (1, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def open_enrol(self) -> EnrolDialog:
        self.dialog = EnrolDialog(self.ops, self.class_id, parent=self.window())
        self.dialog.finished.connect(lambda _r: self.dialog.deleteLater() if self.dialog else None)
        self.dialog.open()
        return self.dialog
