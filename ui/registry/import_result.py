"""The last step: what was saved, and the rejected rows with a button to save them for fixing."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from classroom.importing import ImportPreview, ImportResult

from .common import thousands
from .import_check import issue_table
from .words import describe_problem


class ResultPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(objectName="resultSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt;")
        self.rejected_label = QLabel()
        self.rejected_label.setWordWrap(True)
        self.save_report = QPushButton(self.tr("Save the rejected rows…"), objectName="saveReport")
        self.saved_label = QLabel(objectName="reportSaved")
        self.saved_label.setWordWrap(True)
        self.table_slot = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.rejected_label, 1)
        row.addWidget(self.save_report)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addLayout(row)
        column.addLayout(self.table_slot, 1)
        column.addWidget(self.saved_label)

    def show_result(self, preview: ImportPreview, result: ImportResult, class_name: str = "") -> None:
        lines = [self.tr("Added %1 people, updated %2, left %3 as they were, skipped %4.")
                 .replace("%1", thousands(len(result.created))).replace("%2", thousands(len(result.updated)))
                 .replace("%3", thousands(len(result.kept))).replace("%4", thousands(len(result.skipped)))]
        if result.villages_created:
            lines.append(self.tr("New villages: %1.").replace("%1", ", ".join(result.villages_created)))
        if result.enrollment is not None:
            e = result.enrollment
            lines.append(self.tr("Class %1: %2 enrolled, %3 on the waiting list, %4 were already there.")
                         .replace("%1", class_name).replace("%2", str(e.count("enrolled")))
                         .replace("%3", str(e.count("waiting")))
                         .replace("%4", str(e.count("already_enrolled") + e.count("already_waiting"))))
            for o in e.outcomes:
                for w in o.warnings:
                    lines.append(f"#{o.participant_id}: {describe_problem(w.code, w.params)}")
        self.summary.setText("\n".join(lines))
        while self.table_slot.count():
            item = self.table_slot.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        rejected = [(r.row, i) for r in preview.rejected for i in r.errors]
        self.save_report.setVisible(bool(rejected))
        self.saved_label.clear()
        if rejected:
            self.rejected_label.setText(self.tr("%1 rows were not taken. Save them, fix them in Excel and import that "
                                                "file again:").replace("%1", thousands(len(preview.rejected))))
            self.table_slot.addWidget(issue_table(rejected, self.tr("Reason"), "resultRejected"))
        else:
            self.rejected_label.setText(self.tr("Every row was taken."))

    def report_saved(self, path: str, count: int) -> None:
        self.saved_label.setText(self.tr("%1 rows saved in “%2”.").replace("%1", str(count)).replace("%2", path))
