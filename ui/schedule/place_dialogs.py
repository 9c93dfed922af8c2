"""Small forms: a local course, a venue, an instructor. Saved through Ops; problems shown inline."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom.scheduling import (
    CourseInput, InstructorInput, InstructorRow, VenueInput, VenueRow, add_course, create_instructor, create_venue,
    update_instructor, update_venue,
)

from ..ops import Ops
from .combo import choose_data, chosen
from .words import describe

ORGANISATIONS = ["digital_team", "youth_union", "womens_union", "school", "university", "commune_staff", "other"]


class FormDialog(QDialog):
    """A form whose OK runs one mutation; the dialog closes only when it succeeded."""

    work: Callable[[], Callable[[Session], Any]]  # each form says what it saves

    saved = Signal(object)

    def __init__(self, ops: Ops, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a12622;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        self.message.clear()
        self.ops.mutate(self.work(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.show_message(describe(exc))

    def show_message(self, text: str) -> None:
        """The message under the form, the dialog grown to hold all its lines (a wrapped sentence was drawn
        over the field above it: the dialog kept the height it had before the message came)."""
        self.message.setText(text)
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)


class CourseDialog(FormDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Add a local course"), parent)
        self.code = QLineEdit()
        self.code.setMaxLength(30)
        self.title = QLineEdit()
        self.hours = QDoubleSpinBox(minimum=0, maximum=1000, decimals=1, value=3)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Hours"), self.hours)
        self.form.addRow(self.tr("Description"), self.description)

    def work(self) -> Callable[[Session], int]:
        data = CourseInput(self.code.text(), self.title.text(), self.description.toPlainText(),
                           hours=self.hours.value() or None)
        return lambda session: add_course(session, data, actor=self.ops.actor)


class VenueDialog(FormDialog):
    def __init__(self, ops: Ops, villages: list[tuple[int, str]], row: VenueRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Venue") if row else self.tr("New venue"), parent)
        self.row = row
        self.name = QLineEdit(row.name if row else "")
        self.address = QLineEdit(row.address if row else "")
        self.village = QComboBox()
        self.village.addItem(self.tr("(none)"))  # no data: see combo.py
        for vid, name in villages:
            self.village.addItem(name, vid)
        choose_data(self.village, row.village_id if row else None)
        self.capacity = QSpinBox(minimum=1, maximum=2000, value=row.capacity if row else 30)
        self.computers = QSpinBox(minimum=0, maximum=2000, value=row.computers if row else 0)
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(row.active if row else True)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Village"), self.village)
        self.form.addRow(self.tr("Seats"), self.capacity)
        self.form.addRow(self.tr("Computers"), self.computers)
        self.form.addRow("", self.active)

    def work(self) -> Callable[[Session], Any]:
        data = VenueInput(self.name.text(), self.address.text(), chosen(self.village, first_means_none=True),
                          self.capacity.value(),
                          self.computers.value(), active=self.active.isChecked())
        if self.row is None:
            return lambda session: create_venue(session, data, actor=self.ops.actor)
        venue_id = self.row.id
        return lambda session: update_venue(session, venue_id, data, actor=self.ops.actor)


class InstructorDialog(FormDialog):
    def __init__(self, ops: Ops, row: InstructorRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Instructor") if row else self.tr("New instructor"), parent)
        self.row = row
        self.name = QLineEdit(row.full_name if row else "")
        self.kind = QComboBox()
        words = [self.tr("Community digital technology team"), self.tr("Youth Union"), self.tr("Women's Union"),
                 self.tr("School"), self.tr("University"), self.tr("Commune staff"), self.tr("Other")]
        for key, word in zip(ORGANISATIONS, words):
            self.kind.addItem(word, key)
        choose_data(self.kind, row.organisation_kind if row else None)
        self.organisation = QLineEdit(row.organisation_name if row else "")
        self.phone = QLineEdit(row.phone or "" if row else "")
        self.active = QCheckBox(self.tr("Teaching"))
        self.active.setChecked(row.active if row else True)
        self.form.addRow(self.tr("Full name"), self.name)
        self.form.addRow(self.tr("Comes from"), self.kind)
        self.form.addRow(self.tr("Organisation"), self.organisation)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow("", self.active)

    def work(self) -> Callable[[Session], Any]:
        data = InstructorInput(self.name.text(), chosen(self.kind) or "other", self.organisation.text(),
                               self.phone.text() or None, active=self.active.isChecked())
        if self.row is None:
            return lambda session: create_instructor(session, data, actor=self.ops.actor)
        instructor_id = self.row.id
        return lambda session: update_instructor(session, instructor_id, data, actor=self.ops.actor)
