"""attendance tally kept by triggers, and an index for a session's counts (replacing session_id's own)

Reports need, for every enrolled person, how many of their class's sessions they attended.
Adding up every mark each time took over a second on a large commune-year; the database now
keeps the count in ``attendance_tally``, through triggers on the marks and on the sessions,
so that no path that writes a mark (the program, an instructor's file, a merge, a restore,
another program on a shared server) can leave it behind.

The same rule as ``classroom.reporting.results``: marks present or late, at sessions that are
not cancelled, counted per class and person.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PRESENT = "('present', 'late')"

# SQLite: one trigger per event. A session deleted deletes its marks first (before the
# foreign key's cascade), so that each mark is taken off while its session is still there.
SQLITE = [
    f"""CREATE TRIGGER tally_mark_added AFTER INSERT ON attendance
    WHEN NEW.status IN {PRESENT}
    BEGIN
      INSERT INTO attendance_tally (class_id, participant_id, present)
      SELECT s.class_id, NEW.participant_id, 1 FROM sessions s WHERE s.id = NEW.session_id AND s.status <> 'cancelled'
      ON CONFLICT (class_id, participant_id) DO UPDATE SET present = present + 1;
    END""",
    f"""CREATE TRIGGER tally_mark_removed AFTER DELETE ON attendance
    WHEN OLD.status IN {PRESENT}
    BEGIN
      UPDATE attendance_tally SET present = present - 1
      WHERE participant_id = OLD.participant_id
        AND class_id = (SELECT s.class_id FROM sessions s WHERE s.id = OLD.session_id AND s.status <> 'cancelled');
    END""",
    f"""CREATE TRIGGER tally_mark_changed AFTER UPDATE OF status, session_id, participant_id ON attendance
    BEGIN
      UPDATE attendance_tally SET present = present - 1
      WHERE OLD.status IN {PRESENT} AND participant_id = OLD.participant_id
        AND class_id = (SELECT s.class_id FROM sessions s WHERE s.id = OLD.session_id AND s.status <> 'cancelled');
      INSERT INTO attendance_tally (class_id, participant_id, present)
      SELECT s.class_id, NEW.participant_id, 1 FROM sessions s
      WHERE NEW.status IN {PRESENT} AND s.id = NEW.session_id AND s.status <> 'cancelled'
      ON CONFLICT (class_id, participant_id) DO UPDATE SET present = present + 1;
    END""",
    f"""CREATE TRIGGER tally_session_changed AFTER UPDATE OF status, class_id ON sessions
    WHEN (OLD.status = 'cancelled') <> (NEW.status = 'cancelled') OR OLD.class_id <> NEW.class_id
    BEGIN
      UPDATE attendance_tally SET present = present - 1
      WHERE OLD.status <> 'cancelled' AND class_id = OLD.class_id
        AND participant_id IN (SELECT a.participant_id FROM attendance a
                               WHERE a.session_id = OLD.id AND a.status IN {PRESENT});
      INSERT INTO attendance_tally (class_id, participant_id, present)
      SELECT NEW.class_id, a.participant_id, 1 FROM attendance a
      WHERE NEW.status <> 'cancelled' AND a.session_id = NEW.id AND a.status IN {PRESENT}
      ON CONFLICT (class_id, participant_id) DO UPDATE SET present = present + 1;
    END""",
    """CREATE TRIGGER tally_session_removed BEFORE DELETE ON sessions
    BEGIN
      DELETE FROM attendance WHERE session_id = OLD.id;
    END""",
]

POSTGRESQL = [
    f"""CREATE FUNCTION tally_mark() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN {PRESENT} THEN
        UPDATE attendance_tally t SET present = t.present - 1 FROM sessions s
        WHERE s.id = OLD.session_id AND s.status <> 'cancelled'
          AND t.class_id = s.class_id AND t.participant_id = OLD.participant_id;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN {PRESENT} THEN
        INSERT INTO attendance_tally (class_id, participant_id, present)
        SELECT s.class_id, NEW.participant_id, 1 FROM sessions s WHERE s.id = NEW.session_id AND s.status <> 'cancelled'
        ON CONFLICT (class_id, participant_id) DO UPDATE SET present = attendance_tally.present + 1;
      END IF;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER tally_mark AFTER INSERT OR DELETE OR UPDATE OF status, session_id, participant_id
    ON attendance FOR EACH ROW EXECUTE FUNCTION tally_mark()""",
    f"""CREATE FUNCTION tally_session() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        DELETE FROM attendance WHERE session_id = OLD.id;
        RETURN OLD;
      END IF;
      IF (OLD.status = 'cancelled') <> (NEW.status = 'cancelled') OR OLD.class_id <> NEW.class_id THEN
        IF OLD.status <> 'cancelled' THEN
          UPDATE attendance_tally t SET present = t.present - 1 FROM attendance a
          WHERE a.session_id = OLD.id AND a.status IN {PRESENT}
            AND t.class_id = OLD.class_id AND t.participant_id = a.participant_id;
        END IF;
        IF NEW.status <> 'cancelled' THEN
          INSERT INTO attendance_tally (class_id, participant_id, present)
          SELECT NEW.class_id, a.participant_id, 1 FROM attendance a
          WHERE a.session_id = NEW.id AND a.status IN {PRESENT}
          ON CONFLICT (class_id, participant_id) DO UPDATE SET present = attendance_tally.present + 1;
        END IF;
      END IF;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER tally_session_changed AFTER UPDATE OF status, class_id ON sessions
    FOR EACH ROW EXECUTE FUNCTION tally_session()""",
    """CREATE TRIGGER tally_session_removed BEFORE DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION tally_session()""",
]

FILL = f"""INSERT INTO attendance_tally (class_id, participant_id, present)
SELECT s.class_id, a.participant_id, count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id
WHERE a.status IN {PRESENT} AND s.status <> 'cancelled'
GROUP BY s.class_id, a.participant_id"""


def upgrade() -> None:
    op.create_table(
        "attendance_tally",
        sa.Column("class_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("participant_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("class_id", "participant_id", name=op.f("pk_attendance_tally")),
        sqlite_with_rowid=False,  # a lookup by the key reads the count too
    )
    op.create_index("ix_attendance_session_status", "attendance", ["session_id", "status"], unique=False)
    op.drop_index("ix_attendance_session_id", table_name="attendance")  # both indexes above begin with session_id
    dialect = op.get_bind().dialect.name
    for statement in POSTGRESQL if dialect == "postgresql" else SQLITE:
        op.execute(statement)
    op.execute(FILL)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER tally_session_removed ON sessions")
        op.execute("DROP TRIGGER tally_session_changed ON sessions")
        op.execute("DROP TRIGGER tally_mark ON attendance")
        op.execute("DROP FUNCTION tally_session()")
        op.execute("DROP FUNCTION tally_mark()")
    else:
        for name in ("tally_session_removed", "tally_session_changed", "tally_mark_changed", "tally_mark_removed",
                     "tally_mark_added"):
            op.execute(f"DROP TRIGGER {name}")
    op.create_index("ix_attendance_session_id", "attendance", ["session_id"], unique=False)
    op.drop_index("ix_attendance_session_status", table_name="attendance")
    op.drop_table("attendance_tally")
