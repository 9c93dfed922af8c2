"""Guarantee: killing the program at any moment leaves the database consistent.

Each test starts a real child process doing one long operation (an import, a batch of
certificates, merges, an instructor's file, a restore), waits until it is inside the
operation, kills it with SIGKILL at a random moment and opens the database again as the
next start would: the file is whole, either all of the operation is there or none of it,
and no certificate serial was consumed without its record. Two processes writing one file
at once wait for each other. Set CRASH_SEED to repeat a run's moments.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from random import Random

import pytest
from sqlalchemy import select

from classroom import offline
from classroom.backup import backup_to
from classroom.importing import apply_import, build_preview, guess_layout, read_file
from models import (
    LOCAL_TZ, AttendanceMark, ClassSession, Course, CourseClass, Enrollment, Participant, SessionStatus, Venue,
)
from models.copies import snapshot
from models.db import open_database
from tests import crashkit
from tests.crashkit import Tally, check_database, count

SEED = int(os.environ.get("CRASH_SEED", time.time_ns() % 1_000_000))
KILLS = 4  # random moments per operation (plus one run left to finish, which gives the "all" state)
FIGURES: dict[str, Tally] = {}
CERT_DAY = date(2026, 12, 1)


ISSUED = datetime(2026, 11, 23, 8, 0, tzinfo=LOCAL_TZ)  # the instructor's file given out (returned later)

def rng_for(name: str) -> Random:
    return Random(f"{SEED}-{name}")


def _held_class(session, code: str, people: list[int], sessions: int = 2,  # type: ignore[no-untyped-def]
                marked: bool = True) -> int:
    """A finished class in which everyone was present at every session: all due a certificate
    (``marked=False``: nobody marked yet)."""
    course = session.scalars(select(Course)).first()
    venue = session.scalars(select(Venue)).first()
    klass = CourseClass(code=code, course=course, venue=venue, target_group="other", capacity=len(people),
                        status="finished")
    session.add(klass)
    session.flush()
    start = datetime(2026, 10, 5, 8, 0, tzinfo=LOCAL_TZ)
    for n in range(sessions):
        begins = start + timedelta(days=7 * n)
        klass.sessions.append(ClassSession(starts_at=begins, ends_at=begins + timedelta(hours=2),
                                           status=SessionStatus.HELD))
    session.flush()
    for pid in people:
        session.add(Enrollment(class_id=klass.id, participant_id=pid))
        for s in klass.sessions if marked else []:
            session.add(AttendanceMark(session_id=s.id, participant_id=pid, status="present",
                                       marked_at=s.starts_at, marked_by="test"))
    session.flush()
    return klass.id


@pytest.fixture(scope="module")
def base(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The demo commune, 1,200 imported people, two classes due certificates, twins to merge,
    an instructor's file that changes every mark of a class, a backup to restore, and a list to import."""
    from bench.bench_import import make_workbook

    folder = tmp_path_factory.mktemp("crash")
    path = folder / "base.sqlite3"
    shutil.copy(demo_file, path)
    book = folder / "list.xlsx"
    make_workbook(book, 1200, seed=11)
    db = open_database(path)
    sheet = read_file(book)
    with db.transaction() as s:
        apply_import(s, build_preview(s, sheet, guess_layout(sheet)), actor="test")
    older = folder / "older-data.sqlite3"  # the data the restore goes back to ...
    snapshot(path, older)
    with sqlite3.connect(older) as conn:  # a few years of audit log: a copy that takes a while
        conn.executemany("INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)",
                         [("2025-01-01 08:00:00", "test", "update", "participant", n % 1000, "x" * 300)
                          for n in range(150_000)])
    older_db = open_database(older)
    backup = backup_to(older_db, folder / "older.sqlite3")  # ... as a backup (a backup changed after is refused)
    older_db.close()
    crash_list = folder / "crash-list.xlsx"
    make_workbook(crash_list, 1200, seed=12)
    with db.transaction() as s:
        imported = list(s.scalars(select(Participant.id).where(Participant.id > 150).order_by(Participant.id)))
        big = _held_class(s, "CRASH-A", imported[:450])
        other = _held_class(s, "CRASH-B", imported[450:650])
        # twins: the same person registered twice, the second record in a class of its own
        pairs = []
        for original in s.scalars(select(Participant).where(Participant.id <= 60).order_by(Participant.id)):
            twin = Participant(full_name=original.full_name, name_folded=original.name_folded,
                               sort_key=original.sort_key, birth_year=original.birth_year,
                               birth_month=original.birth_month, birth_day=original.birth_day,
                               gender=original.gender, card_code=f"{original.card_code}X",
                               village_id=original.village_id, target_group=original.target_group)
            s.add(twin)
            s.flush()
            pairs.append((original.id, twin.id))
        twins_class = _held_class(s, "CRASH-T", [t for _, t in pairs])
        unmarked = _held_class(s, "CRASH-C", imported[650:800], marked=False)
        to_mark = [(sid, pid) for sid in s.scalars(select(ClassSession.id).where(ClassSession.class_id == unmarked))
                   for pid in imported[650:800]]
    with db.transaction() as s:
        content = offline.export_class(s, other, instructor="GV Kiểm thử", now=ISSUED)  # the class has none of its own
    # later than the office's marks (October), and within the file's issue and return (a mark after it is refused)
    later = ISSUED + timedelta(minutes=5)
    content["marks"] = [  # the instructor changed every mark, after the office's
        {**m, "status": "late", "marked_at": later.isoformat(),
         "arrived_at": (datetime.fromisoformat(m["marked_at"]) + timedelta(minutes=20)).isoformat()}
        for m in content["marks"]]
    offline.reseal_marks(content)
    instructor_file = folder / "instructor.json"
    offline.write_file(content, instructor_file)
    db.close()
    return {"path": path, "big": big, "other": other, "pairs": pairs, "twins_class": twins_class,
            "instructor_file": instructor_file, "backup": backup, "list": crash_list, "to_mark": to_mark}


