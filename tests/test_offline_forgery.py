"""Forged instructor marks (issue 14, item 3), attacked.

The instructor's file carries the key that seals its marks, so whoever holds the file can change
every mark and seal it again. What the office does not take from the file: who marked (the
instructor the office gave the file to), and when (only between the file's issue and its return);
a file the office did not give out is refused, a file merged twice changes nothing the second time,
and every merge is in the audit log.
"""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from classroom import offline
from classroom.cli import main
from classroom.errors import InvalidInput
from models import LOCAL_TZ, AttendanceMark, AuditEntry, CourseClass, IssuedFile
from models.db import Database, open_database

ISSUED = datetime(2026, 11, 23, 8, 0, tzinfo=LOCAL_TZ)
DURING = datetime(2026, 11, 25, 19, 30, tzinfo=LOCAL_TZ)
RETURNED = datetime(2026, 11, 28, 9, 0, tzinfo=LOCAL_TZ)


def _export(db: Database, tmp_path: Path, instructor: str | None = None) -> tuple[Path, dict, int]:  # type: ignore[type-arg]
    with db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "running").order_by(CourseClass.id)).first()
        content = offline.export_class(s, klass.id, instructor=instructor, actor="Cán bộ Lan", now=ISSUED)
        class_id = klass.id
    path = tmp_path / "lop.json"
    offline.write_file(content, path)
    return path, content, class_id


def _instructor_marks(content: dict, when: datetime, by: str, status: str = "present") -> None:  # type: ignore[type-arg]
    """Every person at every session marked ``status`` at ``when`` by ``by``, re-sealed with the file's own key."""
    content["marks"] = [{"session_id": s["id"], "participant_id": r["participant_id"], "status": status,
                         "reason": None, "arrived_at": None, "marked_at": when.isoformat(), "marked_by": by}
                        for s in content["sessions"] for r in content["roster"]]
    offline.reseal_marks(content)


def _write(content: dict, path: Path) -> Path:  # type: ignore[type-arg]
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_export_records_to_whom_and_when_the_file_was_given(demo_db: Database, tmp_path: Path) -> None:
    _, content, class_id = _export(demo_db, tmp_path, instructor="Lương Văn Tâm")
    with demo_db.sessions() as s:
        issued = s.get(IssuedFile, content["export_id"])
        assert issued is not None and issued.class_id == class_id
        assert (issued.issued_to, issued.issued_by, issued.issued_at) == ("Lương Văn Tâm", "Cán bộ Lan", ISSUED)
        klass = s.get(CourseClass, class_id)
        names = ", ".join(i.full_name for i in klass.instructors)
    _, content, _ = _export(demo_db, tmp_path)  # without a name: the class's own instructors
    with demo_db.sessions() as s:
        assert s.get(IssuedFile, content["export_id"]).issued_to == names


def test_forged_times_are_refused_and_the_author_is_the_instructor_given_the_file(demo_db: Database,
                                                                                  tmp_path: Path) -> None:
    path, content, class_id = _export(demo_db, tmp_path, instructor="Lương Văn Tâm")
    content = offline.read_file(path)
    _instructor_marks(content, datetime(2030, 1, 1, 8, 0, tzinfo=LOCAL_TZ), "Chủ tịch UBND xã")
    forged = _write(content, tmp_path / "gia.json")
    with demo_db.sessions() as s:
        before = {(m.session_id, m.participant_id): (m.status, m.marked_at) for m in s.scalars(select(AttendanceMark))}
    with demo_db.transaction() as s:
        result = offline.merge(s, offline.read_file(forged), actor="Cán bộ Lan", path=str(forged), now=RETURNED)
    assert result.added == result.updated == 0 and not result.conflicts
    assert len(result.refused) == len(content["marks"]) - result.unchanged > 0
    assert all(r.reason == "after_return" and r.marked_at.startswith("2030-01-01") for r in result.refused)
    with demo_db.sessions() as s:
        after = {(m.session_id, m.participant_id): (m.status, m.marked_at) for m in s.scalars(select(AttendanceMark))}
    assert after == before  # no forged mark won anything
    # marks before the file was given out are refused the same way
    content = offline.read_file(path)
    _instructor_marks(content, datetime(2026, 11, 1, 8, 0, tzinfo=LOCAL_TZ), "Chủ tịch UBND xã")
    with demo_db.transaction() as s:
        early = offline.merge(s, content, actor="Cán bộ Lan", now=RETURNED)
    assert early.refused and {r.reason for r in early.refused} == {"before_issue"} and early.added == 0
    # within the window, the marks count, and their author is the instructor the file was given to
    content = offline.read_file(path)
    _instructor_marks(content, DURING, "Chủ tịch UBND xã")
    with demo_db.transaction() as s:
        honest = offline.merge(s, content, actor="Cán bộ Lan", now=RETURNED)
    assert honest.added + honest.updated > 0 and not honest.refused
    with demo_db.sessions() as s:
        authors = set(s.scalars(select(AttendanceMark.marked_by).where(AttendanceMark.source == "instructor")))
    assert authors == {"Lương Văn Tâm"}


