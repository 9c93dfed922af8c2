"""Copies of SQLite files that are checked before they are called done, and backups that carry their own check.

- ``sqlite_uri``: every SQLite URI built from a path goes through it. A raw ``f"file:{path}?mode=ro"``
  cuts the path at ``#`` or ``?`` and reads ``%41`` as ``A``: SQLite then opens (and creates, empty)
  another file, and a backup of "Tài liệu #2/xã.sqlite3" came out empty.
- ``snapshot``: SQLite's online backup of a file, inside one read transaction that also counts every
  table's rows; the copy is then counted again and refused (``DatabaseError("backup_incomplete")``,
  params: path, table, expected, found) unless it holds every table with the same number of rows.
- ``add_digest`` / ``whole_backup``: a backup file ends with a trailer (SHA-256 of the database bytes,
  their length, a magic text), and its SQLite header carries this program's application id to say that
  a trailer must be there. Any truncation, even of one byte, or any changed byte is then refused
  (``DatabaseError("backup_damaged")``, params: path). SQLite reads such a file as it reads any other
  (it goes by the page count in its header and ignores what follows).

Backups made before this check existed have no trailer and no application id: they are accepted only
when their length is the one their SQLite header states (so a cut one is refused all the same) and
SQLite's own integrity check passes; ``whole_backup`` says so (``None``) for the faces to warn.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
from pathlib import Path

from .errors import DatabaseError

BUSY_TIMEOUT_S = 30
#: ``PRAGMA application_id`` of a backup file ("BDHV"): a digest trailer must end it.
BACKUP_APPLICATION_ID = 0x42444856
TRAILER_MAGIC = b"BDHVS-BACKUP-END"
TRAILER = struct.Struct(">32sQ16s")  # SHA-256 of the database bytes, their length, the magic
_BLOCK = 1 << 20


def sqlite_uri(path: str | os.PathLike[str], mode: str = "ro") -> str:
    """The SQLite URI of a file, every character of the path quoted (``#``, ``?``, ``%``, spaces, letters)."""
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def _copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    src.backup(dst)


def snapshot(source: Path, target: Path, *, timeout: float = BUSY_TIMEOUT_S) -> dict[str, int]:
    """Copy the SQLite file ``source`` into ``target`` and check the copy; returns the rows of each table.

    The counts are read in the same read transaction as the copy, so a program writing meanwhile
    changes neither. An empty source (no tables) is no database to copy: ``backup_incomplete`` too.
    """
    src = sqlite3.connect(sqlite_uri(source), uri=True, timeout=timeout, isolation_level=None)
    try:
        src.execute("BEGIN")
        expected = table_counts(src)
        dst = sqlite3.connect(target, timeout=timeout)
        try:
            _copy_pages(src, dst)
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    check_counts(target, expected, str(source))
    return expected


def check_counts(target: Path, expected: dict[str, int], source: str = "") -> None:
    """Refuse ``target`` unless it holds every table of ``expected`` with as many rows."""
    if not expected:
        raise DatabaseError("backup_incomplete", path=source, table="", expected=0, found=0)
    # read-write: a copy in WAL mode opened read-only would leave its -wal and -shm files behind
    conn = sqlite3.connect(sqlite_uri(target, "rw"), uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        found = table_counts(conn)
    except sqlite3.DatabaseError:
        found = {}
    finally:
        conn.close()
    for table, rows in expected.items():
        if found.get(table) != rows:
            raise DatabaseError("backup_incomplete", path=source, table=table, expected=rows,
                                found=found.get(table, 0))


def add_digest(path: Path) -> None:
    """Mark ``path`` (a fresh copy, no connection open on it) as a backup and append its digest trailer."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")  # one file: nothing beside it to forget on a USB stick
        conn.execute(f"PRAGMA application_id={BACKUP_APPLICATION_ID}")
    finally:
        conn.close()
    digest, size = hashlib.sha256(), 0
    with path.open("r+b") as fh:
        for block in iter(lambda: fh.read(_BLOCK), b""):
            digest.update(block)
            size += len(block)
        fh.write(TRAILER.pack(digest.digest(), size, TRAILER_MAGIC))
        fh.flush()
        os.fsync(fh.fileno())


def whole_backup(path: Path, shown: str = "", *, wal_beside: bool = False) -> int | None:
    """The length of the database part of the backup file ``path`` when its digest checks; ``None`` for an
    older backup with no digest whose length agrees with its header; else ``DatabaseError("backup_damaged")``.

    ``shown``: the path to name in the refusal; ``wal_beside``: an older file copied with its ``-wal``
    (its header's page count lags behind: SQLite's integrity check is then the only check).
    """
    shown = shown or str(path)
    damaged = DatabaseError("backup_damaged", path=shown)
    total = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(100)  # SQLite's header
        if len(head) < 100:  # not even SQLite's header
            raise DatabaseError("not_a_database", path=shown)
        if total >= TRAILER.size:
            fh.seek(total - TRAILER.size)
            digest, size, magic = TRAILER.unpack(fh.read(TRAILER.size))
            if magic == TRAILER_MAGIC:
                if size != total - TRAILER.size:
                    raise damaged
                fh.seek(0)
                check, left = hashlib.sha256(), size
                while left:
                    block = fh.read(min(_BLOCK, left))
                    if not block:
                        raise damaged
                    check.update(block)
                    left -= len(block)
                if check.digest() != digest or struct.unpack(">I", head[68:72])[0] != BACKUP_APPLICATION_ID:
                    raise damaged
                return size
        if struct.unpack(">I", head[68:72])[0] == BACKUP_APPLICATION_ID:
            raise damaged  # a backup of ours whose trailer was cut off
        if not wal_beside and not _length_agrees(head, total):
            raise damaged
        return None


def _length_agrees(head: bytes, total: int) -> bool:
    """SQLite's header states the page size and (when valid) the number of pages: the file is that long."""
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return False
    (changes,) = struct.unpack(">I", head[24:28])
    (pages,) = struct.unpack(">I", head[28:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    if pages and changes == valid_for:
        return total == pages * page_size
    return total % page_size == 0


def strip_digest(path: Path, size: int) -> None:
    """Cut the trailer off a checked private copy, and its application id: it is a database again, not a backup."""
    with path.open("r+b") as fh:
        fh.truncate(size)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA application_id=0")
    finally:
        conn.close()
