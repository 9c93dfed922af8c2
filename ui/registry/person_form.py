"""The fields of one person, each with the line beneath it that says what is wrong, as it is typed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from classroom.errors import Problem
from classroom.participants import PersonInput
from classroom.registry import PersonDetails, consent_problems
from classroom.validation import BirthDate, check_person
from models import TargetGroup

from ..dates import DateField
from ..words import value_word
from .common import message_label, show_message
from .words import describe_problem

DEFAULT_PURPOSE = "Tham gia lớp Bình dân học vụ số"


class PersonForm(QWidget):
    """``validity`` tells whether the person can be saved (no errors; warnings allowed)."""

    validity = Signal(bool)

    def __init__(self, villages: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(objectName="fullName")
        self.birth = QLineEdit(objectName="birth", placeholderText=self.tr("dd/mm/yyyy, or the year alone"))
        self.gender = QComboBox(objectName="gender")
        self.gender.addItem("—", None)
        for g in ("male", "female", "other"):
            self.gender.addItem(value_word(g), g)
        self.national_id = QLineEdit(objectName="nationalId", placeholderText=self.tr("12 digits"))
        self.phone = QLineEdit(objectName="phone", placeholderText=self.tr("10 digits, from 0"))
        self.village = QComboBox(objectName="village")
        self.village.addItem("—", None)
        for vid, name in villages:
            self.village.addItem(name, vid)
        self.group = QComboBox(objectName="targetGroup")
        for g in TargetGroup:
            self.group.addItem(value_word(str(g)), str(g))
        self.group.setCurrentIndex(self.group.findData("other"))
        self.occupation = QLineEdit(objectName="occupation", placeholderText=self.tr("Cooperative, enterprise, office…"))
        self.needs = QPlainTextEdit(objectName="needs")
        self.needs.setPlaceholderText(self.tr("Poor eyesight, hearing, no smartphone of their own…"))
        self.needs.setFixedHeight(56)
        self.consent = QGroupBox(self.tr("Consent to the processing of personal data (Law 91/2025/QH15)"))
        self.consent.setObjectName("consent")
        self.consent_given = QCheckBox(self.tr("The person has agreed, explicitly"), objectName="consentGiven")
        self.consent_at = DateField(objectName="consentAt")  # typed whole (26012027) or chosen on a calendar
        self.consent_at.setDate(QDate.currentDate())
        self.purpose = QLineEdit(DEFAULT_PURPOSE, objectName="consentPurpose")

        self.messages = {f: message_label(self) for f in (
            "full_name", "birth", "gender", "national_id", "phone", "target_group", "occupation", "consent_at",
            "consent_purpose")}
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # stays by its field
        for label, widget, field in (
                (self.tr("Full name"), self.name, "full_name"), (self.tr("Birth date"), self.birth, "birth"),
                (self.tr("Gender"), self.gender, "gender"), (self.tr("Personal ID"), self.national_id, "national_id"),
                (self.tr("Phone"), self.phone, "phone"), (self.tr("Village"), self.village, None),
                (self.tr("Target group"), self.group, "target_group"),
                (self.tr("Occupation or workplace"), self.occupation, "occupation"),
                (self.tr("Needs"), self.needs, None)):
            form.addRow(label, self._with_message(widget, field))
        inner = QFormLayout(self.consent)
        inner.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inner.addRow(self.consent_given)
        inner.addRow(self.tr("Date"), self._with_message(self.consent_at, "consent_at"))
        inner.addRow(self.tr("Purpose"), self._with_message(self.purpose, "consent_purpose"))
        form.addRow(self.consent)

        for edit in (self.name, self.birth, self.national_id, self.phone, self.occupation, self.purpose):
            edit.textChanged.connect(self.validate)
        for box in (self.gender, self.group):
            box.currentIndexChanged.connect(self.validate)
        self.consent_given.toggled.connect(self._consent_toggled)
        self.consent_at.dateChanged.connect(self.validate)
        self._consent_toggled(False)

    def _with_message(self, widget: QWidget, field: str | None) -> QWidget:
        if field is None:
            return widget
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.messages[field])
        return box

    def _consent_toggled(self, on: bool) -> None:
        self.consent_at.setEnabled(on)
        self.purpose.setEnabled(on)
        self.validate()

    def fill(self, p: PersonDetails) -> None:
        self.name.setText(p.full_name)
        self.birth.setText(BirthDate.from_iso(p.birth).display() if p.birth else "")
        self.gender.setCurrentIndex(max(self.gender.findData(p.gender), 0))
        self.national_id.setText(p.national_id or "")
        self.phone.setText(p.phone or "")
        self.village.setCurrentIndex(max(self.village.findData(p.village_id), 0))
        self.group.setCurrentIndex(max(self.group.findData(p.target_group), 0))
        self.occupation.setText(p.occupation)
        self.needs.setPlainText(p.needs)
        self.consent_given.setChecked(p.consent_at is not None)
        if p.consent_at is not None:
            self.consent_at.setDate(QDate(p.consent_at.year, p.consent_at.month, p.consent_at.day))
            self.purpose.setText(p.consent_purpose)
        self.validate()

    def person(self) -> PersonInput:
        consent = self.consent_given.isChecked()
        day = self.consent_at.date()
        return PersonInput(
            full_name=self.name.text(), birth=self.birth.text() or None, gender=self.gender.currentData(),
            national_id=self.national_id.text() or None, phone=self.phone.text() or None,
            village_id=self.village.currentData(), target_group=self.group.currentData(),
            occupation=self.occupation.text(), needs=self.needs.toPlainText(),
            consent_at=date(day.year(), day.month(), day.day()) if consent else None,  # type: ignore[arg-type]
            consent_purpose=self.purpose.text() if consent else "")

    def validate(self) -> bool:
        """Check what is typed now; say it under each field; ``validity`` follows."""
        p = self.person()
        checked = check_person(p.full_name, p.birth, p.gender, p.national_id, p.phone)
        problems = list(checked.problems) + consent_problems(p.consent_at, p.consent_purpose)
        if not self.name.text().strip() and not self.name.isModified():
            problems = [x for x in problems if x.code != "name_empty"]  # no red before the first key
            ok = False
        else:
            ok = not any(x.is_error for x in problems)
        self.show_problems(problems)
        self.validity.emit(ok)
        return ok

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        for x in problems:
            by_field.setdefault(x.field, []).append(x)
        for field, label in self.messages.items():
            found = by_field.get(field, [])
            errors = [x for x in found if x.is_error]
            shown = errors or found
            show_message(label, "\n".join(describe_problem(x.code, x.params) for x in shown), bool(errors))
