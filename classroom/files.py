"""The one writer of files that hold personal data: whole (a temporary file beside the target, renamed into
place) and private (``models.db.PRIVATE_FILE_MODE``, whatever the umask and whatever mode an older file had).

Everything the program writes for people goes through it: printed PDFs, the import's rejected-rows report,
one person's data export, rosters, reports and packages, instructors' files (sealed files and backups have
their own writers, which keep the same two rules).
"""
from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from models.db import PRIVATE_FILE_MODE

from .errors import DatabaseError


def write_private(out: str | os.PathLike[str], content: bytes | Callable[[io.BufferedIOBase], None]) -> Path:
    """Write ``content`` (bytes, or a function writing to a binary file) to ``out``, whole and 0600.

    A folder that cannot be written is ``DatabaseError("folder_not_writable")``; an error while writing
    leaves the older file as it was and no temporary file behind.
    """
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}-", dir=folder)  # made 0600
    except OSError:
        raise DatabaseError("folder_not_writable", path=str(folder)) from None
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            if isinstance(content, bytes):
                fh.write(content)
            else:
                content(fh)  # type: ignore[arg-type]
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
