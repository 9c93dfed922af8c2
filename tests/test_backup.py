"""Backups are consistent copies, private, and restore brings back exactly what was saved."""
from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from classroom.backup import automatic_backup, backup_folder, backup_to, restore_from
from classroom.cli import main
from classroom.errors import DatabaseError
from models import Participant, Setting, Village
from models.db import Database


def people(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Participant))


def test_backup_then_restore_brings_back_what_was_saved(demo_db: Database, tmp_path: Path) -> None:
    copy = backup_to(demo_db, tmp_path / "usb" / "xa.sqlite3")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with demo_db.transaction() as s:
        s.add(Village(commune_id=1, name="Thôn mới sau sao lưu"))
        s.query(Participant).filter(Participant.id <= 20).update({"needs": "đã sửa"})
    safety = restore_from(demo_db, copy, tmp_path / "safety")
    assert (safety is not None and safety.exists()) if demo_db.is_sqlite else safety is None  # a server: pg_dump's job
    with demo_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Village).where(Village.name == "Thôn mới sau sao lưu")) == 0
        assert s.scalar(select(func.count()).select_from(Participant).where(Participant.needs == "đã sửa")) == 0
    assert people(demo_db) == 150


@pytest.mark.sqlite
def test_backup_while_another_connection_writes(demo_db: Database, tmp_path: Path) -> None:
    writer = sqlite3.connect(demo_db.path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE participants SET needs = 'chưa lưu' WHERE id = 1")
    copy = backup_to(demo_db, tmp_path / "b.sqlite3")  # the open write is not in the copy
    writer.rollback()
    writer.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("select needs from participants where id = 1").fetchone()[0] != "chưa lưu"
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_a_file_that_is_not_a_backup(demo_db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "virus.xlsx.sqlite3"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 500)
    with pytest.raises(DatabaseError) as err:
        restore_from(demo_db, bad, tmp_path / "safety")
    assert err.value.code == "not_a_database" and err.value.params["path"] == str(bad)
    assert people(demo_db) == 150
    assert not (tmp_path / "safety").exists()  # nothing was replaced, so nothing to keep


@pytest.mark.sqlite
def test_automatic_backups_rotate_and_once_a_day(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    assert automatic_backup(demo_db, folder, "daily", once_a_day=True) is not None
    assert automatic_backup(demo_db, folder, "daily", once_a_day=True) is None
    for _ in range(12):
        automatic_backup(demo_db, folder, "before-import")
    assert len(list(folder.glob("*before-import*"))) <= 10


def test_cli_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "xa.sqlite3")
    main(["--db", db, "demo", "--participants", "30"])
    assert main(["--db", db, "backup", "--out", str(tmp_path / "bk.sqlite3")]) == 0
    assert "Đã sao lưu" in capsys.readouterr().out
    assert main(["--db", db, "restore", str(tmp_path / "bk.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "Đã khôi phục" in out and "trước khi khôi phục" in out
    assert main(["--db", db, "backup", "--out", db]) == 2
    assert main(["--db", db, "restore", str(tmp_path / "missing.sqlite3")]) == 2


@pytest.mark.sqlite
def test_copies_a_crash_left_unfinished_are_tidied_away(demo_db: Database, tmp_path: Path) -> None:
    import os
    import time

    folder = tmp_path / "auto"
    folder.mkdir()
    stale, fresh = folder / ".partial-xa-daily-1.sqlite3", folder / ".partial-xa-daily-2.sqlite3"
    for partial in (stale, fresh):
        partial.write_bytes(b"SQLite format 3\x00")
    now = time.time()  # the files' times are set from the same clock the tidying reads (faketime moves only it)
    os.utime(stale, (now - 7200, now - 7200))
    os.utime(fresh, (now, now))
    automatic_backup(demo_db, folder, "before-import")
    assert not stale.exists() and fresh.exists()  # a fresh one may be another program's, still writing
    assert len(list(folder.glob("*before-import*.sqlite3"))) == 1


def test_a_backup_with_its_wal_file_beside_it_is_restored_whole(demo_db: Database, demo_file: Path,
                                                                tmp_path: Path) -> None:
    """A database copied while in use carries its latest changes in its -wal file: they come too."""
    live = tmp_path / "other-pc" / "xa.sqlite3"
    live.parent.mkdir()
    import shutil
    shutil.copy(demo_file, live)
    writer = sqlite3.connect(live)
    writer.execute("PRAGMA journal_mode=WAL")
    with writer:
        writer.execute("UPDATE participants SET needs = 'trong tệp wal' WHERE id = 1")
    copy = tmp_path / "usb"
    copy.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{live}{suffix}", copy / f"xa.sqlite3{suffix}")
    writer.close()
    assert (copy / "xa.sqlite3-wal").stat().st_size > 0  # the change is there only
    restore_from(demo_db, copy / "xa.sqlite3", tmp_path / "safety")
    with demo_db.sessions() as s:
        assert s.scalar(select(Participant.needs).where(Participant.id == 1)) == "trong tệp wal"


@pytest.mark.sqlite  # backs up the SQLite file itself
def test_a_backup_folder_that_cannot_be_written_is_said_so(demo_db: Database, tmp_path: Path) -> None:
    blocked = tmp_path / "usb-gone"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(DatabaseError) as refused:
        automatic_backup(demo_db, blocked / "backups", "before-import")
    assert refused.value.code == "folder_not_writable"


def test_cli_import_backs_up_first_and_a_dry_run_does_not(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.listfiles import HEADER, PEOPLE, write_csv

    db = str(tmp_path / "xa.sqlite3")
    main(["--db", db, "demo", "--participants", "30"])
    listing = write_csv(tmp_path / "ds.csv", [HEADER, *PEOPLE], "utf-8")
    assert main(["--db", db, "import", "participants", str(listing), "--dry-run"]) == 0
    assert not (tmp_path / "backups").exists()
    capsys.readouterr()
    assert main(["--db", db, "import", "participants", str(listing)]) == 0
    [made] = (tmp_path / "backups").glob("xa-before-import-*.sqlite3")
    assert f"Đã sao lưu trước khi nhập: {made}" in capsys.readouterr().out
    with sqlite3.connect(made) as conn:  # the data from before the list came in
        assert conn.execute("select count(*) from participants").fetchone()[0] == 30
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from participants").fetchone()[0] == 30 + len(PEOPLE)


@pytest.mark.sqlite  # backs up the SQLite file itself
def test_a_restore_backs_up_what_it_replaces_in_the_officers_folder(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        s.add(Setting(key="backup_folder", value=str(tmp_path / "usb")))
    older = backup_to(demo_db, tmp_path / "older.sqlite3")
    with demo_db.transaction() as s:
        s.add(Village(commune_id=1, name="Thôn mới"))
    safety = restore_from(demo_db, older, backup_folder(demo_db))
    assert safety is not None and safety.parent == tmp_path / "usb" and "before-restore" in safety.name
    with sqlite3.connect(safety) as conn:  # what was replaced, the new village in it
        assert conn.execute("select count(*) from villages where name = 'Thôn mới'").fetchone()[0] == 1
