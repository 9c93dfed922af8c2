"""The roster of one session as a table: number, name, birth year, village, status, time."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from classroom.attendance import RosterLine

Index = QModelIndex | QPersistentModelIndex

STATUS_WORDS = {
    "present": QT_TRANSLATE_NOOP("RosterModel", "Present"),
    "late": QT_TRANSLATE_NOOP("RosterModel", "Late"),
    "absent": QT_TRANSLATE_NOOP("RosterModel", "Absent"),
    "excused": QT_TRANSLATE_NOOP("RosterModel", "Excused"),
}
STATUS_COLOURS = {"present": "#d7f0d8", "late": "#fff1c2", "absent": "#f8d4d2", "excused": "#dfe7f5"}
HEADERS = [
    QT_TRANSLATE_NOOP("RosterModel", "No."), QT_TRANSLATE_NOOP("RosterModel", "Full name"),
    QT_TRANSLATE_NOOP("RosterModel", "Born"), QT_TRANSLATE_NOOP("RosterModel", "Village"),
    QT_TRANSLATE_NOOP("RosterModel", "Status"), QT_TRANSLATE_NOOP("RosterModel", "Arrived / note"),
]


def status_word(status: str | None) -> str:
    return QCoreApplication.translate("RosterModel", STATUS_WORDS[status]) if status in STATUS_WORDS else ""


class RosterModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[RosterLine] = []
        self.session_day: date | None = None  # a late arrival on another day shows its date

    def set_lines(self, lines: list[RosterLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def update_line(self, row: int, **changes: Any) -> None:
        self.lines[row] = replace(self.lines[row], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def row_of(self, participant_id: int) -> int:
        return next((i for i, line in enumerate(self.lines) if line.participant_id == participant_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("RosterModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(index.row() + 1)
            if col == 1:
                return line.full_name
            if col == 2:
                return str(line.birth_year or "")
            if col == 3:
                return line.village
            if col == 4:
                return status_word(line.status)
            if col == 5:
                if line.status == "late" and line.arrived_at:
                    same_day = line.arrived_at.date() == self.session_day
                    return line.arrived_at.strftime("%H:%M" if same_day else "%d/%m/%Y %H:%M")
                return line.reason
        if role == Qt.ItemDataRole.BackgroundRole and line.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[line.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
