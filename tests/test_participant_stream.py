"""`list participants --json` reads people as it writes them: same rows, same order as the whole list."""
from __future__ import annotations

import io
import json
import sys

import pytest
from sqlalchemy import select, update

from classroom.cli.tables import _participant_dict, _stream_people
from classroom.participants import iter_participant_rows, load_participant_rows, participant_stream_query
from models import CourseClass, Participant
from models.db import Database


def test_streamed_rows_equal_the_loaded_list_in_order(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        whole = [tuple(r)[:11] for r in load_participant_rows(s)]  # less sort_key and name_folded
        streamed = [tuple(r) for r in iter_participant_rows(s, batch=7)]  # many small batches
        assert len(whole) > 100 and streamed == whole
        klass = s.scalars(select(CourseClass.id).order_by(CourseClass.id)).first()
        assert [tuple(r) for r in iter_participant_rows(s, klass, batch=5)] == [
            tuple(r)[:11] for r in load_participant_rows(s, klass)]


def test_streamed_json_is_the_json_module_s(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Line for line what ``json.dumps`` makes of each person, across batches, with text that must be
    escaped and births that are a year alone or unknown."""
    with demo_db.transaction() as s:
        ids = s.scalars(select(Participant.id).order_by(Participant.id).limit(3)).all()
        s.execute(update(Participant).where(Participant.id == ids[0]).values(
            full_name='Lê "Tí"\\ \t\u0001 Đức', birth_month=None, birth_day=None))
        s.execute(update(Participant).where(Participant.id == ids[1]).values(
            birth_year=None, birth_month=None, birth_day=None, phone=None, gender=None))
    with demo_db.sessions() as s:
        expected = "[\n" + ",\n".join(json.dumps(_participant_dict(r), ensure_ascii=False)
                                       for r in load_participant_rows(s)) + "\n]\n"
        out = io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        _stream_people(iter_participant_rows(s, batch=7), batch=10)
    assert '\\"Tí\\"' in expected and '"birth_date": ""' in expected
    assert out.getvalue() == expected


def test_name_order_is_read_from_the_index_not_sorted(demo_db: Database) -> None:
    """SQLite walks revision 0011's partial name-order index: no sorting of a million people."""
    with demo_db.sessions() as s:
        conn = s.connection()
        if conn.dialect.name != "sqlite":
            pytest.skip("the planner's choice is SQLite's here; PostgreSQL chooses by its statistics")
        compiled = participant_stream_query().compile(dialect=conn.dialect)
        plan = " ".join(str(r[3]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(compiled), tuple(compiled.params.values())).all())
    assert "ix_participants_name_order" in plan and "TEMP B-TREE" not in plan
