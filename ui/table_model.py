"""A read-only table over a list of rows, with search and sorting in memory.

Rows are held once; the view sees ``_visible`` (indices into the rows), so a search or
a sort never copies rows. Searching uses ``classroom.search.FoldedIndex``; each
column's sorted order is computed once per load, so a keystroke only filters.
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


@dataclass
class Prepared(Generic[R]):
    """Rows with their search index, built off the GUI thread."""

    rows: list[R]
    index: FoldedIndex


class RowTableModel(QAbstractTableModel, Generic[R]):
    """``natural`` names the column whose ascending order the rows already come in."""

    def __init__(self, columns: Sequence[Column[R]], haystack: Callable[[R], str], natural: int | None = None) -> None:
        super().__init__()
        self._columns = list(columns)
        self._haystack = haystack
        self._natural = natural
        self._rows: list[R] = []
        self._index = FoldedIndex([])
        self._orders: dict[int, tuple[list[int], list[int]]] = {}  # column -> (order, rank)
        self._visible: list[int] = []
        self._query = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keep: Callable[[R], bool] | None = None  # a filter besides the search (a target group)
        self._kept: set[int] | None = None

    def prepare(self, rows: list[R]) -> Prepared[R]:
        """Build the search index; safe to call on a worker thread."""
        return Prepared(rows, FoldedIndex(self._haystack(r) for r in rows))

    # -- data in
    def set_prepared(self, prepared: Prepared[R]) -> None:
        self.beginResetModel()
        self._rows, self._index, self._orders = prepared.rows, prepared.index, {}
        self._index.search("")  # forget the narrowing state of an older index
        self._kept = self._keeping()
        self._refresh()
        self.endResetModel()

    def set_rows(self, rows: list[R]) -> None:
        self.set_prepared(self.prepare(rows))

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._query = query
        self._refresh()
        self.endResetModel()

    def set_filter(self, keep: Callable[[R], bool] | None) -> None:
        """Show only the rows ``keep`` accepts (with the search); None shows every row."""
        self.beginResetModel()
        self._keep = keep
        self._kept = self._keeping()
        self._refresh()
        self.endResetModel()

    def _keeping(self) -> set[int] | None:
        keep = self._keep
        return None if keep is None else {i for i, r in enumerate(self._rows) if keep(r)}

    def row_at(self, view_row: int) -> R:
        return self._rows[self._visible[view_row]]

    def total(self) -> int:
        return len(self._rows)

    def _refresh(self) -> None:
        hits = self._index.search(self._query)  # in row order
        if self._kept is not None:
            kept = self._kept
            hits = [i for i in hits if i in kept]
        if self._sort is None or self._sort[0] == self._natural or not 0 <= self._sort[0] < len(self._columns):
            visible = list(hits)
        else:
            order, rank = self._order(self._sort[0])
            if len(hits) == len(self._rows):
                visible = list(order)
            elif len(hits) * 16 < len(self._rows):
                visible = sorted(hits, key=rank.__getitem__)
            else:
                wanted = set(hits)
                visible = [i for i in order if i in wanted]
        if self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder:
            visible.reverse()
        self._visible = visible

    def _order(self, column: int) -> tuple[list[int], list[int]]:
        if column not in self._orders:
            key, rows = self._columns[column].sort_key, self._rows
            order = sorted(range(len(rows)), key=lambda i: key(rows[i]))  # stable: ties keep name order
            rank = [0] * len(order)
            for position, i in enumerate(order):
                rank[i] = position
            self._orders[column] = (order, rank)
        return self._orders[column]

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
        self._sort = (column, order) if 0 <= column < len(self._columns) else None
        self._refresh()
        self.endResetModel()
