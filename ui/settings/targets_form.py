"""The year's targets per target group and the adult populations they are measured on."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom.errors import InvalidInput, Problem
from classroom.office import VillagePopulation, save_village_populations, village_populations
from classroom.reporting.targets import (
    GROUPS, METRICS, group_populations, save_group_populations, save_targets, targets_for,
)

from ..changes import COMMUNE
from ..ops import Ops
from ..reports.words import describe, group_word, metric_word


def _number(text: str, field: str) -> float | None:
    text = text.strip().replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise InvalidInput([Problem("target_count_negative", field, params={"value": text})]) from None


def two_lines(text: str) -> str:
    """A column title broken at the space nearest its middle (header sections do not wrap)."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


class TargetsForm(QWidget):
    """Rows: all groups then each group; columns: each metric, then the group's adults."""

    saved = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.table = QTableWidget(len(GROUPS), len(METRICS) + 1)
        self.table.setHorizontalHeaderLabels([two_lines(metric_word(m)) for m in METRICS]
                                             + [two_lines(self.tr("Adults in the group"))])
        self.table.setVerticalHeaderLabels([group_word(g) for g in GROUPS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(120)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setFixedHeight(3 * self.fontMetrics().height())
        self.villages = QTableWidget(0, 2)
        self.villages.setHorizontalHeaderLabels([self.tr("Village"), self.tr("Adults")])
        self.villages.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.villages.verticalHeader().hide()
        self.village_rows: list[VillagePopulation] = []
        self.save_button = QPushButton(self.tr("Save targets and populations"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        hint = QLabel(self.tr("Shares are percentages (more than 0, at most 100); the others are numbers of people. "
                              "Leave a cell empty for no target. The adults of all villages added up are the "
                              "denominator of the commune-wide share."))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Targets for the year:")))
        top.addWidget(self.year)
        top.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("Adults per village (the denominator of the targets):")))
        layout.addWidget(self.villages, 2)
        layout.addLayout(row)

    def reload(self) -> None:
        year = self.year.value()
        self._ops.query(lambda s: (targets_for(s, year), group_populations(s), village_populations(s)), self._show)

    def _show(self, loaded: tuple) -> None:  # type: ignore[type-arg]
        targets, populations, villages = loaded
        values = {(t.target_group, t.metric): t.value for t in targets}
        for r, group in enumerate(GROUPS):
            for c, metric in enumerate(METRICS):
                v = values.get((group, metric))
                self.table.setItem(r, c, QTableWidgetItem("" if v is None else f"{v:g}"))
            pop = QTableWidgetItem("" if group not in populations else str(populations[group]))
            if group == "all":  # the villages added up: not typed here
                pop.setFlags(pop.flags() & ~Qt.ItemFlag.ItemIsEditable)
                pop.setToolTip(self.tr("The villages' adults added up"))
            self.table.setItem(r, len(METRICS), pop)
        self.village_rows = list(villages)
        self.villages.setRowCount(len(villages))
        for r, v in enumerate(villages):
            name = QTableWidgetItem(v.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.villages.setItem(r, 0, name)
            self.villages.setItem(r, 1, QTableWidgetItem("" if v.adult_population is None else str(v.adult_population)))

    def entered(self) -> tuple[dict[tuple[str, str], float | None], dict[str, int | None], dict[int, int | None]]:
        targets: dict[tuple[str, str], float | None] = {}
        populations: dict[str, int | None] = {}
        for r, group in enumerate(GROUPS):
            for c, metric in enumerate(METRICS):
                item = self.table.item(r, c)
                targets[(group, metric)] = _number(item.text() if item else "", metric)
            if group != "all":
                item = self.table.item(r, len(METRICS))
                n = _number(item.text() if item else "", "adults")
                populations[group] = None if n is None else (int(n) if n == int(n) else -1)
        villages: dict[int, int | None] = {}
        for r, v in enumerate(self.village_rows):
            item = self.villages.item(r, 1)
            n = _number(item.text() if item else "", "adult_population")
            villages[v.id] = None if n is None else (int(n) if n == int(n) else -1)
        return targets, populations, villages

    def save(self) -> None:
        try:
            targets, populations, villages = self.entered()
        except InvalidInput as exc:
            self._failed(exc)
            return
        year, actor = self.year.value(), self._ops.actor  # the officer working, as everywhere in the audit log

        def work(s: Session) -> None:  # one transaction: all three saved, or none
            save_targets(s, year, targets, actor=actor)
            save_group_populations(s, populations, actor=actor)
            save_village_populations(s, villages, actor=actor)
        self._ops.mutate(work, self._saved, self._failed, changes=COMMUNE, origin=self)

    def _saved(self, _result: object) -> None:
        self.message.setText(self.tr("Saved."))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))
        QMessageBox.warning(self, self.tr("Settings"), describe(exc))
