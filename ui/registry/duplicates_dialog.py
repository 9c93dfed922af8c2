"""Possible duplicates, side by side: merge one record into the other, or say they are two people."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from classroom.merging import (
    DuplicatePair, MergeResult, PersonSummary, dismiss_duplicate, find_possible_duplicates, merge_participants,
)
from classroom.validation import BirthDate, mask_national_id

from ..ops import Ops
from ..words import value_word
from .common import failure
from .words import REASONS

DIFFERENT = QColor("#fff1c2")


def _birth(p: PersonSummary) -> str:
    return BirthDate.from_iso(p.birth).display() if p.birth else ""


class DuplicatesDialog(QDialog):
    changed = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(1000, 560)
        self.ops = ops
        self.pairs: list[DuplicatePair] = []
        intro = QLabel(self.tr("People with the same name and the same birth date or phone may be one person "
                               "registered twice. Compare them; merging keeps one record and moves the other's "
                               "classes, attendance and certificates onto it."))
        intro.setWordWrap(True)
        self.count = QLabel(objectName="duplicateCount")
        self.list = QTableWidget(0, 3, objectName="pairs")
        self.list.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Born"), self.tr("Same")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.currentCellChanged.connect(lambda row, *_: self._compare(row))
        self.compare = QTableWidget(0, 2, objectName="comparison")
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_left = QPushButton(self.tr("Keep the left record, merge the right into it"), objectName="keepLeft")
        self.keep_right = QPushButton(self.tr("Keep the right record, merge the left into it"), objectName="keepRight")
        self.different = QPushButton(self.tr("They are two people"), objectName="notDuplicates")
        close = QPushButton(self.tr("Close"))
        self.keep_left.clicked.connect(lambda: self._merge(left_kept=True))
        self.keep_right.clicked.connect(lambda: self._merge(left_kept=False))
        self.different.clicked.connect(self._dismiss)
        close.clicked.connect(self.accept)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.compare)
        split.setSizes([380, 620])
        buttons = QHBoxLayout()
        for b in (self.keep_left, self.keep_right, self.different):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.count)
        column.addWidget(split, 1)
        column.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.ops.query(find_possible_duplicates, self._show_pairs)

    def _show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.count.setText(self.tr("%1 pairs to look at.").replace("%1", str(len(pairs))) if pairs
                           else self.tr("No possible duplicates left."))
        self.list.setRowCount(len(pairs))
        for r, pair in enumerate(pairs):
            same = ", ".join(_reason(x) for x in pair.reasons)
            for c, text in enumerate((pair.first.full_name, _birth(pair.first), same)):
                self.list.setItem(r, c, QTableWidgetItem(text))
        self.list.resizeColumnsToContents()
        for b in (self.keep_left, self.keep_right, self.different):
            b.setEnabled(bool(pairs))
        if pairs:
            self.list.selectRow(0)
            self._compare(0)
        else:
            self.compare.setRowCount(0)

    def _compare(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        self.compare.setHorizontalHeaderLabels([f"#{pair.first.id}", f"#{pair.second.id}"])
        fields = [
            (self.tr("Full name"), lambda p: p.full_name), (self.tr("Born"), _birth),
            (self.tr("Gender"), lambda p: value_word(p.gender)), (self.tr("Personal ID"), lambda p: mask_national_id(p.national_id)),
            (self.tr("Phone"), lambda p: p.phone or ""), (self.tr("Village"), lambda p: p.village),
            (self.tr("Target group"), lambda p: value_word(p.target_group)),
            (self.tr("Classes"), lambda p: str(p.enrollments)), (self.tr("Certificates"), lambda p: str(p.certificates)),
        ]
        self.compare.setRowCount(len(fields))
        self.compare.setVerticalHeaderLabels([name for name, _ in fields])
        for r, (_, text) in enumerate(fields):
            a, b = text(pair.first), text(pair.second)
            for c, value in enumerate((a, b)):
                item = QTableWidgetItem(value)
                if a != b:
                    item.setBackground(DIFFERENT)
                self.compare.setItem(r, c, item)

    def _current(self) -> DuplicatePair | None:
        row = self.list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _merge(self, left_kept: bool) -> None:
        pair = self._current()
        if pair is None:
            return
        keep, other = (pair.first, pair.second) if left_kept else (pair.second, pair.first)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge"), self.tr(
            "Keep #%1 and merge #%2 into it? The classes, attendance and certificates of #%2 move to #%1, and the "
            "record #%2 is removed.").replace("%1", str(keep.id)).replace("%2", str(other.id)), parent=self)
        merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not merge:
            return
        self.ops.mutate(lambda s: merge_participants(s, keep.id, other.id, actor=self.ops.actor), self._merged,
                        failure(self.ops, None, self))

    def _merged(self, result: MergeResult) -> None:
        moved = sum(result.moved.values())
        text = self.tr("Merged: %1 records moved to #%2.").replace("%1", str(moved)).replace("%2", str(result.keep_id))
        if result.revoked:
            text += "\n" + self.tr("Both had a certificate for the same class; these were revoked: %1").replace(
                "%1", ", ".join(result.revoked))
        self.count.setText(text)
        self.changed.emit()
        self.ops.query(find_possible_duplicates, self._show_pairs_keep_message(text))

    def _show_pairs_keep_message(self, text: str):  # type: ignore[no-untyped-def]
        def show(pairs: list[DuplicatePair]) -> None:
            self._show_pairs(pairs)
            self.count.setText(text + "  " + self.count.text())
        return show

    def _dismiss(self) -> None:
        pair = self._current()
        if pair is not None:
            self.ops.mutate(lambda s: dismiss_duplicate(s, pair.first.id, pair.second.id, actor=self.ops.actor),
                            lambda _r: self.reload())


def _reason(code: str) -> str:
    return QCoreApplication.translate("Decisions", REASONS[code])
