"""Enrolling: overlapping sessions in other classes and the course already completed are found before
saving (service, command line with exit 5, window); withdrawing with a reason moves the waiting list up."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from classroom.enrollment import EnrollmentClash, enroll, enrollment_clashes
from models import Certificate, ClassSession, CourseClass, Enrollment, EnrollmentStatus, Participant
from models.db import Database, open_database
from .cli_run import cli


def setup_clash(s) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A planned class A; person P attends class B, which now has a session overlapping A's first;
    person Q holds a certificate of the course A teaches; R is free."""
    a = s.scalars(select(CourseClass).where(CourseClass.status == "planned").order_by(CourseClass.id)).first()
    first = s.scalars(select(ClassSession).where(ClassSession.class_id == a.id, ClassSession.status == "scheduled")
                      .order_by(ClassSession.starts_at)).first()
    b = s.scalars(select(CourseClass).where(CourseClass.id != a.id, CourseClass.status.in_(("planned", "running")))
                  .order_by(CourseClass.id)).first()
    s.add(ClassSession(class_id=b.id, starts_at=first.starts_at + timedelta(minutes=30),
                       ends_at=first.ends_at + timedelta(minutes=30), status="scheduled"))
    inside_a = select(Enrollment.participant_id).where(Enrollment.class_id == a.id)
    p = s.scalar(select(Enrollment.participant_id).where(Enrollment.class_id == b.id, Enrollment.status == "enrolled",
                                                         Enrollment.participant_id.not_in(inside_a)).limit(1))
    cert = s.scalars(select(Certificate).where(Certificate.participant_id.not_in(inside_a),
                                               Certificate.revoked_at.is_(None)).order_by(Certificate.id)).first()
    a.course_id = s.get(CourseClass, cert.class_id).course_id
    busy = select(Enrollment.participant_id).where(Enrollment.status != "withdrawn")
    r = s.scalar(select(Participant.id).where(Participant.id.not_in(busy), Participant.erased_at.is_(None)).limit(1))
    a.capacity = 200
    s.flush()
    return {"a": a.id, "b": b.id, "b_code": b.code, "p": p, "q": cert.participant_id, "q_class": cert.class_id,
            "r": r, "start": first.starts_at + timedelta(minutes=30)}  # type: ignore[dict-item]


def test_clashes_are_found_before_saving(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        x = setup_clash(s)
        clashes = enrollment_clashes(s, x["a"], [x["r"], x["p"], x["q"]])
        overlap = [c for c in clashes if c.participant_id == x["p"] and c.kind == "session_overlap"]
        assert overlap and overlap[0].other_class_code == x["b_code"] and overlap[0].starts_at == x["start"]
        assert overlap[0].ends_at > overlap[0].starts_at and overlap[0].own_starts_at is not None
        done = [c for c in clashes if c.participant_id == x["q"] and c.kind == "completed_same_course"]
        assert done and done[0].other_class_id == x["q_class"]
        assert not [c for c in clashes if c.participant_id == x["r"]]
        before = s.scalar(select(func.count()).select_from(Enrollment).where(Enrollment.class_id == x["a"]))
        with pytest.raises(EnrollmentClash) as refused:
            enroll(s, x["a"], [x["r"], x["p"]], actor="x", allow_conflicts=False)
        assert {c.participant_id for c in refused.value.clashes} == {x["p"]}
        assert s.scalar(select(func.count()).select_from(Enrollment).where(Enrollment.class_id == x["a"])) == before
        assert enroll(s, x["a"], [x["r"]], actor="x", allow_conflicts=False).count("enrolled") == 1
        assert enroll(s, x["a"], [x["p"]], actor="x", allow_conflicts=True).count("enrolled") == 1
        assert enrollment_clashes(s, x["a"], [x["p"]]) == []  # already in the class: nothing to look at


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "demo.sqlite3")
    assert cli(capsys, "--db", db, "demo", "--participants", "80")[0] == 0
    return db


def prepared(db: str) -> dict[str, int]:
    d = open_database(db)
    try:
        with d.transaction() as s:
            return setup_clash(s)
    finally:
        d.close()


def enrolled_in(db: str, class_id: int) -> set[int]:
    d = open_database(db)
    try:
        with d.sessions() as s:
            return set(s.scalars(select(Enrollment.participant_id).where(
                Enrollment.class_id == class_id, Enrollment.status != "withdrawn")))
    finally:
        d.close()


