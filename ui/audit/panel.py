"""The audit screen: the log of changes, filtered on the database (indexes, a page at a time), exported
to .xlsx, and its hash chain checked."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from classroom import audit
from classroom.text import fold
from models import LOCAL_TZ, Participant

from ..changes import EVERYTHING
from ..ops import Ops
from ..progress import ProgressTask
from ..words import day_text, describe_error
from .model import PAGE, AuditModel
from .words import action_word, details_text, entity_text, person_text, row_action_word, when_text

MAX_CHOICES = 30


def _first_page(s: Session, f: audit.AuditFilter) -> tuple[int, tuple[list[audit.AuditRow], dict[int, str]]]:
    from classroom.audit_export import person_names

    rows = audit.entries(s, f, limit=PAGE)
    return audit.count(s, f, up_to=audit.COUNT_UP_TO + 1), (rows, person_names(s, rows))


def _people(s: Session, text: str) -> list[tuple[int, str]]:
    """Who the officer means by ``text``: a participant's number, or words of their name."""
    text = text.strip().lstrip("#")
    if text.isdigit():
        row = s.execute(select(Participant.id, Participant.full_name).where(Participant.id == int(text))).first()
        return [(row[0], row[1])] if row else [(int(text), f"#{text}")]  # an id no longer there is still in the log
    stmt = select(Participant.id, Participant.full_name).order_by(Participant.sort_key, Participant.id)
    for word in fold(text).split():
        stmt = stmt.where(Participant.name_folded.contains(word, autoescape=True))
    return [(pid, name) for pid, name in s.execute(stmt.limit(MAX_CHOICES + 1))]


