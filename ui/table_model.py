"""A read-only table over a list of rows, with search and sorting in memory.

Rows are held once; the view sees ``_visible`` (indices into the rows), so a search or
a sort never copies rows. Searching uses ``classroom.search.FoldedIndex``; each
column's sorted order is computed once per load, so a keystroke only filters.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sqlalchemy.orm import Session

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

    def matched(self) -> int:
        """How many rows the search finds (all of them are shown)."""
        return len(self._visible)

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


class Pager(Protocol):
    """Where a paging model reads from (``classroom.registry_pages`` for the registry). ``narrow`` is what
    the model was given with its filter (a target group), ``sort`` the column sort chosen, None for the
    pager's own order."""

    def page(self, session: Session, query: str, after: Any, limit: int, narrow: Any,
             sort: tuple[int, Qt.SortOrder] | None) -> list[tuple[int, Any]]: ...
    def position(self, item: tuple[int, Any]) -> Any: ...
    def count(self, session: Session, query: str, narrow: Any) -> int: ...
    def sortable(self, column: int) -> bool: ...
    def searching(self, query: str) -> bool: ...


class PagedRowTableModel(RowTableModel[R]):
    """A :class:`RowTableModel` that, once :meth:`start_paging` is called, holds only the rows shown so far
    and reads more from the database as the view scrolls to them (Qt's ``canFetchMore``/``fetchMore``): a
    province's million people open in a page, in flat memory. A search is a query of one page and a
    capped count, off the GUI thread; an answer to an older keystroke is dropped. Paged, the filter is the
    pager's (``narrow`` of :meth:`set_filter`) and a click on a column the pager can sort by reads the
    rows again in that order; a search keeps the pager's order for searches (:meth:`sorted_by` says which
    order is shown, for the header)."""

    page_size = 200

    def __init__(self, columns: Sequence[Column[R]], haystack: Callable[[R], str], natural: int | None,
                 ops: Any, pager: Pager) -> None:
        super().__init__(columns, haystack, natural)
        self._ops, self._pager = ops, pager
        self._paging = False
        self._items: list[tuple[int, Any]] = []
        self._all = 0
        self._matched = 0
        self._counted: tuple[str, Any] | None = None  # the (query, narrow) ``_matched`` was counted for
        self._more = False
        self._asked = 0  # the newest question; answers to older ones are dropped
        # the total and an on_shown asked for, while no answer with them is shown: an answer to an older question
        # is dropped, so each newer question asks for them again until one is shown
        self._total_due = False
        self._shown_due: Callable[[], None] | None = None
        self._fetching = False
        self._narrow: Any = None  # what the pager is given for the filter

    def paging(self) -> bool:
        return self._paging

    def sortable(self, column: int) -> bool:
        """Whether a click on ``column`` sorts the rows (paged: only where the pager can)."""
        return not self._paging or self._pager.sortable(column)

    def searching(self) -> bool:
        """Paged, whether the rows are in a search's order (a column sort waits for the search to be cleared)."""
        return self._paging and self._pager.searching(self._query)

    def sorted_by(self) -> tuple[int, Qt.SortOrder] | None:
        """The column sort the rows are shown in: None while a paged search keeps its own order."""
        if self.searching():
            return None
        if self._sort is None or not self.sortable(self._sort[0]):
            return (self._natural, Qt.SortOrder.AscendingOrder) if self._natural is not None else None
        return self._sort

    def _paged_sort(self) -> tuple[int, Qt.SortOrder] | None:
        sort = self._sort
        return sort if sort is not None and self._pager.sortable(sort[0]) else None

    def start_paging(self, on_shown: Callable[[], None] | None = None) -> None:
        """Drop any rows held in memory and show the first page of the current search (again)."""
        self._paging = True
        if self._rows:
            self.beginResetModel()
            self._rows, self._visible, self._orders, self._index = [], [], {}, FoldedIndex([])
            self.endResetModel()
        self._ask(with_total=True, on_shown=on_shown)

    def _ask(self, with_total: bool = False, on_shown: Callable[[], None] | None = None) -> None:
        self._asked += 1
        self._total_due = with_total = self._total_due or with_total
        if on_shown is not None:
            self._shown_due = on_shown
        asked, query, pager, limit = self._asked, self._query, self._pager, self.page_size
        narrow, sort, known = self._narrow, self._paged_sort(), self._all
        everyone_shown = narrow is None and not pager.searching(query)
        # a sort does not change how many match: the count shown is kept (not after a reload, which asks the total)
        counted = self._matched if not with_total and self._counted == (query, narrow) else None

        def work(session: Session) -> tuple[int | None, int, list[tuple[int, Any]]]:
            everyone = pager.count(session, "", None) if with_total else None
            if everyone_shown:
                matched = everyone if everyone is not None else known
            elif counted is not None:
                matched = counted
            else:
                matched = pager.count(session, query, narrow)
            return everyone, matched, pager.page(session, query, None, limit, narrow, sort)

        def shown(answer: tuple[int | None, int, list[tuple[int, Any]]]) -> None:
            if asked != self._asked:
                return
            everyone, matched, items = answer
            self.beginResetModel()
            if everyone is not None:
                self._all, self._total_due = everyone, False
            self._matched, self._counted, self._items = matched, (query, narrow), items
            self._more = len(items) == limit
            self._fetching = False
            self.endResetModel()
            due, self._shown_due = self._shown_due, None
            if due is not None:
                due()

        self._ops.query(work, shown)

    def set_query(self, query: str) -> None:
        if not self._paging:
            super().set_query(query)
            return
        self._query = query
        self._ask()

    def set_filter(self, keep: Callable[[R], bool] | None, narrow: Any = None) -> None:
        """``keep`` filters the rows held in memory; paged, the pager is given ``narrow`` (None: every row)."""
        self._narrow = narrow
        if not self._paging:
            super().set_filter(keep)
            return
        self._keep = keep
        self._ask()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._paging:
            super().sort(column, order)
        elif not 0 <= column < len(self._columns):
            self._sort = None
            self._ask()
        elif self._pager.sortable(column):  # (a column the pager cannot sort by is refused by the header)
            self._sort = (column, order)
            self._ask()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return self._paging and self._more and not self._fetching and not parent.isValid()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        asked, query, pager, limit = self._asked, self._query, self._pager, self.page_size
        after, narrow, sort = pager.position(self._items[-1]), self._narrow, self._paged_sort()

        def shown(items: list[tuple[int, Any]]) -> None:
            if asked != self._asked:
                return
            self._fetching = False
            self._more = len(items) == limit
            if items:
                first = len(self._items)
                self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
                self._items.extend(items)
                self.endInsertRows()

        self._ops.query(lambda session: pager.page(session, query, after, limit, narrow, sort), shown)

    def row_at(self, view_row: int) -> R:
        return self._items[view_row][1] if self._paging else super().row_at(view_row)

    def total(self) -> int:
        return self._all if self._paging else super().total()

    def matched(self) -> int:
        return self._matched if self._paging else super().matched()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not self._paging:
            return super().rowCount(parent)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._paging or role != Qt.ItemDataRole.DisplayRole:
            return super().data(index, role)
        if not index.isValid():
            return None
        return self._columns[index.column()].text(self._items[index.row()][1])
