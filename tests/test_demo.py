"""The demo commune is realistic and obeys the same rules as real data."""
from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from classroom.demo import fill_demo
from classroom.errors import Refused
from classroom.validation import check_person
from models import (
    AttendanceMark, Certificate, ClassSession, Commune, CourseClass, Enrollment, Participant, Village,
)
from models.db import Database
from tests.conftest import DEMO_TODAY


def count(s, model) -> int:  # type: ignore[no-untyped-def]
    return s.scalar(select(func.count()).select_from(model))


def test_demo_has_every_kind_of_record(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        assert count(s, Commune) == 1
        assert count(s, Village) >= 5
        assert count(s, Participant) == 150
        classes = s.scalars(select(CourseClass)).all()
        assert len(classes) >= 6
        assert len({c.target_group for c in classes}) >= 5
        assert {c.status for c in classes} == {"planned", "running", "finished"}
        assert count(s, ClassSession) >= 40
        assert count(s, Enrollment) > 100
        assert count(s, AttendanceMark) > 500
        assert count(s, Certificate) > 10


def test_demo_people_pass_validation(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        for p in s.scalars(select(Participant)):
            birth = f"{p.birth_day:02d}/{p.birth_month:02d}/{p.birth_year}" if p.birth_day else p.birth_year
            checked = check_person(p.full_name, birth, p.gender, p.national_id, p.phone, today=DEMO_TODAY)
            assert checked.ok, (p.full_name, checked.codes)


def test_demo_sessions_avoid_public_holidays(demo_db: Database) -> None:
    import holidays
    vn = holidays.country_holidays("VN", years=range(2026, 2028))
    with demo_db.sessions() as s:
        for start in s.scalars(select(ClassSession.starts_at)):
            assert start.date() not in vn, start


def test_certificate_serials_have_no_gaps(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        serials = s.scalars(select(Certificate.serial).order_by(Certificate.register_no)).all()
    numbers = [int(x.rsplit("-", 1)[1]) for x in serials]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(x.startswith("15883-2026-") for x in serials)


def test_same_seed_same_commune(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from models.db import open_database
    other = open_database(tmp_path / "again.sqlite3")
    try:
        names = []
        for database in (db, other):
            with database.transaction() as s:
                fill_demo(s, participants=40, seed=11, today=DEMO_TODAY)
            with database.sessions() as s:
                names.append(s.scalars(select(Participant.full_name).order_by(Participant.id)).all())
        assert names[0] == names[1]
        assert len(Counter(names[0])) > 20
    finally:
        other.close()


def test_demo_refuses_non_empty(demo_db: Database) -> None:
    with pytest.raises(Refused) as err:
        with demo_db.transaction() as s:
            fill_demo(s, participants=5)
    assert err.value.code == "database_not_empty"
