"""The office's record of its consolidations, read from the database (``classroom.consolidations``):
the runs, newest first, and for the chosen one (the newest until another is clicked) the communes that
reported, with their period, totals and the day each package was made."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from classroom.consolidations import PackageRow, Record, RunRow, consolidation_record

from ..empty_state import EmptyHint, EmptySwitch
from ..ops import Ops
from ..registry.common import thousands
from ..table_model import Column, RowTableModel
from ..words import day_text
from .words import describe, refusal_word

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
R = TypeVar("R")


def _counted(title: str, value: Callable[[R], int]) -> Column[R]:
    return Column(title, lambda r: thousands(value(r)), value, RIGHT)


class ConsolidationRecord(QWidget):
    """Reloaded with the Reports screen, which the change broadcast reloads after a consolidation."""

    def __init__(self, ops: Ops, consolidate: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._chosen: int | None = None  # the run whose communes are listed; None: the newest
        self.record: Record | None = None
        self.runs_model: RowTableModel[RunRow] = RowTableModel([
            Column(self.tr("No."), lambda r: str(r.id), lambda r: r.id, RIGHT),
            Column(self.tr("Consolidated at"), lambda r: r.consolidated_at.strftime("%d/%m/%Y %H:%M"),
                   lambda r: r.consolidated_at),
            _counted(self.tr("Packages added"), lambda r: r.accepted),
            _counted(self.tr("Refused"), lambda r: r.refused),
            _counted(self.tr("Taking part"), lambda r: r.enrolled),
            _counted(self.tr("Completed"), lambda r: r.completed),
            _counted(self.tr("Certified"), lambda r: r.certified),
            _counted(self.tr("In several communes"), lambda r: r.in_several),
            Column(self.tr("Workbook"), lambda r: r.workbook, lambda r: r.workbook),
        ], lambda r: r.workbook)
        self.packages_model: RowTableModel[PackageRow] = RowTableModel([
            Column(self.tr("Commune"), lambda p: p.commune_name, lambda p: p.commune_name),
            Column(self.tr("Code"), lambda p: p.commune_code, lambda p: p.commune_code),
            Column(self.tr("Province"), lambda p: p.province_name or p.province_code, lambda p: p.province_code),
            Column(self.tr("Period"), self._period, lambda p: (p.period_start or date.min, p.period_end or date.max)),
            _counted(self.tr("Taking part"), lambda p: p.enrolled),
            _counted(self.tr("Completed"), lambda p: p.completed),
            _counted(self.tr("Certified"), lambda p: p.certified),
            Column(self.tr("Package made on"), lambda p: day_text(p.made_on), lambda p: p.made_on or date.min),
            Column(self.tr("Consolidated before"), self._before, lambda p: p.first_run_id or 0),
        ], lambda p: f"{p.commune_name} {p.commune_code}")
        self.runs = self._view(self.runs_model)
        self.runs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs.selectionModel().selectionChanged.connect(self._run_clicked)
        self.packages = self._view(self.packages_model)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.hide()
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.runs, 2)
        inner.addWidget(self.heading)
        inner.addWidget(self.packages, 3)
        self.switch = EmptySwitch(content, EmptyHint(
            self.tr("No consolidation recorded at this office yet. Consolidate the communes' packages: each run is "
                    "kept here with the communes that reported, their periods and totals."),
            self.tr("Consolidate packages…"), consolidate))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.switch)
        self.setMinimumHeight(160)

    def _view(self, model: RowTableModel) -> QTableView:  # type: ignore[type-arg]
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)  # in the record's order (newest run first, communes by code) until clicked
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _period(self, p: PackageRow) -> str:
        if p.period_start and p.period_end:
            return self.tr("%1 to %2").replace("%1", day_text(p.period_start)).replace("%2", day_text(p.period_end))
        if p.period_start:
            return self.tr("from %1").replace("%1", day_text(p.period_start))
        if p.period_end:
            return self.tr("until %1").replace("%1", day_text(p.period_end))
        return self.tr("all the time")

    def _before(self, p: PackageRow) -> str:
        if p.first_run_id is None:
            return ""
        return self.tr("yes, the same file (no. %1)").replace("%1", str(p.first_run_id))

    def reload(self) -> None:
        chosen = self._chosen
        self._ops.query(lambda s: consolidation_record(s, chosen), self.show_record, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe(exc))
        self.status.show()

    def show_record(self, record: Record) -> None:
        newest = record.runs[0].id if record.runs else None
        listed = self.record.runs[0].id if self.record is not None and self.record.runs else None
        if self._chosen is not None and newest != listed:  # a new run came in: show it
            self._chosen = None
            self.reload()
            return
        self.record = record
        self.status.setText("")
        self.status.hide()
        self._chosen = record.run_id if self._chosen is not None else None
        self.runs_model.set_rows(record.runs)
        self.packages_model.set_rows(record.packages)
        shown = next((n for n in range(self.runs_model.rowCount()) if self.runs_model.row_at(n).id == record.run_id),
                     None)
        if shown is not None:
            self.runs.selectRow(shown)  # the run listed below (selecting the shown run asks for nothing)
        self.switch.set_empty(not record.runs)
        self.setMinimumHeight(420 if record.runs else 160)  # a commune that never consolidates: a short hint
        run = next((r for r in record.runs if r.id == record.run_id), None)
        if run is None:
            self.heading.setText("")
            return
        text = (self.tr("Communes that reported in consolidation no. %1 (%2): %3 package(s) added, %4 refused.")
                .replace("%1", str(run.id)).replace("%2", run.consolidated_at.strftime("%d/%m/%Y %H:%M"))
                .replace("%3", str(run.accepted)).replace("%4", str(run.refused)))
        if run.refusals:
            text += " " + self.tr("Refused: %1.").replace("%1", "; ".join(
                f"{Path(path).name} ({self._refusal(code)})" for path, code in run.refusals))
        self.heading.setText(text)

    def _refusal(self, code: str) -> str:
        if code == "package_key_changed":  # the record keeps the code, not the fingerprints
            return self.tr("signed by another key than the one pinned for its commune")
        return refusal_word(code)

    def _run_clicked(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        run = self.runs_model.row_at(rows[0].row())
        if self.record is not None and run.id == self.record.run_id:
            return
        self._chosen = run.id
        self.reload()
