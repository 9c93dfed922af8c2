"""Shared fixtures. Qt runs offscreen: without a platform plugin pytest would abort silently."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from models.db import Database, open_database  # noqa: E402

#: A fixed "today" keeps demo data identical from run to run.
DEMO_TODAY = date(2026, 11, 23)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "classroom.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo commune of 150 people, made once per test run; tests copy it before changing it."""
    from classroom.demo import fill_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        fill_demo(session, participants=150, seed=7, today=DEMO_TODAY)
    database.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    import shutil

    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    database = open_database(copy)
    yield database
    database.close()


@pytest.fixture(scope="session")
def poppler() -> None:
    """pdftotext and pdftoppm come from Debian's poppler-utils (scripts/setup.sh installs it)."""
    import shutil

    missing = [tool for tool in ("pdftotext", "pdftoppm", "pdfinfo") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"install poppler-utils (missing {', '.join(missing)})")


@pytest.fixture
def vietnamese(qapp):  # type: ignore[no-untyped-def]
    """The window's Vietnamese translations installed for one test (English is the source text)."""
    from ui.app import install_translations

    translators = install_translations(qapp, "vi")
    assert len(translators) >= 2
    yield
    for t in translators:
        qapp.removeTranslator(t)
