"""Backups: a consistent copy of the whole database in one SQLite file, and back.

A backup is always an SQLite file of this program's schema, whatever the database is:
an SQLite database is copied with SQLite's online backup (consistent even while another
program writes), a PostgreSQL one table by table inside one repeatable-read transaction.
When the commune has a password the file is sealed with it (``classroom.sealed``).
Copies are written under a temporary name and renamed when whole, so a crash leaves no half
backup. Restoring checks the file first (an SQLite file, whole, ours, not newer; an empty
or table-less file is no backup), works on a private temporary copy (so an older backup is
migrated without touching it) and keeps a safety copy of what it replaces.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.engine import Connection

from models import Base, Setting, rebuild_attendance_tally
from models.copies import add_digest, check_counts, snapshot, sqlite_uri, strip_digest, whole_backup
from models.db import (
    PARTIAL_PREFIX, PRIVATE_FILE_MODE, REVISIONS, SQLITE_HEADER, Database, backup_copy, open_database, private_folder,
)

from . import audit
from .errors import DatabaseError, Refused
from .password import sealing_key
from .sealed import SealingKey, is_sealed, open_file, write_sealed

#: How many automatic backups of each kind are kept in the backup folder.
KEEP_AUTOMATIC = 10
SEALED_SUFFIX = ".sealed"
BACKUP_ENDINGS = (".sqlite3", ".sqlite3" + SEALED_SUFFIX)
#: A copy left unfinished this long ago was cut off by a crash: no program is still writing it.
STALE_PARTIAL_S = 3600


def backup_to(db: Database, out: Path) -> Path:
    """Write a backup of ``db`` to ``out`` (replaced atomically; readable by the user alone; sealed with the
    commune's password when one is set)."""
    out = Path(out).expanduser().resolve()
    try:
        private_folder(out.parent)
    except OSError:
        raise DatabaseError("folder_not_writable", path=str(out.parent)) from None
    if db.path is not None and out == db.path:
        raise Refused("backup_onto_itself", path=str(out))
    tidy(out.parent)
    key = _sealing(db)
    with tempfile.TemporaryDirectory() as private:
        # plain copies are made in a private folder, or beside the target when nothing is to be sealed
        fd, tmp_name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, suffix=".sqlite3", dir=private if key else out.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            if db.path is not None:
                snapshot(db.path, tmp)
            else:
                _copy_rows_to_file(db, tmp)
            add_digest(tmp)
            if key is not None:
                with tmp.open("rb") as plain:
                    write_sealed(out, plain, key)
            else:
                os.chmod(tmp, PRIVATE_FILE_MODE)
                os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
    return out


def automatic_backup(db: Database, folder: Path, label: str, *, once_a_day: bool = False) -> Path | None:
    """A rotating backup in ``folder`` (``label``: "daily", "before-import" …); None when not needed.

    Sealed (``….sqlite3.sealed``) when the commune has a password: no plain copy is ever written
    to the folder, which may be a USB stick.
    """
    if db.path is None:
        return None  # a server is backed up by its administrators (pg_dump), not from every PC
    stem = f"{db.path.stem}-{label}-"
    today = datetime.now().strftime("%Y%m%d")
    if once_a_day and any(p.name.startswith(stem + today) for p in _existing(folder, stem)):
        return None
    key = _sealing(db)
    try:
        tidy(folder)
        if key is None:
            made = backup_copy(db.path, folder, label)
        else:
            with tempfile.TemporaryDirectory() as private:
                plain = backup_copy(db.path, Path(private), label)
                made = private_folder(folder) / (plain.name + SEALED_SUFFIX)
                with plain.open("rb") as source:
                    write_sealed(made, source, key)
    except (OSError, sqlite3.OperationalError):  # the USB stick is gone, or read-only
        raise DatabaseError("folder_not_writable", path=str(folder)) from None
    for old in _existing(folder, stem)[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    return made


def _sealing(db: Database) -> SealingKey | None:
    with db.sessions() as session:
        return sealing_key(session)


def tidy(folder: Path) -> None:
    """Delete the unfinished copies a crash left in ``folder`` (they hold personal data, and no one's backup)."""
    if not folder.is_dir():
        return
    for partial in folder.glob(PARTIAL_PREFIX + "*"):
        try:
            if time.time() - partial.stat().st_mtime > STALE_PARTIAL_S:
                partial.unlink()
        except OSError:  # gone meanwhile, or not ours to delete: nothing to tidy
            pass


def backup_folder(db: Database) -> Path | None:
    """The folder the officer chose (Settings: ``backup_folder``, e.g. a USB stick), else ``backups`` beside the file."""
    with db.sessions() as session:
        chosen = session.scalar(select(Setting.value).where(Setting.key == "backup_folder"))
    if chosen:
        return Path(chosen)
    return db.path.parent / "backups" if db.path is not None else None


def daily_backup(db: Database) -> Path | None:
    """The backup made on the first opening of each day (kept: the last ten)."""
    folder = backup_folder(db)
    return automatic_backup(db, folder, "daily", once_a_day=True) if folder else None


def _existing(folder: Path, stem: str) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.name.startswith(stem) and p.name.endswith(BACKUP_ENDINGS)),
                  key=lambda p: p.name.removesuffix(SEALED_SUFFIX))


