"""The audit log is append-only and hash-chained: edits made outside the program are found."""
from __future__ import annotations

import json
import threading
from datetime import date, datetime

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from classroom import audit
from classroom.cli import main
from models import LOCAL_TZ, AuditEntry
from models.db import Database


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _fill(db: Database, n: int = 5) -> None:
    for i in range(n):
        with db.transaction() as s:
            audit.record(s, "Nguyễn Thị Lan", "update", "participant", 10 + i, fields=["occupation"], phone="0912345678")


def _outside(db: Database, sql: str, **params: object) -> None:
    """Raw SQL as someone with the database file or server would run it: triggers out of the way."""
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
            conn.execute(text(sql), params)
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
            conn.execute(text(sql), params)
            conn.execute(text("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"))
            conn.execute(text("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"))


def _ids(db: Database) -> list[int]:
    with db.sessions() as s:
        return list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def test_rows_chain_and_check_says_intact(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(db)
    with db.sessions() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        report = audit.check(s)
    assert report.broken is None and report.rows == 5 and report.head == rows[-1].hash
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:]))
    assert "0912345678" not in " ".join(r.details for r in rows)  # phones never in clear
    assert main(["--db", _url(db), "audit", "check"]) == 0
    assert "5" in capsys.readouterr().out


def test_the_program_cannot_change_or_delete_a_row(db: Database) -> None:
    _fill(db, 2)
    for statement in (update(AuditEntry).values(actor="someone else"), delete(AuditEntry)):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.transaction() as s:
                s.execute(statement)
    with db.sessions() as s:
        assert s.scalar(select(AuditEntry.actor).limit(1)) == "Nguyễn Thị Lan"
        assert len(s.scalars(select(AuditEntry.id)).all()) == 2


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_row_edited_outside_is_named(db: Database, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    _fill(db)
    third = _ids(db)[2]
    _outside(db, "UPDATE audit_log SET actor = 'Kẻ gian' WHERE id = :i", i=third)
    assert main(["--db", _url(db), "--lang", lang, "audit", "check"]) == 1
    err = capsys.readouterr().err
    assert str(third) in err and ("đã bị sửa" in err if lang == "vi" else "changed outside" in err)
    with db.sessions() as s:
        broken = audit.check(s).broken
    assert broken is not None and (broken.id, broken.reason) == (third, "altered")


def test_an_edit_that_recomputes_its_own_hash_breaks_the_next_link(db: Database) -> None:
    _fill(db)
    ids = _ids(db)
    with db.sessions() as s:
        row = s.get(AuditEntry, ids[1])
        assert row is not None
        forged = audit.chain_hash(row.prev_hash, row.at, "Kẻ gian", row.action, row.entity, row.entity_id,
                                  row.person_id, row.details)
    _outside(db, "UPDATE audit_log SET actor = 'Kẻ gian', hash = :h WHERE id = :i", h=forged, i=ids[1])
    with db.sessions() as s:
        broken = audit.check(s).broken
    assert broken is not None and (broken.id, broken.reason, broken.previous_id) == (ids[2], "link", ids[1])


def test_a_row_deleted_outside_is_found(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(db)
    ids = _ids(db)
    _outside(db, "DELETE FROM audit_log WHERE id = :i", i=ids[2])
    assert main(["--db", _url(db), "audit", "check"]) == 1
    assert f"dòng số {ids[3]}" in capsys.readouterr().err
    with db.sessions() as s:
        broken = audit.check(s).broken
    assert broken is not None and (broken.id, broken.reason, broken.previous_id) == (ids[3], "link", ids[1])


def test_a_row_inserted_outside_is_found(db: Database) -> None:
    _fill(db)
    with db.engine.begin() as conn:  # inserting needs no trigger out of the way
        conn.execute(text("INSERT INTO audit_log (at, actor, action, entity, entity_id, details, prev_hash, hash) "
                          "VALUES (:at, 'x', 'erase', 'participant', 3, '{}', '', '')"),
                     {"at": datetime(2026, 12, 1, 8, 0)})
    last = _ids(db)[-1]
    with db.sessions() as s:
        broken = audit.check(s).broken
    assert broken is not None and broken.id == last
    # the program's next row chains after it, but the forged row stays named
    with db.transaction() as s:
        audit.record(s, "Lan", "update", "settings", None)
    with db.sessions() as s:
        broken = audit.check(s).broken
    assert broken is not None and broken.id == last


def test_two_writers_at_once_do_not_fork_the_chain(db: Database) -> None:
    barrier = threading.Barrier(4)

    def write(n: int) -> None:
        barrier.wait()
        for i in range(10):
            with db.transaction() as s:
                audit.record(s, f"officer {n}", "update", "settings", i)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with db.sessions() as s:
        report = audit.check(s)
    assert report.broken is None and report.rows == 40


def test_list_audit_json_and_period(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [audit.values("Lan", "enroll", "enrollment", 7, participant_id=3, class_id=1),
            audit.values("Hùng", "update", "settings", None)]
    rows[0]["at"] = datetime(2026, 11, 30, 9, 0, tzinfo=LOCAL_TZ)
    rows[1]["at"] = datetime(2026, 12, 2, 23, 59, tzinfo=LOCAL_TZ)
    with db.transaction() as s:
        audit.record_many(s, rows)
    assert main(["--db", _url(db), "list", "audit", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["action"] for r in listed] == ["enroll", "update"]
    assert listed[0]["person_id"] == 3 and listed[0]["details"] == {"participant_id": 3, "class_id": 1}
    assert main(["--db", _url(db), "list", "audit", "--from", "01/12/2026", "--to", "2026-12-02", "--json"]) == 0
    assert [r["actor"] for r in json.loads(capsys.readouterr().out)] == ["Hùng"]
    assert main(["--db", _url(db), "list", "audit"]) == 0
    out = capsys.readouterr().out
    assert "30/11/2026 09:00:00" in out and "Cán bộ" in out
    assert main(["--db", _url(db), "list", "audit", "--from", "31/02/2026"]) == 2
    assert "--from" in capsys.readouterr().err
    assert main(["--db", _url(db), "list", "audit", "--from", "02/12/2026", "--to", "01/12/2026"]) == 2
    with db.sessions() as s:
        assert audit.count(s, audit.AuditFilter(date(2026, 12, 1), date(2026, 12, 2))) == 1
        assert audit.check(s).broken is None


def test_filters_and_paging(db: Database) -> None:
    rows = []
    for i in range(30):
        r = audit.values("Lan" if i % 2 else "Hùng", "enroll" if i % 3 else "update", "enrollment", i,
                         participant_id=i % 5)
        r["at"] = datetime(2026, 11, 1 + i % 28, 8, 0, tzinfo=LOCAL_TZ)
        rows.append(r)
    with db.transaction() as s:
        audit.record_many(s, rows)
    f = audit.AuditFilter(actor="Lan", action="enroll", person_id=1)
    expected = [r for r in rows if r["actor"] == "Lan" and r["action"] == "enroll" and r["person_id"] == 1]
    with db.sessions() as s:
        assert audit.count(s, f) == len(expected)
        first = audit.entries(s, audit.AuditFilter(), limit=12)
        second = audit.entries(s, audit.AuditFilter(), limit=100, after=(first[-1].at, first[-1].id))
        assert len(first) == 12 and len(second) == 18
        assert len({r.id for r in first + second}) == 30
        ats = [r.at for r in first + second]
        assert ats == sorted(ats, reverse=True)
        assert "Hùng" in audit.actors(s) and "enroll" in audit.actions(s)
