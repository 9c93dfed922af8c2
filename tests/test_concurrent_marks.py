"""Two clients (two engines, two threads) marking attendance at once lose no mark.

Run against PostgreSQL when CLASSROOM_TEST_DB_URL is set (the shared-server case this is
for); on SQLite the same test checks the file's locking.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import select

from classroom import attendance as att
from models import AttendanceMark, ClassSession, CourseClass, Enrollment
from models.db import Database, open_database


def _run_together(*jobs: Callable[[], None]) -> list[BaseException]:
    start = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def wrap(job: Callable[[], None]) -> None:
        start.wait()
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            errors.append(exc)
    threads = [threading.Thread(target=wrap, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def test_two_clients_mark_the_same_session_at_once(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "running").order_by(CourseClass.id)).first()
        session_id = s.scalars(select(ClassSession.id).where(ClassSession.class_id == klass.id,
                                                             ClassSession.status == "scheduled")
                               .order_by(ClassSession.starts_at)).first()
        people = list(s.scalars(select(Enrollment.participant_id).where(
            Enrollment.class_id == klass.id, Enrollment.status == "enrolled").order_by(Enrollment.participant_id)))
    assert len(people) >= 20
    url = demo_db.url.render_as_string(hide_password=False)
    clients = [open_database(url), open_database(url)]
    try:
        def marker(client: Database, mine: list[int], status: str) -> Callable[[], None]:
            def job() -> None:
                for pid in mine:  # one short transaction per mark, as the screen does
                    with client.transaction() as s:
                        att.mark(s, session_id, pid, status, actor=f"client-{status}")
            return job
        # each client marks its half, and both mark the first five people (the same card scanned twice)
        first, rest = people[:5], people[5:]
        errors = _run_together(marker(clients[0], first + rest[0::2], "present"),
                               marker(clients[1], first + rest[1::2], "late"))
        assert not errors, errors
    finally:
        for c in clients:
            c.close()
    with demo_db.sessions() as s:
        marks = dict(s.execute(select(AttendanceMark.participant_id, AttendanceMark.status)
                               .where(AttendanceMark.session_id == session_id)).all())
        status = s.scalar(select(ClassSession.status).where(ClassSession.id == session_id))
    assert set(marks) == set(people)  # nobody's mark lost, nobody twice (one row per person and session)
    assert all(marks[p] in ("present", "late") for p in first)
    assert all(marks[p] == "present" for p in rest[0::2]) and all(marks[p] == "late" for p in rest[1::2])
    assert status == "held"
