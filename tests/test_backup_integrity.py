"""Backups hold what they copied, whatever the path, and a backup cut or changed by one byte is refused.

Probes of issue 14 (items 1 and 2): a database path with ``#``, ``?``, ``%``, spaces or Vietnamese
letters got an empty backup reported as done, and a backup one byte short restored.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from classroom.backup import automatic_backup, backup_to, check_backup, restore_from
from classroom.cli import main
from classroom.errors import DatabaseError
from models import Participant, Village
from models.db import Database, open_database

#: Folder and file names an officer's Windows PC holds every day.
ODD_NAMES = ["Tài liệu #2/xã #1.sqlite3", "q?a=1/dữ liệu?a=1.sqlite3", "50%/x %41 y.sqlite3", "sao lưu/Đông Sơn.sqlite3"]


def count(path: Path, table: str = "participants") -> int:
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return int(conn.execute(f"select count(*) from {table}").fetchone()[0])
    finally:
        conn.close()


def people(db: Database) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Participant)) or 0)


def _odd_copy(demo_file: Path, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_file, path)
    return path


@pytest.mark.sqlite
@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_path_with_uri_characters_is_backed_up_whole(demo_file: Path, tmp_path: Path, name: str) -> None:
    path = _odd_copy(demo_file, tmp_path, name)
    before = set(path.parent.iterdir())
    db = open_database(path)
    try:
        out = backup_to(db, tmp_path / "usb" / "bản #1 ?.sqlite3")
        auto = automatic_backup(db, tmp_path / "auto #3", "before-import")
    finally:
        db.close()
    assert count(out) == 150 and auto is not None and count(auto) == 150
    assert count(out, "attendance") == count(path, "attendance") > 0
    stray = {p for p in set(path.parent.iterdir()) - before if not p.name.startswith(path.name)}
    assert not stray  # no empty file named after the part of the path before "#" or "?"


@pytest.mark.sqlite
def test_the_cli_backs_up_and_restores_the_file_it_was_given(demo_file: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = _odd_copy(demo_file, tmp_path, "x #1.sqlite3")
    assert main(["--db", str(path), "backup", "--out", str(tmp_path / "m.sqlite3")]) == 0
    assert count(tmp_path / "m.sqlite3") == 150
    assert not (tmp_path / "x ").exists()
    # "q?a=1" is a backup with one village more; "q" is another file that must not be restored
    db = open_database(path)
    with db.transaction() as s:
        s.add(Village(commune_id=1, name="Thôn của q?a=1"))
    backup_to(db, tmp_path / "q?a=1")
    db.close()
    shutil.copy(demo_file, tmp_path / "q")
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "m.sqlite3"), "restore", str(tmp_path / "q?a=1")]) == 0
    assert count(tmp_path / "m.sqlite3", "villages") == count(tmp_path / "q", "villages") + 1


@pytest.mark.sqlite
def test_a_copy_that_lost_rows_is_not_called_a_backup(demo_db: Database, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import models.copies as copies

    real = copies._copy_pages

    def lossy(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
        real(src, dst)
        # (the audit log itself refuses a DELETE: a row lost from another table)
        dst.execute("DELETE FROM settings WHERE key = (SELECT max(key) FROM settings)")
        dst.commit()

    monkeypatch.setattr(copies, "_copy_pages", lossy)
    for make in (lambda: backup_to(demo_db, tmp_path / "out.sqlite3"),
                 lambda: automatic_backup(demo_db, tmp_path / "auto", "before-import")):
        with pytest.raises(DatabaseError) as refused:
            make()
        assert refused.value.code == "backup_incomplete" and refused.value.params["table"] == "settings"
    assert not (tmp_path / "out.sqlite3").exists()
    assert not list((tmp_path / "auto").glob("*.sqlite3*"))


@pytest.mark.sqlite
def test_the_backup_before_a_migration_holds_the_data(demo_file: Path, tmp_path: Path) -> None:
    from models.db import backup_copy  # what open_database copies an older database with

    path = _odd_copy(demo_file, tmp_path, "Tài liệu #2/cũ ?.sqlite3")
    made = backup_copy(path, path.parent / "backups #1", "before-migration-0002")
    assert count(made) == 150 and count(made, "alembic_version") == 1


# --- item 2: a backup carries its own check ------------------------------------------------------------------

def _cut(source: Path, target: Path, nbytes: int) -> Path:
    target.write_bytes(source.read_bytes()[:-nbytes])
    return target


def _flip(source: Path, target: Path, at: float) -> Path:
    data = bytearray(source.read_bytes())
    i = int(len(data) * at)
    data[i] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def test_a_backup_cut_or_changed_by_one_byte_is_refused(demo_db: Database, tmp_path: Path) -> None:
    made = backup_to(demo_db, tmp_path / "xa.sqlite3")
    with demo_db.transaction() as s:
        s.add(Village(commune_id=1, name="Thôn giữ nguyên"))
    broken = [_cut(made, tmp_path / f"cut{n}.sqlite3", n) for n in (1, 8, 56, 57, 4096)]
    broken += [_flip(made, tmp_path / f"flip{i}.sqlite3", at) for i, at in enumerate((0.3, 0.6, 0.9999))]
    for bad in broken:
        with pytest.raises(DatabaseError) as refused:
            restore_from(demo_db, bad, tmp_path / "safety")
        assert refused.value.code == "backup_damaged" and refused.value.params["path"] == str(bad), bad.name
        with pytest.raises(DatabaseError):
            check_backup(bad)
    assert not (tmp_path / "safety").exists()
    with demo_db.sessions() as s:  # nothing was replaced
        assert s.scalar(select(func.count()).select_from(Village).where(Village.name == "Thôn giữ nguyên")) == 1
    assert check_backup(made).digest_checked
    restore_from(demo_db, made, tmp_path / "safety")
    assert people(demo_db) == 150


def test_the_cli_says_a_cut_backup_is_damaged(demo_db: Database, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    made = backup_to(demo_db, tmp_path / "xa.sqlite3")
    db = str(tmp_path / "other.sqlite3")
    main(["--db", db, "demo", "--participants", "20"])
    capsys.readouterr()
    cut = _cut(made, tmp_path / "t", 1)
    assert main(["--db", db, "restore", str(cut)]) == 2
    err = capsys.readouterr().err
    assert "bị cắt" in err and str(cut) in err
    assert count(Path(db)) == 20


@pytest.mark.sqlite
def test_an_older_backup_without_a_digest_restores_with_a_warning_unless_cut(
        demo_db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "cu.sqlite3"
    src, dst = sqlite3.connect(demo_file), sqlite3.connect(old)
    src.backup(dst)  # what the versions before made: SQLite's copy and nothing more
    src.close()
    dst.close()
    info = check_backup(old)
    assert info.participants == 150 and not info.digest_checked
    for n in (1, 100):
        with pytest.raises(DatabaseError) as refused:
            restore_from(demo_db, _cut(old, tmp_path / f"cu-cut{n}.sqlite3", n), tmp_path / "safety")
        assert refused.value.code == "backup_damaged"
    capsys.readouterr()
    assert main(["--db", str(demo_db.path), "restore", str(old)]) == 0
    out = capsys.readouterr().out
    assert "không có mã kiểm tra" in out and "Đã khôi phục" in out