class AuditPanel(QWidget):
    SHOWS = EVERYTHING  # every write leaves its row here (an audit row alone too: a sitting's marks)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPanel")
        self._ops = ops
        self.task: ProgressTask | None = None
        self.last_file: Path | None = None
        self._loaded_once = False
        self.person_id: int | None = None
        self._person_text = ""  # the text person_id was chosen for
        title = QLabel(self.tr("Audit log"))
        title.setObjectName("panelTitle")
        intro = QLabel(self.tr("Every change made through the program, who made it and when. Rows cannot be "
                               "changed or deleted; each is chained to the one before, so an edit made outside the "
                               "program is found by “Check the log”."))
        intro.setWordWrap(True)
        today = self._today()
        self.all_dates = QCheckBox(self.tr("All dates"), objectName="allDates")
        self.start = QDateEdit(QDate(today - timedelta(days=30)), objectName="startDate")
        self.end = QDateEdit(QDate(today), objectName="endDate")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.all_dates.toggled.connect(lambda on: (self.start.setEnabled(not on), self.end.setEnabled(not on)))
        self.officer = QComboBox(objectName="officer")
        self.officer.setMinimumWidth(170)
        self.action = QComboBox(objectName="action")
        self.action.setMinimumWidth(200)
        self.person = QLineEdit(objectName="person")
        self.person.setPlaceholderText(self.tr("Participant: number or name"))
        self.person.setClearButtonEnabled(True)
        self.person.returnPressed.connect(self.apply_filter)
        self.filter_button = QPushButton(self.tr("Filter"), objectName="filter")
        self.filter_button.setDefault(True)
        self.filter_button.clicked.connect(self.apply_filter)
        self.export_button = QPushButton(self.tr("Export to Excel…"), objectName="export")
        self.export_button.clicked.connect(self.export)
        self.check_button = QPushButton(self.tr("Check the log"), objectName="check")
        self.check_button.clicked.connect(self.check)
        for combo in (self.officer, self.action):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.all_dates.toggled.connect(self.apply_filter)
        self.start.dateChanged.connect(self.apply_filter)
        self.end.dateChanged.connect(self.apply_filter)
        self.status = QLabel(objectName="auditStatus")
        self.model = AuditModel(self._load_more)
        self.view = QTableView(objectName="auditTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column, width in enumerate((140, 150, 190, 130, 190)):
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addWidget(self.all_dates)
        dates.addSpacing(12)
        dates.addWidget(QLabel(self.tr("Officer")))
        dates.addWidget(self.officer)
        dates.addWidget(QLabel(self.tr("Action")))
        dates.addWidget(self.action, 1)
        who = QHBoxLayout()
        who.addWidget(QLabel(self.tr("Participant")))
        who.addWidget(self.person, 1)
        who.addWidget(self.filter_button)
        who.addStretch(1)
        who.addWidget(self.export_button)
        who.addWidget(self.check_button)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(dates)
        column.addLayout(who)
        column.addWidget(self.status)
        column.addWidget(self.view, 1)

    @staticmethod
    def _today() -> date:
        return datetime.now(LOCAL_TZ).date()

    # -- loading
    def reload(self) -> None:
        """The officers and kinds of action in the log, then the rows for the filter as set."""
        self._loaded_once = True
        self._ops.query(lambda s: (audit.actors(s), audit.actions(s)), self._show_choices, self._failed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._loaded_once:  # the log grows while other screens work: never show it stale
            self.reload()

    def _show_choices(self, choices: tuple[list[str], list[str]]) -> None:
        actors, actions = choices
        for combo, values, everyone, word in ((self.officer, actors, self.tr("(every officer)"), str),
                                              (self.action, actions, self.tr("(every kind)"), action_word)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in sorted(values, key=lambda v: word(v).casefold()):
                combo.addItem(word(value) or self.tr("(no name)"), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> audit.AuditFilter | None:
        """The filter as set (the person as last resolved); None when the dates are reversed."""
        start = end = None
        if not self.all_dates.isChecked():
            start, end = self.start.date().toPython(), self.end.date().toPython()
            if end < start:
                return None
        return audit.AuditFilter(start, end, self.officer.currentData(), self.action.currentData(), self.person_id)

    def apply_filter(self) -> None:
        text = self.person.text().strip()
        if not text or text == self._person_text:  # nobody, or the person already chosen for this text
            if not text:
                self.person_id, self._person_text = None, ""
            self._run_filter()
            return
        self._ops.query(lambda s: _people(s, text), lambda people: self._person_found(text, people), self._failed)

    def _person_found(self, text: str, people: list[tuple[int, str]]) -> None:
        if not people:
            self.status.setText(self.tr("Nobody in the registry matches “%1”.").replace("%1", self.person.text()))
            return
        if len(people) > 1:
            labels = [f"{name} (#{pid})" for pid, name in people[:MAX_CHOICES]]
            chosen, ok = QInputDialog.getItem(self, self.tr("Which participant?"),
                                              self.tr("Several people match; choose one:"), labels, 0, False)
            if not ok:
                return
            people = [people[labels.index(chosen)]]
        self.person_id, self._person_text = people[0][0], text
        self._run_filter()

    def _run_filter(self) -> None:
        f = self.current_filter()
        if f is None:
            self.status.setText(self.tr("The end date is before the start date."))
            return
        self._ops.query(lambda s: _first_page(s, f), lambda loaded: self._show(f, loaded), self._failed)

    def _show(self, f: audit.AuditFilter, loaded: tuple[int, tuple[list[audit.AuditRow], dict[int, str]]]) -> None:
        if f != self.current_filter():
            return  # the filter changed meanwhile; its own answer follows
        total, first = loaded
        exact = total <= audit.COUNT_UP_TO
        self.model.reset(total, first, exact=exact)
        self.status.setText((self.tr("%1 rows") if exact else self.tr("More than %1 rows"))
                            .replace("%1", f"{min(total, audit.COUNT_UP_TO):,}".replace(",", ".")))
        self.export_button.setEnabled(total > 0)

    def _load_more(self, after: tuple[datetime, int] | None, done: Any) -> None:
        f = self.current_filter()
        if f is None:
            return

        def page(s: Session) -> tuple[list[audit.AuditRow], dict[int, str]]:
            from classroom.audit_export import person_names

            rows = audit.entries(s, f, limit=PAGE, after=after)
            return rows, person_names(s, rows)
        self._ops.query(page, done, self._failed)

    # -- export and check
    def export(self) -> None:
        f = self.current_filter()
        if f is None:
            return
        suggested = f"nhat-ky-thay-doi-{self._today():%Y%m%d}.xlsx"
        picked, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path.home() / suggested),
                                                self.tr("Excel workbooks (*.xlsx)"))
        if not picked:
            return
        target = Path(picked if picked.lower().endswith(".xlsx") else picked + ".xlsx")
        header = list(self.model.headers)
        sheet = self.tr("Audit log")

        def values(r: audit.AuditRow, names: dict[int, str]) -> list[Any]:
            return [when_text(r), r.actor, row_action_word(r), entity_text(r), person_text(r, names),
                    details_text(r)]

        def work(s: Session, progress: Any, cancelled: Any) -> Any:
            from classroom.audit_export import export_xlsx

            return export_xlsx(s, f, target, title=sheet, header=header, widths=(20, 22, 30, 22, 30, 80),
                               values=values, progress=progress, cancelled=cancelled)

        def done(result: Any) -> None:
            self.last_file = target
            QMessageBox.information(self, self.tr("Audit log"), self.tr("Saved %1 rows to %2.")
                                    .replace("%1", str(result.rows)).replace("%2", str(target)))

        self.task = ProgressTask(self, self._ops, self.tr("Exporting the audit log…"), work, done, self._failed,
                                 lambda: QMessageBox.information(self, self.tr("Audit log"),
                                                                 self.tr("Cancelled: no file was made.")),
                                 write=False)

    def check(self) -> None:
        def work(s: Session, progress: Any, _cancelled: Any) -> audit.ChainReport:
            return audit.check(s, progress)

        self.task = ProgressTask(self, self._ops, self.tr("Checking the audit log…"), work, self._checked,
                                 self._failed, write=False)

    def _checked(self, report: audit.ChainReport) -> None:
        b = report.broken
        if b is None:
            text = self.tr("The log is intact: %1 rows, each chained to the one before.\nLast hash: %2").replace(
                "%1", str(report.rows)).replace("%2", report.head)
            QMessageBox.information(self, self.tr("Audit log"), text)
            return
        when = f"{day_text(b.at)} {b.at:%H:%M:%S}"
        if b.reason == "altered":
            text = self.tr("The log was changed outside the program: row %1 (written %2) no longer matches its "
                           "hash.")
        else:
            text = self.tr("The log was changed outside the program: before row %1 (written %2) a row was "
                           "removed, slipped in or rewritten.")
        QMessageBox.warning(self, self.tr("Audit log"), text.replace("%1", str(b.id)).replace("%2", when))

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Audit log"), describe_error(exc))
