"""The preview beside the rule: the dates a rule gives, the days skipped and why, the conflicts."""
from __future__ import annotations

from datetime import date

from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from classroom.errors import InvalidInput
from classroom.scheduling import Conflict, Plan, PlainRule, PlannedSession, find_conflicts, plan_sessions, to_spec

from .words import conflict_text, describe, time_span, weekday


def ui_language() -> str:
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


@dataclass
class Preview:
    plan: Plan | None
    error: InvalidInput | None = None
    conflicts: list[Conflict] = field(default_factory=list)


def compute_preview(session: Session, plain: PlainRule, keep_holidays: bool, language: str,
                    instructor_ids: tuple[int, ...], venue_id: int | None, capacity: int) -> Preview:
    """Runs on the database worker: the plan of a new class and its conflicts."""
    try:
        plan = plan_sessions(session, to_spec(plain), keep_holidays, language)
    except InvalidInput as exc:
        return Preview(None, exc)
    return Preview(plan, None, find_conflicts(session, plan.sessions, None, instructor_ids, venue_id, capacity, ()))


def existing_conflicts(session: Session, class_id: int, coming: list[PlannedSession], instructor_ids: tuple[int, ...],
                       venue_id: int | None, capacity: int) -> Preview:
    """The conflicts of an existing class's sessions still to come, with the details as now chosen."""
    return Preview(None, None, find_conflicts(session, coming, class_id, instructor_ids, venue_id, capacity))


class PreviewBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("previewSummary")
        self.dates = QListWidget()
        self.dates.setObjectName("previewDates")
        self.conflict_title = QLabel()
        self.conflict_title.setObjectName("conflictTitle")
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("conflictList")
        self.conflicts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.dates, 3)
        layout.addWidget(self.conflict_title)
        layout.addWidget(self.conflicts, 2)
        self.show_conflicts([])

    def show_plan(self, plan: Plan | None, error: InvalidInput | None, today: date | None = None) -> None:
        self.dates.clear()
        if plan is None:
            self.summary.setText(describe(error) if error else "")
            self.summary.setStyleSheet("color: #a12622;")
            return
        self.summary.setStyleSheet("")
        text = self.tr("Sessions: %1, from %2 to %3.").replace("%1", str(len(plan.sessions))) \
            .replace("%2", f"{plan.first:%d/%m/%Y}").replace("%3", f"{plan.last:%d/%m/%Y}")
        if plan.skipped:
            text += " " + self.tr("Holidays skipped: %1.").replace("%1", str(len(plan.skipped)))
        if today is not None and plan.last.date() < today:  # born finished: enrolment would refuse everyone
            text += " " + self.tr("Every session is before today: the class is saved as finished and nobody can be "
                                  "enrolled in it. Choose a later first day for a class still to be held.")
            self.summary.setStyleSheet("color: #a12622;")
        self.summary.setText(text)
        rows = [(p.starts_at.date(), 0, p) for p in plan.sessions] + [(s.day, 1, s) for s in plan.skipped]
        number = 0
        grey = QBrush(QColor("#8a6d3b"))
        for _day, kind, item in sorted(rows, key=lambda r: (r[0], r[1])):
            if kind == 0:
                number += 1
                QListWidgetItem(f"{number}. {time_span(item.starts_at, item.ends_at)}", self.dates)
            else:
                line = QListWidgetItem(self.tr("    %1 %2: skipped, %3").replace("%1", weekday(item.day))
                                       .replace("%2", f"{item.day:%d/%m/%Y}").replace("%3", item.reason), self.dates)
                line.setForeground(grey)
                font = QFont(line.font())
                font.setItalic(True)
                line.setFont(font)

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflicts.clear()
        if not conflicts:
            self.conflict_title.setText(self.tr("No conflicts with other classes."))
            self.conflict_title.setStyleSheet("color: #2d6a2d;")
            self.conflicts.hide()
            return
        self.conflict_title.setText(self.tr("Conflicts (%1): check them before saving").replace("%1", str(len(conflicts))))
        self.conflict_title.setStyleSheet("color: #a12622; font-weight: bold;")
        for c in conflicts:
            prefix = f"{time_span(c.starts_at, c.ends_at)}: " if c.starts_at else ""
            item = QListWidgetItem(prefix + conflict_text(c), self.conflicts)
            item.setData(Qt.ItemDataRole.UserRole, c)
        self.conflicts.show()
