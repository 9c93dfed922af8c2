"""The certificates screen: per class, who completed; issue and print, reprint, revoke; other papers."""
from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom import certificates as certs
from classroom.classes import list_classes, list_sessions
from classroom.errors import ClassroomError
from classroom.files import write_private
from models import LOCAL_TZ

from ..changes import CERTIFICATES
from ..empty_state import EmptySwitch
from ..files import ask_save, offer_open
from ..ops import Ops
from ..progress import ProgressTask
from ..words import describe_error, value_word


class CertificatesPanel(QWidget):

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatesPanel")
        self._ops = ops
        self.overview: certs.ClassCertificates | None = None
        self.empty: EmptySwitch | None = None  # the window puts what to do with no class in the table's place
        self.task: ProgressTask | None = None
        title = QLabel(self.tr("Certificates and papers"))
        title.setObjectName("panelTitle")
        self.classes = QComboBox()
        self.classes.setObjectName("classChooser")
        self.classes.currentIndexChanged.connect(self._class_chosen)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Full name"), self.tr("Attended"),
                                              self.tr("Completed"), self.tr("Certificate"), self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.issue = QPushButton(self.tr("Issue and print new certificates…"))
        self.issue.clicked.connect(self.issue_and_print)
        self.reprint = QPushButton(self.tr("Reprint (marked as copies)…"))
        self.reprint.clicked.connect(self.reprint_all)
        self.revoke_button = QPushButton(self.tr("Revoke the selected certificate…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.assess = QPushButton(self.tr("Assessment and VNeID…"))
        self.assess.setObjectName("assessButton")
        self.assess.clicked.connect(self.open_assessment)
        self.cards = QPushButton(self.tr("QR cards…"))
        self.cards.clicked.connect(lambda: self._paper("cards"))
        self.roster = QPushButton(self.tr("Class roster…"))
        self.roster.clicked.connect(lambda: self._paper("roster"))
        self.schedule = QPushButton(self.tr("Schedule notice…"))
        self.schedule.clicked.connect(lambda: self._paper("schedule"))
        self.signin = QPushButton(self.tr("Sign-in sheet of a session…"))
        self.signin.clicked.connect(self._signin)
        self.register_book = QPushButton(self.tr("Register book of a year…"), objectName="registerBook")
        self.register_book.setToolTip(self.tr("Every certificate issued in a year, in the order of the register, "
                                              "with revocations and reprints: to print, sign and stamp."))
        self.register_book.clicked.connect(self.print_register)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Class:")))
        top.addWidget(self.classes, 1)
        row1 = QHBoxLayout()
        for b in (self.assess, self.issue, self.reprint, self.revoke_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("Other papers:")))
        for b in (self.signin, self.cards, self.roster, self.schedule, self.register_book):
            row2.addWidget(b)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)

    # -- loading
    def reload(self) -> None:
        self._ops.query(list_classes, self._show_classes)

    def _show_classes(self, rows: list[Any]) -> None:
        keep = self.classes.currentData()
        self.classes.blockSignals(True)
        self.classes.clear()
        for r in rows:
            self.classes.addItem(f"{r.code} · {r.title} · {value_word(r.status)}", r.id)
        index = self.classes.findData(keep) if keep is not None else next(
            (i for i, r in enumerate(rows) if r.status == "finished"), 0)
        self.classes.setCurrentIndex(max(index, 0))
        self.classes.blockSignals(False)
        if self.empty is not None:
            self.empty.set_empty(not rows)
        self._class_chosen()  # once, whether or not the choice moved

    def _class_chosen(self, *_: Any) -> None:
        class_id = self.classes.currentData()
        if class_id is not None:
            self._ops.query(lambda s: certs.class_overview(s, class_id), self._show_overview)

    def _show_overview(self, o: certs.ClassCertificates) -> None:
        self.overview = o
        self.table.setRowCount(len(o.people))
        for row, (_pid, name, attended, held, completed, serial, revoked) in enumerate(o.people):
            state = self.tr("Revoked") if revoked else (self.tr("Issued") if serial else "")
            for col, text in enumerate([str(row + 1), name, f"{attended} / {held}",
                                        self.tr("Yes") if completed else
                                        self.tr("In class") if o.in_progress else self.tr("Not yet"), serial, state]):
                self.table.setItem(row, col, QTableWidgetItem(text))
        done = sum(1 for p in o.people if p[4])
        issued = sum(1 for p in o.people if p[5])
        due = sum(1 for p in o.people if p[4] and not p[5])
        text = (self.tr("%1 of %2 people completed (rule: %3 % of sessions held and a passed assessment); %4 "
                        "certificates issued; %5 waiting to be issued.") if o.requires_assessment else
                self.tr("%1 of %2 people completed (rule: %3 % of sessions held); %4 certificates "
                        "issued; %5 waiting to be issued."))
        self.summary.setText(text.replace("%1", str(done))
                             .replace("%2", str(len(o.people))).replace("%3", str(o.completion_percent))
                             .replace("%4", str(issued)).replace("%5", str(due))
                             + (" " + self.tr("The class is not over yet: certificates are issued once every session is "
                                              "held or cancelled.") if o.in_progress else ""))
        self.issue.setEnabled(due > 0)
        self.reprint.setEnabled(issued > 0)

    def open_assessment(self) -> None:
        """Results and VNeID confirmations of the chosen class; the completions shown follow them."""
        from ..assessment.dialog import AssessmentDialog

        if self.classes.currentData() is None:
            return
        dialog = AssessmentDialog(self._ops, self.classes.currentData(), parent=self)
        dialog.changed.connect(self._class_chosen)  # (the other screens hear it on Ops.changed)
        dialog.exec()

    # -- printing
    def _ask_pdf(self, name: str) -> Path | None:
        return ask_save(self, self.tr("Save the PDF"), name, self.tr("PDF files (*.pdf)"), ".pdf")

    def _run(self, label: str, target: Path, work: Callable[..., bytes]) -> None:
        """Build the PDF off the GUI thread (progress, cancel), then save it and open it."""
        def done(data: bytes) -> None:
            try:
                write_private(target, data)  # names on paper: whole, and readable by the user alone
            except (OSError, ClassroomError) as exc:
                QMessageBox.warning(self, self.tr("Printing"), self.tr("Cannot write the file %1: %2")
                                    .replace("%1", str(target)).replace("%2", getattr(exc, "strerror", None) or ""))
                return
            self.last_pdf = target
            self._class_chosen()
            offer_open(self, target, self.tr("The PDF is saved: %1"))

        self.task = ProgressTask(self, self._ops, label, work, done, self._failed,
                                 lambda: QMessageBox.information(self, self.tr("Printing"),
                                                                 self.tr("Cancelled: nothing was issued or saved.")),
                                 changes=CERTIFICATES, origin=self)  # this screen shows its class again itself

    def issue_and_print(self) -> None:
        """Say how many certificates (and serial numbers) issuing takes, ask, then where to save."""
        o = self.overview
        if o is None:
            return
        class_id, today = o.class_id, self._today()
        self._ops.query(lambda s: certs.issue_plan(s, class_id, issued_on=today), lambda plan: self._confirm(o, plan))

    @staticmethod
    def _today() -> date:
        return datetime.now(LOCAL_TZ).date()

    def _confirm(self, o: certs.ClassCertificates, plan: certs.IssuePlan) -> None:
        if plan.count == 0:
            QMessageBox.information(self, self.tr("Issue certificates"), self.tr(
                "Nobody in class %1 is waiting for a certificate.").replace("%1", o.code))
            return
        answer = QMessageBox.question(self, self.tr("Issue certificates"), self.tr(
            "Issue %1 certificates for class %2?\n\nThis uses %1 serial numbers of the commune's register (%3 to %4). "
            "A number once used is never used again, even if the paper is spoiled: reprint a copy instead.")
            .replace("%1", str(plan.count)).replace("%2", o.code).replace("%3", plan.first).replace("%4", plan.last))
        if answer != QMessageBox.StandardButton.Yes:
            return
        target = self._ask_pdf(f"giay-chung-nhan-{o.code}.pdf")
        if not target:
            return
        actor, class_id, today = self._ops.actor, o.class_id, self._today()

        def work(s: Session, progress: Any, cancelled: Any) -> bytes:
            from classroom import paper  # ReportLab loads when printing, not when the window opens

            serials = certs.issue_for_class(s, class_id, issued_on=today, actor=actor, cancelled=cancelled)
            buffer = io.BytesIO()
            paper.print_certificates(s, certs.certificates_of(s, class_id, serials), buffer, progress=progress,
                                     cancelled=cancelled)
            return buffer.getvalue()
        self._run(self.tr("Issuing and printing certificates…"), target, work)

    def reprint_all(self) -> None:
        o = self.overview
        target = o and self._ask_pdf(f"giay-chung-nhan-{o.code}-ban-sao.pdf")
        if not o or not target:
            return
        actor, class_id = self._ops.actor, o.class_id

        def work(s: Session, progress: Any, cancelled: Any) -> bytes:
            from classroom import paper  # ReportLab loads when printing, not when the window opens

            issued = [c for c in certs.certificates_of(s, class_id) if not c.revoked]
            certs.count_reprint(s, class_id, [c.serial for c in issued], actor=actor)
            buffer = io.BytesIO()
            paper.print_certificates(s, issued, buffer, copies=True, progress=progress, cancelled=cancelled)
            return buffer.getvalue()
        self._run(self.tr("Printing copies…"), target, work)

    def revoke_selected(self) -> None:
        row = self.table.currentRow()
        if self.overview is None or row < 0 or not self.overview.people[row][5]:
            QMessageBox.information(self, self.tr("Revoke"), self.tr("Choose a person who holds a certificate."))
            return
        serial, name = self.overview.people[row][5], self.overview.people[row][1]
        reason, ok = QInputDialog.getText(self, self.tr("Revoke certificate %1").replace("%1", serial),
                                          self.tr("Reason for revoking the certificate of %1:").replace("%1", name))
        if not ok or not reason.strip():
            return
        actor = self._ops.actor

        def work(s: Session) -> None:
            certs.revoke(s, serial, reason, actor=actor)
        self._ops.mutate(work, lambda _r: self._class_chosen(), self._failed, changes=CERTIFICATES, origin=self)

    def print_register(self) -> None:
        """The certificate register book of a year (classroom.register_book), written whole and private."""
        this_year = datetime.now(LOCAL_TZ).year
        year, ok = QInputDialog.getInt(self, self.tr("Register book"), self.tr("Year of the register book:"),
                                       this_year, 2000, 2100)
        if not ok:
            return
        target = self._ask_pdf(f"so-dang-ky-chung-nhan-{year}.pdf")
        if target is None:
            return

        def work(s: Session, progress: Any, cancelled: Any) -> Any:
            from classroom.register_book import export_register  # ReportLab loads when printing

            return export_register(s, year, target, progress=progress, cancelled=cancelled)

        def done(_book: Any) -> None:
            self.last_pdf = target
            offer_open(self, target, self.tr("The PDF is saved: %1"))

        self.task = ProgressTask(self, self._ops, self.tr("Preparing the register book…"), work, done, self._failed,
                                 lambda: QMessageBox.information(self, self.tr("Printing"),
                                                                 self.tr("Cancelled: nothing was issued or saved.")),
                                 write=False)

    def _paper(self, what: str) -> None:
        o = self.overview
        names = {"cards": "the-qr", "roster": "danh-sach-lop", "schedule": "lich-hoc"}
        target = o and self._ask_pdf(f"{names[what]}-{o.code}.pdf")
        if not o or not target:
            return
        class_id = o.class_id

        def work(s: Session, progress: Any, cancelled: Any) -> bytes:
            from classroom import paper  # ReportLab loads when printing, not when the window opens

            buffer = io.BytesIO()
            {"cards": paper.print_cards, "roster": paper.print_roster, "schedule": paper.print_schedule}[what](
                s, class_id, buffer)
            return buffer.getvalue()
        self._run(self.tr("Preparing the PDF…"), target, work)

    def _signin(self) -> None:
        o = self.overview
        if o is None:
            return
        class_id = o.class_id
        self._ops.query(lambda s: list_sessions(s, class_id), lambda rows: self._choose_session(o, rows))

    def _choose_session(self, o: certs.ClassCertificates, rows: list[Any]) -> None:
        labels = [f"{r.starts_at.strftime('%d/%m/%Y %H:%M')} · {r.venue}" for r in rows]
        if not labels:
            return
        now = datetime.now(LOCAL_TZ)
        default = next((i for i, r in enumerate(rows) if r.starts_at >= now), len(rows) - 1)
        picked, ok = QInputDialog.getItem(self, self.tr("Sign-in sheet"), self.tr("Session:"), labels, default, False)
        if not ok:
            return
        session_id = rows[labels.index(picked)].id
        target = self._ask_pdf(f"danh-sach-ky-ten-{o.code}-{rows[labels.index(picked)].starts_at:%Y%m%d}.pdf")
        if not target:
            return

        def work(s: Session, progress: Any, cancelled: Any) -> bytes:
            from classroom import paper  # ReportLab loads when printing, not when the window opens

            buffer = io.BytesIO()
            paper.print_signin(s, session_id, buffer)
            return buffer.getvalue()
        self._run(self.tr("Preparing the PDF…"), target, work)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Something went wrong"), describe_error(exc))
