"""VNeID confirmations: recorded per person or for a whole class, refused whole on bad input, and
counted against the yearly target "confirmed on VNeID" on the dashboard, in the package and the PDF report."""
from __future__ import annotations

import io
import json
import subprocess
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from classroom import assessment as asm
from classroom.cli import main
from classroom.errors import InvalidInput
from classroom.merging import merge_participants
from classroom.reporting import Period
from classroom.reporting.dashboard import dashboard
from classroom.reporting.package import build_package
from classroom.reporting.report import export_report
from classroom.reporting.targets import save_targets
from models import LOCAL_TZ, AuditEntry, ClassSession, CourseClass, Enrollment, EnrollmentStatus, VneidConfirmation
from models.db import Database, open_database

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=LOCAL_TZ)
YEAR = Period.year(2026)


def clock() -> datetime:
    return NOW


def class_of_2026(s) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    klass = s.scalars(select(CourseClass).join(ClassSession).where(
        CourseClass.status == "finished", ClassSession.starts_at >= datetime(2026, 1, 1, tzinfo=LOCAL_TZ))
        .order_by(CourseClass.id)).first()
    people = list(s.scalars(select(Enrollment.participant_id).where(
        Enrollment.class_id == klass.id, Enrollment.status == EnrollmentStatus.ENROLLED).order_by(Enrollment.id)))
    return klass.id, people


def test_one_person_then_the_whole_class(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        class_id, people = class_of_2026(s)
        assert asm.confirm_vneid(s, class_id, people[:1], confirmed_on=date(2026, 11, 20), seen_by="Cán bộ Lan",
                                 actor="x", clock=clock) == 1
        # the whole class: the one confirmed before keeps the first confirmation
        assert asm.confirm_vneid(s, class_id, people, confirmed_on=date(2026, 11, 22), seen_by="GV Hà", actor="x",
                                 clock=clock) == len(people) - 1
        rows = {v.participant_id: (v.confirmed_on, v.seen_by) for v in s.scalars(
            select(VneidConfirmation).where(VneidConfirmation.class_id == class_id))}
        assert rows[people[0]] == (date(2026, 11, 20), "Cán bộ Lan") and len(rows) == len(people)
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "vneid_confirm")) == 2
        assert asm.unconfirm_vneid(s, class_id, people[0], actor="x")
        assert not asm.unconfirm_vneid(s, class_id, people[0], actor="x")


@pytest.mark.parametrize("bad", ["not_enrolled", "future", "nobody_saw"])
def test_bad_confirmations_are_refused_whole(demo_db: Database, bad: str) -> None:
    with demo_db.transaction() as s:
        class_id, people = class_of_2026(s)
        ids, day, seen_by = list(people[:3]), date(2026, 11, 20), "Cán bộ Lan"
        if bad == "not_enrolled":
            ids.append(s.scalar(select(Enrollment.participant_id).where(
                Enrollment.participant_id.not_in(people)).limit(1)))
        elif bad == "future":
            day = NOW.date() + timedelta(days=1)
        else:
            seen_by = "  "
        with pytest.raises(InvalidInput) as caught:
            asm.confirm_vneid(s, class_id, ids, confirmed_on=day, seen_by=seen_by, actor="x", clock=clock)
        assert [p.code for p in caught.value.problems] == [
            {"not_enrolled": "vneid_not_enrolled", "future": "vneid_date_future",
             "nobody_saw": "vneid_seen_by_missing"}[bad]]
        assert s.scalar(select(func.count()).select_from(VneidConfirmation)) == 0


def test_the_count_reaches_the_dashboard_the_package_and_the_report(demo_db: Database, tmp_path: Path,
                                                                    poppler: None) -> None:
    with demo_db.transaction() as s:
        save_targets(s, 2026, {("all", "vneid_confirmed"): 20.0, ("elderly", "vneid_confirmed"): 10.0})
        before = dashboard(s, YEAR)
        assert before.total.confirmed == 0
        assert {(t.target_group, t.reached) for t in before.targets if t.metric == "vneid_confirmed"} == {
            ("all", 0.0), ("elderly", 0.0)}
        class_id, people = class_of_2026(s)
        group = s.get(CourseClass, class_id).target_group
        asm.confirm_vneid(s, class_id, people[:5], confirmed_on=date(2026, 11, 20), seen_by="Cán bộ Lan", actor="x",
                          clock=clock)
    with demo_db.sessions() as s:
        d = dashboard(s, YEAR)
        assert d.total.confirmed == 5
        reached = {t.target_group: (t.reached, t.progress) for t in d.targets if t.metric == "vneid_confirmed"}
        assert reached["all"] == (5.0, 25.0)
        if group == "elderly":
            assert reached["elderly"] == (5.0, 50.0)
        assert sum(v.figures.confirmed for v in d.villages) == 5
        data, _rows = build_package(s, YEAR)
        export_report(s, tmp_path / "bao-cao.pdf", YEAR)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        payload = json.loads(z.read(next(n for n in z.namelist() if n != "manifest.json" and n.endswith(".json"))))
    total = next(line for line in payload["summary"] if line["target_group"] == "all")
    assert total["vneid_confirmed"] == 5
    assert {"metric": "vneid_confirmed", "target": 20.0, "reached": 5.0, "progress": 25.0, "population": None} in \
        total["targets"]
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "bao-cao.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Số người đã xác nhận hoàn thành trên VNeID: 5" in text
    assert "Toàn xã: Số người đã xác nhận hoàn thành" in text and "20 người 5 người 25,0 %" in text


def test_a_merged_person_keeps_the_confirmation(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        class_id, people = class_of_2026(s)
        other = s.scalar(select(Enrollment.participant_id).where(Enrollment.participant_id.not_in(people)).limit(1))
        from models import Participant
        s.get(Participant, other).national_id = None  # the same person registered twice, once without the ID
        s.add(Enrollment(class_id=class_id, participant_id=other, status="enrolled"))
        s.flush()
        asm.confirm_vneid(s, class_id, [other], confirmed_on=date(2026, 11, 20), seen_by="x", actor="x", clock=clock)
        s.execute(Enrollment.__table__.delete().where(Enrollment.class_id == class_id,
                                                      Enrollment.participant_id == people[0]))
        result = merge_participants(s, people[0], other, actor="x")
        assert result.moved["vneid"] == 1
        assert s.scalar(select(VneidConfirmation.participant_id).where(VneidConfirmation.class_id == class_id)) == people[0]


def test_cli_vneid_for_the_whole_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert main(["--db", db, "demo", "--participants", "40"]) == 0
    d = open_database(db)
    with d.sessions() as s:
        class_id, people = class_of_2026(s)
    d.close()
    capsys.readouterr()
    assert main(["--db", db, "--lang", "en", "vneid", "--class", str(class_id), str(people[0]), "--date", "20/11/2026",
                 "--seen-by", "Cán bộ Lan"]) == 0
    assert main(["--db", db, "--lang", "en", "vneid", "--class", str(class_id), "--all"]) == 0
    out, _ = capsys.readouterr()
    assert f"Recorded {len(people) - 1} people confirmed on VNeID ({len(people)} named" in out
    assert main(["--db", db, "--lang", "en", "vneid", "--class", str(class_id), str(people[0]),
                 "--date", "01/01/2099"]) == 2
    assert "after today" in capsys.readouterr().err
