"""Opening a database: checks, backup, migrations, engine and session factory.

The embedded default is an SQLite file (WAL, foreign keys on); a shared server is
PostgreSQL through the same code. Problems are raised as ``DatabaseError`` codes:

``not_a_database``      the file is not an SQLite database (params: path)
``not_classroom``       a database of some other program (params: path)
``too_new``             made by a newer version of this program (params: path, revision)
``folder_not_writable`` the folder cannot be written (params: path)
``file_not_writable``   the file is read-only for this user (params: path)
``cannot_connect``      the server cannot be reached (params: path = URL without password, reason)
``backup_incomplete``   a copy does not hold the tables and rows it copied (params: path, table, expected, found)
``backup_damaged``      a backup cut short or altered: its digest fails (params: path; see ``models.copies``)
"""
from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import as_file, files
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from .copies import add_digest, snapshot, sqlite_uri
from .errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

#: Every migration revision, oldest first. Kept here so that opening an up-to-date
#: database needs no Alembic import (a quarter of a second at start-up); a test checks
#: it against the migrations folder.
REVISIONS = ("0001", "0002", "0003", "0007", "0005", "0004", "0006", "0009", "0011", "0012", "0013")  # branches merged in this order
HEAD = REVISIONS[-1]

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30  # how long one program waits for another's write before giving up
WRITE_OPTION = "classroom_write"  # execution option: this connection's transaction will write
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


@dataclass
class Database:
    """An open, migrated database. ``session()`` gives one unit of work."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None  # the SQLite file, None on a server
    backup_made: Path | None = None  # the copy taken before a migration, if any

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_name(self) -> str:
        """Where the data lives, safe to show (no password)."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on any error.

        On SQLite the transaction takes the write lock when it begins (``BEGIN IMMEDIATE``): a
        second program writing the same file waits for it (up to the busy timeout) instead of
        reading data that is about to change and then failing on its first write.
        """
        with self.sessions.begin() as session:
            if self.is_sqlite:
                session.connection(execution_options={WRITE_OPTION: True})
            yield session

    def close(self) -> None:
        self.engine.dispose()


def to_url(target: str | os.PathLike[str]) -> tuple[URL, Path | None]:
    """An SQLAlchemy URL, or a path to an SQLite file, as (url, path)."""
    text = os.fspath(target)
    if "://" in text:
        url = make_url(text)
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return url, Path(url.database).expanduser().resolve()
        return url, None
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite", database=str(path)), path


def open_database(target: str | os.PathLike[str], *, backup_dir: Path | None = None) -> Database:
    """Open (creating or migrating forward as needed) the database at ``target``.

    An existing database older than this program is copied to ``backup_dir`` (default:
    a ``backups`` folder beside the file) before it is migrated. Nothing is overwritten
    when the target is unusable: a ``DatabaseError`` says why.
    """
    url, path = to_url(target)
    if path is not None:
        _check_sqlite_file(path)
    engine = _make_engine(url)
    try:
        backup = _migrate(engine, path, backup_dir)
    except BaseException:
        engine.dispose()
        raise
    if path is not None:
        _make_private(path)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False), path, backup)


def _check_sqlite_file(path: Path) -> None:
    if path.exists():
        if not path.is_file():
            raise DatabaseError("not_a_database", path=str(path))
        try:
            with path.open("rb") as fh:
                head = fh.read(len(SQLITE_HEADER))
        except OSError:
            raise DatabaseError("file_not_readable", path=str(path)) from None
        if head and head != SQLITE_HEADER:
            raise DatabaseError("not_a_database", path=str(path))
        if not os.access(path, os.W_OK):
            raise DatabaseError("file_not_writable", path=str(path))
        if not os.access(path.parent, os.W_OK):  # SQLite needs the folder for its -wal file
            raise DatabaseError("folder_not_writable", path=str(path.parent))
        if head:
            _check_ours_read_only(path)
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise DatabaseError("folder_not_writable", path=str(folder)) from None
    if not os.access(folder, os.W_OK):
        raise DatabaseError("folder_not_writable", path=str(folder))
    # Create the file private before SQLite touches it, so it is never world-readable.
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)


def _check_ours_read_only(path: Path) -> None:
    """Refuse another program's or a newer version's file before anything is written to it.

    (Our connections switch the file to WAL, which rewrites its header: that must only
    happen to files that are ours.)
    """
    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            current = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                current = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise DatabaseError("not_a_database", path=str(path)) from None
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError("not_classroom", path=str(path))
    if current is not None and current not in REVISIONS:
        raise DatabaseError("too_new", path=str(path), revision=current)


class _NoRows(logging.Filter):
    """SQLAlchemy logs the rows it reads when its logger is at DEBUG: they hold ID numbers and phones."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_NoRows())


