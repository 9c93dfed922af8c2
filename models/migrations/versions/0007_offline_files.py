"""instructors' offline files the office gave out: to whom and when, what was merged from them

A merge believes the office's record, not the file (which carries the key that seals its marks):
the author of every mark is the instructor the file was given to, and marks are taken only between
the file's issue and its return.

Files given out before this revision have no record. When this office had given any out (its
``attendance_secret`` exists), the moment of the upgrade is kept as ``offline_files_since``: a file
sealed by this office and exported before it is still merged (``classroom.offline``), so the marks of
instructors already in the field are not lost.

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "offline_files",
        sa.Column("export_id", sa.String(length=36), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("issued_to", sa.String(length=200), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=True),
        sa.Column("merged_seal", sa.String(length=64), nullable=False),
        sa.Column("merges", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["class_id"], ["classes.id"], name=op.f("fk_offline_files_class_id_classes"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("export_id", name=op.f("pk_offline_files")),
    )
    op.create_index(op.f("ix_offline_files_class_id"), "offline_files", ["class_id"], unique=False)
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM settings WHERE key = 'attendance_secret'")).scalar():
        since = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).isoformat(timespec="seconds")
        bind.execute(sa.text("INSERT INTO settings (key, value) VALUES ('offline_files_since', :since)"),
                     {"since": since})


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key = 'offline_files_since'")
    op.drop_index(op.f("ix_offline_files_class_id"), table_name="offline_files")
    op.drop_table("offline_files")
