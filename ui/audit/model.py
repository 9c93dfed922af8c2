"""The audit rows on screen: a page at a time (``canFetchMore``/``fetchMore``), never the whole log."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from classroom.audit import AuditRow

from .words import action_word, details_text, entity_text, person_text, when_text

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


class AuditModel(QAbstractTableModel):
    """``load(after, done)`` fetches the next page after the (at, id) given and hands it to ``done``."""

    def __init__(self, load: Callable[[tuple[datetime, int] | None, Callable[[Any], None]], None]) -> None:
        super().__init__()
        self._load = load
        self.rows: list[tuple[AuditRow, list[str]]] = []
        self.total = 0
        self.exact = True  # False: more rows than counted; pages come until one is short
        self._loading = False
        self._generation = 0
        self.headers = [self.tr("When"), self.tr("Officer"), self.tr("Action"), self.tr("What"),
                        self.tr("Participant"), self.tr("Details")]

    def reset(self, total: int, first: tuple[list[AuditRow], dict[int, str]], exact: bool = True) -> None:
        """A new filter's count (or, not ``exact``, a lower bound) and first page."""
        self._generation += 1
        self.beginResetModel()
        self.total, self.exact = total, exact
        self.rows = [(r, self._texts(r, first[1])) for r in first[0]]
        self._loading = False
        self.endResetModel()

    @staticmethod
    def _texts(r: AuditRow, names: dict[int, str]) -> list[str]:
        return [when_text(r), r.actor, action_word(r.action), entity_text(r), person_text(r, names), details_text(r)]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802,B008 (Qt's name)
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802,B008
        if not self.canFetchMore(parent) or not self.rows:
            return
        self._loading = True
        generation = self._generation
        last = self.rows[-1][0]

        def arrived(page: tuple[list[AuditRow], dict[int, str]]) -> None:
            if generation != self._generation:
                return  # another filter since
            self._loading = False
            rows, names = page
            if len(rows) < PAGE:  # the last page: now the count is known
                self.total, self.exact = len(self.rows) + len(rows), True
            elif not self.exact:
                self.total = max(self.total, len(self.rows) + len(rows) + 1)
            if not rows:
                return
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend((r, self._texts(r, names)) for r in rows)
            self.endInsertRows()
        self._load((last.at, last.id), arrived)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, texts = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
