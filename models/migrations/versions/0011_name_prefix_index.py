"""an index for accent-folded prefix search of names, in the bytes' order

A receiving office holds a province: a million people. Its window reads the registry a page at a
time and searches it as a range of the folded full name (``classroom.registry_pages``). SQLite's
index on ``name_folded`` is already in the bytes' order; PostgreSQL's follows the database's
collation, which may ignore spaces, so a range over it is not a prefix: this index is made
``COLLATE "C"``, with the id for keyset paging. On SQLite the same two columns are indexed so that
the two engines answer with the same plan.

Revision ID: 0011
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0003"
branch_labels = None
depends_on = None

NAME = "ix_participants_name_prefix"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f'CREATE INDEX {NAME} ON participants (name_folded COLLATE "C", id)')
        op.execute('CREATE INDEX ix_participants_phone_prefix ON participants (phone COLLATE "C", id)')
        op.execute('CREATE INDEX ix_participants_national_id_prefix ON participants (national_id COLLATE "C", id)')
    else:
        op.create_index(NAME, "participants", ["name_folded", "id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_participants_national_id_prefix")
        op.execute("DROP INDEX ix_participants_phone_prefix")
    op.drop_index(NAME, table_name="participants")
