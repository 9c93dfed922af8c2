"""A screen that lists rows: a search field, a count, a sortable table, loaded off the GUI thread."""
from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QToolTip, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from .empty_state import EmptySwitch, hint_in_place
from .ops import Ops
from .table_model import Prepared, RowTableModel


class SortHeader(QHeaderView):
    """A table's column headings, where a heading that cannot sort now is not clickable: ``refusal(section)``
    says why (None: it can), shown as the heading's tooltip and at once when it is clicked."""

    def __init__(self, refusal: Callable[[int], str | None], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._refusal = refusal
        self._held = False  # clicks are off for the press being handled
        self.setSectionsClickable(True)  # as the header a QTableView makes itself
        self.setHighlightSections(True)

    def _refused(self, event: QMouseEvent) -> str | None:
        x = int(event.position().x())
        section = self.logicalIndexAt(x)
        if section < 0:
            return None
        edge = self.sectionViewportPosition(section), self.sectionViewportPosition(section) + self.sectionSize(section)
        if min(abs(x - edge[0]), abs(x - edge[1])) <= 4:
            return None  # a resize handle: resizing stays possible
        return self._refusal(section)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        why = self._refused(event) if event.button() == Qt.MouseButton.LeftButton else None
        if why is not None and self.sectionsClickable():
            self._held = True
            self.setSectionsClickable(False)  # Qt neither presses nor sorts a section that is not clickable
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._held:
            self._held = False
            self.setSectionsClickable(True)
            why = self._refused(event)
            if why is not None:  # said after the release (a tooltip shown earlier is hidden by it)
                QToolTip.showText(event.globalPosition().toPoint(), why, self)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            section = self.logicalIndexAt(event.pos())
            why = self._refusal(section) if section >= 0 else None
            if why is not None:
                QToolTip.showText(event.globalPos(), why, self)
                return True
        return super().viewportEvent(event)


class ListPanel(QWidget):
    """Subclasses give the model, the loader and the words; this does the rest."""

    def __init__(self, ops: Ops, model: RowTableModel[Any], loader: Callable[[Session], list[Any]],
                 heading: str, placeholder: str, count_text: Callable[[int, int], str],
                 initial_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
                 first_page: Callable[[Session], list[Any]] | None = None, stretch: int | None = None,
                 parent: QWidget | None = None) -> None:
        """``stretch``: the column (names) that takes the width left over, so the table fills a
        1366-pixel screen without a horizontal scroll bar and never forces the window wider."""
        super().__init__(parent)
        self._first_page = first_page
        self._stretch = stretch
        self._natural: list[tuple[int, int]] = []
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
        self.view.setHorizontalHeader(SortHeader(self._sort_refusal, self.view))
        self.view.setModel(model)
        self.view.horizontalHeader().setSortIndicator(*initial_sort)  # before sorting is on: Qt sorts at once
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch is None:
            self.view.horizontalHeader().setStretchLastSection(True)
        else:
            self.view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
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
        if stretch is not None:
            self.view.viewport().installEventFilter(self)

    def _sort_refusal(self, section: int) -> str | None:
        """Why a click on column ``section`` cannot sort the list now (None: it can)."""
        return None

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
        self._natural = []  # (content width, heading width) per column
        for col in range(self.model.columnCount()):
            title = fm.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + 24
            widest = max([title] + [fm.horizontalAdvance(str(self.model.data(self.model.index(r, col)))) + 16
                                    for r in sample])
            self._natural.append((min(widest, 300), title))
        self._share_width()

    def _share_width(self) -> None:
        """Columns at their content's width; with a name column that stretches, the others give up
        width (long texts only) when the screen is narrow (1366 pixels), so nothing scrolls sideways."""
        widths = [natural for natural, _title in self._natural]
        if self._stretch is not None and widths:
            others = [c for c in range(len(widths)) if c != self._stretch]
            # short columns (codes, dates, counts) stay whole; long texts shrink, not below their heading
            floors = {c: widths[c] if widths[c] <= 130 else max(self._natural[c][1], 130) for c in others}
            budget = self.view.viewport().width() - min(widths[self._stretch], 260) - sum(floors.values())
            spare = sum(widths[c] - floors[c] for c in others)
            if spare > 0 and spare > budget:  # (an empty list: nothing to give up)
                for c in others:
                    widths[c] = floors[c] + int((widths[c] - floors[c]) * max(budget, 0) / spare)
        for col, width in enumerate(widths):
            self.view.setColumnWidth(col, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self._natural:
            self._share_width()  # maximized, restored: the names keep their room
        return super().eventFilter(watched, event)

    def _apply_search(self) -> None:
        self.model.set_query(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        if not self.loaded:
            return  # "Loading…" stays until every row is in
        shown, total = self.model.matched(), self.model.total()
        self.count.setText(self._count_text(shown, total))