def copy_of(base: dict[str, object], tmp_path: Path, name: str) -> Path:
    target = tmp_path / f"{name}.sqlite3"
    shutil.copy(base["path"], target)  # type: ignore[arg-type]
    return target


def kill_many(name: str, code: str, base: dict[str, object], tmp_path: Path, *extra: object,
              state: Callable[[sqlite3.Connection], object]) -> tuple[object, object]:
    """Run the operation once to its end (the "all" state, and how long it takes), then kill it at KILLS
    random moments of that length; after each kill the database holds the state from before or the
    state after, nothing between."""
    rng = rng_for(name)
    with sqlite3.connect(base["path"]) as conn:  # type: ignore[arg-type]
        before = state(conn)
    whole = copy_of(base, tmp_path, f"{name}-whole")
    length = crashkit.timed_run(code, whole, *extra)
    conn = check_database(whole)
    after = state(conn)
    conn.close()
    assert after != before, "the operation changed nothing: the test tests nothing"
    tally = FIGURES.setdefault(name, Tally())
    for n in range(KILLS):
        target = copy_of(base, tmp_path, f"{name}-{n}")
        alive = crashkit.kill_at_random(code, target, *extra, rng=rng, max_delay=length * 1.1)
        conn = check_database(target)
        found = state(conn)
        conn.close()
        assert found in (before, after), f"{name}: half an operation after a kill (seed {SEED}): {found}"
        if alive:
            tally.mid_way += 1
        else:
            tally.after_end += 1
            assert found == after
        tally.outcomes.append("all" if found == after else "none")
        open_database(target).close()  # and the program starts on it again
    return before, after


IMPORT = """
from classroom.cli import main
from classroom.importing import apply
real = apply.apply_import
def traced(*a, progress=None, **kw):
    go()
    return real(*a, progress=progress, **kw)
import classroom.cli.import_cmd as cmd
cmd.apply_import = traced
code = main(["--db", str(DB), "import", "participants", sys.argv[2]])
done()
sys.exit(0 if code in (0, 3) else code)
"""


def test_import_killed_midway_saves_all_or_nothing(base: dict[str, object], tmp_path: Path) -> None:
    def state(conn: sqlite3.Connection) -> object:
        return count(conn, "participants"), count(conn, "audit_log"), count(conn, "villages")
    before, after = kill_many("import", IMPORT, base, tmp_path, base["list"], state=state)
    assert after[0] > before[0]  # type: ignore[index]


ISSUE = """
from datetime import date
from classroom.certificates import issue_for_class
from models.db import open_database
db = open_database(DB)
with db.transaction() as s:
    go()
    issue_for_class(s, int(sys.argv[2]), issued_on=date(2026, 12, 1), actor="test", progress=go)
done()
"""


