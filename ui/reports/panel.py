"""The dashboard: people taking part, completed and certified per target group, village and month;
sessions held; attendance; progress to each target; buttons to export and consolidate."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from classroom.reporting import Period
from classroom.reporting.dashboard import Dashboard, dashboard
from classroom.reporting.targets import Progress

from ..ops import Ops
from .actions import ReportActions
from .charts import PALETTE, Bar, BarChart, ProgressBars, Series
from .record import ConsolidationRecord
from .words import describe, group_word, metric_word


def number(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %".replace(".", ",")


class ReportsPanel(QWidget):
    def __init__(self, ops: Ops, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPanel")
        self._ops = ops
        self.data: Dashboard | None = None
        self.actions = ReportActions(self, ops, self.period)
        title = QLabel(self.tr("Reports and progress"))
        title.setObjectName("panelTitle")
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(year or date.today().year)
        self.year.setPrefix(self.tr("Year "))
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.status = QLabel()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status)
        head.addWidget(self.year)

        self.tiles: dict[str, QLabel] = {}
        tiles = QGridLayout()
        for i, (key, text) in enumerate([("enrolled", self.tr("Taking part")), ("completed", self.tr("Completed")),
                                         ("certified", self.tr("Certified")), ("confirmed", self.tr("Confirmed on VNeID")),
                                         ("sessions", self.tr("Sessions held")),
                                         ("rate", self.tr("Attendance"))]):
            box = QFrame()
            box.setObjectName("tile")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            value = QLabel("…")
            value.setObjectName("tileValue")
            value.setStyleSheet("font-size: 20pt; font-weight: bold;")
            inner = QVBoxLayout(box)
            inner.addWidget(QLabel(text))
            inner.addWidget(value)
            tiles.addWidget(box, 0, i)
            self.tiles[key] = value

        self.targets = ProgressBars()
        self.by_group = BarChart()
        self.by_month = BarChart()
        self.villages = self._table([self.tr("Village"), self.tr("Adults"), self.tr("Taking part"), self.tr("Completed"),
                                     self.tr("Certified"), self.tr("Completed, of adults")])
        self.months = self._table([self.tr("Month"), self.tr("Sessions held"), self.tr("Attendance"),
                                   self.tr("Completed"), self.tr("Certificates issued")])

        buttons = QHBoxLayout()
        self.roster_xlsx = QPushButton(self.tr("Roster workbook…"))
        self.roster_csv = QPushButton(self.tr("Roster CSV…"))
        self.package = QPushButton(self.tr("Signed package…"))
        self.report = QPushButton(self.tr("PDF report…"))
        self.consolidate = QPushButton(self.tr("Consolidate packages…"))
        self.roster_xlsx.clicked.connect(lambda: self.actions.export_roster("xlsx"))
        self.roster_csv.clicked.connect(lambda: self.actions.export_roster("csv"))
        self.package.clicked.connect(self.actions.export_package)
        self.report.clicked.connect(self.actions.export_report)
        self.consolidate.clicked.connect(self.actions.consolidate)
        for b in (self.roster_xlsx, self.roster_csv, self.package, self.report, self.consolidate):
            buttons.addWidget(b)
        buttons.addStretch(1)

        body = QWidget()
        grid = QGridLayout(body)
        grid.addLayout(tiles, 0, 0, 1, 2)
        grid.addWidget(self._boxed(self.tr("Progress towards this year's targets"), self.targets), 1, 0, 1, 2)
        grid.addWidget(self._boxed(self.tr("People by target group"), self.by_group), 2, 0)
        grid.addWidget(self._boxed(self.tr("By month"), self.by_month), 2, 1)
        grid.addWidget(self._boxed(self.tr("By village"), self.villages), 3, 0, 1, 2)  # whole names need the width
        grid.addWidget(self._boxed(self.tr("Sessions and attendance by month"), self.months), 4, 0, 1, 2)
        self.record = ConsolidationRecord(ops, self.actions.consolidate)
        grid.addWidget(self._boxed(self.tr("Consolidations at this office"), self.record), 5, 0, 1, 2)
        grid.setRowStretch(6, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)

    def _boxed(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        inner.addStretch(1)
        return box

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(True)
        return table

    def period(self) -> Period:
        return Period.year(self.year.value())

    def reload(self) -> None:
        period = self.period()
        self.status.setText(self.tr("Counting…"))
        self._ops.query(lambda s: dashboard(s, period), self.show_dashboard, self._failed)
        self.record.reload()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe(exc))

    def show_dashboard(self, d: Dashboard) -> None:
        self.data = d
        self.status.setText("")
        total = d.total
        self.tiles["enrolled"].setText(number(total.enrolled))
        self.tiles["completed"].setText(number(total.completed))
        self.tiles["certified"].setText(number(total.certified))
        self.tiles["confirmed"].setText(number(total.confirmed))
        self.tiles["sessions"].setText(number(d.sessions_held))
        self.tiles["rate"].setText(percent(d.attendance_rate))
        self.targets.set_bars([self._bar(t) for t in d.targets],
                              self.tr("No targets for this year: enter them in Settings."))
        lines = [x for x in d.summary.lines if x.target_group != "all" and x.figures.enrolled]
        self.by_group.set_data([group_word(x.target_group) for x in lines], [
            Series(self.tr("Taking part"), [x.figures.enrolled for x in lines], PALETTE[0]),
            Series(self.tr("Completed"), [x.figures.completed for x in lines], PALETTE[1]),
            Series(self.tr("Certified"), [x.figures.certified for x in lines], PALETTE[2])])
        self.by_month.set_data([f"{m.month:02d}/{m.year}" for m in d.months], [
            Series(self.tr("Completed"), [m.completed for m in d.months], PALETTE[1]),
            Series(self.tr("Certificates issued"), [m.certified for m in d.months], PALETTE[2]),
            Series(self.tr("Sessions held"), [m.sessions_held for m in d.months], PALETTE[3])])
        self._fill(self.villages, [[v.name or self.tr("(no village)"), "" if v.adults is None else number(v.adults),
                                    number(v.figures.enrolled), number(v.figures.completed),
                                    number(v.figures.certified), percent(v.share)] for v in d.villages])
        self._fill(self.months, [[f"{m.month:02d}/{m.year}", number(m.sessions_held), percent(m.attendance_rate),
                                  number(m.completed), number(m.certified)] for m in d.months])

    def _bar(self, t: Progress) -> Bar:
        label = f"{group_word(t.target_group)}: {metric_word(t.metric)}"
        if t.is_share:
            if t.reached is None:
                return Bar(label, None, self.tr("target %1 %; enter the number of adults in Settings")
                           .replace("%1", f"{t.target:g}"))
            text = self.tr("%1 of the %2 % aimed at (%3 adults)").replace("%1", percent(t.reached)).replace(
                "%2", f"{t.target:g}").replace("%3", number(t.population or 0))
        else:
            text = self.tr("%1 of %2 people").replace("%1", number(t.reached or 0)).replace("%2", number(t.target))
        return Bar(label, t.progress, f"{text} — {percent(t.progress)}")

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        # every row shows: the page scrolls, not the table
        table.setFixedHeight(table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 4)
