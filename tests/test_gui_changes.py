"""Screens are never stale: a change made on one screen is read on another without reopening it.

Every write goes through ``Ops.mutate`` and is broadcast (``Ops.changed``); the screen on view
reloads at once, the others when next shown. Each test loads a screen, changes the data on
another, comes back and reads the change.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from models import Enrollment, EnrollmentStatus, Participant
from models.db import Database
from tests.clock import DEMO_NOW
from tests.conftest import DEMO_TODAY
from ui.attendance.panel import AttendancePanel
from ui.changes import ATTENDANCE, EVERYTHING, NOTHING, PEOPLE, Changes
from ui.main_window import MainWindow
from ui.ops import Ops


@pytest.fixture
def window(qtbot, demo_db: Database, vietnamese: None, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(AttendancePanel, "_today", staticmethod(lambda: DEMO_TODAY))
    monkeypatch.setattr(AttendancePanel, "_now", staticmethod(lambda: DEMO_NOW))  # the 19:00 session is on
    errors: list[BaseException] = []
    win = MainWindow(Ops(demo_db, errors.append, synchronous=True))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    yield win
    assert not errors


def scan(qtbot, panel: AttendancePanel, card: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(panel.scan, card)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)


def outsider(db: Database, panel: AttendancePanel) -> tuple[int, str, str]:
    enrolled = {line.participant_id for line in panel.model.lines}
    with db.sessions() as s:
        p = s.scalars(select(Participant).where(Participant.id.not_in(enrolled), Participant.erased_at.is_(None))
                      .order_by(Participant.id)).first()
        return p.id, p.card_code, p.full_name


def class_row(window: MainWindow, code: str):  # type: ignore[no-untyped-def]
    model = window.classes.model
    return next(model.row_at(i) for i in range(model.rowCount()) if model.row_at(i).code == code)


def test_changes_say_what_they_touched() -> None:
    assert (PEOPLE | ATTENDANCE).touches(Changes(attendance=True, classes=True))
    assert not PEOPLE.touches(ATTENDANCE) and not NOTHING and EVERYTHING.touches(PEOPLE)


def test_a_walk_in_on_the_attendance_screen_reaches_the_class_list(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(0)  # the class list, loaded
    panel = window.attendance
    window.show_screen(panel)
    code = panel.info.class_code
    before = class_row(window, code).enrolled
    pid, card, _name = outsider(demo_db, panel)
    scan(qtbot, panel, card)
    panel.prompts.prompt_for(pid).accept_button.click()
    window.nav.setCurrentRow(0)  # back to the list, not reopened
    assert class_row(window, code).enrolled == before + 1


def test_an_enrolment_in_the_registry_reaches_the_open_roster(qtbot, window: MainWindow, demo_db: Database,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    panel = window.attendance
    window.show_screen(panel)
    pid, _card, name = outsider(demo_db, panel)
    code = panel.info.class_code
    window.show_screen(window.participants)
    registry = window.participants
    row = next(i for i in range(registry.model.rowCount()) if registry.model.row_at(i).id == pid)
    registry.view.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda _p, _t, _l, names, *a, **k: (next(n for n in names if n.startswith(code)), True)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    registry.actions.enroll.click()
    registry.actions.dialog.save_button.click()  # the person shown ticked, then saved
    with demo_db.sessions() as s:
        assert s.scalar(select(Enrollment.status).where(Enrollment.participant_id == pid,
                                                        Enrollment.class_id == panel.info.class_id)) == EnrollmentStatus.ENROLLED
    window.show_screen(panel)
    assert panel.model.row_of(pid) >= 0
    assert name in [line.full_name for line in panel.model.lines]


def test_a_mark_reaches_the_certificates_screen(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    attendance = window.attendance
    window.show_screen(attendance)
    class_id, line = attendance.info.class_id, attendance.model.lines[0]
    certificates = window.certificates
    window.show_screen(certificates)
    certificates.classes.setCurrentIndex(certificates.classes.findData(class_id))
    row = next(r for r, p in enumerate(certificates.overview.people) if p[0] == line.participant_id)
    attended_before = certificates.overview.people[row][2]
    window.show_screen(attendance)
    scan(qtbot, attendance, line.card)
    window.show_screen(certificates)
    assert certificates.overview.people[row][2] == attended_before + 1
    assert certificates.table.item(row, 2).text().startswith(f"{attended_before + 1} /")


def test_a_person_saved_in_the_registry_shows_at_once_and_the_title_follows_the_commune(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, demo_db: Database) -> None:
    registry = window.participants
    dialog = registry.actions.open_person(registry.model.row_at(0).id)
    dialog.form.name.setText("Zzz Thị Mới")
    dialog.save()
    assert "Zzz Thị Mới" in [registry.model.row_at(i).full_name for i in range(registry.model.rowCount())]
    settings = window.settings
    window.show_screen(settings)
    settings.office.name.setText("Đông Mới")
    settings.office.save()
    assert "Đông Mới" in window.commune_label.text() and "Đông Mới" in window.windowTitle()


def test_a_screen_on_view_reloads_and_one_out_of_view_waits_until_shown(window: MainWindow) -> None:
    loads: list[str] = []
    window.classes.reload = lambda: loads.append("classes")  # type: ignore[method-assign]
    window.participants.reload = lambda: loads.append("participants")  # type: ignore[method-assign]
    window.show_screen(window.participants)
    window.ops.announce(Changes(enrollments=True))  # the registry does not show enrolments
    assert loads == []
    window.nav.setCurrentRow(0)
    assert loads == ["classes"]  # the class list shows them: reloaded as it comes into view
    window.ops.announce(PEOPLE, origin=None)
    assert loads == ["classes"]  # the class list does not show people's details
    window.ops.announce(EVERYTHING, origin=window.classes)  # the list made it and showed it already
    assert loads == ["classes"]
    window.ops.announce(EVERYTHING)
    assert loads == ["classes", "classes"]
    window.show_screen(window.participants)
    assert loads == ["classes", "classes", "participants"]


def test_a_restore_reaches_every_screen(window: MainWindow, demo_db: Database) -> None:
    """After a restore (the data replaced under the window) every screen shows the restored data."""
    from models import CourseClass
    window.show_screen(window.participants)
    window.nav.setCurrentRow(0)  # the class list, loaded
    code = window.classes.model.row_at(0).code
    with demo_db.transaction() as s:  # what a restore does to the data, seen from the window
        s.scalars(select(Participant)).first().full_name = "Người Khôi Phục"
        s.scalars(select(CourseClass).where(CourseClass.code == code)).one().capacity = 77
    window.data_menu.reopen()  # type: ignore[attr-defined]  # what the Data menu calls once restored
    assert class_row(window, code).capacity == 77  # the screen on view, at once
    window.show_screen(window.participants)
    model = window.participants.model
    assert "Người Khôi Phục" in [model.row_at(i).full_name for i in range(model.rowCount())]


def test_issuing_certificates_reaches_the_dashboard(qtbot, window: MainWindow, demo_db: Database,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    from models import Certificate, CourseClass
    from tests.filesaved import answer_file_saved
    from ui.certificates.panel import CertificatesPanel
    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "finished").order_by(CourseClass.id)).first()
        class_id = klass.id
        s.execute(Certificate.__table__.delete().where(Certificate.class_id == class_id))
    reports = window.reports
    window.show_screen(reports)
    reports.year.setValue(2026)
    before = int(reports.tiles["certified"].text().replace(".", ""))
    monkeypatch.setattr(CertificatesPanel, "_today", staticmethod(lambda: DEMO_TODAY))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "g.pdf"), "")))
    answer_file_saved(monkeypatch, "close")
    certificates = window.certificates
    window.show_screen(certificates)
    certificates.classes.setCurrentIndex(certificates.classes.findData(class_id))
    due = sum(1 for p in certificates.overview.people if p[4] and not p[5])
    certificates.issue.click()
    qtbot.waitUntil(lambda: (tmp_path / "g.pdf").exists(), timeout=20000)
    window.show_screen(reports)
    assert due > 0 and int(reports.tiles["certified"].text().replace(".", "")) == before + due