@dataclass(frozen=True)
class BackupInfo:
    """What a checked backup holds, to show before restoring it."""

    path: Path
    revision: str
    commune: str
    participants: int
    classes: int
    certificates: int
    last_change: str  # the audit log's latest entry, as stored ("" when none)
    #: False for a backup made before backups carried their digest: accepted because its length agrees with
    #: its SQLite header and SQLite's integrity check passes, which a change inside a page could escape
    digest_checked: bool = True


def check_backup(backup: Path, password: str | None = None) -> BackupInfo:
    """Check a file as a backup of this program (nothing is changed anywhere); ``DatabaseError`` if it is
    not, ``Refused("password_needed"|"wrong_password"|"sealed_damaged")`` for a sealed one."""
    backup = Path(backup).expanduser().resolve()
    with tempfile.TemporaryDirectory() as tmpdir:
        work, digest_checked = _checked_copy(backup, Path(tmpdir), password)
        conn = sqlite3.connect(sqlite_uri(work), uri=True)
        try:
            def one(sql: str) -> object:
                row = conn.execute(sql).fetchone()
                return row[0] if row else None
            return BackupInfo(backup, str(one("SELECT version_num FROM alembic_version")),
                              str(one("SELECT name FROM communes ORDER BY id LIMIT 1") or ""),
                              int(one("SELECT count(*) FROM participants WHERE erased_at IS NULL") or 0),
                              int(one("SELECT count(*) FROM classes") or 0),
                              int(one("SELECT count(*) FROM certificates") or 0),
                              str(one("SELECT max(at) FROM audit_log") or ""), digest_checked)
        except sqlite3.Error:
            raise DatabaseError("not_a_database", path=str(backup)) from None
        finally:
            conn.close()


def restore_from(db: Database, backup: Path, safety_folder: Path, password: str | None = None, *,
                 without_digest: Callable[[], None] | None = None, actor: str = "") -> Path | None:
    """Replace everything in ``db`` with the backup's content; returns the safety copy of what it replaced.

    The backup is checked first (an SQLite file, whole, of this program, not newer; a sealed one
    opened with ``password``) and worked on as a private copy, so nothing is replaced by a file
    that is not one. The safety copy is an automatic backup ("before-restore", sealed if the
    data being replaced has a password). ``without_digest`` is called when the backup is an older one
    that carries no digest (see ``BackupInfo.digest_checked``), for the face to warn.
    """
    backup = Path(backup).expanduser().resolve()
    with tempfile.TemporaryDirectory() as tmpdir:
        work, digest_checked = _checked_copy(backup, Path(tmpdir), password)
        try:
            checked = open_database(work)  # migrates an older backup forward
        except DatabaseError as exc:
            raise DatabaseError(exc.code, **{**exc.params, "path": str(backup)}) from None
        try:
            if not digest_checked and without_digest is not None:
                without_digest()
            safety = automatic_backup(db, safety_folder, "before-restore")
            # the restore itself goes in the restored log, in the copy that is put in place: one step, whole
            with checked.transaction() as session:
                audit.record(session, actor, "restore", "database", None, file=backup.name,
                             safety_copy=safety.name if safety else None)
        finally:
            checked.close()
        if db.path is not None:
            db.engine.dispose()
            _sqlite_copy(work, db.path)
        else:
            _copy_rows_from_file(work, db)
    return safety


