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
        content = offline.export_class(s, klass.id, now=DEMO_NOW)  # given out on the evening of the demo's day
    path = tmp_path / "lop-giang-vien.json"
    offline.write_file(content, path)

    local = open_instructor_db(offline.read_file(path), tmp_path / "instructor")
    window = InstructorWindow(Ops(local, print, synchronous=True), offline.read_file(path), path)
    qtbot.addWidget(window)
    window.show()
    window.start(today=DEMO_TODAY)
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
        result = offline.merge(s, offline.read_file(path), actor="Cán bộ", now=DEMO_NOW + timedelta(days=7))
    assert result.added == 1 and not result.conflicts and not result.refused
    with demo_db.sessions() as s:
        mark = s.scalars(select(AttendanceMark).where(AttendanceMark.session_id == sid,
                                                      AttendanceMark.participant_id == line.participant_id)).one()
    # marked by the instructor the office gave the file to (not the name the instructor's window used)
    assert mark.source == "instructor" and mark.marked_by == result.instructor != ""


def test_results_entered_offline_go_back_in_the_file(qtbot, demo_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    from models import AssessmentResult
    from ui.assessment.dialog import AssessmentDialog

    monkeypatch.setattr(AttendancePanel, "_today", staticmethod(lambda: DEMO_TODAY))  # the demo's week, on any date

    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "running").order_by(CourseClass.id)).first()
        klass.requires_assessment = True
        content = offline.export_class(s, klass.id)
    path = tmp_path / "lop-giang-vien.json"
    offline.write_file(content, path)
    local = open_instructor_db(offline.read_file(path), tmp_path / "instructor")
    window = InstructorWindow(Ops(local, print, synchronous=True), offline.read_file(path), path)
    qtbot.addWidget(window)
    window.show()
    window.start(today=DEMO_TODAY)
    opened: list[AssessmentDialog] = []
    monkeypatch.setattr(AssessmentDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(window.panel.assess, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    assert dialog.vneid.isHidden() and "passed assessment" in dialog.header.text()  # results only, the class's rule
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.table, "90")
    qtbot.keyClick(dialog.table, "p")
    pid = dialog.model.lines[0].participant_id
    returned = offline.read_file(path)
    assert [(r["participant_id"], r["passed"], r["score"]) for r in returned["results"]] == [(pid, True, 90.0)]
    window.close()
    local.close()
    with demo_db.transaction() as s:
        result = offline.merge(s, offline.read_file(path), actor="Cán bộ")
    assert result.results_added == 1
    with demo_db.sessions() as s:
        row = s.scalars(select(AssessmentResult).where(AssessmentResult.class_id == klass.id)).one()
    assert (row.participant_id, row.passed, row.score) == (pid, True, 90.0)
