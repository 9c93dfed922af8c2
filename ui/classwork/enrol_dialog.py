"""Enrol people into one class, seeing before saving who is already in it or has done the course.

The list starts on the class's target group; the officer narrows it by village and name,
ticks people (Space, a click, or "Tick all shown"), and reads the Note column: already in
this class (cannot be ticked), completed the course in another class, or in another open
class of the same course. Nothing is saved until "Enrol the ticked".
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from classroom import class_people as cp
from classroom.enrollment import EnrollResult, enroll
from models import TargetGroup

from ..changes import ENROLLMENTS
from ..ops import Ops
from ..registry.words import describe_problem
from ..words import value_word

Index = QModelIndex | QPersistentModelIndex


class CandidateModel(QAbstractTableModel):
    """The candidates with a tick each; people already in the class cannot be ticked."""

    ticks_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[cp.Candidate] = []
        self.ticked: set[int] = set()  # kept across filters: tick in one village, then another

    def headers(self) -> list[str]:
        return [self.tr("Full name"), self.tr("Born"), self.tr("Village"), self.tr("Target group"), self.tr("Note")]

    def set_rows(self, rows: list[cp.Candidate]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def note(self, row: cp.Candidate) -> str:
        if row.in_class == "enrolled":
            return self.tr("Already in this class")
        if row.in_class == "waiting":
            return self.tr("Already on this class's waiting list")
        return "; ".join(describe_problem(n.code, dict(n.params)) for n in row.notes)

    def can_tick(self, row: cp.Candidate) -> bool:
        return row.in_class is None

    def toggle(self, view_row: int) -> None:
        row = self.rows[view_row]
        if not self.can_tick(row):
            return
        self.ticked.symmetric_difference_update({row.participant_id})
        index = self.index(view_row, 0)
        self.dataChanged.emit(index, index)
        self.ticks_changed.emit()

    def tick(self, ids: Iterable[int]) -> None:
        allowed = {r.participant_id for r in self.rows if self.can_tick(r)}
        self.ticked |= set(ids) & allowed
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.ticks_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == 0 and self.can_tick(self.rows[index.row()]):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.full_name, str(row.birth_year or ""), row.village, value_word(row.target_group),
                    self.note(row)][col]
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            if not self.can_tick(row):
                return None
            return Qt.CheckState.Checked if row.participant_id in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not self.can_tick(row):
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.BackgroundRole and col == 4 and row.notes and self.can_tick(row):
            return QBrush(QColor("#fff1c2"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            self.toggle(index.row())
            return True
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class _Table(QTableView):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        model = self.model()
        if event.key() == Qt.Key.Key_Space and isinstance(model, CandidateModel):
            for row in sorted({i.row() for i in self.selectionModel().selectedRows()}):
                model.toggle(row)
            return
        super().keyPressEvent(event)


class EnrolDialog(QDialog):
    """``include``: people chosen in the registry (shown and ticked whatever the filters)."""

    enrolled = Signal(object)  # EnrollResult

    def __init__(self, ops: Ops, class_id: int, include: Iterable[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.ops, self.class_id, self.include = ops, class_id, list(include)
        self.info: cp.ClassHeading | None = None
        self.setWindowTitle(self.tr("Enrol people in the class"))
        self.resize(980, 620)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.group, self.village, self.search = QComboBox(), QComboBox(), QLineEdit()
        self.group.setObjectName("groupFilter")
        self.village.setObjectName("villageFilter")
        self.group.addItem(self.tr("All target groups"))
        for value in TargetGroup:
            self.group.addItem(value_word(value), str(value))
        self.village.addItem(self.tr("All villages"))
        self.village.setMinimumContentsLength(14)
        self.village.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search.setPlaceholderText(self.tr("Name (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.model = CandidateModel()
        self.table = _Table()
        self.table.setObjectName("candidates")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.more = QLabel()
        self.more.setWordWrap(True)
        self.tick_all = QPushButton(self.tr("Tick all shown"))
        self.untick = QPushButton(self.tr("Untick all"))
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenSummary")
        self.chosen.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Enrol the ticked"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.group)
        filters.addWidget(self.village)
        filters.addWidget(self.search, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick)
        ticks.addWidget(self.chosen, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        layout.addLayout(ticks)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=250)  # a name typed: one search, not one per key
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.group.currentIndexChanged.connect(lambda _i: self.load())
        self.village.currentIndexChanged.connect(lambda _i: self.load())
        self.tick_all.clicked.connect(lambda: self.model.tick(r.participant_id for r in self.model.rows))
        self.untick.clicked.connect(self._untick)
        self.model.ticks_changed.connect(self._show_chosen)
        self.ops.query(lambda s: (cp.heading(s, class_id), cp.villages(s)), self._started)

    def _started(self, loaded: tuple[cp.ClassHeading, list[tuple[int, str]]]) -> None:
        self.info, villages = loaded
        self.title.setText(f"{self.info.code} · {self.info.course_title}")
        for widget in (self.group, self.village):
            widget.blockSignals(True)
        for vid, name in villages:
            self.village.addItem(name, vid)
        if not self.include:  # the class's own group first; the officer may widen it
            self.group.setCurrentIndex(max(self.group.findData(self.info.target_group), 0))
        for widget in (self.group, self.village):
            widget.blockSignals(False)
        self.load()

    def load(self) -> None:
        group = self.group.currentData() if self.group.currentIndex() > 0 else None
        village = self.village.currentData() if self.village.currentIndex() > 0 else None
        query, class_id, include = self.search.text(), self.class_id, list(self.include)
        self.ops.query(lambda s: cp.candidates(s, class_id, target_group=group, village_id=village, query=query,
                                               include=include), self._show)

    def _show(self, found: cp.Candidates) -> None:
        self.model.set_rows(found.rows)
        if self.include:  # chosen in the registry: ticked, their notes in view before saving
            self.model.tick(self.include)
            self.include = []
        self.more.setText(self.tr("More than %1 people match: choose a village or type a name to see the others.")
                          .replace("%1", str(cp.CANDIDATE_LIMIT)) if found.more else "")
        self.more.setVisible(found.more)
        self._show_chosen()

    def _untick(self) -> None:
        self.model.ticked.clear()
        self.model.tick(())

    def _show_chosen(self) -> None:
        ticked = self.model.ticked
        noted = sum(1 for r in self.model.rows if r.participant_id in ticked and r.notes)
        text = self.tr("%1 ticked").replace("%1", str(len(ticked)))
        if self.info is not None:
            free = max(self.info.capacity - self.info.enrolled, 0)
            text += " · " + self.tr("%1 places left (the others go on the waiting list)").replace("%1", str(free))
        if noted:
            text += " · " + self.tr("%1 of them have done the course or are in another class of it (see Note)").replace(
                "%1", str(noted))
        self.chosen.setText(text)
        self.save_button.setEnabled(bool(ticked))

    def save(self) -> None:
        ids = [r.participant_id for r in self.model.rows if r.participant_id in self.model.ticked]
        ids += sorted(self.model.ticked - set(ids))  # ticked under another filter
        if not ids:
            return
        class_id, actor = self.class_id, self.ops.actor
        self.ops.mutate(lambda s: enroll(s, class_id, ids, actor=actor), self._saved, self._failed, changes=ENROLLMENTS)

    def _saved(self, result: EnrollResult) -> None:
        self.enrolled.emit(result)
        lines = [self.tr("%1 enrolled, %2 on the waiting list, %3 were already there.").replace(
            "%1", str(result.count("enrolled"))).replace("%2", str(result.count("waiting"))).replace(
            "%3", str(result.count("already_enrolled") + result.count("already_waiting")))]
        names = {r.participant_id: r.full_name for r in self.model.rows}
        for o in result.outcomes:
            for w in o.warnings:
                lines.append(f"{names.get(o.participant_id, '#' + str(o.participant_id))}: "
                             f"{describe_problem(w.code, w.params)}")
        QMessageBox.information(self, self.tr("Enrolled"), "\n".join(lines))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ops.report_error(exc)
