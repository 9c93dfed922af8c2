"""Guarantee: personal data stays with the commune's officer.

The database, its -wal and -shm files, every backup and every export are readable by the user
alone (even under a permissive umask); ID numbers and phones never reach a log, whatever its
level; an optional password encrypts the signing key, the instructors' files and the backups.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from classroom import offline
from classroom.backup import automatic_backup, backup_to, daily_backup, restore_from
from classroom.cli import main
from models import CourseClass, Participant
from models.db import Database, open_database
from tests.listfiles import HEADER, PEOPLE, write_csv


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """As on a machine whose umask lets everyone read what is made."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def test_database_and_its_side_files_are_private(tmp_path: Path, open_umask: None) -> None:
    db = open_database(tmp_path / "data" / "xa.sqlite3")
    try:
        with db.transaction() as s:
            s.execute(text("INSERT INTO settings (key, value) VALUES ('x', 'y')"))
        with db.sessions() as s:  # a reader keeps the -wal and -shm files there
            s.execute(text("SELECT 1"))
            for suffix in ("", "-wal", "-shm"):
                assert mode(Path(f"{db.path}{suffix}")) == 0o600, suffix
    finally:
        db.close()


def test_backups_exports_and_restores_are_private(demo_db: Database, tmp_path: Path, open_umask: None) -> None:
    made = [backup_to(demo_db, tmp_path / "usb" / "xa.sqlite3"),
            automatic_backup(demo_db, tmp_path / "auto", "before-import")]
    with demo_db.transaction() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('backup_folder', :f)"), {"f": str(tmp_path / "daily")})
    made.append(daily_backup(demo_db))
    made.append(restore_from(demo_db, made[0], tmp_path / "safety"))
    made.append(demo_db.path)
    with demo_db.transaction() as s:
        content = offline.export_class(s, s.scalars(select(CourseClass.id)).first())
    (tmp_path / "lop.json.tmp").write_bytes(b"left by a crash")
    os.chmod(tmp_path / "lop.json.tmp", 0o644)
    offline.write_file(content, tmp_path / "lop.json")
    made.append(tmp_path / "lop.json")
    for path in made:
        assert path is not None and mode(path) == 0o600, path
    for folder in ("auto", "daily", "safety"):
        assert mode(tmp_path / folder) == 0o700, folder


def test_cli_backup_is_private(tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "xa.sqlite3")
    assert main(["--db", db, "demo", "--participants", "20"]) == 0
    assert main(["--db", db, "backup", "--out", str(tmp_path / "out" / "bk.sqlite3")]) == 0
    assert mode(tmp_path / "out" / "bk.sqlite3") == 0o600 and mode(Path(db)) == 0o600


def test_ids_and_phones_never_reach_a_log(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Everything logged at DEBUG, SQLAlchemy's statements included, while a commune is made, a list
    imported, attendance marked and certificates issued and printed: no ID number or phone in it."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")  # SQLAlchemy keeps its loggers at WARNING unless told
    db = str(tmp_path / "xa.sqlite3")
    listing = write_csv(tmp_path / "ds.csv", [HEADER, *PEOPLE], "utf-8")
    assert main(["--db", db, "demo", "--participants", "80"]) == 0
    with sqlite3.connect(db) as conn:
        session_id, person, card = conn.execute(
            "SELECT s.id, e.participant_id, p.card_code FROM sessions s JOIN enrollments e ON e.class_id = s.class_id "
            "JOIN participants p ON p.id = e.participant_id WHERE e.status = 'enrolled' LIMIT 1").fetchone()
    steps = [["import", "participants", str(listing)],
             ["attendance", "mark", "--session", str(session_id), "--participant", str(person), "--status", "late"],
             ["attendance", "mark", "--session", str(session_id), "--card", card, "--status", "present"],
             ["print", "certificates", "--class", "1", "--reprint", "--out", str(tmp_path / "gcn.pdf")],
             ["print", "signin", "--session", "1", "--out", str(tmp_path / "signin.pdf")],
             ["list", "participants", "--json"],
             ["import", "participants", str(listing)],  # again: all of them are known, by their IDs
             ["backup", "--out", str(tmp_path / "bk.sqlite3")], ["restore", str(tmp_path / "bk.sqlite3")]]
    for step in steps:
        assert main(["--db", db, *step]) in (0, 3), step
    capsys.readouterr()
    with sqlite3.connect(db) as conn:
        secrets = {v for row in conn.execute("SELECT national_id, phone FROM participants") for v in row if v}
        audit = " ".join(r[0] for r in conn.execute("SELECT details FROM audit_log"))
    assert len(secrets) > 100 and any(p[4] in secrets for p in PEOPLE)
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''} {r.stack_info or ''}" for r in caplog.records)
    assert len(caplog.records) > 500  # the logging did run, SQL statements among it
    found = sorted(s for s in secrets if s in logged or s in audit)
    assert not found, found[:5]


def test_an_error_message_from_the_database_carries_no_values(demo_db: Database) -> None:
    """A constraint failure (the text a log or an error box would show) names no ID or phone."""
    with demo_db.sessions() as s:
        first, second = s.execute(select(Participant.id, Participant.national_id)
                                  .where(Participant.national_id.is_not(None)).limit(2)).all()
    with pytest.raises(Exception) as failed, demo_db.transaction() as s:
        s.get(Participant, second.id).national_id = first.national_id
        s.flush()
    assert first.national_id not in str(failed.value)