def _certificates(conn: sqlite3.Connection) -> object:
    return (count(conn, "certificates"), conn.execute("SELECT max(last_seq) FROM certificate_register").fetchone()[0],
            count(conn, "audit_log"))


def test_certificates_killed_midway_consume_no_serial(base: dict[str, object], tmp_path: Path) -> None:
    before, after = kill_many("certificates", ISSUE, base, tmp_path, base["big"], state=_certificates)
    assert after[0] - before[0] == 450  # type: ignore[index,operator]


MERGE = """
import json
from classroom.merging import merge_participants
from models.db import open_database
db = open_database(DB)
for keep, other in json.loads(sys.argv[2]):
    with db.transaction() as s:
        go()
        merge_participants(s, keep, other, actor="test")
done()
"""


def test_merges_killed_midway_leave_each_pair_whole(base: dict[str, object], tmp_path: Path) -> None:
    pairs = base["pairs"]
    rng = rng_for("merge")
    tally = FIGURES.setdefault("merge", Tally())
    arg = json.dumps(pairs)
    for n in range(KILLS):
        target = copy_of(base, tmp_path, f"merge-{n}")
        alive = crashkit.kill_at_random(MERGE, target, arg, rng=rng)
        conn = check_database(target)
        merged = 0
        for keep, other in pairs:  # type: ignore[attr-defined]
            gone = count(conn, "participants", "id = ?", other) == 0
            logged = count(conn, "audit_log", "action = 'merge' AND entity_id = ? AND details LIKE ?", keep,
                           f'%"other_id": {other},%') == 1
            twin_rows = count(conn, "enrollments", "participant_id = ?", other) + count(
                conn, "attendance", "participant_id = ?", other)
            kept_rows = count(conn, "enrollments", "participant_id = ? AND class_id = ?", keep, base["twins_class"])
            if gone:
                assert logged and twin_rows == 0 and kept_rows == 1, (keep, other)
                merged += 1
            else:
                assert not logged and twin_rows == 3 and kept_rows == 0, (keep, other)
        conn.close()
        tally.mid_way += alive
        tally.after_end += not alive
        tally.outcomes.append(f"{merged}/{len(pairs)} merged")  # type: ignore[arg-type]
        if not alive:
            assert merged == len(pairs)  # type: ignore[arg-type]


INSTRUCTOR = """
from classroom import offline
from models.db import open_database
db = open_database(DB)
content = offline.read_file(Path(sys.argv[2]))
with db.transaction() as s:
    go()
    offline.merge(s, content, actor="test", path=sys.argv[2])
done()
"""


def test_instructor_file_killed_midway_merges_all_or_nothing(base: dict[str, object], tmp_path: Path) -> None:
    def state(conn: sqlite3.Connection) -> object:
        return (count(conn, "attendance", "status = 'late'"), count(conn, "attendance"), count(conn, "audit_log"))
    before, after = kill_many("instructor", INSTRUCTOR, base, tmp_path, base["instructor_file"], state=state)
    assert after[0] - before[0] == 400  # type: ignore[index,operator]


RESTORE = """
from classroom import backup
from models.db import open_database
real = backup._sqlite_copy
def traced(source, target):
    go()
    real(source, target)
backup._sqlite_copy = traced
db = open_database(DB)
backup.restore_from(db, Path(sys.argv[2]), DB.parent / "safety")
done()
"""


def test_restore_killed_midway_leaves_old_or_new(base: dict[str, object], tmp_path: Path) -> None:
    def state(conn: sqlite3.Connection) -> object:
        return (count(conn, "participants"), count(conn, "classes"), count(conn, "attendance"),
                count(conn, "audit_log"))
    kill_many("restore", RESTORE, base, tmp_path, base["backup"], state=state)


AUTOMATIC = """
from classroom.backup import automatic_backup
from models.db import open_database
db = open_database(DB)
go()
for n in range(12):
    automatic_backup(db, DB.parent / "auto", f"label{n}")
done()
"""


