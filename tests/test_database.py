"""Opening databases: migrations from an empty file, backups, and files that must not be touched."""
from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text

from models import Base, Course, Participant, Village
from models.db import _alembic_config, _make_engine, open_database, to_url
from models.errors import DatabaseError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_file_is_migrated_to_the_whole_schema(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.sessions() as s:
            tables = set(inspect(s.connection()).get_table_names())
            assert set(Base.metadata.tables) <= tables
            assert s.scalar(select(func.count()).select_from(Course)) >= 9
            titles = s.scalars(select(Course.title)).all()
            assert "Định danh điện tử VNeID: kích hoạt và sử dụng" in titles
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert db.backup_made is None  # nothing to back up in a new file
    finally:
        db.close()


def test_zero_byte_file_counts_as_new(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    open_database(db_path).close()
    assert db_path.stat().st_size > 0


def test_database_file_is_private(db_path: Path) -> None:
    open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_foreign_keys_are_enforced(db: object) -> None:
    from sqlalchemy.exc import IntegrityError
    with pytest.raises(IntegrityError):
        with db.transaction() as s:  # type: ignore[attr-defined]
            s.add(Village(commune_id=999, name="Thôn ma"))


def test_older_database_is_backed_up_then_migrated(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    url, _ = to_url(db_path)
    engine = _make_engine(url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")  # as an older version of the program left it
    engine.dispose()
    db = open_database(db_path)
    try:
        assert db.backup_made is not None and db.backup_made.exists()
        assert stat.S_IMODE(db.backup_made.stat().st_mode) == 0o600
        with sqlite3.connect(db.backup_made) as old:
            assert old.execute("select version_num from alembic_version").fetchone() == ("0001",)
            assert old.execute("select count(*) from courses").fetchone() == (0,)
        with db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Course)) >= 9
    finally:
        db.close()


def test_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.sqlite3"
    path.write_text("Họ và tên,Ngày sinh\nNguyễn Văn An,01/01/1960\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "not_a_database"
    assert err.value.params["path"] == str(path)
    assert digest(path) == before


def test_database_from_a_newer_version_is_refused_and_left_alone(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("update alembic_version set version_num = '9999'")
    before = digest(db_path)
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    assert err.value.code == "too_new"
    assert err.value.params["revision"] == "9999"
    assert digest(db_path) == before


def test_other_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table customers (id integer primary key, name text)")
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "not_classroom"
    assert digest(path) == before


def test_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError) as err:
        open_database(blocker / "sub" / "db.sqlite3")
    assert err.value.code == "folder_not_writable"


def test_participant_national_id_is_unique(db: object) -> None:
    from sqlalchemy.exc import IntegrityError
    with pytest.raises(IntegrityError):
        with db.transaction() as s:  # type: ignore[attr-defined]
            for n in range(2):
                s.add(Participant(full_name="Lê Văn Ơn", name_folded="le van on", sort_key=b"x",
                                  national_id="038058012345", card_code=f"C{n}"))


def test_revision_list_matches_the_migrations_folder() -> None:
    from alembic.script import ScriptDirectory

    from models.db import HEAD, REVISIONS, _migrations_dir
    script = ScriptDirectory(str(_migrations_dir()))
    walked = [r.revision for r in script.walk_revisions()][::-1]
    assert tuple(walked) == REVISIONS and script.get_current_head() == HEAD


def test_damaged_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert err.value.code == "not_a_database"
    assert digest(path) == before
