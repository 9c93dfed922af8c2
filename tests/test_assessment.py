"""Assessments: recorded per person and class, checked before saving, used by the completion rule,
offered for revocation when a certificate stands on a changed result; the CLI and the instructor's file."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from classroom import assessment as asm
from classroom import certificates as certs
from classroom import offline
from classroom.attendance import class_results
from classroom.errors import InvalidInput, NotFound
from models import LOCAL_TZ, AssessmentResult, AuditEntry, CourseClass, Enrollment, Participant
from models.db import Database, open_database
from .cli_run import cli

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=LOCAL_TZ)
TODAY = NOW.date()


def clock() -> datetime:
    return NOW


def finished(s):  # type: ignore[no-untyped-def]
    return s.scalars(select(CourseClass).where(CourseClass.status == "finished").order_by(CourseClass.id)).first()


def assessed_class(s) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    """A finished class, everyone attending enough, now set to "and a passed assessment"; its people."""
    klass = finished(s)
    klass.completion_percent = 0
    klass.requires_assessment = True
    s.execute(AssessmentResult.__table__.delete().where(AssessmentResult.class_id == klass.id))
    s.flush()
    return klass.id, [r.participant_id for r in class_results(s, klass.id)]


def not_enrolled(s, class_id: int) -> int:  # type: ignore[no-untyped-def]
    inside = select(Enrollment.participant_id).where(Enrollment.class_id == class_id)
    return s.scalar(select(Participant.id).where(Participant.id.not_in(inside)).limit(1))


def test_class_with_the_assessment_rule_completes_once_results_are_entered(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        class_id, people = assessed_class(s)
        n = len(people)
        assert n > 0 and sum(r.completed for r in class_results(s, class_id)) == 0  # 0 of N before
        outcomes = asm.record_results(s, class_id, [asm.ResultInput(pid, True, TODAY - timedelta(days=1), 80.0, "GV Hà")
                                                    for pid in people], actor="Cán bộ", clock=clock)
        assert {o.status for o in outcomes} == {"added"}
        assert sum(r.completed for r in class_results(s, class_id)) == n  # N after
        sheet = asm.class_sheet(s, class_id)
        assert all(x.passed and x.score == 80.0 and x.assessor == "GV Hà" and x.completed for x in sheet.lines)
        # the same through the reports' SQL
        from classroom.reporting.results import Period, results_select
        rows = s.execute(results_select(Period(), class_id)).all()
        assert sum(r.completed for r in rows) == n
        # one failed: not completed any more
        asm.record_results(s, class_id, [asm.ResultInput(people[0], False, TODAY, None)], actor="x", clock=clock)
        assert sum(r.completed for r in class_results(s, class_id)) == n - 1
        audited = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "assess"))
        assert audited == n + 1


def test_unchanged_result_is_not_saved_again(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        class_id, people = assessed_class(s)
        entry = asm.ResultInput(people[0], True, TODAY, 75.5)
        asm.record_results(s, class_id, [entry], actor="x", clock=clock)
        assert asm.record_results(s, class_id, [entry], actor="x", clock=clock)[0].status == "unchanged"


@pytest.mark.parametrize("bad", ["not_enrolled", "score_high", "score_negative", "score_nan", "future", "too_old"])
def test_bad_input_is_refused_whole(demo_db: Database, bad: str) -> None:
    with demo_db.transaction() as s:
        class_id, people = assessed_class(s)
        good = asm.ResultInput(people[0], True, TODAY, 90)
        wrong = {"not_enrolled": asm.ResultInput(not_enrolled(s, class_id), True, TODAY),
                 "score_high": asm.ResultInput(people[1], True, TODAY, 100.5),
                 "score_negative": asm.ResultInput(people[1], True, TODAY, -1),
                 "score_nan": asm.ResultInput(people[1], True, TODAY, float("nan")),
                 "future": asm.ResultInput(people[1], True, TODAY + timedelta(days=1)),
                 "too_old": asm.ResultInput(people[1], True, date(1999, 12, 31))}[bad]
        with pytest.raises(InvalidInput) as caught:
            asm.record_results(s, class_id, [good, wrong], actor="x", clock=clock)
        code = {"score_high": "score_range", "score_negative": "score_range", "score_nan": "score_range",
                "future": "date_future", "too_old": "date_too_old"}.get(bad, bad)
        assert [p.code for p in caught.value.problems] == [f"assessment_{code}"]
        assert s.scalar(select(func.count()).select_from(AssessmentResult)
                        .where(AssessmentResult.class_id == class_id)) == 0  # the good one was not saved either


def test_today_comes_from_the_clock(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        class_id, people = assessed_class(s)
        tomorrow = TODAY + timedelta(days=1)
        with pytest.raises(InvalidInput):
            asm.record_results(s, class_id, [asm.ResultInput(people[0], True, tomorrow)], actor="x", clock=clock)
        later = lambda: NOW + timedelta(days=2)  # noqa: E731
        assert asm.record_results(s, class_id, [asm.ResultInput(people[0], True, tomorrow)], actor="x",
                                  clock=later)[0].status == "added"


def test_unknown_class(demo_db: Database) -> None:
    with demo_db.transaction() as s, pytest.raises(NotFound):
        asm.record_results(s, 999999, [], actor="x", clock=clock)


def test_changing_a_result_after_a_certificate_names_it_for_revocation(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        class_id, people = assessed_class(s)
        from models import Certificate
        s.execute(Certificate.__table__.delete().where(Certificate.class_id == class_id))
        asm.record_results(s, class_id, [asm.ResultInput(p, True, TODAY, 90) for p in people], actor="x", clock=clock)
        serials = certs.issue_for_class(s, class_id, issued_on=TODAY, actor="x")
        assert len(serials) == len(people)
        first = asm.record_results(s, class_id, [asm.ResultInput(people[0], False, TODAY, 30)], actor="x", clock=clock)
        holder = s.scalar(select(Certificate.serial).where(Certificate.class_id == class_id,
                                                           Certificate.participant_id == people[0]))
        assert first[0].status == "changed" and first[0].certificate == holder
        # not revoked by itself: the officer decides
        assert certs.verify(s, s.scalar(select(Certificate.qr_text).where(Certificate.serial == holder))).status == "genuine"
        # taking a result away names the certificate too
        assert asm.remove_result(s, class_id, people[1], actor="x").certificate is not None


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "demo.sqlite3")
    assert cli(capsys, "--db", db, "demo", "--participants", "60")[0] == 0
    return db


def count_results(db: str) -> int:
    d = open_database(db)
    try:
        with d.transaction() as s:
            return s.scalar(select(func.count()).select_from(AssessmentResult)) or 0
    finally:
        d.close()


def cli_class(db: str) -> tuple[int, list[int], int]:
    d = open_database(db)
    try:
        with d.transaction() as s:
            class_id, people = assessed_class(s)
            return class_id, people, not_enrolled(s, class_id)
    finally:
        d.close()


def test_cli_assess_and_bad_input(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    class_id, people, outsider = cli_class(demo)
    before = count_results(demo)
    a, b = str(people[0]), str(people[1])
    code, out, err = cli(capsys, "--db", demo, "--lang", "en", "assess", "--class", str(class_id), a, b,
                         "--result", "passed", "--score", "85", "--date", "20/11/2026")
    assert code == 0, err
    assert out.count("Passed (85) — recorded") == 2
    assert count_results(demo) == before + 2
    for args, words in [((a, "--score", "101"), "outside 0–100"), ((a, "--score", "abc"), "not a number"),
                        ((a, str(outsider)), f"Participant {outsider} is not enrolled in class {class_id}"),
                        ((a, "--date", "01/01/2099"), "is after today"), ((a, "--date", "32/13/2026"), "Cannot read the date")]:
        code, out, err = cli(capsys, "--db", demo, "--lang", "en", "assess", "--class", str(class_id), *args,
                             "--result", "failed")
        assert code == 2 and words in err and err.count("\n") == 1, (args, err)
    assert count_results(demo) == before + 2  # nothing half-saved
    code, _, err = cli(capsys, "--db", demo, "--lang", "en", "assess", "--class", "99999", a, "--result", "passed")
    assert code == 2 and "no class with id 99999" in err


def test_cli_says_the_certificate_stays_valid_until_revoked(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    class_id, people, _ = cli_class(demo)
    a = str(people[0])
    assert cli(capsys, "--db", demo, "assess", "--class", str(class_id), a, "--result", "passed",
               "--date", "20/11/2026")[0] == 0
    d = open_database(demo)
    with d.transaction() as s:
        from models import Certificate
        s.execute(Certificate.__table__.delete().where(Certificate.class_id == class_id))
        serial = certs.issue_for_class(s, class_id, issued_on=date(2026, 11, 21), actor="x")[0]
    d.close()
    code, out, err = cli(capsys, "--db", demo, "--lang", "en", "assess", "--class", str(class_id), a,
                         "--result", "failed", "--date", "21/11/2026")
    assert code == 0, err
    assert f"certificate {serial}" in out and "stays valid until revoked" in out and f"revoke {serial}" in out


# -- the instructor's offline file -------------------------------------------------------------------

def test_results_travel_in_the_instructor_file_and_merge_with_the_later_winning(demo_db: Database,
                                                                                tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        class_id, people = assessed_class(s)
        a, b, c = people[:3]
        asm.record_results(s, class_id, [asm.ResultInput(a, True, TODAY, 70)], actor="Văn phòng", clock=clock)
        content = offline.export_class(s, class_id, now=NOW)
    path = tmp_path / "lop.json"
    offline.write_file(content, path)
    assert [r["participant_id"] for r in json.loads(path.read_text("utf-8"))["results"]] == [a]
    local = open_database(tmp_path / "instructor.sqlite3")
    with local.transaction() as s:
        content = offline.read_file(path)
        offline.open_for_instructor(s, content)
        assert asm.class_sheet(s, class_id).lines  # the roster and the office's result are there
        later = lambda: NOW + timedelta(hours=1)  # noqa: E731  (the file's times are compared with the office's)
        asm.record_results(s, class_id, [asm.ResultInput(b, True, TODAY, 95, "GV Lương"),
                                         asm.ResultInput(c, False, TODAY, 20, "GV Lương")], actor="GV Lương", clock=later)
        from classroom.offline_results import save_instructor_work
        save_instructor_work(s, content, path)
    local.close()
    # meanwhile the office entered c later than the instructor
    with demo_db.transaction() as s:
        asm.record_results(s, class_id, [asm.ResultInput(c, True, TODAY, 60)], actor="Văn phòng",
                           clock=lambda: NOW + timedelta(hours=2))
    with demo_db.transaction() as s:
        result = offline.merge(s, offline.read_file(path), actor="Cán bộ", now=NOW + timedelta(hours=3))
        assert (result.results_added, result.results_updated, result.results_unchanged) == (1, 0, 1)
        assert [(x.participant_id, x.kept) for x in result.result_conflicts] == [(c, "office")]
        got = {a.participant_id: (a.passed, a.score, a.assessor) for a in s.scalars(
            select(AssessmentResult).where(AssessmentResult.class_id == class_id))}
        assert got == {a: (True, 70, ""), b: (True, 95, "GV Lương"), c: (True, 60, "")}
    with demo_db.transaction() as s:  # merging the same file again changes nothing
        again = offline.merge(s, offline.read_file(path), actor="Cán bộ")
        assert (again.results_added, again.results_updated) == (0, 0)


def test_a_hand_edited_result_is_refused(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        class_id, people = assessed_class(s)
        content = offline.export_class(s, class_id)
    path = tmp_path / "lop.json"
    data = dict(content)
    data["results"] = [{"participant_id": people[0], "passed": True, "score": 100, "assessed_on": "2026-11-20",
                        "assessor": "", "recorded_at": None, "recorded_by": ""}]
    offline.write_file(data, path)
    with demo_db.transaction() as s, pytest.raises(InvalidInput) as caught:
        offline.merge(s, offline.read_file(path), actor="x")
    assert caught.value.problems[0].code == "offline_results_altered"
    for broken in ([{"participant_id": people[0], "passed": "yes"}], "x",
                   [{"participant_id": people[0], "passed": True, "score": 250, "assessed_on": "2026-11-20",
                     "assessor": "", "recorded_at": None, "recorded_by": ""}]):
        data["results"] = broken
        offline.write_file(data, path)
        with pytest.raises(InvalidInput) as caught:
            offline.read_file(path)
        assert caught.value.problems[0].code == "offline_bad_result"
    with demo_db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(AssessmentResult)
                        .where(AssessmentResult.class_id == class_id)) == 0


@pytest.mark.parametrize("score", ["nan", "inf", "-0.5", "1e9"])
def test_cli_scores_that_are_no_score(demo: str, capsys: pytest.CaptureFixture[str], score: str) -> None:
    class_id, people, _ = cli_class(demo)
    before = count_results(demo)
    code, _, err = cli(capsys, "--db", demo, "--lang", "en", "assess", "--class", str(class_id), str(people[0]),
                       "--result", "passed", "--score", score)
    assert code == 2 and "outside 0–100" in err and "Nothing was saved" in err
    assert count_results(demo) == before


def test_a_file_result_for_someone_who_left_refuses_the_whole_merge(demo_db: Database, tmp_path: Path) -> None:
    from classroom import attendance as att
    from classroom.enrollment import withdraw
    from models import AttendanceMark

    with demo_db.transaction() as s:
        class_id, people = assessed_class(s)
        content = offline.export_class(s, class_id, now=NOW)
    path = tmp_path / "lop.json"
    offline.write_file(content, path)
    local = open_database(tmp_path / "instructor.sqlite3")
    with local.transaction() as s:
        content = offline.read_file(path)
        offline.open_for_instructor(s, content)
        sid = content["sessions"][-1]["id"]
        att.mark(s, sid, people[0], "present", actor="GV")
        asm.record_results(s, class_id, [asm.ResultInput(people[1], True, TODAY, 88)], actor="GV",
                           clock=lambda: NOW + timedelta(hours=1))
        from classroom.offline_results import save_instructor_work
        save_instructor_work(s, content, path)
    local.close()
    with demo_db.transaction() as s:  # meanwhile the person left the class
        e = s.scalar(select(Enrollment).where(Enrollment.class_id == class_id, Enrollment.participant_id == people[1]))
        withdraw(s, e.id, "Chuyển đi", actor="x")
        marks_before = s.scalar(select(func.count()).select_from(AttendanceMark))
    with pytest.raises(InvalidInput) as refused, demo_db.transaction() as s:
        offline.merge(s, offline.read_file(path), actor="x")
    assert refused.value.problems[0].code == "assessment_not_enrolled"
    with demo_db.sessions() as s:  # nothing half-saved: neither the result nor the instructor's mark
        assert s.scalar(select(func.count()).select_from(AttendanceMark)) == marks_before
        assert s.scalar(select(func.count()).select_from(AssessmentResult)
                        .where(AssessmentResult.class_id == class_id)) == 0
