"""an index for accent-folded prefix search of names, in the bytes' order

A receiving office holds a province: a million people. Its window reads the registry a page at a
time and searches it as a range of the folded full name, phone or ID number
(``classroom.registry_pages``), with the id for keyset paging. PostgreSQL's text indexes follow the
database's collation, which may ignore spaces, so a range over them is not a prefix: these are made
``COLLATE "C"`` (SQLite's are in the bytes' order already). Partial indexes of the people not erased,
on both engines: a page and a capped count read the index, never the table.

Revision ID: 0011
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None

# name: (columns, PostgreSQL's collation for the first); every index leaves erased people out (the window
# never shows them), which also lets a count of the people or of a search read the index alone
INDEXES = {
    "ix_participants_name_prefix": ("name_folded", "id"),
    "ix_participants_phone_prefix": ("phone", "id"),
    "ix_participants_national_id_prefix": ("national_id", "id"),
    "ix_participants_name_order": ("sort_key", "id"),
}


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, (first, second) in INDEXES.items():
        collate = ' COLLATE "C"' if postgresql and first != "sort_key" else ""
        op.execute(f"CREATE INDEX {name} ON participants ({first}{collate}, {second}) WHERE erased_at IS NULL")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
