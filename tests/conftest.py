"""Shared fixtures. Qt runs offscreen: without a platform plugin pytest would abort silently.

With ``CLASSROOM_TEST_DB_URL`` set (e.g. ``postgresql+psycopg://classroom:classroom@localhost/classroom``,
a role that may create databases), ``db`` and ``demo_db`` are fresh databases on that
PostgreSQL server: each test gets its own, copied from a template migrated (and, for the
demo, filled) once per run, and dropped after the test. Tests marked ``sqlite`` (they look
at the SQLite file itself) keep an SQLite file either way.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import time  # noqa: E402
import uuid  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from models.db import Database, open_database  # noqa: E402

#: A fixed "today" keeps demo data identical from run to run.
DEMO_TODAY = date(2026, 11, 23)
SERVER_URL = os.environ.get("CLASSROOM_TEST_DB_URL", "").strip()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite: the test looks at the SQLite file itself (kept on SQLite)")


class Server:
    """Databases made and dropped on the PostgreSQL server named by CLASSROOM_TEST_DB_URL."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        # the maintenance database: every role may connect to it, the named one may not exist yet
        self.admin = create_engine(self.url.set(database="postgres"), isolation_level="AUTOCOMMIT", pool_size=1)
        self.prefix = f"ct_{uuid.uuid4().hex[:8]}"
        self.made: list[str] = []

    def create(self, template: str | None = None) -> str:
        from sqlalchemy import text

        name = f"{self.prefix}_{len(self.made)}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
        self.made.append(name)
        return name

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, name: str) -> None:
        from sqlalchemy import exc, text

        # FORCE ends the test's own leftover connections; it is refused while the server's autovacuum
        # (another role) works in that database, which lasts moments: try again, then leave it.
        for attempt in range(40):
            try:
                with self.admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except (exc.ProgrammingError, exc.OperationalError):
                time.sleep(0.25)
        warnings.warn(f"test database {name} could not be dropped", stacklevel=2)

    def close(self) -> None:
        for name in self.made:
            self.drop(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def server() -> Iterator[Server | None]:
    if not SERVER_URL:
        yield None
        return
    s = Server(SERVER_URL)
    yield s
    s.close()


@pytest.fixture(scope="session")
def server_templates(server: Server | None) -> dict[str, str]:
    """An empty migrated database and a demo commune on the server, copied by each test."""
    if server is None:
        return {}
    from classroom.demo import fill_demo

    empty = server.create()
    open_database(server.url_of(empty)).close()
    demo = server.create(empty)
    database = open_database(server.url_of(demo))
    with database.transaction() as session:
        fill_demo(session, participants=150, seed=7, today=DEMO_TODAY)
    database.close()
    return {"empty": empty, "demo": demo}


def _on_server(server: Server, template: str) -> Iterator[Database]:
    name = server.create(template)
    database = open_database(server.url_of(name))
    try:
        yield database
    finally:
        database.close()
        server.drop(name)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "classroom.sqlite3"


@pytest.fixture
def db(db_path: Path, request: pytest.FixtureRequest, server: Server | None,
       server_templates: dict[str, str]) -> Iterator[Database]:
    if server is not None and request.node.get_closest_marker("sqlite") is None:
        yield from _on_server(server, server_templates["empty"])
        return
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
def demo_db(demo_file: Path, tmp_path: Path, request: pytest.FixtureRequest, server: Server | None,
            server_templates: dict[str, str]) -> Iterator[Database]:
    if server is not None and request.node.get_closest_marker("sqlite") is None:
        yield from _on_server(server, server_templates["demo"])
        return
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
