"""What a consolidation added up: totals by commune and by target group, and the refused packages."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from classroom.reporting.consolidate import Consolidation
from classroom.reporting.targets import GROUPS

from .words import group_word, refusal_word


class ConsolidationDialog(QDialog):
    def __init__(self, result: Consolidation, saved: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consolidation"))
        self.resize(860, 560)
        t = result.total
        head = QLabel(self.tr("%1 packages added, %2 refused. Each person counted once: %3 taking part, %4 completed, "
                              "%5 certified; %6 people studied in more than one commune. Saved to %7.")
                      .replace("%1", str(result.accepted)).replace("%2", str(len(result.refused)))
                      .replace("%3", str(t.enrolled)).replace("%4", str(t.completed)).replace("%5", str(t.certified))
                      .replace("%6", str(result.in_several)).replace("%7", str(saved)))
        head.setWordWrap(True)
        self.communes = self._table([self.tr("Commune"), self.tr("Code"), self.tr("Province"), self.tr("Taking part"),
                                     self.tr("Completed"), self.tr("Certified"), self.tr("Key")],
                                    [[c.package.commune.name, c.package.commune.code, c.package.commune.province_name,
                                      str(c.total.enrolled), str(c.total.completed), str(c.total.certified),
                                      c.package.key_id] for c in result.communes])
        self.groups = self._table([self.tr("Target group"), self.tr("Taking part"), self.tr("Completed"),
                                   self.tr("Certified")],
                                  [[group_word(g), str(f.enrolled), str(f.completed), str(f.certified)]
                                   for g in GROUPS[1:] if (f := result.by_group.get(g))])
        self.refused = self._table([self.tr("File"), self.tr("Why it was not added")],
                                   [[Path(r.path).name, refusal_word(r.code)] for r in result.refused])
        tabs = QTabWidget()
        tabs.addTab(self.communes, self.tr("By commune"))
        tabs.addTab(self.groups, self.tr("By target group"))
        tabs.addTab(self.refused, self.tr("Refused (%1)").replace("%1", str(len(result.refused))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def _table(self, headers: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table
