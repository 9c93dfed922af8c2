"""Working from a class: its learners in the class view; enrolling from the registry filtered by
target group and village, with who is already in or done with the course shown before saving."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from classroom import class_people as cp
from models import Certificate, CourseClass, Enrollment, EnrollmentStatus, Participant, Village
from models.db import Database
from ui.main_window import MainWindow
from ui.ops import Ops


@pytest.fixture
def window(qtbot, demo_db: Database, vietnamese: None, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    errors: list[BaseException] = []
    win = MainWindow(Ops(demo_db, errors.append, synchronous=True))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    yield win
    assert not errors


def second_class_of_a_finished_course(db: Database) -> tuple[int, int, set[int]]:
    """A new open class of a course whose earlier class issued certificates; (new class, old class, holders)."""
    with db.transaction() as s:
        old = s.scalars(select(CourseClass).join(Certificate, Certificate.class_id == CourseClass.id)
                        .order_by(CourseClass.id)).first()
        holders = set(s.scalars(select(Certificate.participant_id).where(Certificate.class_id == old.id,
                                                                        Certificate.revoked_at.is_(None))))
        new = CourseClass(code="15883-2026-099", course_id=old.course_id, venue_id=old.venue_id,
                          target_group=old.target_group, capacity=40)
        s.add(new)
        s.flush()
        return new.id, old.id, holders


def enrolled(db: Database, class_id: int) -> set[int]:
    with db.sessions() as s:
        return set(s.scalars(select(Enrollment.participant_id).where(
            Enrollment.class_id == class_id, Enrollment.status != EnrollmentStatus.WITHDRAWN)))


def test_candidates_are_filtered_and_say_what_stands_in_the_way(demo_db: Database) -> None:
    new_id, old_id, holders = second_class_of_a_finished_course(demo_db)
    with demo_db.transaction() as s:
        klass = s.get(CourseClass, new_id)
        village = s.scalars(select(Village).order_by(Village.id)).first()
        found = cp.candidates(s, new_id, target_group=klass.target_group, village_id=village.id).rows
        people = {p.id: p for p in s.scalars(select(Participant).where(Participant.id.in_([c.participant_id for c in found])))}
        assert found and all(people[c.participant_id].target_group == klass.target_group
                             and people[c.participant_id].village_id == village.id for c in found)
        everyone = {c.participant_id: c for c in cp.candidates(s, new_id, include=holders).rows}
        assert set(everyone) == holders
        assert all(any(n.code == "completed_same_course" for n in c.notes) for c in everyone.values())
        old_people = enrolled(demo_db, old_id)
        named = cp.candidates(s, old_id, include=list(old_people)[:3]).rows
        assert all(c.in_class == "enrolled" for c in named)
        assert [c.participant_id for c in cp.candidates(s, new_id, query=people[found[0].participant_id].full_name.split()[-1].lower()).rows]


def test_the_class_view_lists_its_learners_and_enrols_from_the_registry(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    new_id, _old_id, holders = second_class_of_a_finished_course(demo_db)
    window.classes.reload()
    editor = window.schedule.open_class(new_id)
    learners = editor.learners
    editor.tabs.setCurrentWidget(learners)
    assert learners.table.rowCount() == 0 and "0" in learners.summary.text()
    dialog = learners.open_enrol()
    assert dialog.group.currentData() == dialog.info.target_group  # the class's own group first
    dialog.village.setCurrentIndex(1)
    rows = dialog.model.rows
    assert rows and all(r.village == dialog.village.currentText() for r in rows)
    dialog.search.setText("")
    dialog.group.setCurrentIndex(0)  # all groups, then the holders of the course's certificate shown with a note
    dialog.village.setCurrentIndex(0)
    noted = [r for r in dialog.model.rows if r.participant_id in holders]
    assert noted and all("đã hoàn thành" in dialog.model.note(r) for r in noted)
    fresh = [r for r in dialog.model.rows if not r.notes][:2]
    for r in fresh + noted[:1]:
        dialog.model.toggle(dialog.model.rows.index(r))
    assert "3 người đã chọn" in dialog.chosen.text() and "1 người" in dialog.chosen.text()
    assert enrolled(demo_db, new_id) == set()  # nothing saved yet
    dialog.save_button.click()
    assert enrolled(demo_db, new_id) == {r.participant_id for r in fresh + noted[:1]}
    assert learners.table.rowCount() == 3  # the class view follows, not reopened
    names = {learners.table.item(i, 0).text() for i in range(3)}
    assert names == {r.full_name for r in fresh + noted[:1]}
    editor.reject()
    window.show_screen(window.classes)
    row = next(window.classes.model.row_at(i) for i in range(window.classes.model.rowCount())
               if window.classes.model.row_at(i).id == new_id)
    assert row.enrolled == 3  # and so does the class list


def test_enrolling_from_the_registry_shows_who_is_already_in_before_saving(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    new_id, _old_id, holders = second_class_of_a_finished_course(demo_db)
    holder = min(holders)
    registry = window.participants
    wanted = {holder, next(registry.model.row_at(i).id for i in range(registry.model.rowCount())
                           if registry.model.row_at(i).id not in holders)}
    for i in range(registry.model.rowCount()):
        if registry.model.row_at(i).id in wanted:
            registry.view.selectionModel().select(registry.model.index(i, 0), registry.view.selectionModel().SelectionFlag.Select
                                                  | registry.view.selectionModel().SelectionFlag.Rows)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda _p, _t, _l, names, *a, **k: (next(n for n in names if n.startswith("15883-2026-099")), True)))
    registry.actions.enroll.click()
    dialog = registry.actions.dialog
    assert {r.participant_id for r in dialog.model.rows} == wanted and dialog.model.ticked == wanted
    note = dialog.model.note(next(r for r in dialog.model.rows if r.participant_id == holder))
    assert "đã hoàn thành" in note
    assert enrolled(demo_db, new_id) == set()
    dialog.save_button.click()
    assert enrolled(demo_db, new_id) == wanted


def test_registry_search_filters_by_target_group(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    registry = window.participants
    total = registry.model.rowCount()
    registry.group.setCurrentIndex(registry.group.findData("elderly"))
    shown = [registry.model.row_at(i) for i in range(registry.model.rowCount())]
    assert 0 < len(shown) < total and all(r.target_group == "elderly" for r in shown)
    assert str(len(shown)) in registry.count.text()
    qtbot.keyClicks(registry.search, shown[0].full_name.split()[-1])
    assert 0 < registry.model.rowCount() <= len(shown)
    assert all(registry.model.row_at(i).target_group == "elderly" for i in range(registry.model.rowCount()))
    registry.search.clear()
    registry.group.setCurrentIndex(0)
    assert registry.model.rowCount() == total
