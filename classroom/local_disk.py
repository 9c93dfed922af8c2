"""An SQLite database lives on this computer's own disk, never on a shared network drive.

SQLite's file locking is unreliable over network file systems (SMB shares, mapped drives, NFS):
two offices writing one file there can corrupt it. A commune that wants several PCs on one
database uses a PostgreSQL server (``--db postgresql+psycopg://…``). This check refuses such a
location with ``DatabaseError("network_drive", path=…)`` before anything is opened or created.

Windows: a UNC path (``\\\\server\\share\\…``) or a drive whose type is ``DRIVE_REMOTE``
(``GetDriveTypeW``: a mapped network drive). Linux: a path under a mount of a network file system.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

from models.db import to_url
from models.errors import DatabaseError

DRIVE_REMOTE = 4
#: Linux mount types that are network file systems
NETWORK_FS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "9p", "afs", "ceph", "glusterfs", "sshfs", "fuse.sshfs",
              "davfs", "fuse.davfs2", "ncpfs", "fuse.rclone", "fuse.smbnetfs"}


def is_unc(text: str) -> bool:
    """``\\\\server\\share\\…`` or ``//server/share/…``, including ``\\\\?\\UNC\\…``; not ``\\\\?\\C:\\…``."""
    if text.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):
        return text[4:].upper().startswith("UNC")
    return text.startswith(("\\\\", "//")) and len(text) > 2 and text[2] not in "\\/"


def windows_drive_is_remote(path: str) -> bool:
    """GetDriveTypeW of the path's drive is DRIVE_REMOTE (a mapped network drive)."""
    import ctypes

    drive = PureWindowsPath(path).drive
    if not drive:
        return False
    return int(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")) == DRIVE_REMOTE  # type: ignore[attr-defined]


def linux_mount_type(path: Path, mounts: str) -> str:
    """The file-system type of the mount holding ``path``, from the text of /proc/mounts."""
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def on_network(path: str | os.PathLike[str], *, platform: str = sys.platform, mounts: str | None = None) -> bool:
    text = os.fspath(path)
    if is_unc(text):
        return True
    if platform == "win32":
        return windows_drive_is_remote(text)
    if platform.startswith("linux"):
        if mounts is None:
            try:
                mounts = Path("/proc/mounts").read_text("utf-8", "replace")
            except OSError:
                return False
        return linux_mount_type(Path(text), mounts) in NETWORK_FS
    return False


def refuse_network_database(target: str | os.PathLike[str]) -> None:
    """Raise ``DatabaseError("network_drive")`` when ``target`` is an SQLite file on a network drive."""
    text = os.fspath(target)
    if "://" not in text and is_unc(text):  # resolve() would not touch a server for this
        raise DatabaseError("network_drive", path=text)
    _url, path = to_url(text)
    if path is not None and on_network(path):
        raise DatabaseError("network_drive", path=str(path))
