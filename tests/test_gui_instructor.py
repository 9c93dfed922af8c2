"""Instructor mode: the window opened on a class file marks into the file, which merges back."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from classroom import offline
from models import AttendanceMark, CourseClass
from models.db import Database
from tests.clock import DEMO_NOW
from tests.conftest import DEMO_TODAY
from ui.attendance.panel import AttendancePanel
from ui.instructor import InstructorWindow, open_instructor_db
from ui.ops import Ops


def test_marking_offline_then_merging(qtbot, demo_db: Database, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(AttendancePanel, "_today", staticmethod(lambda: DEMO_TODAY))  # the clock is fixed
    monkeypatch.setattr(AttendancePanel, "_now", staticmethod(lambda: DEMO_NOW + timedelta(days=6)))  # the week is held
    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "running").order_by(CourseClass.id)).first()
        content = offline.export_class(s, klass.id)
    path = tmp_path / "lop-giang-vien.json"
    offline.write_file(content, path)

    local = open_instructor_db(offline.read_file(path), tmp_path / "instructor")
    window = InstructorWindow(Ops(local, print, synchronous=True), offline.read_file(path), path)
    qtbot.addWidget(window)
    window.show()
    window.start()
    panel = window.panel
    assert panel.model.rowCount() == len(content["roster"])
    line = panel.model.lines[0]
    qtbot.keyClicks(panel.scan, line.card)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert line.full_name in panel.banner.text()
    sid = panel.session_id
    returned = offline.read_file(path)
    assert any(m["participant_id"] == line.participant_id and m["session_id"] == sid for m in returned["marks"])
    window.close()
    local.close()

    with demo_db.transaction() as s:
        result = offline.merge(s, offline.read_file(path), actor="Cán bộ")
    assert result.added == 1 and not result.conflicts
    with demo_db.sessions() as s:
        mark = s.scalars(select(AttendanceMark).where(AttendanceMark.session_id == sid,
                                                      AttendanceMark.participant_id == line.participant_id)).one()
    assert mark.source == "instructor" and mark.marked_by == f"Instructor of class {content['class']['code']}"