def _make_engine(url: URL) -> Engine:
    # hide_parameters: the values of a statement (ID numbers, phones) never reach a log or an error
    # message, whatever level the logging is set to.
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S}, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            # Transactions are begun here (below), not by the driver, which would begin them only at
            # the first write and leave the reads before it outside (SQLAlchemy's documented recipe).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
            # 32 MB of pages per connection (the default is 2 MB): a commune-year's reports read the
            # enrollments, people and tallies at once, and would otherwise read them from the file again.
            cur.execute("PRAGMA cache_size=-32768")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def _migrations_dir() -> Path:
    resource = files("models") / "migrations"
    with as_file(resource) as real:  # a real folder when installed, editable or unpacked
        return Path(real)


def _migrate(engine: Engine, path: Path | None, backup_dir: Path | None) -> Path | None:
    where = str(path) if path else engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                       if "alembic_version" in tables else None)
    except sa_exc.DatabaseError as exc:
        if path is not None:
            raise DatabaseError("not_a_database", path=where) from exc
        raise DatabaseError("cannot_connect", path=where, reason=str(exc.orig)) from exc
    except sa_exc.OperationalError as exc:  # pragma: no cover - subclass of DatabaseError above
        raise DatabaseError("cannot_connect", path=where, reason=str(exc.orig)) from exc

    if current is None and tables - {"alembic_version"}:
        raise DatabaseError("not_classroom", path=where)
    if current is not None and current not in REVISIONS:
        raise DatabaseError("too_new", path=where, revision=current)
    if current == HEAD:
        return None
    backup = None
    if current is not None and path is not None:
        backup = backup_copy(path, (backup_dir or path.parent / "backups"), f"before-migration-{current}")
    from alembic import command

    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        command.upgrade(_alembic_config(conn), "head")  # all of it or none of it
    return backup


PARTIAL_PREFIX = ".partial-"  # a copy being written; renamed to its name only when complete


def private_folder(folder: Path) -> Path:
    """``folder``, made if missing, readable by the user alone when this makes it (backups go in it)."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        try:
            os.chmod(folder, PRIVATE_FOLDER_MODE)  # mkdir's mode is filtered by the umask
        except OSError:  # a file system without POSIX modes (FAT USB stick)
            pass
    return folder


def backup_copy(path: Path, folder: Path, label: str) -> Path:
    """A consistent copy of an SQLite file (SQLite's online backup), private to the user.

    Written under a temporary name and renamed when complete, so a crash never leaves a
    half copy that looks like a backup; renamed only once it is checked to hold every table with
    the rows the file had (``models.copies.snapshot``), and ending with its own digest.
    """
    private_folder(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite3"
    partial = folder / f"{PARTIAL_PREFIX}{target.name}"
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)
    try:
        snapshot(path, partial, timeout=BUSY_TIMEOUT_S)
        add_digest(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _make_private(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if candidate.exists():
                os.chmod(candidate, PRIVATE_FILE_MODE)
        except OSError:  # e.g. a file system without POSIX modes (FAT USB stick): nothing to do
            pass
