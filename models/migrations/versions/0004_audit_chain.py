"""audit log: append-only, hash-chained, with the person concerned; pending attendance marks

Each audit row carries ``prev_hash`` (the row before it's ``hash``) and ``hash``, SHA-256 over
the previous hash and a canonical serialisation of the row's fields, so that a row changed,
removed or slipped in outside the program is found by ``classroom audit check``. The rows
already there are chained here, oldest first. Triggers (SQLite and PostgreSQL) refuse UPDATE
and DELETE on the log; on PostgreSQL a restore that replaces the whole database sets
``classroom.replacing_all`` for its own transaction to empty the table.

``person_id`` is the participant a row is about (when there is one), so that the audit screen
filters by person through an index; indexes on (actor, at), (action, at), (action, actor, at),
(person_id, at): each filter of the screen, alone or together, reads one index (1,000,000 rows:
under 0.2 s, bench/bench_audit.py).

``audit_log_people`` names every participant a row is about when there are several (the
attendance marks of a sitting), so that filtering by person finds those rows too (an index, not a
search in the details).

``audit_pending_marks`` holds attendance marks not yet written to the log: the log gets one
row per session and officer per sitting (classroom.audit_marks), not one per click.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None

GENESIS = "0" * 64

SQLITE = [
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]

POSTGRESQL = [
    """CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('DELETE', 'TRUNCATE') AND current_setting('classroom.replacing_all', true) = 'on' THEN
        RETURN OLD;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only';
    END $$""",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
]


def _canonical_at(value: object) -> str:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    assert isinstance(moment, datetime)
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds")


def chain_hash(prev: str, at: object, actor: str, action: str, entity: str, entity_id: int | None,
               person_id: int | None, details: str) -> str:
    """A frozen copy of classroom.audit.chain_hash, as it was when this revision was written."""
    fields = [_canonical_at(at), actor or "", action, entity, entity_id, person_id, details or ""]
    text = prev + "\n" + json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def person_of(entity: str, entity_id: int | None, details: str) -> int | None:
    if entity == "participant":
        return entity_id
    try:
        value = json.loads(details).get("participant_id") if details else None
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("hash", sa.String(64), nullable=False, server_default=""))
    bind = op.get_bind()
    prev = GENESIS
    updates = []
    for row in bind.execute(sa.text(
            "SELECT id, at, actor, action, entity, entity_id, details FROM audit_log ORDER BY id")):
        person = person_of(row.entity, row.entity_id, row.details)
        digest = chain_hash(prev, row.at, row.actor, row.action, row.entity, row.entity_id, person, row.details)
        updates.append({"i": row.id, "p": person, "ph": prev, "h": digest})
        prev = digest
    for start in range(0, len(updates), 5000):
        bind.execute(sa.text("UPDATE audit_log SET person_id = :p, prev_hash = :ph, hash = :h WHERE id = :i"),
                     updates[start:start + 5000])
    op.create_index("ix_audit_log_actor_at", "audit_log", ["actor", "at"])
    op.create_index("ix_audit_log_action_at", "audit_log", ["action", "at"])
    op.create_index("ix_audit_log_action_actor_at", "audit_log", ["action", "actor", "at"])
    op.create_index("ix_audit_log_person_at", "audit_log", ["person_id", "at"])
    op.create_table(
        "audit_pending_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_pending_marks")),
    )
    op.create_index("ix_audit_pending_marks_session_actor", "audit_pending_marks", ["session_id", "actor"])
    op.create_table(
        "audit_log_people",
        sa.Column("person_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("audit_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(["audit_id"], ["audit_log.id"], name=op.f("fk_audit_log_people_audit_id_audit_log")),
        sa.PrimaryKeyConstraint("person_id", "audit_id", name=op.f("pk_audit_log_people")),
        sqlite_with_rowid=False,
    )
    for statement in POSTGRESQL if bind.dialect.name == "postgresql" else SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    else:
        op.execute("DROP TRIGGER audit_log_no_delete")
        op.execute("DROP TRIGGER audit_log_no_update")
    op.drop_table("audit_log_people")
    op.drop_index("ix_audit_pending_marks_session_actor", table_name="audit_pending_marks")
    op.drop_table("audit_pending_marks")
    op.drop_index("ix_audit_log_person_at", table_name="audit_log")
    op.drop_index("ix_audit_log_action_actor_at", table_name="audit_log")
    op.drop_index("ix_audit_log_action_at", table_name="audit_log")
    op.drop_index("ix_audit_log_actor_at", table_name="audit_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("person_id")
