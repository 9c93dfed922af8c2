"""Entering a class's assessment results and VNeID confirmations, by keyboard, as attendance is marked.

On the grid: digits type a score (shown in the score field), then one key records the result
for the selected person with that score, the day and the assessor above, and moves down:
P passed, F not passed, V confirmed on VNeID (again: taken back) in English; in Vietnamese
D đạt, K chưa đạt, X xác nhận (not C and V, which mark "có mặt" and "vắng" on the attendance
screen); Delete takes the result away. When a result changes for someone who already holds a
certificate of the class, the window offers to revoke it (it stays valid until revoked).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom import assessment as asm
from classroom import certificates as certs
from models import LOCAL_TZ

from ..changes import ATTENDANCE
from ..ops import Ops
from .model import SCORE_COL, VNEID_COL, AssessmentModel, score_text
from .words import describe

BANNER = {"good": "background:#1e7b34;color:white;", "bad": "background:#b3261e;color:white;",
          "idle": "background:#eef1f4;color:#333;"}


class AssessmentDialog(QDialog):
    changed = Signal()  # a result or a confirmation was saved (the class's completions may differ)

    def __init__(self, ops: Ops, class_id: int, parent: QWidget | None = None, *, with_vneid: bool = True) -> None:
        """``with_vneid`` False: results only (the instructor's program, whose file carries no confirmations)."""
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self._ops, self.class_id = ops, class_id
        self.sheet: asm.Sheet | None = None
        self.keys = {
            self.tr("P", "key: passed").upper(): True, self.tr("F", "key: not passed").upper(): False,
        }
        self.vneid_key = self.tr("V", "key: confirmed on VNeID").upper()
        self.setWindowTitle(self.tr("Assessment and VNeID confirmation"))
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.day = QDateEdit()
        self.day.setObjectName("assessmentDay")
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        today = self._today()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.assessor = QLineEdit(ops.actor)
        self.assessor.setObjectName("assessor")
        self.assessor.setMaxLength(100)
        self.score = QLineEdit()
        self.score.setObjectName("scoreField")
        self.score.setPlaceholderText(self.tr("none"))
        self.score.setMaximumWidth(80)
        fields = QHBoxLayout()
        for label, widget in ((self.tr("Day:"), self.day), (self.tr("Assessor / seen by:"), self.assessor),
                              (self.tr("Score (0–100, optional):"), self.score)):
            fields.addWidget(QLabel(label))
            fields.addWidget(widget, 1 if widget is self.assessor else 0)
        self.banner = QLabel(" ")
        self.banner.setObjectName("assessmentBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setMinimumHeight(36)
        self.model = AssessmentModel()
        self.table = QTableView()
        self.table.setObjectName("assessmentGrid")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.passed = QPushButton(self.tr("Passed"))
        self.passed.clicked.connect(lambda: self.record_selected(True))
        self.failed = QPushButton(self.tr("Not passed"))
        self.failed.clicked.connect(lambda: self.record_selected(False))
        self.remove = QPushButton(self.tr("Remove the result"))
        self.remove.clicked.connect(self.remove_selected)
        self.vneid = QPushButton(self.tr("Confirmed on VNeID"))
        self.vneid.clicked.connect(self.toggle_vneid)
        self.vneid_all = QPushButton(self.tr("Whole class confirmed on VNeID"))
        self.vneid_all.setObjectName("vneidAll")
        self.vneid_all.clicked.connect(self.confirm_everyone)
        keys_help = QLabel(self.tr("Keys on the list: digits type a score · P passed · F not passed · V confirmed on "
                                   "VNeID · Delete removes the result · ↑↓ choose a person"))
        keys_help.setWordWrap(True)
        keys_help.setObjectName("keysHelp")
        self.summary = QLabel()
        self.with_vneid = with_vneid
        if not with_vneid:
            self.vneid_key = ""
            self.vneid.hide()
            self.vneid_all.hide()
            self.table.setColumnHidden(VNEID_COL, True)
            keys_help.setText(self.tr("Keys on the list: digits type a score · P passed · F not passed · Delete removes "
                                      "the result · ↑↓ choose a person"))
        buttons = QHBoxLayout()
        for b in (self.passed, self.failed, self.remove, self.vneid, self.vneid_all):
            b.setAutoDefault(False)  # Enter on the grid or in the score field must not record a result
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)  # Esc closes; Enter does not
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(fields)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(keys_help)
        layout.addLayout(bottom)
        self.resize(1180, 660)
        self._show_banner("idle", self.tr("Choose a person, type a score if any, then press P or F"))
        self.reload()

    @staticmethod
    def _today() -> date:
        return datetime.now(LOCAL_TZ).date()

    # -- loading
    def reload(self) -> None:
        class_id = self.class_id
        self._ops.query(lambda s: asm.class_sheet(s, class_id), self._show, self._failed)

    def _show(self, sheet: asm.Sheet) -> None:
        self.sheet = sheet
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_lines(list(sheet.lines))
        if sheet.lines:
            self.table.selectRow(min(row, len(sheet.lines) - 1))
        rule = (self.tr("Completion: at least %1 % of the sessions held and a passed assessment.")
                if sheet.requires_assessment else
                self.tr("Completion: at least %1 % of the sessions held (no assessment required).")).replace(
            "%1", str(sheet.completion_percent))
        self.header.setText(f"<b>{sheet.class_code} · {sheet.course_title}</b><br>{rule}")
        lines = sheet.lines
        self.summary.setText(self.tr("Passed %1 · not passed %2 · no result %3 · confirmed on VNeID %4 · completed "
                                     "%5 / %6").replace("%1", str(sum(1 for x in lines if x.passed is True)))
                             .replace("%2", str(sum(1 for x in lines if x.passed is False)))
                             .replace("%3", str(sum(1 for x in lines if x.passed is None)))
                             .replace("%4", str(sum(1 for x in lines if x.vneid_on)))
                             .replace("%5", str(sum(1 for x in lines if x.completed))).replace("%6", str(len(lines))))

    def _selected(self) -> asm.SheetLine | None:
        row = self.table.currentIndex().row()
        return self.model.lines[row] if 0 <= row < len(self.model.lines) else None

    def _picked_day(self) -> date:
        q = self.day.date()
        return date(q.year(), q.month(), q.day())

    # -- saving
    def _save(self, work: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        def saved(result: Any) -> None:
            done(result)
            self.reload()
            self.changed.emit()
        self._ops.mutate(work, saved, self._failed, changes=ATTENDANCE, origin=self)  # results: with the marks

    def record_selected(self, passed: bool) -> None:
        line = self._selected()
        if line is None:
            return
        text = self.score.text().strip().replace(",", ".")
        try:
            score = float(text) if text else None
        except ValueError:
            self._show_banner("bad", self.tr("The score “%1” is not a number.").replace("%1", self.score.text()))
            return
        entry = asm.ResultInput(line.participant_id, passed, self._picked_day(), score, self.assessor.text())
        class_id, actor = self.class_id, self._ops.actor
        row = self.model.row_of(line.participant_id)

        def done(outcomes: list[asm.ResultOutcome]) -> None:
            self.score.clear()
            self._show_banner("good", f"✔ {line.full_name} — "
                              + (self.tr("Passed") if passed else self.tr("Not passed"))
                              + (f" ({score_text(score)})" if score is not None else ""))
            if row + 1 < self.model.rowCount():
                self.table.selectRow(row + 1)
            for o in outcomes:
                if o.certificate:
                    self.offer_revocation(o.certificate, line.full_name)
        self._save(lambda s: asm.record_results(s, class_id, [entry], actor=actor), done)

    def remove_selected(self) -> None:
        line = self._selected()
        if line is None or line.passed is None:
            return
        class_id, actor = self.class_id, self._ops.actor

        def done(o: asm.ResultOutcome) -> None:
            self._show_banner("good", self.tr("Result of %1 removed").replace("%1", line.full_name))
            if o.certificate:
                self.offer_revocation(o.certificate, line.full_name)
        self._save(lambda s: asm.remove_result(s, class_id, line.participant_id, actor=actor), done)

    def offer_revocation(self, serial: str, name: str) -> None:
        answer = QMessageBox.question(self, self.tr("Certificate issued on the former result"), self.tr(
            "%1 holds certificate %2, issued on the former result. It stays valid until it is revoked. "
            "Revoke it now?").replace("%1", name).replace("%2", serial))
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Revoke certificate %1").replace("%1", serial),
                                          self.tr("Reason:"), text=self.tr("The assessment result changed"))
        if not ok or not reason.strip():
            return
        actor = self._ops.actor

        def revoke(s: Session) -> None:
            certs.revoke(s, serial, reason, actor=actor)  # the certificate row stays on the worker's side
        self._save(revoke, lambda _r: self._show_banner("good", self.tr("Certificate %1 revoked").replace("%1", serial)))

    def toggle_vneid(self) -> None:
        line = self._selected()
        if line is None:
            return
        class_id, actor, pid = self.class_id, self._ops.actor, line.participant_id
        if line.vneid_on:
            self._save(lambda s: asm.unconfirm_vneid(s, class_id, pid, actor=actor),
                       lambda _r: self._show_banner("good", self.tr("VNeID confirmation of %1 taken back")
                                                    .replace("%1", line.full_name)))
            return
        day, seen_by = self._picked_day(), self.assessor.text()
        row = self.model.row_of(pid)

        def done(_n: int) -> None:
            self._show_banner("good", self.tr("✔ %1 — confirmed on VNeID").replace("%1", line.full_name))
            if row + 1 < self.model.rowCount():
                self.table.selectRow(row + 1)
        self._save(lambda s: asm.confirm_vneid(s, class_id, [pid], confirmed_on=day, seen_by=seen_by, actor=actor),
                   done)

    def confirm_everyone(self) -> None:
        ids = [x.participant_id for x in self.model.lines if not x.vneid_on]
        if not ids:
            return
        class_id, actor, day, seen_by = self.class_id, self._ops.actor, self._picked_day(), self.assessor.text()
        self._save(lambda s: asm.confirm_vneid(s, class_id, ids, confirmed_on=day, seen_by=seen_by, actor=actor),
                   lambda n: self._show_banner("good", self.tr("%1 people confirmed on VNeID").replace("%1", str(n))))

    def _failed(self, exc: BaseException) -> None:
        self._show_banner("bad", describe(exc))

    def _show_banner(self, kind: str, text: str) -> None:
        self.banner.setStyleSheet(BANNER[kind] + "font-size:13pt;font-weight:bold;border-radius:4px;")
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)

    # -- keys on the grid
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            text = event.text()
            if text.upper() in self.keys:
                self.record_selected(self.keys[text.upper()])
                return True
            if self.vneid_key and text.upper() == self.vneid_key:
                self.toggle_vneid()
                return True
            if text[:1].isdigit() or text in (",", "."):
                self.score.setText(self.score.text() + text)
                return True
            if event.key() == Qt.Key.Key_Backspace:
                self.score.setText(self.score.text()[:-1])
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setColumnWidth(SCORE_COL, 70)
