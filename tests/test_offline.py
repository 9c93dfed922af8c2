"""The instructor's offline file: round trip with conflicting marks, and files refused."""
from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from classroom import attendance as att
from classroom import offline
from classroom.errors import InvalidInput
from models import AttendanceMark, Commune, CourseClass, SessionStatus, now_local
from models.db import Database, open_database


def running(s):  # type: ignore[no-untyped-def]
    return s.scalars(select(CourseClass).where(CourseClass.status == "running").order_by(CourseClass.id)).first()


def export(db: Database, tmp_path: Path) -> tuple[Path, int]:
    with db.transaction() as s:
        klass = running(s)
        content = offline.export_class(s, klass.id)
    path = tmp_path / "lop.json"
    offline.write_file(content, path)
    return path, klass.id


def test_file_carries_no_id_numbers_or_phones(demo_db: Database, tmp_path: Path) -> None:
    path, _ = export(demo_db, tmp_path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["roster"] and set(data["roster"][0]) == {"participant_id", "full_name", "village", "card", "birth_year"}
    assert "national_id" not in text and "phone" not in text


def test_round_trip_with_conflicting_marks(demo_db: Database, tmp_path: Path) -> None:
    path, class_id = export(demo_db, tmp_path)
    content = offline.read_file(path)
    # the instructor's laptop: a local database from the file, marks made there
    local = open_database(tmp_path / "instructor.sqlite3")
    with local.transaction() as s:
        offline.open_for_instructor(s, content)
        sid = next(x["id"] for x in content["sessions"] if x["status"] == SessionStatus.SCHEDULED)
        lines = att.roster(s, sid)
        a, b, c = (line.participant_id for line in lines[:3])
        att.mark(s, sid, a, "present", actor="GV Lương")
        att.mark(s, sid, b, "late", actor="GV Lương", arrived_at=now_local())
        att.mark(s, sid, c, "absent", actor="GV Lương", marked_at=now_local() - timedelta(seconds=1))
        offline.save_instructor_marks(s, content, path)
    local.close()
    # meanwhile the office marked b (earlier than the instructor) and c (later than the instructor)
    with demo_db.transaction() as s:
        att.mark(s, sid, b, "absent", actor="Văn phòng", marked_at=now_local() - timedelta(minutes=5))
        att.mark(s, sid, c, "excused", actor="Văn phòng", reason="Báo ốm", marked_at=now_local() + timedelta(minutes=5))
    with demo_db.transaction() as s:
        result = offline.merge(s, offline.read_file(path), actor="Cán bộ")
    assert (result.added, result.updated) == (1, 1)
    kept = {(x.participant_id, x.kept) for x in result.conflicts}
    assert kept == {(b, "instructor"), (c, "office")}
    with demo_db.sessions() as s:
        got = {m.participant_id: (m.status, m.marked_by, m.source) for m in s.scalars(
            select(AttendanceMark).where(AttendanceMark.session_id == sid))}
    with demo_db.sessions() as s:  # the author is the instructor the office gave the file to, not the file's word
        given_to = ", ".join(i.full_name for i in s.get(CourseClass, class_id).instructors)
    assert got[a] == ("present", given_to, "instructor") and given_to != "GV Lương"
    assert got[b][0] == "late" and got[c][0] == "excused"
    with demo_db.transaction() as s:  # merging the same file again changes nothing
        again = offline.merge(s, offline.read_file(path), actor="Cán bộ")
    assert (again.added, again.updated) == (0, 0)


@pytest.mark.parametrize("change, code", [
    (lambda d: d["roster"].append({**d["roster"][0], "participant_id": 99999}), "offline_altered"),
    (lambda d: d["class"].update(code="15883-2026-099"), "offline_altered"),
    (lambda d: d["marks"].append({**d["marks"][0], "status": "present"}) if d["marks"] else
     d["marks"].append({"session_id": 1, "participant_id": 1, "status": "present"}), "offline_marks_altered"),
    (lambda d: d["commune"].update(code="27001", name="Yên Phong"), "offline_other_commune"),
])
def test_altered_files_are_refused(demo_db: Database, tmp_path: Path, change, code) -> None:  # type: ignore[no-untyped-def]
    path, _ = export(demo_db, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        with demo_db.transaction() as s:
            offline.merge(s, offline.read_file(path), actor="x")
    assert err.value.problems[0].code == code


def test_file_from_another_communes_database_is_refused(demo_db: Database, demo_file: Path, tmp_path: Path) -> None:
    other_copy = tmp_path / "other.sqlite3"
    shutil.copy(demo_file, other_copy)
    other = open_database(other_copy)
    try:
        with other.transaction() as s:  # same commune code, but its own secret: the seal fails
            content = offline.export_class(s, running(s).id)
    finally:
        other.close()
    with pytest.raises(InvalidInput) as err:
        with demo_db.transaction() as s:
            s.scalars(select(Commune)).one()
            offline.merge(s, content, actor="x")
    assert err.value.problems[0].code == "offline_altered"


@pytest.mark.parametrize("data", [b"", b"not json", b"\xff\xfe garbage", b"[1, 2, 3]", b'{"format": "other"}'])
def test_unreadable_files(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(data)
    with pytest.raises(InvalidInput) as err:
        offline.read_file(path)
    assert err.value.problems[0].code in ("offline_unreadable", "offline_not_attendance_file")