def _checked_copy(backup: Path, folder: Path, password: str | None) -> tuple[Path, bool]:
    """A private copy of ``backup`` in ``folder``, refused unless it is a whole database of this program;
    and whether its digest was checked (False: an older backup that has none).

    A backup ends with its own digest (``models.copies``): a file cut or changed by a single byte is
    ``backup_damaged``. A sealed backup is opened with the password first. An older plain backup that
    still has its ``-wal`` file beside it is copied through SQLite, so it comes whole. An empty file,
    or an SQLite file with no tables, is no backup: restoring it would empty the commune's data.
    """
    if not backup.is_file() or not os.access(backup, os.R_OK):
        raise DatabaseError("file_not_readable", path=str(backup))
    sealed = is_sealed(backup)
    work = folder / "restore.sqlite3"
    with os.fdopen(os.open(work, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE), "wb") as out:
        with backup.open("rb") as source:
            if sealed:
                for block in open_file(source, password, str(backup)):
                    out.write(block)
            else:
                shutil.copyfileobj(source, out)
    with work.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseError("not_a_database", path=str(backup))
    wal = Path(f"{backup}-wal")
    wal_beside = not sealed and wal.is_file() and wal.stat().st_size > 0
    size = whole_backup(work, str(backup), wal_beside=wal_beside)
    try:
        if size is not None:
            strip_digest(work, size)
        elif wal_beside:
            work.unlink()
            _sqlite_copy(backup, work)
        conn = sqlite3.connect(work)
        try:
            whole = conn.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok"
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (conn.execute("SELECT max(version_num) FROM alembic_version").fetchone()[0]
                        if "alembic_version" in tables else None)
        finally:
            conn.close()
    except sqlite3.Error:
        raise DatabaseError("not_a_database", path=str(backup)) from None
    if not whole:
        raise DatabaseError("not_a_database", path=str(backup))
    if revision is None:
        raise DatabaseError("not_classroom" if tables - {"alembic_version"} else "not_a_database", path=str(backup))
    if revision not in REVISIONS:
        raise DatabaseError("too_new", path=str(backup), revision=revision)
    return work, size is not None


def _sqlite_copy(source: Path, target: Path) -> None:
    """SQLite's copy of ``source`` into ``target``, checked to hold every table and row (``backup_incomplete``)."""
    snapshot(source, target)


def _copy_rows_to_file(db: Database, target: Path) -> None:
    """PostgreSQL (or any server) into a fresh SQLite file, in one consistent snapshot."""
    target.unlink(missing_ok=True)
    out = open_database(target)
    try:
        with db.engine.connect() as source:
            if db.engine.dialect.name == "postgresql":
                source.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            with out.engine.begin() as dest:
                copied = _copy_tables(source, dest)
    finally:
        out.close()
    check_counts(target, copied, db.display_name)


def _copy_rows_from_file(backup: Path, db: Database) -> None:
    src = open_database(backup)
    try:
        with src.engine.connect() as source, db.engine.begin() as dest:
            _copy_tables(source, dest)
    finally:
        src.close()


def _copy_tables(source: Connection, dest: Connection) -> dict[str, int]:
    """Replace every table's rows in ``dest`` by ``source``'s, parents before children; the derived
    tables (kept by triggers as the rows go in and out) are counted again at the end. Returns how many
    rows each table received."""
    tables = [t for t in Base.metadata.sorted_tables if not t.info.get("derived")]
    copied: dict[str, int] = {}
    if dest.dialect.name == "postgresql":  # the audit log refuses DELETE but for a whole replacement
        dest.execute(text("SET LOCAL classroom.replacing_all = 'on'"))
    for table in reversed(tables):
        dest.execute(delete(table))
    for table in tables:
        rows = [dict(r._mapping) for r in source.execute(select(table))]
        if rows:
            dest.execute(insert(table), rows)
        copied[table.name] = len(rows)
        found = dest.execute(select(func.count()).select_from(table)).scalar_one()
        if found != len(rows):  # checked before the copy is called done (the transaction is then undone)
            raise DatabaseError("backup_incomplete", path="", table=table.name, expected=len(rows), found=found)
    rebuild_attendance_tally(dest)
    if dest.dialect.name == "postgresql":  # the sequences must continue after the copied ids
        for table in tables:
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and pk[0].autoincrement is not False and pk[0].type.python_type is int:
                dest.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                    f"COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"))
    return copied
