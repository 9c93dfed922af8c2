"""A read-only table over a list of row dataclasses, with search and sorting in memory.

Rows are held once; the view sees ``_visible`` (indices into the rows), so a search or
a sort never copies rows. Searching uses ``classroom.search.FoldedIndex``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from classroom.search import FoldedIndex

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], haystack: Callable[[R], str]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._haystack = haystack
        self._rows: list[R] = []
        self._visible: list[int] = []
        self._index = FoldedIndex([])
        self._query = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- data in
    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._index = FoldedIndex(self._haystack(r) for r in rows)
        self._visible = list(self._index.search(self._query))
        if self._sort:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._query = query
        self._visible = list(self._index.search(query))
        if self._sort:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def row_at(self, view_row: int) -> R:
        return self._rows[self._visible[view_row]]

    def total(self) -> int:
        return len(self._rows)

    # -- Qt's interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self._rows[self._visible[index.row()]])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()  # a reset, not a layout change: no stale selection survives
        self._sort = (column, order)
        self._apply_sort(column, order)
        self.endResetModel()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        if not 0 <= column < len(self._columns):  # no sort column: the order the service gave
            self._visible.sort()
            return
        key = self._columns[column].sort_key
        rows = self._rows
        # Python's sort is stable: reverse=True keeps equal rows in their (name) order.
        self._visible.sort(key=lambda i: key(rows[i]), reverse=order == Qt.SortOrder.DescendingOrder)
