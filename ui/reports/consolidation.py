"""What a consolidation added up: totals by commune and by target group, and the refused packages."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from classroom.consolidations import Repeat
from classroom.reporting.consolidate import Consolidation
from classroom.reporting.targets import GROUPS

from .words import group_word, refusal_word


def fingerprint_of(result: Consolidation, code: str) -> str:
    note = result.trust.get(code)
    return note.fingerprint if note is not None else ""


class ConsolidationDialog(QDialog):
    def __init__(self, result: Consolidation, saved: Path, parent: QWidget | None = None,
                 repeats: Sequence[Repeat] = ()) -> None:
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
        on_trust = [n for n in result.trust.values() if n.how == "first_seen"]
        self.on_trust = QLabel(self.tr("Taken on trust: no trust list vouches for the keys of %1 commune(s), pinned "
                                       "now on first sight: %2. Phone each commune to compare its fingerprint.")
                               .replace("%1", str(len(on_trust)))
                               .replace("%2", "; ".join(f"{n.commune_name} ({n.commune_code}) {n.fingerprint}"
                                                       for n in on_trust)))
        self.on_trust.setObjectName("takenOnTrust")
        self.on_trust.setWordWrap(True)
        self.on_trust.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.on_trust.setVisible(bool(on_trust))
        self.again = QLabel(self.tr("Consolidated here before (the very same file): %1. Added again to this "
                                    "workbook.")
                            .replace("%1", "; ".join(f"{r.commune_name} ({r.commune_code}), "
                                                     + self.tr("no. %1 of %2").replace("%1", str(r.first_run_id))
                                                     .replace("%2", r.first_at.strftime("%d/%m/%Y %H:%M"))
                                                     for r in repeats)))
        self.again.setObjectName("consolidatedBefore")
        self.again.setWordWrap(True)
        self.again.setVisible(bool(repeats))
        self.communes = self._table([self.tr("Commune"), self.tr("Code"), self.tr("Province"), self.tr("Taking part"),
                                     self.tr("Completed"), self.tr("Certified"), self.tr("Key"),
                                     self.tr("How the key is trusted")],
                                    [[c.package.commune.name, c.package.commune.code, c.package.commune.province_name,
                                      str(c.total.enrolled), str(c.total.completed), str(c.total.certified),
                                      fingerprint_of(result, c.package.commune.code) or c.package.key_id,
                                      self._how(result, c.package.commune.code)] for c in result.communes])
        self.groups = self._table([self.tr("Target group"), self.tr("Taking part"), self.tr("Completed"),
                                   self.tr("Certified")],
                                  [[group_word(g), str(f.enrolled), str(f.completed), str(f.certified)]
                                   for g in GROUPS[1:] if (f := result.by_group.get(g))])
        self.refused = self._table([self.tr("File"), self.tr("Why it was not added")],
                                   [[Path(r.path).name, refusal_word(r.code, r.params)] for r in result.refused])
        tabs = QTabWidget()
        tabs.addTab(self.communes, self.tr("By commune"))
        tabs.addTab(self.groups, self.tr("By target group"))
        tabs.addTab(self.refused, self.tr("Refused (%1)").replace("%1", str(len(result.refused))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.on_trust)
        layout.addWidget(self.again)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def _how(self, result: Consolidation, code: str) -> str:
        note = result.trust.get(code)
        if note is None:
            return ""
        since = note.since.strftime("%d/%m/%Y") if note.since else ""
        return {"first_seen": self.tr("taken on trust: first seen, pinned now"),
                "pinned": self.tr("matches the key pinned on %1").replace("%1", since),
                "trust_list": self.tr("on the trust list"),
                "accepted_change": self.tr("new key accepted (replaces %1)").replace("%1", note.previous)}[note.how]

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
