"""A class's results: who attended how much, who completed, and attendance by session."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from classroom.attendance import PersonResult, SessionTally

from ..words import value_word


class ResultsDialog(QDialog):
    def __init__(self, class_code: str, completion_percent: int, people: list[PersonResult],
                 tallies: list[SessionTally], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Results of class %1").replace("%1", class_code))
        self.resize(820, 600)
        done = sum(1 for p in people if p.completed)
        rule = QLabel(self.tr("Completion rule: at least %1 % of the sessions held. Completed: %2 of %3 people.")
                      .replace("%1", str(completion_percent)).replace("%2", str(done)).replace("%3", str(len(people))))
        rule.setWordWrap(True)
        self.people = QTableWidget(len(people), 6)
        self.people.setHorizontalHeaderLabels([self.tr("No."), self.tr("Full name"), self.tr("Attended"),
                                               self.tr("Share"), self.tr("Assessment"), self.tr("Completed")])
        for row, p in enumerate(people):
            share = f"{100 * p.attended / p.held:.0f} %" if p.held else "—"
            assessed = "" if p.assessment_passed is None else (
                self.tr("Passed") if p.assessment_passed else self.tr("Not passed"))
            for col, text in enumerate([str(row + 1), p.full_name, f"{p.attended} / {p.held}", share, assessed,
                                        self.tr("Yes") if p.completed else self.tr("Not yet")]):
                self.people.setItem(row, col, QTableWidgetItem(text))
        self.sessions = QTableWidget(len(tallies), 6)
        self.sessions.setHorizontalHeaderLabels([self.tr("Session"), self.tr("State"), value_word("present"),
                                                 value_word("late"), value_word("absent"), value_word("excused")])
        for row, t in enumerate(tallies):
            for col, text in enumerate([t.starts_at.strftime("%d/%m/%Y %H:%M"), value_word(t.status), str(t.present),
                                        str(t.late), str(t.absent), str(t.excused)]):
                self.sessions.setItem(row, col, QTableWidgetItem(text))
        for table in (self.people, self.sessions):
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        tabs = QTabWidget()
        tabs.addTab(self.people, self.tr("People"))
        tabs.addTab(self.sessions, self.tr("Sessions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
