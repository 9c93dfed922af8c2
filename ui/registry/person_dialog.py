"""Adding or correcting one person: the form, their classes (withdraw with a reason), their data rights."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom.enrollment import PersonEnrollment, person_enrollments, withdraw
from classroom.errors import InvalidInput
from classroom.registry import add_participant, list_villages, load_person, update_participant

from ..ops import Ops
from .common import failure
from .data_rights import erase_with_confirmation, export_to_file
from .person_form import PersonForm


class PersonDialog(QDialog):
    """``saved(id)`` when the person was added or changed; ``erased(id)`` after an erasure;
    ``enrollments_changed`` after a withdrawal (classes' head counts and waiting lists moved)."""

    saved = Signal(int)
    erased = Signal(int)
    enrollments_changed = Signal()

    def __init__(self, ops: Ops, participant_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.ops, self.participant_id = ops, participant_id
        self.setWindowTitle(self.tr("New person") if participant_id is None else self.tr("Person"))
        self.resize(640, 640)
        self._layout = QVBoxLayout(self)
        self.form: PersonForm | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.classes = QTableWidget(0, 3, objectName="personClasses")
        self.classes.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Course"), self.tr("Status")])
        self.classes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.classes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.classes.horizontalHeader().setStretchLastSection(True)
        self.classes.verticalHeader().hide()
        self._enrollments: list[PersonEnrollment] = []
        pid = participant_id

        def load(session: Session) -> tuple[Any, ...]:
            person = load_person(session, pid) if pid is not None else None
            keep = person.village_id if person is not None else None  # a retired village stays theirs
            return list_villages(session, keep), person, person_enrollments(session, pid) if pid is not None else []
        ops.query(load, self._loaded)

    def _loaded(self, loaded: tuple[Any, ...]) -> None:
        villages, person, enrollments = loaded
        self.form = PersonForm(villages, self)
        self.form.validity.connect(self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled)
        if person is not None:
            self.form.fill(person)
            self.tabs = QTabWidget(objectName="personTabs")
            self.tabs.addTab(self.form, self.tr("Personal details"))
            self.tabs.addTab(self._classes_box(enrollments), self.tr("Classes (%1)").replace("%1", str(len(enrollments))))
            self._layout.addWidget(self.tabs)
            self._layout.addLayout(self._rights_row(person.full_name))
        else:
            self._layout.addWidget(self.form)
            self._layout.addStretch(1)
            self.form.validate()
        self._layout.addWidget(self.buttons)
        self.form.name.setFocus()

    def _classes_box(self, enrollments: list[PersonEnrollment]) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(self.classes)
        self.withdraw_button = QPushButton(self.tr("Withdraw from the class…"), objectName="withdraw")
        self.withdraw_button.clicked.connect(self._withdraw)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        column.addLayout(row)
        self._show_enrollments(enrollments)
        return box

    def _show_enrollments(self, enrollments: list[PersonEnrollment]) -> None:
        self._enrollments = enrollments
        self.classes.setRowCount(len(enrollments))
        for r, e in enumerate(enrollments):
            status = {"enrolled": self.tr("Enrolled"), "withdrawn": self.tr("Withdrawn")}.get(
                e.status, self.tr("Waiting list, no. %1").replace("%1", str(e.position or "")))
            if e.withdraw_reason:
                status += f" — {e.withdraw_reason}"
            for c, text in enumerate((e.class_code, e.course, status)):
                self.classes.setItem(r, c, QTableWidgetItem(text))
        self.classes.resizeColumnsToContents()
        self.withdraw_button.setEnabled(any(e.status != "withdrawn" for e in enrollments))

    def _withdraw(self) -> None:
        row = self.classes.currentRow()
        if not 0 <= row < len(self._enrollments) or self._enrollments[row].status == "withdrawn":
            return
        e = self._enrollments[row]
        reason, ok = QInputDialog.getText(self, self.tr("Withdraw"), self.tr("Why does %1 leave class %2?")
                                          .replace("%1", self.form.name.text() if self.form else "")
                                          .replace("%2", e.class_code))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Withdraw"), self.tr("A reason is needed to withdraw someone."))
            return
        pid, actor = self.participant_id, self.ops.actor

        def work(session: Session) -> tuple[list[PersonEnrollment], list[str]]:
            result = withdraw(session, e.enrollment_id, reason, actor=actor)
            moved = [load_person(session, p).full_name for p in result.promoted]
            return person_enrollments(session, pid), moved  # type: ignore[arg-type]
        self.ops.mutate(work, lambda done: self._withdrawn(e.class_code, *done))

    def _withdrawn(self, class_code: str, enrollments: list[PersonEnrollment], moved: list[str]) -> None:
        self._show_enrollments(enrollments)
        self.enrollments_changed.emit()
        if moved:
            QMessageBox.information(self, self.tr("Withdraw"), self.tr(
                "Moved up from the waiting list into class %1: %2").replace("%1", class_code)
                .replace("%2", ", ".join(moved)))

    def _rights_row(self, name: str) -> QHBoxLayout:
        row = QHBoxLayout()
        export = QPushButton(self.tr("Export all data (JSON)…"), objectName="exportPerson")
        printed = QPushButton(self.tr("Print all data for the person (PDF)…"), objectName="printPerson")
        erase = QPushButton(self.tr("Erase on request…"), objectName="erasePerson")
        pid = self.participant_id
        assert pid is not None
        export.clicked.connect(lambda: export_to_file(self, self.ops, pid, name))
        printed.clicked.connect(lambda: export_to_file(self, self.ops, pid, name, "pdf"))
        erase.clicked.connect(lambda: erase_with_confirmation(self, self.ops, pid, name, self._erased))
        row.addWidget(QLabel(self.tr("The person's rights:")))
        row.addWidget(export)
        row.addWidget(printed)
        row.addWidget(erase)
        row.addStretch(1)
        return row

    def _erased(self, participant_id: int) -> None:
        self.erased.emit(participant_id)
        self.accept()

    def save(self) -> None:
        if self.form is None or not self.form.validate():
            return
        person, pid = self.form.person(), self.participant_id

        def work(session: Session) -> int:
            if pid is None:
                return add_participant(session, person, actor=self.ops.actor)
            update_participant(session, pid, person, actor=self.ops.actor)
            return pid
        self.ops.mutate(work, self._saved, failure(self.ops, self._invalid))

    def _saved(self, participant_id: int) -> None:
        self.participant_id = participant_id
        self.saved.emit(participant_id)
        self.accept()

    def _invalid(self, exc: InvalidInput) -> None:
        if self.form is not None:
            self.form.show_problems(list(exc.problems))
