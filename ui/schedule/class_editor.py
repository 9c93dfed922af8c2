"""The class editor: the details of a class, and its sessions from a rule stated in plain terms.

A new class shows a live preview of its dates, the days skipped and why, and the
conflicts with other classes; with conflicts, "Save anyway" saves after the officer has
seen them. An existing class lists its sessions to move, cancel or add one at a time.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom.scheduling import (
    ClassDetail, ClassInput, CourseRow, InstructorRow, PlannedSession, SavedClass, SchedulingConflict, VenueRow,
    create_class, list_courses, list_instructors, list_venues, load_class, plan_sessions, to_spec, update_class,
)
from classroom.directory import list_village_rows
from models import SessionStatus, TargetGroup, now_local

from ..ops import Ops
from ..words import value_word
from .class_sessions import SessionsBox
from .combo import choose_data, chosen
from .place_dialogs import CourseDialog, FormDialog, InstructorDialog, VenueDialog
from .preview import Preview, PreviewBox, compute_preview, existing_conflicts, ui_language
from .rule_form import RuleForm
from .words import describe


@dataclass
class Choices:
    courses: list[CourseRow]
    venues: list[VenueRow]
    instructors: list[InstructorRow]
    detail: ClassDetail | None
    villages: list[tuple[int, str]]  # for a venue added in place


def load_choices(session: Session, class_id: int | None) -> Choices:
    detail = load_class(session, class_id) if class_id is not None else None
    keep_venue = detail.data.venue_id if detail else None
    keep_teachers = set(detail.data.instructor_ids) if detail else set()
    return Choices([c for c in list_courses(session, include_inactive=True) if c.active or
                    (detail is not None and c.id == detail.data.course_id)],
                   [v for v in list_venues(session) if v.active or v.id == keep_venue],
                   [i for i in list_instructors(session) if i.active or i.id in keep_teachers], detail,
                   [(v.id, v.name) for v in list_village_rows(session, include_retired=False)])


class ClassEditor(QDialog):
    saved = Signal(object)  # SavedClass

    def __init__(self, ops: Ops, class_id: int | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classEditor")
        self.ops, self.class_id = ops, class_id
        self.today = today or now_local().date()
        self.choices: Choices | None = None
        self.preview_result: Preview | None = None
        self.resize(1060, 680)
        self.setWindowTitle(self.tr("New class"))

        self.course = QComboBox()
        self.course.setMinimumContentsLength(18)
        self.course.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_course = QPushButton(self.tr("Local course…"))
        self.add_course.setToolTip(self.tr("Add a local course to the catalogue"))
        self.group = QComboBox()
        for value in TargetGroup:
            self.group.addItem(value_word(value), str(value))
        self.venue = QComboBox()
        self.venue_seats = QLabel()
        self.add_venue = QPushButton("+", objectName="addVenue")
        self.add_venue.setToolTip(self.tr("A venue not in the list yet: add it here"))
        self.add_instructor = QPushButton("+", objectName="addInstructor")
        self.add_instructor.setToolTip(self.tr("An instructor not in the list yet: add them here"))
        for button in (self.add_venue, self.add_instructor):
            button.setFixedWidth(32)
        self.instructors = QListWidget()
        self.instructors.setObjectName("instructorChoice")
        self.instructors.setMaximumHeight(120)
        self.instructors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.instructors.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.capacity = QSpinBox(minimum=1, maximum=500, value=30)
        self.completion = QSpinBox(minimum=1, maximum=100, value=80, suffix=" %")
        self.assessment = QCheckBox(self.tr("and a passed assessment"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)

        course_row, venue_row, completion_row = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        course_row.addWidget(self.course, 1)
        course_row.addWidget(self.add_course)
        venue_row.addWidget(self.venue, 1)
        venue_row.addWidget(self.venue_seats)
        venue_row.addWidget(self.add_venue)
        teachers_row = QHBoxLayout()
        teachers_row.addWidget(self.instructors, 1)
        teachers_row.addWidget(self.add_instructor, 0, Qt.AlignmentFlag.AlignTop)
        completion_row.addWidget(self.completion)
        completion_row.addWidget(self.assessment, 1)
        details = QFormLayout()
        details.addRow(self.tr("Course"), course_row)
        details.addRow(self.tr("Target group"), self.group)
        details.addRow(self.tr("Venue"), venue_row)
        details.addRow(self.tr("Instructors"), teachers_row)
        details.addRow(self.tr("Places"), self.capacity)
        details.addRow(self.tr("Completion: sessions attended"), completion_row)
        details.addRow(self.tr("Notes"), self.notes)
        left = QGroupBox(self.tr("Class"))
        left_column = QVBoxLayout(left)
        left_column.addLayout(details)
        left_column.addStretch(1)

        self.preview = PreviewBox()
        right = QGroupBox(self.tr("Sessions"))
        self.right_layout = QVBoxLayout(right)
        self.rule: RuleForm | None = None
        self.sessions: SessionsBox | None = None
        self.learners: Any = None  # ClassLearners, for a class already saved
        if class_id is None:
            self.rule = RuleForm(self.today)
            self.right_layout.addWidget(self.rule)
            self.rule.changed.connect(self.schedule_preview)
        else:
            from ..classwork.learners import ClassLearners

            self.sessions = SessionsBox(ops, class_id)
            self.sessions.changed.connect(self._reload)
            self.learners = ClassLearners(ops, class_id)  # who is in the class, and enrolling more
            self.tabs = QTabWidget()
            self.tabs.addTab(self.sessions, self.tr("Sessions"))
            self.tabs.addTab(self.learners, self.tr("Learners"))
            right.setTitle(self.tr("Sessions and learners"))
            self.right_layout.addWidget(self.tabs, 4)
            self.preview.summary.hide()
            self.preview.dates.hide()
        self.right_layout.addWidget(self.preview, 3 if class_id is None else 1)

        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a12622;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.anyway = self.buttons.addButton(self.tr("Save anyway"), QDialogButtonBox.ButtonRole.ActionRole)
        self.anyway.hide()
        self.save_button.clicked.connect(lambda: self.save(False))
        self.anyway.clicked.connect(lambda: self.save(True))
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh_preview)
        self.add_course.clicked.connect(self._add_course)
        self.add_venue.clicked.connect(self._add_venue)
        self.add_instructor.clicked.connect(self._add_instructor)
        self.place_dialog: FormDialog | None = None  # the venue or instructor being added in place
        for combo in (self.course, self.group, self.venue):
            combo.currentIndexChanged.connect(self.schedule_preview)
        self.venue.currentIndexChanged.connect(self._show_seats)
        self.capacity.valueChanged.connect(self.schedule_preview)
        self.instructors.itemChanged.connect(self.schedule_preview)
        self._reload()

    # -- loading
    def _reload(self, select_course: int | None = None, select_venue: int | None = None,
                tick_instructor: int | None = None) -> None:
        class_id = self.class_id
        self.ops.query(lambda s: load_choices(s, class_id),
                       lambda c: self._fill(c, select_course, select_venue, tick_instructor))

    def _fill(self, choices: Choices, select_course: int | None, select_venue: int | None = None,
              tick_instructor: int | None = None) -> None:
        first = self.choices is None
        current = self.values() if not first else None
        self.choices = choices
        for widget in (self.course, self.venue, self.instructors):
            widget.blockSignals(True)
        self.course.clear()
        for c in choices.courses:
            self.course.addItem(f"{c.title} ({c.code})", c.id)
        self.venue.clear()
        for v in choices.venues:
            self.venue.addItem(v.name, v.id)
        self.instructors.clear()
        for i in choices.instructors:
            item = QListWidgetItem(i.full_name + (f" — {i.organisation_name}" if i.organisation_name else ""),
                                   self.instructors)
            item.setData(Qt.ItemDataRole.UserRole, i.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        data = choices.detail.data if first and choices.detail else current
        if data is not None:
            self.set_values(data)
        elif first:  # a new class: the officer chooses, nothing is preselected by accident
            for combo, hint in ((self.course, self.tr("Choose a course…")), (self.group, self.tr("Choose a group…")),
                                (self.venue, self.tr("Choose a venue…"))):
                combo.setPlaceholderText(hint)
                combo.setCurrentIndex(-1)
        if not choices.venues:  # an empty list says what to do next
            self.venue.setPlaceholderText(self.tr("No venue yet: add one with +"))
        elif self.venue.placeholderText() != self.tr("Choose a venue…"):
            self.venue.setPlaceholderText(self.tr("Choose a venue…"))
        if not choices.instructors:
            hint = QListWidgetItem(self.tr("No instructor yet: add one with +"), self.instructors)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        if select_course is not None:
            choose_data(self.course, select_course)
        if select_venue is not None:
            choose_data(self.venue, select_venue)
        for row in range(self.instructors.count()):
            item = self.instructors.item(row)
            if tick_instructor is not None and item.data(Qt.ItemDataRole.UserRole) == tick_instructor:
                item.setCheckState(Qt.CheckState.Checked)
                self.instructors.scrollToItem(item)
        for widget in (self.course, self.venue, self.instructors):
            widget.blockSignals(False)
        if choices.detail is not None:
            self.setWindowTitle(self.tr("Class %1").replace("%1", choices.detail.code))
            if self.sessions is not None:
                self.sessions.show_detail(choices.detail, [(v.id, v.name) for v in choices.venues])
        self._show_seats()
        self.refresh_preview()

    def set_values(self, data: ClassInput) -> None:
        for combo, value in ((self.course, data.course_id), (self.group, data.target_group),
                             (self.venue, data.venue_id)):
            choose_data(combo, value, default=-1)
        for row in range(self.instructors.count()):
            item = self.instructors.item(row)
            if item.data(Qt.ItemDataRole.UserRole) is None:
                continue  # the line saying the list is empty
            checked = item.data(Qt.ItemDataRole.UserRole) in data.instructor_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.capacity.setValue(data.capacity)
        self.completion.setValue(data.completion_percent)
        self.assessment.setChecked(data.requires_assessment)
        self.notes.setPlainText(data.notes)

    def values(self) -> ClassInput:
        teachers = tuple(self.instructors.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.instructors.count())
                         if self.instructors.item(r).checkState() == Qt.CheckState.Checked)
        return ClassInput(chosen(self.course) or 0, chosen(self.group) or "", chosen(self.venue) or 0,
                          teachers, self.capacity.value(), self.completion.value(), self.assessment.isChecked(),
                          self.notes.toPlainText())

    def _show_seats(self) -> None:
        seats = {v.id: v.capacity for v in (self.choices.venues if self.choices else [])}
        venue = chosen(self.venue)
        self.venue_seats.setText(self.tr("seats %1").replace("%1", str(seats[venue])) if venue in seats else "")

    # -- preview
    def schedule_preview(self, *_args: Any) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        if self.choices is None:
            return
        data, language = self.values(), ui_language()
        if self.rule is not None:
            plain, keep = self.rule.plain(), self.rule.keep_holidays.isChecked()
            self.ops.query(lambda s: compute_preview(s, plain, keep, language, data.instructor_ids,
                                                     data.venue_id or None, data.capacity), self._show_preview)
        elif self.choices.detail is not None:
            coming = [PlannedSession(x.starts_at, x.ends_at) for x in self.choices.detail.sessions
                      if x.status == SessionStatus.SCHEDULED and x.starts_at.date() >= self.today and x.venue_id is None]
            class_id = self.choices.detail.id
            self.ops.query(lambda s: existing_conflicts(s, class_id, coming, data.instructor_ids,
                                                        data.venue_id or None, data.capacity), self._show_preview)

    def _show_preview(self, result: Preview) -> None:
        self.preview_result = result
        if self.rule is not None:
            self.preview.show_plan(result.plan, result.error, self.today)
        self.preview.show_conflicts(result.conflicts)
        self.anyway.setVisible(bool(result.conflicts))
        self.save_button.setVisible(not result.conflicts)

    # -- saving
    def save(self, allow_conflicts: bool) -> None:
        self.message.clear()
        data, actor, today = self.values(), self.ops.actor, self.today
        if self.rule is not None:
            plain, keep, language = self.rule.plain(), self.rule.keep_holidays.isChecked(), ui_language()

            def work(session: Session) -> SavedClass:
                plan = plan_sessions(session, to_spec(plain), keep, language)
                return create_class(session, data, plan.sessions, allow_conflicts=allow_conflicts, actor=actor)
        else:
            class_id = self.class_id

            def work(session: Session) -> SavedClass:
                assert class_id is not None
                return update_class(session, class_id, data, allow_conflicts=allow_conflicts, actor=actor, today=today)
        self.ops.mutate(work, self._saved, self._failed)

    def _saved(self, saved: SavedClass) -> None:
        self.saved.emit(saved)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SchedulingConflict):
            self._show_preview(Preview(self.preview_result.plan if self.preview_result else None, None, exc.conflicts))
        self.message.setText(describe(exc))

    def _add_venue(self) -> None:
        """A small form; the venue saved is chosen for the class."""
        self.place_dialog = VenueDialog(self.ops, self.choices.villages if self.choices else [], None, self)
        self.place_dialog.saved.connect(lambda venue_id: self._reload(select_venue=venue_id))
        self.place_dialog.open()

    def _add_instructor(self) -> None:
        """A small form; the instructor saved is ticked for the class."""
        self.place_dialog = InstructorDialog(self.ops, None, self)
        self.place_dialog.saved.connect(lambda instructor_id: self._reload(tick_instructor=instructor_id))
        self.place_dialog.open()

    def _add_course(self) -> None:
        dialog = CourseDialog(self.ops, self)
        dialog.saved.connect(lambda course_id: self._reload(select_course=course_id))
        dialog.open()
