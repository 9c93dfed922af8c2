"""A screen that lists rows: a search field, a count, a sortable table, loaded off the GUI thread."""
from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from .empty_state import EmptySwitch, hint_in_place
from .ops import Ops
from .table_model import Prepared, RowTableModel


class ListPanel(QWidget):
    """Subclasses give the model, the loader and the words; this does the rest."""

    def __init__(self, ops: Ops, model: RowTableModel[Any], loader: Callable[[Session], list[Any]],
                 heading: str, placeholder: str, count_text: Callable[[int, int], str],
                 initial_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
                 first_page: Callable[[Session], list[Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_page = first_page
        self._count_text = count_text
        self._ops = ops
        self._loader = loader
        self.model = model
        self.loaded = False
        self._fitted_empty = False
        self.empty: EmptySwitch | None = None

        title = QLabel(heading)
        title.setObjectName("panelTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.view = QTableView()
        self.view.setModel(model)
        self.view.horizontalHeader().setSortIndicator(*initial_sort)  # before sorting is on: Qt sorts at once
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 100,000 rows: no measuring

        self.top = top = QHBoxLayout()  # the heading row; screens may add buttons to it
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)

        # A keystroke is answered at once; the timer only merges keys typed in one event-loop turn.
        self._debounce = QTimer(self, singleShot=True, interval=0)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.count.setText(self.tr("Loading…"))

    def reload(self) -> None:
        """Load every row off the GUI thread; a long list shows its first screenful first."""
        self.count.setText(self.tr("Loading…"))
        model, loader = self.model, self._loader
        if self._first_page is not None and not self.loaded:
            self._ops.query(self._first_page, self._show_first_page)
        self._ops.query(lambda session: model.prepare(loader(session)), self._show_rows)

    def set_empty_hint(self, text: str, button: str, action: Callable[[], object]) -> None:
        """With no row at all (not: none found), the list shows ``text`` and a button doing ``action``."""
        self.empty = hint_in_place(self.layout(), self.view, text, button, action)
        if self.loaded:
            self.empty.set_empty(self.model.total() == 0)

    def _show_first_page(self, rows: list[Any]) -> None:
        if self.loaded:
            return
        self.model.set_rows(rows)
        self._fit_columns()

    def _show_rows(self, prepared: Prepared[Any]) -> None:
        # the first rows, or the first ever (an empty list's columns were fitted to their headings)
        first = not self.loaded or self._fitted_empty
        self.model.set_prepared(prepared)  # keeps the search and the sort the person chose
        # 100,000 rows are long-lived and hold no cycles: keep the cyclic collector from
        # walking them again and again (its full passes showed as 100 ms pauses between keys).
        gc.freeze()
        self.loaded = True
        if first:
            self._fit_columns()
            self._fitted_empty = self.model.total() == 0
        if self.empty is not None:
            self.empty.set_empty(self.model.total() == 0)
        self._update_count()

    def _fit_columns(self) -> None:
        # Measuring 100,000 rows would stall the window: fit to the first screenful.
        fm = self.view.fontMetrics()
        sample = range(min(self.model.rowCount(), 200))
        for col in range(self.model.columnCount()):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            widest = max([fm.horizontalAdvance(title) + 24] + [
                fm.horizontalAdvance(str(self.model.data(self.model.index(r, col)))) + 16 for r in sample])
            self.view.setColumnWidth(col, min(widest, 300))

    def _apply_search(self) -> None:
        self.model.set_query(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        if not self.loaded:
            return  # "Loading…" stays until every row is in
        shown, total = self.model.matched(), self.model.total()
        self.count.setText(self._count_text(shown, total))
