"""`list participants --json` reads people as it writes them, each made a JSON object by the database: the same
values as the whole list's, in the same order, on SQLite and PostgreSQL."""
from __future__ import annotations

import io
import json
import sys

import pytest
from sqlalchemy import select, update

from classroom.cli.tables import _participant_dict, _stream_json
from classroom.participants import iter_participant_json, load_participant_rows, participant_json_query
from models import CourseClass, Participant
from models.db import Database


def test_streamed_objects_equal_the_loaded_list_in_order(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        whole = [_participant_dict(r) for r in load_participant_rows(s)]
        streamed = [json.loads(t) for t in iter_participant_json(s, batch=7)]  # many small batches
        assert len(whole) > 100 and streamed == whole
        klass = s.scalars(select(CourseClass.id).order_by(CourseClass.id)).first()
        assert [json.loads(t) for t in iter_participant_json(s, klass, batch=5)] == [
            _participant_dict(r) for r in load_participant_rows(s, klass)]


def test_streamed_json_reads_back_as_the_json_module_s(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The array the command writes parses to what ``json.dumps`` of each person gives, across batches, with
    text that must be escaped (quotes, backslash, tab, a control character) and births that are a year alone
    (written with four digits) or unknown."""
    with demo_db.transaction() as s:
        ids = s.scalars(select(Participant.id).order_by(Participant.id).limit(3)).all()
        s.execute(update(Participant).where(Participant.id == ids[0]).values(
            full_name='Lê "Tí"\\ \t\u0001 Đức', birth_year=956, birth_month=None, birth_day=None))
        s.execute(update(Participant).where(Participant.id == ids[1]).values(
            birth_year=None, birth_month=None, birth_day=None, phone=None, gender=None))
        s.execute(update(Participant).where(Participant.id == ids[2]).values(
            birth_year=1950, birth_month=3, birth_day=None))
    with demo_db.sessions() as s:
        expected = [_participant_dict(r) for r in load_participant_rows(s)]
        out = io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        _stream_json(iter_participant_json(s, batch=7), batch=10)
    text = out.getvalue()
    assert text.startswith("[\n") and text.endswith("\n]\n") and text.count("\n") == len(expected) + 2  # one person a line
    got = json.loads(text)
    assert got == expected
    mine = {p["id"]: p for p in got}
    assert mine[ids[0]]["full_name"] == 'Lê "Tí"\\ \t\u0001 Đức' and mine[ids[0]]["birth_date"] == "0956"
    assert mine[ids[1]]["birth_date"] == "" and mine[ids[1]]["phone"] is None and mine[ids[1]]["gender"] is None
    assert mine[ids[2]]["birth_date"] == "1950"


def test_an_empty_registry_is_an_empty_array(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    _stream_json(iter([]))
    assert json.loads(out.getvalue()) == []


def test_name_order_is_read_from_the_index_not_sorted(demo_db: Database) -> None:
    """SQLite walks revision 0011's partial name-order index: no sorting of a million people."""
    with demo_db.sessions() as s:
        conn = s.connection()
        if conn.dialect.name != "sqlite":
            pytest.skip("the planner's choice is SQLite's here; PostgreSQL chooses by its statistics")
        compiled = participant_json_query("sqlite").compile(dialect=conn.dialect)
        plan = " ".join(str(r[3]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(compiled), tuple(compiled.params.values())).all())
    assert "ix_participants_name_order" in plan and "TEMP B-TREE" not in plan
