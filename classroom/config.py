"""Where things live: the default database, the backups folder, the signing key."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "classroom"
DB_ENV = "CLASSROOM_DB"


def data_dir() -> Path:
    """The user's data folder (e.g. ~/.local/share/classroom, %LOCALAPPDATA%\\classroom)."""
    return user_data_path(APP_NAME, appauthor=False)


def default_database() -> str:
    """``--db`` when not given: ``$CLASSROOM_DB``, else ``classroom.sqlite3`` in the data folder."""
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return env
    return str(data_dir() / "classroom.sqlite3")


def demo_database() -> Path:
    """The demo database the README opens: never the user's real one."""
    return data_dir() / "demo.sqlite3"
