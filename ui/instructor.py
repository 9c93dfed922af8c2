"""Instructor mode: the program opened with a class file exported by the office.

Only the attendance of that class can be marked, and its assessment results entered. They live in a small local
database (so closing and reopening loses nothing) and are written back into the file,
sealed, after every change: the file is what the instructor returns to the office.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from classroom import offline
from classroom.offline_results import save_instructor_work
from classroom.config import data_dir
from classroom.errors import ClassroomError
from models import LOCAL_TZ
from models.db import Database, open_database

from .app import run_window, show_error, start_app
from .attendance.panel import AttendancePanel
from .ops import Ops
from .safety.password import read_protected
from .words import describe_error



class InstructorWindow(QMainWindow):
    def __init__(self, ops: Ops, content: dict[str, Any], path: Path) -> None:
        super().__init__()
        self.setObjectName("instructorWindow")
        self.ops, self.content, self.path = ops, content, path
        klass = content["class"]
        # Who marked, in the file and, once merged, in the office's log: the class's instructor (not the
        # login of the PC the file was opened on).
        ops.actor = ops.actor or self.tr("Instructor of class %1").replace("%1", klass["code"])
        self.setWindowTitle(self.tr("Offline attendance — class %1").replace("%1", klass["code"]))
        note = QLabel(self.tr("Instructor mode: only the attendance and the assessment results of class %1 (%2) can "
                              "be entered here. Everything is saved into the file %3 — give that file back to the "
                              "commune office.")
                      .replace("%1", klass["code"]).replace("%2", klass["title"]).replace("%3", str(path)))
        note.setWordWrap(True)
        note.setObjectName("instructorNote")
        note.setStyleSheet("background:#fff4d6;padding:8px;border:1px solid #e0c060;")
        self.saved = QLabel()
        self.panel = AttendancePanel(ops)
        # marks, results and confirmations (whatever the one change broadcast says touched attendance)
        # are saved into the file at once
        ops.changed.connect(lambda changes, _origin: self.save() if changes.attendance else None)
        self.panel.assessment_vneid = False
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(note)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.saved)
        self.setCentralWidget(body)
        self.resize(1200, 760)

    def start(self, today: date | None = None) -> None:
        """Open on the week of the next session (``today``: the clock, passed in by tests; else the panel's)."""
        today = today or self.panel._today()
        days = sorted(datetime.fromisoformat(s["starts_at"]).date() for s in self.content["sessions"])
        upcoming = [d for d in days if d >= today]
        self.panel.show_week_of(upcoming[0] if upcoming else (days[-1] if days else today))

    def save(self) -> None:
        content, path = self.content, self.path
        self.ops.query(lambda s: save_instructor_work(s, content, path), self._saved,
                       lambda exc: show_error(exc, self))

    def _saved(self, count: int) -> None:
        self.saved.setText(self.tr("Saved %1 marks into the file at %2").replace("%1", str(count))
                           .replace("%2", datetime.now(LOCAL_TZ).strftime("%H:%M:%S")))

    def closeEvent(self, event: Any) -> None:
        self.ops.shutdown()
        event.accept()


def open_instructor_db(content: dict[str, Any], folder: Path | None = None, path: Path | None = None) -> Database:
    """The local database for this export (kept between openings of the same file)."""
    folder = folder or data_dir() / "instructor"
    db = open_database(folder / f"{content['export_id']}.sqlite3")
    try:
        with db.transaction() as session:
            offline.open_for_instructor(session, content, str(path or ""))
    except BaseException:
        db.close()
        raise
    return db


def run(file: str, lang: str = "vi") -> int:
    app = start_app(lang)
    path = Path(file).expanduser().resolve()
    try:
        content = read_protected(None, lambda password: offline.read_file(path, password))
        if content is None:
            return 2
        db = open_instructor_db(content, path=path)
    except ClassroomError as exc:
        QMessageBox.warning(None, app.translate("App", "Cannot open the data"), describe_error(exc))
        return 2
    return run_window(app, InstructorWindow(Ops(db, lambda exc: show_error(exc)), content, path), db)