def test_backups_killed_midway_leave_no_half_copy(base: dict[str, object], tmp_path: Path) -> None:
    """A crash while a backup is written leaves whole backups only (a half one would be trusted later)."""
    rng = rng_for("backup")
    tally = FIGURES.setdefault("automatic backup", Tally())
    with sqlite3.connect(base["path"]) as conn:  # type: ignore[arg-type]
        people = count(conn, "participants")
    whole = copy_of(base, tmp_path, "backup-whole")
    length = crashkit.timed_run(AUTOMATIC, whole)
    for n in range(KILLS):
        (tmp_path / f"b{n}").mkdir()
        target = copy_of(base, tmp_path / f"b{n}", "db")
        alive = crashkit.kill_at_random(AUTOMATIC, target, rng=rng, max_delay=length * 1.1)
        made = [p for p in sorted((target.parent / "auto").glob("*.sqlite3")) if not p.name.startswith(".")]
        for copy in made:
            conn = check_database(copy)
            assert count(conn, "participants") == people
            conn.close()
        tally.mid_way += alive
        tally.after_end += not alive
        tally.outcomes.append(f"{len(made)} whole backups")


MARK = """
import json, os
from classroom import attendance
from models.db import open_database
db = open_database(DB)
pairs, status = json.loads(sys.argv[2]), sys.argv[3]
print("READY", flush=True)
while not os.path.exists(sys.argv[4]):
    time.sleep(0.005)
for session_id, participant_id in pairs:  # one transaction a mark, as the window does
    with db.transaction() as s:
        attendance.mark(s, session_id, participant_id, status, actor=status)
"""

ISSUE_BOTH = """
import json, os
from datetime import date
from classroom.certificates import issue_for_class
from models.db import open_database
db = open_database(DB)
print("READY", flush=True)
while not os.path.exists(sys.argv[3]):
    time.sleep(0.005)
for class_id in json.loads(sys.argv[2]):
    with db.transaction() as s:
        issue_for_class(s, class_id, issued_on=date(2026, 12, 1), actor="test")
"""


def together(tmp_path: Path, *children: tuple[str, list[object]]) -> list[str]:
    """Start the children, let them go at one moment, wait for all; their error output."""
    start = tmp_path / "start"
    procs = [crashkit.start(code, *args, start) for code, args in children]
    try:
        for proc in procs:
            crashkit.wait_for_marker(proc, marker="READY")
        start.touch()
        outputs = [proc.communicate(timeout=60) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    for proc, (_, err) in zip(procs, outputs):
        assert proc.returncode == 0, err[-3000:]
    return [err for _, err in outputs]


def test_two_processes_marking_the_same_roster_wait_for_each_other(base: dict[str, object], tmp_path: Path) -> None:
    target = copy_of(base, tmp_path, "marking")
    pairs = base["to_mark"]
    errors = together(tmp_path, (MARK, [target, json.dumps(pairs), "present"]),
                      (MARK, [target, json.dumps(pairs[::-1]), "absent"]))
    assert not any("locked" in e for e in errors)
    conn = check_database(target)
    marks = conn.execute("SELECT status, marked_by, count(*) FROM attendance WHERE session_id IN "
                         f"({','.join(str(sid) for sid in {p[0] for p in pairs})}) GROUP BY status, marked_by").fetchall()
    conn.close()
    assert sum(n for _, _, n in marks) == len(pairs)  # every pair marked once: nothing lost, nothing doubled
    assert all(status == by for status, by, _ in marks)


def test_two_processes_issuing_certificates_at_once_keep_the_register_whole(base: dict[str, object],
                                                                             tmp_path: Path) -> None:
    target = copy_of(base, tmp_path, "issuing")
    classes = [base["big"], base["other"]]
    together(tmp_path, (ISSUE_BOTH, [target, json.dumps(classes)]), (ISSUE_BOTH, [target, json.dumps(classes[::-1])]))
    conn = check_database(target)  # serials 1..n, no gaps, none twice
    issued = count(conn, "certificates", "class_id IN (?, ?)", *classes)
    holders = conn.execute("SELECT count(DISTINCT class_id || '-' || participant_id) FROM certificates "
                           "WHERE class_id IN (?, ?)", classes).fetchone()[0]
    conn.close()
    assert issued == holders == 650


def test_figures() -> None:
    """Prints how the kills landed (pytest -s shows it); every operation was killed mid-way at least once."""
    for name, tally in FIGURES.items():
        print(f"{name}: killed mid-way {tally.mid_way}, after its end {tally.after_end}; found {tally.outcomes}")
    assert sum(t.mid_way for t in FIGURES.values()) > 0
