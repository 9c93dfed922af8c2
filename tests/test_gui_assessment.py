"""The assessment grid driven by the keyboard: scores and results, VNeID confirmations, bad input,
and the offer to revoke a certificate issued on a result that changed."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlalchemy import select

from classroom import certificates as certs
from classroom.attendance import class_results
from models import AssessmentResult, Certificate, CourseClass, VneidConfirmation
from models.db import Database
from tests.conftest import DEMO_TODAY
from ui.assessment.dialog import AssessmentDialog
from ui.ops import Ops


def prepare(db: Database) -> int:
    with db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "finished").order_by(CourseClass.id)).first()
        klass.completion_percent, klass.requires_assessment = 0, True
        s.execute(AssessmentResult.__table__.delete().where(AssessmentResult.class_id == klass.id))
        s.execute(Certificate.__table__.delete().where(Certificate.class_id == klass.id))
        return klass.id


@pytest.fixture
def dialog(qtbot, demo_db: Database, qapp: QApplication, monkeypatch) -> Iterator[AssessmentDialog]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(AssessmentDialog, "_today", staticmethod(lambda: DEMO_TODAY))
    class_id = prepare(demo_db)
    errors: list[BaseException] = []
    ops = Ops(demo_db, errors.append, synchronous=True)
    ops.actor = "Cán bộ Lan"
    widget = AssessmentDialog(ops, class_id)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    assert not errors


def results(db: Database, class_id: int) -> dict[int, tuple[bool, float | None, date, str]]:
    with db.sessions() as s:
        return {a.participant_id: (a.passed, a.score, a.assessed_on, a.assessor) for a in s.scalars(
            select(AssessmentResult).where(AssessmentResult.class_id == class_id))}


def test_keys_enter_scores_and_results_and_the_class_completes(qtbot, dialog: AssessmentDialog,  # type: ignore[no-untyped-def]
                                                              demo_db: Database) -> None:
    n = dialog.model.rowCount()
    assert n > 2 and "0 / " in dialog.summary.text().split("·")[-1]
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    first, second = dialog.model.lines[0].participant_id, dialog.model.lines[1].participant_id
    qtbot.keyClicks(dialog.table, "85")
    assert dialog.score.text() == "85"
    qtbot.keyClick(dialog.table, "p")
    assert dialog.table.currentIndex().row() == 1 and dialog.score.text() == ""
    qtbot.keyClick(dialog.table, "f")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter records nothing (no default button)
    qtbot.keyClick(dialog.score, Qt.Key.Key_Return)
    assert dialog.isVisible()
    got = results(demo_db, dialog.class_id)
    assert got[first] == (True, 85.0, DEMO_TODAY, "Cán bộ Lan") and got[second][:2] == (False, None)
    assert len(got) == 2
    assert dialog.model.text(0, 4) == "Passed" and dialog.model.text(0, 5) == "85"
    assert dialog.model.text(0, 9) == "Yes" and dialog.model.text(1, 9) == "Not yet"
    for row in range(2, n):  # the rest pass
        dialog.table.selectRow(row)
        qtbot.keyClick(dialog.table, "p")
    with demo_db.sessions() as s:
        assert sum(r.completed for r in class_results(s, dialog.class_id)) == n - 1
    assert dialog.summary.text().endswith(f"{n - 1} / {n}")


def test_score_out_of_range_is_refused_with_a_sentence(qtbot, dialog: AssessmentDialog, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.table, "150")
    qtbot.keyClick(dialog.table, "p")
    assert dialog.banner.property("kind") == "bad" and "150" in dialog.banner.text() and "0–100" in dialog.banner.text()
    dialog.score.setText("abc")
    dialog.record_selected(True)
    assert dialog.banner.property("kind") == "bad" and "abc" in dialog.banner.text()
    assert results(demo_db, dialog.class_id) == {}


def test_vneid_one_click_per_person_and_for_the_class(qtbot, dialog: AssessmentDialog, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, "v")
    with demo_db.sessions() as s:
        rows = s.scalars(select(VneidConfirmation).where(VneidConfirmation.class_id == dialog.class_id)).all()
        assert [(r.participant_id, r.confirmed_on, r.seen_by) for r in rows] == [
            (dialog.model.lines[0].participant_id, DEMO_TODAY, "Cán bộ Lan")]
    assert dialog.model.text(0, 8).startswith("✔ 23/11/2026")
    qtbot.mouseClick(dialog.vneid_all, Qt.MouseButton.LeftButton)
    with demo_db.sessions() as s:
        assert len(s.scalars(select(VneidConfirmation.id).where(
            VneidConfirmation.class_id == dialog.class_id)).all()) == dialog.model.rowCount()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, "v")  # again: taken back
    assert dialog.model.text(0, 8) == ""


def test_changing_a_result_offers_to_revoke_the_certificate(qtbot, dialog: AssessmentDialog, demo_db: Database,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    dialog.table.setFocus()
    for row in range(dialog.model.rowCount()):
        dialog.table.selectRow(row)
        qtbot.keyClick(dialog.table, "p")
    with demo_db.transaction() as s:
        certs.issue_for_class(s, dialog.class_id, issued_on=DEMO_TODAY, actor="x")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kết quả đánh giá thay đổi", True))
    dialog.reload()
    dialog.table.selectRow(0)
    pid = dialog.model.lines[0].participant_id
    qtbot.keyClick(dialog.table, "f")
    with demo_db.sessions() as s:
        cert = s.scalar(select(Certificate).where(Certificate.class_id == dialog.class_id,
                                                  Certificate.participant_id == pid))
        assert cert.revoked_at is not None and cert.revoke_reason == "Kết quả đánh giá thay đổi"
    assert len(asked) == 1 and cert.serial in asked[0] and "stays valid until it is revoked" in asked[0]


def test_vietnamese_keys_do_not_reuse_the_attendance_letters(qtbot, demo_db: Database, qapp: QApplication,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    from ui.app import install_translations

    translators = install_translations(qapp, "vi")
    try:
        monkeypatch.setattr(AssessmentDialog, "_today", staticmethod(lambda: DEMO_TODAY))
        class_id = prepare(demo_db)
        errors: list[BaseException] = []
        ops = Ops(demo_db, errors.append, synchronous=True)
        ops.actor = "Cán bộ Lan"  # who saw the confirmation: the officer working (asked at start)
        dialog = AssessmentDialog(ops, class_id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "D đạt · K chưa đạt · X" in " ".join(w.text() for w in dialog.findChildren(type(dialog.header)))
        dialog.table.setFocus()
        dialog.table.selectRow(0)
        first, second = dialog.model.lines[0].participant_id, dialog.model.lines[1].participant_id
        qtbot.keyClick(dialog.table, "d")
        qtbot.keyClick(dialog.table, "k")
        dialog.table.selectRow(0)
        qtbot.keyClick(dialog.table, "x")
        for letter in "cvp":  # the attendance screen's letters do nothing here
            qtbot.keyClick(dialog.table, letter)
        got = results(demo_db, class_id)
        assert got[first][0] is True and got[second][0] is False and len(got) == 2
        assert dialog.model.text(0, 4) == "Đạt" and dialog.model.text(1, 4) == "Chưa đạt"
        assert not errors, errors
        assert dialog.model.text(0, 8).startswith("✔") and not errors
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_results_entered_from_the_certificates_screen_update_it(qtbot, demo_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.certificates.panel import CertificatesPanel

    monkeypatch.setattr(AssessmentDialog, "_today", staticmethod(lambda: DEMO_TODAY))
    class_id = prepare(demo_db)
    errors: list[BaseException] = []
    ops = Ops(demo_db, errors.append, synchronous=True)
    panel = CertificatesPanel(ops)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    panel.classes.setCurrentIndex(panel.classes.findData(class_id))
    assert panel.summary.text().startswith("0 of ") and "passed assessment" in panel.summary.text()
    opened: list[AssessmentDialog] = []
    monkeypatch.setattr(AssessmentDialog, "exec", lambda self: opened.append(self) or 0)
    stale: list[bool] = []
    ops.changed.connect(lambda changes, _origin: stale.append(changes.attendance))  # the one change broadcast
    qtbot.mouseClick(panel.assess, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, "p")
    assert panel.summary.text().startswith("1 of ") and stale == [True] and panel.issue.isEnabled()
    assert not errors


def test_the_dashboard_counts_again_after_results_change(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.changes import ATTENDANCE
    from ui.main_window import MainWindow

    window = MainWindow(Ops(demo_db, lambda exc: None, synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.show_screen(window.reports)
    calls: list[bool] = []
    window.reports.reload = lambda: calls.append(True)  # type: ignore[method-assign]
    window.ops.announce(ATTENDANCE)  # as a result saved in the attendance screen's grid says it
    window.show_screen(window.attendance)
    window.show_screen(window.reports)  # opened again: loads again
    assert calls == [True]
