"""The attendance tally the database keeps (migration 0003) always equals the marks counted again.

Reports read ``attendance_tally`` instead of adding up every mark, so any path that changes a
mark or a session must leave it right: marking, changing and removing marks, moving a mark to
another person (a merge), cancelling and restoring a session, deleting sessions and whole
classes, a restore, and the migration that first fills it. Run on SQLite and on PostgreSQL.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, update

from classroom.backup import backup_to, restore_from
from models import (
    AttendanceMark, AttendanceTally, Certificate, ClassSession, CourseClass, Enrollment, Participant, now_local,
)
from models.db import Database, open_database

PRESENT_LIKE = ("present", "late")
STATUSES = ("present", "late", "absent", "excused")


def recount(db: Database) -> dict[tuple[int, int], int]:
    with db.sessions() as s:
        return {(c, p): n for c, p, n in s.execute(
            select(ClassSession.class_id, AttendanceMark.participant_id, func.count())
            .join(ClassSession, ClassSession.id == AttendanceMark.session_id)
            .where(AttendanceMark.status.in_(PRESENT_LIKE), ClassSession.status != "cancelled")
            .group_by(ClassSession.class_id, AttendanceMark.participant_id))}


def tally(db: Database) -> dict[tuple[int, int], int]:
    with db.sessions() as s:
        rows = s.execute(select(AttendanceTally.class_id, AttendanceTally.participant_id, AttendanceTally.present)).all()
    assert all(n >= 0 for _c, _p, n in rows)  # a count never goes below zero
    return {(c, p): n for c, p, n in rows if n}


def test_demo_tally_is_the_marks_counted(demo_db: Database) -> None:
    expected = recount(demo_db)
    assert sum(expected.values()) > 100  # the demo has held sessions with marks
    assert tally(demo_db) == expected


def test_every_change_of_marks_and_sessions_keeps_the_tally(demo_db: Database) -> None:
    rng = random.Random(20261123)
    with demo_db.sessions() as s:
        people = s.scalars(select(Participant.id)).all()
        members = {c: p for c, p in s.execute(select(Enrollment.class_id, Enrollment.participant_id))}
    assert members
    now = now_local()
    seen: set[str] = set()
    for step in range(160):
        with demo_db.transaction() as s:
            sessions = s.execute(select(ClassSession.id, ClassSession.class_id, ClassSession.status)).all()
            marks = s.execute(select(AttendanceMark.id, AttendanceMark.session_id, AttendanceMark.participant_id)).all()
            action = "drop_class" if step % 40 == 39 else rng.choice(
                ["mark", "mark", "mark", "status", "remove", "move", "cancel", "restore", "drop_session", "bulk"])
            if action == "mark" and sessions:
                sid = rng.choice(sessions).id
                pid = rng.choice(people)
                if not s.scalar(select(AttendanceMark.id).where(AttendanceMark.session_id == sid,
                                                                AttendanceMark.participant_id == pid)):
                    s.add(AttendanceMark(session_id=sid, participant_id=pid, status=rng.choice(STATUSES),
                                         marked_at=now, marked_by="test", source="office"))
            elif action == "status" and marks:
                mark = s.get(AttendanceMark, rng.choice(marks).id)
                assert mark is not None
                mark.status = rng.choice(STATUSES)
            elif action == "remove" and marks:
                s.execute(delete(AttendanceMark).where(AttendanceMark.id == rng.choice(marks).id))
            elif action == "move" and marks:  # a merge gives one person's marks to another
                m = rng.choice(marks)
                other = rng.choice(people)
                taken = s.scalar(select(AttendanceMark.id).where(AttendanceMark.session_id == m.session_id,
                                                                 AttendanceMark.participant_id == other))
                if not taken:
                    s.execute(update(AttendanceMark).where(AttendanceMark.id == m.id).values(participant_id=other))
            elif action in ("cancel", "restore") and sessions:
                sid = rng.choice(sessions).id
                s.execute(update(ClassSession).where(ClassSession.id == sid)
                          .values(status="cancelled" if action == "cancel" else rng.choice(["held", "scheduled"])))
            elif action == "drop_session" and sessions:
                session_row = s.get(ClassSession, rng.choice(sessions).id)
                s.delete(session_row)  # the ORM's way (the class editor's)
            elif action == "bulk" and sessions:  # many marks in one statement (an instructor's file)
                sid = rng.choice(sessions).id
                have = set(s.scalars(select(AttendanceMark.participant_id).where(AttendanceMark.session_id == sid)))
                new = [dict(session_id=sid, participant_id=p, status=rng.choice(STATUSES), marked_at=now,
                            marked_by="test", source="instructor")
                       for p in rng.sample(people, 8) if p not in have]
                if new:
                    s.execute(insert(AttendanceMark), new)
            elif action == "drop_class":
                cid = rng.choice(sorted({c for _i, c, _s in sessions}))
                s.execute(delete(Certificate).where(Certificate.class_id == cid))
                s.execute(delete(CourseClass).where(CourseClass.id == cid))  # sessions and marks follow by cascade
        seen.add(action)
        assert tally(demo_db) == recount(demo_db), f"after step {step}: {action}"
    assert len(seen) == 9  # every kind of change was tried


def test_a_restore_counts_the_tally_again(demo_db: Database, tmp_path: Path) -> None:
    saved = backup_to(demo_db, tmp_path / "saved.sqlite3")
    before = recount(demo_db)
    with demo_db.transaction() as s:
        s.execute(update(AttendanceMark).values(status="absent"))
    assert tally(demo_db) == {}
    restore_from(demo_db, saved, tmp_path / "safety")
    assert tally(demo_db) == recount(demo_db) == before


@pytest.mark.sqlite
def test_the_migration_fills_the_tally_from_existing_marks(demo_file: Path, tmp_path: Path) -> None:
    from alembic import command

    from models.db import _alembic_config, _make_engine, to_url

    path = tmp_path / "older.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    url, _ = to_url(path)
    engine = _make_engine(url)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")  # as the previous version left it: marks, no tally
    engine.dispose()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert sum(tally(db).values()) > 100 and tally(db) == recount(db)
    finally:
        db.close()
