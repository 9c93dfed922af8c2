"""`list participants --json` reads people as it writes them: same rows, same order as the whole list."""
from __future__ import annotations

from sqlalchemy import select

from classroom.participants import iter_participant_rows, load_participant_rows
from models import CourseClass
from models.db import Database


def test_streamed_rows_equal_the_loaded_list_in_order(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        whole = [tuple(r)[:11] for r in load_participant_rows(s)]  # less sort_key and name_folded
        streamed = [tuple(r) for r in iter_participant_rows(s, batch=7)]  # many small batches
        assert len(whole) > 100 and streamed == whole
        klass = s.scalars(select(CourseClass.id).order_by(CourseClass.id)).first()
        assert [tuple(r) for r in iter_participant_rows(s, klass, batch=5)] == [
            tuple(r)[:11] for r in load_participant_rows(s, klass)]
