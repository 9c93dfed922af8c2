"""The assessment grid as a table: one row per enrolled person, a column per assessment (the result,
with its score, day and assessor; the confirmation on VNeID), and whether they completed."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from classroom.assessment import SheetLine

Index = QModelIndex | QPersistentModelIndex

HEADERS = [
    QT_TRANSLATE_NOOP("AssessmentModel", "No."), QT_TRANSLATE_NOOP("AssessmentModel", "Full name"),
    QT_TRANSLATE_NOOP("AssessmentModel", "Born"), QT_TRANSLATE_NOOP("AssessmentModel", "Attended"),
    QT_TRANSLATE_NOOP("AssessmentModel", "Assessment"), QT_TRANSLATE_NOOP("AssessmentModel", "Score"),
    QT_TRANSLATE_NOOP("AssessmentModel", "Assessed on"), QT_TRANSLATE_NOOP("AssessmentModel", "Assessor"),
    QT_TRANSLATE_NOOP("AssessmentModel", "Confirmed on VNeID"), QT_TRANSLATE_NOOP("AssessmentModel", "Completed"),
]
RESULT_COL, SCORE_COL, VNEID_COL, DONE_COL = 4, 5, 8, 9
COLOURS = {True: "#d7f0d8", False: "#f8d4d2"}


def result_word(passed: bool | None) -> str:
    if passed is None:
        return ""
    return QCoreApplication.translate("AssessmentModel", "Passed") if passed else QCoreApplication.translate("AssessmentModel", "Not passed")


def score_text(score: float | None) -> str:
    return "" if score is None else f"{score:g}".replace(".", ",")


class AssessmentModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[SheetLine] = []

    def set_lines(self, lines: list[SheetLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def row_of(self, participant_id: int) -> int:
        return next((i for i, line in enumerate(self.lines) if line.participant_id == participant_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AssessmentModel", HEADERS[section])
        return None

    def text(self, row: int, col: int) -> str:
        line = self.lines[row]
        if col == 0:
            return str(row + 1)
        if col == 1:
            return line.full_name
        if col == 2:
            return str(line.birth_year or "")
        if col == 3:
            return f"{line.attended} / {line.held}"
        if col == RESULT_COL:
            return result_word(line.passed)
        if col == SCORE_COL:
            return score_text(line.score)
        if col == 6:
            return line.assessed_on.strftime("%d/%m/%Y") if line.assessed_on else ""
        if col == 7:
            return line.assessor
        if col == VNEID_COL:
            return f"✔ {line.vneid_on:%d/%m/%Y} · {line.vneid_by}" if line.vneid_on else ""
        if line.in_progress:
            return QCoreApplication.translate("AssessmentModel", "In progress")
        return QCoreApplication.translate("AssessmentModel", "Yes") if line.completed else QCoreApplication.translate("AssessmentModel", "Not yet")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col in (RESULT_COL, SCORE_COL) and line.passed is not None:
                return QBrush(QColor(COLOURS[line.passed]))
            if col == VNEID_COL and line.vneid_on:
                return QBrush(QColor("#dfe7f5"))
            if col == DONE_COL and line.completed:
                return QBrush(QColor(COLOURS[True]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 2, 3, SCORE_COL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