def test_a_file_the_office_did_not_give_out_is_refused(demo_db: Database, tmp_path: Path) -> None:
    path, content, _ = _export(demo_db, tmp_path)
    with demo_db.transaction() as s:  # the office's record of it is gone (e.g. a backup restored from before)
        s.delete(s.get(IssuedFile, content["export_id"]))
    content = offline.read_file(path)
    _instructor_marks(content, DURING, "GV")
    with pytest.raises(InvalidInput) as refused:
        with demo_db.transaction() as s:
            offline.merge(s, content, actor="x", path=str(path), now=RETURNED)
    assert refused.value.problems[0].code == "offline_not_issued"


def test_a_file_merged_twice_changes_nothing_the_second_time_and_each_merge_is_audited(demo_db: Database,
                                                                                       tmp_path: Path) -> None:
    path, content, class_id = _export(demo_db, tmp_path, instructor="Lương Văn Tâm")
    content = offline.read_file(path)
    _instructor_marks(content, DURING, "GV", status="absent")
    with demo_db.transaction() as s:
        first = offline.merge(s, content, actor="Cán bộ Lan", now=RETURNED)
    with demo_db.transaction() as s:
        again = offline.merge(s, content, actor="Cán bộ Lan", now=RETURNED)
    assert not first.replayed and first.added + first.updated > 0
    assert again.replayed and again.added == again.updated == 0
    with demo_db.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "merge_offline")
                            .order_by(AuditEntry.id)).all()
        issued = s.get(IssuedFile, content["export_id"])
        assert issued.merges == 1 and issued.merged_at == RETURNED
    assert [(e.actor, e.entity, e.entity_id) for e in entries] == [("Cán bộ Lan", "classes", class_id)] * 2
    details = [json.loads(e.details) for e in entries]
    assert details[0]["file"] == content["export_id"] and details[0]["instructor"] == "Lương Văn Tâm"
    assert details[0]["added"] + details[0]["updated"] == first.added + first.updated
    assert details[1]["replayed"] is True


def test_the_cli_lists_refused_marks_and_says_partly_done(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "xa.sqlite3")
    main(["--db", db, "demo", "--participants", "40"])
    out = tmp_path / "lop.json"
    database = open_database(db)
    with database.sessions() as s:
        class_id = s.scalar(select(CourseClass.id).where(CourseClass.status == "running"))
    database.close()
    assert main(["--db", db, "attendance", "export", "--class", str(class_id), "--out", str(out),
                 "--instructor", "Lương Văn Tâm"]) == 0
    content = offline.read_file(out)
    _instructor_marks(content, datetime(2030, 1, 1, 8, 0, tzinfo=LOCAL_TZ), "Chủ tịch UBND xã")
    _write(content, out)
    capsys.readouterr()
    assert main(["--db", db, "attendance", "import", str(out)]) == 3
    printed = capsys.readouterr().out
    assert "Không nhận" in printed and "01/01/2030" in printed and "Lương Văn Tâm" in printed
    assert main(["--db", db, "attendance", "import", str(out)]) == 0
    assert "đã nhập" in capsys.readouterr().out.lower()


def test_a_file_given_out_before_the_office_kept_records_is_still_merged(demo_db: Database, tmp_path: Path) -> None:
    """Instructors in the field when the program was upgraded: their files, sealed by this office and exported
    before it recorded the files it gave out, are merged, as given to the class's instructors when exported."""
    from models import Setting

    path, content, class_id = _export(demo_db, tmp_path)
    with demo_db.transaction() as s:  # as revision 0007 finds an office that had given files out
        s.delete(s.get(IssuedFile, content["export_id"]))
        s.add(Setting(key=offline.SINCE_KEY, value=datetime(2026, 11, 24, tzinfo=LOCAL_TZ).isoformat()))
        names = ", ".join(i.full_name for i in s.get(CourseClass, class_id).instructors)
    content = offline.read_file(path)
    _instructor_marks(content, DURING, "Chủ tịch UBND xã")
    with demo_db.transaction() as s:
        merged = offline.merge(s, content, actor="Cán bộ Lan", now=RETURNED)
    assert merged.added + merged.updated > 0 and merged.instructor == names and merged.issued_at == ISSUED
    with demo_db.sessions() as s:
        assert s.get(IssuedFile, content["export_id"]).merges == 1
    # a file exported after the records began, with no record, is not one this office gave out
    path, content, _ = _export(demo_db, tmp_path)
    with demo_db.transaction() as s:
        s.delete(s.get(IssuedFile, content["export_id"]))
        s.get(Setting, offline.SINCE_KEY).value = datetime(2026, 11, 20, tzinfo=LOCAL_TZ).isoformat()
    with pytest.raises(InvalidInput) as refused:
        with demo_db.transaction() as s:
            offline.merge(s, offline.read_file(path), actor="x", now=RETURNED)
    assert refused.value.problems[0].code == "offline_not_issued"


@pytest.mark.sqlite
@pytest.mark.parametrize("had_given_files_out", [True, False])
def test_the_upgrade_marks_when_records_began_only_where_files_were_given_out(
        demo_file: Path, tmp_path: Path, had_given_files_out: bool) -> None:
    from alembic import command

    from models import Setting
    from models.db import _alembic_config, _make_engine, to_url

    path = tmp_path / "older.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    engine = _make_engine(to_url(path)[0])
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0003")  # as the previous version left it
        if had_given_files_out:
            conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('attendance_secret', 'ab')")
    engine.dispose()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.sessions() as s:
            since = s.get(Setting, offline.SINCE_KEY)
        assert (since is not None) == had_given_files_out
        if since is not None:
            assert datetime.fromisoformat(since.value).tzinfo is not None
    finally:
        db.close()