def test_cli_enroll_refuses_with_exit_5_unless_allowed(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    x = prepared(demo)
    before = enrolled_in(demo, x["a"])
    code, out, err = cli(capsys, "--db", demo, "--lang", "en", "enroll", "--class", str(x["a"]),
                         str(x["r"]), str(x["p"]), str(x["q"]))
    assert code == 5, err
    start = x["start"]
    assert f"#{x['p']}" in out and f"overlaps class {x['b_code']} on {start:%d/%m/%Y} from {start:%H:%M}" in out
    assert "Nobody was enrolled" in err and "--allow-conflicts" in err
    assert enrolled_in(demo, x["a"]) == before
    # the course already completed is a note beside the enrolment, as before (contract/cli.md)
    code, out, err = cli(capsys, "--db", demo, "--lang", "en", "enroll", "--class", str(x["a"]), str(x["q"]))
    assert code == 0, err
    assert f"Note: #{x['q']} already completed this course" in out
    code, out, err = cli(capsys, "--db", demo, "enroll", "--class", str(x["a"]), str(x["r"]), str(x["p"]),
                         "--allow-conflicts")
    assert code == 0, err
    assert enrolled_in(demo, x["a"]) == before | {x["r"], x["p"], x["q"]}


def test_cli_withdraw_moves_the_waiting_list_up(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    x = prepared(demo)
    d = open_database(demo)
    with d.transaction() as s:
        a = s.get(CourseClass, x["a"])
        inside = list(s.scalars(select(Enrollment.participant_id).where(
            Enrollment.class_id == a.id, Enrollment.status == EnrollmentStatus.ENROLLED).order_by(Enrollment.id)))
        a.capacity = len(inside)
        enroll(s, a.id, [x["r"]], actor="x")  # the class is full: R waits
    d.close()
    leaver = inside[0]
    code, out, err = cli(capsys, "--db", demo, "--lang", "en", "withdraw", "--class", str(x["a"]), str(leaver),
                         "--reason", "Chuyển đi làm xa")
    assert code == 0, err
    assert f"Withdrew #{leaver}" in out and "Reason: Chuyển đi làm xa" in out
    assert f"Moved up from the waiting list: #{x['r']}" in out
    d = open_database(demo)
    with d.sessions() as s:
        rows = dict(s.execute(select(Enrollment.participant_id, Enrollment.status).where(
            Enrollment.class_id == x["a"], Enrollment.participant_id.in_([leaver, x["r"]]))).all())
        reason = s.scalar(select(Enrollment.withdraw_reason).where(Enrollment.class_id == x["a"],
                                                                    Enrollment.participant_id == leaver))
    d.close()
    assert rows == {leaver: "withdrawn", x["r"]: "enrolled"} and reason == "Chuyển đi làm xa"
    for args, words in [((str(leaver), "--reason", "lại"), "had already withdrawn"),
                        ((str(x["q"]), "--reason", "x"), "is not in class"),
                        ((str(inside[1]), "--reason", "  "), "A reason is needed"),
                        (("999999", "--reason", "x"), "no participant with id 999999")]:
        code, _, err = cli(capsys, "--db", demo, "--lang", "en", "withdraw", "--class", str(x["a"]), *args)
        assert code == 2 and words in err, (args, err)


def test_window_asks_before_enrolling_clashing_people(qtbot, demo_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.ops import Ops

    with demo_db.transaction() as s:
        x = setup_clash(s)
        code = s.get(CourseClass, x["a"]).code
    errors: list[BaseException] = []
    window = MainWindow(Ops(demo_db, errors.append, synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    actions = window.participants.actions
    monkeypatch.setattr(actions, "selected_ids", lambda: [x["p"], x["r"]])
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, names, *a: (
        next(n for n in names if n.startswith(code + " ")), True))
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answers.pop(0))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    before = len(enrolled_in_db(demo_db, x["a"]))
    actions._enroll_selected()  # No: nothing saved
    assert x["b_code"] in asked[0] and f"{x['start']:%d/%m/%Y}, {x['start']:%H:%M}" in asked[0]
    assert len(enrolled_in_db(demo_db, x["a"])) == before
    actions._enroll_selected()  # Yes: the people are shown ticked in the class's enrol list, saved from there
    assert len(enrolled_in_db(demo_db, x["a"])) == before
    actions.dialog.save_button.click()
    assert enrolled_in_db(demo_db, x["a"]) >= {x["p"], x["r"]}
    assert not errors


def enrolled_in_db(db: Database, class_id: int) -> set[int]:
    with db.sessions() as s:
        return set(s.scalars(select(Enrollment.participant_id).where(
            Enrollment.class_id == class_id, Enrollment.status != "withdrawn")))


def test_json_of_classes_still_counts(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    x = prepared(demo)
    assert cli(capsys, "--db", demo, "enroll", "--class", str(x["a"]), str(x["r"]))[0] == 0
    row = next(c for c in json.loads(cli(capsys, "--db", demo, "list", "classes", "--json")[1]) if c["id"] == x["a"])
    assert row["enrolled"] == len(enrolled_in(demo, x["a"]))


def test_importing_a_list_into_a_class_asks_about_registered_people_first(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.listfiles import write_xlsx
    from ui.main_window import MainWindow
    from ui.ops import Ops
    from ui.registry.import_dialog import ImportDialog

    with demo_db.transaction() as s:
        x = setup_clash(s)
        p = s.get(Participant, x["p"])
        if p.national_id is None:
            p.national_id = "038149454711"
        row = [p.full_name, f"{p.birth_day or 1:02d}/{p.birth_month or 1:02d}/{p.birth_year}", p.national_id]
    book = write_xlsx(tmp_path / "ds.xlsx", [["Họ và tên", "Ngày sinh", "Số định danh"], row,
                                              ["Đinh Thị Mới", "05/05/1960", None]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(book), "")))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answers.pop(0))
    errors: list[BaseException] = []
    window = MainWindow(Ops(demo_db, errors.append, synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.participants.actions.open_import()
    dialog = window.participants.actions.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.mapping.choose.click()
    dialog.next.click()
    dialog.check.klass.setCurrentIndex(dialog.check.klass.findData(x["a"]))
    before = enrolled_in_db(demo_db, x["a"])
    dialog.next.click()  # No: nothing imported, still on the check page
    assert len(asked) == 1 and x["b_code"] in asked[0] and p.full_name in asked[0]
    assert dialog.stack.currentWidget() is dialog.check and enrolled_in_db(demo_db, x["a"]) == before
    dialog.next.click()  # Yes
    assert dialog.stack.currentWidget() is dialog.result
    assert x["p"] in enrolled_in_db(demo_db, x["a"]) and len(enrolled_in_db(demo_db, x["a"])) == len(before) + 2
    assert not errors
