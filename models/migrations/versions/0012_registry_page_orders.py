"""indexes for a province's registry narrowed to a target group and sorted by a column

The window pages a province's million people (``classroom.registry_pages``, revision 0011). The officer
narrows the list to one target group (only the farmers), searched or not, and sorts it by a column's
heading: name, birth date, village or target group, either way round. Each of these is read as a range
of an index in its order, ties in name order and then by id, so that a page touches one page of rows
whatever the group's size: a rare group read through an index of everyone would walk the whole index
for one page. The birth date is one number, year·10000 + month·100 + day with an unknown part 0 (a
person born in a year alone comes before that year's dated births, the unknown before everyone), and a
person of no village is in village 0: the same expressions as ``registry_pages.birth_key`` and
``_village_key``, which is how both engines use the indexes (PostgreSQL reads ``village_id IS NULL`` as
no order at all and would sort). Text read as a prefix range is ``COLLATE "C"`` on PostgreSQL as in
0011; every index leaves erased people out.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

BIRTH = "(coalesce(birth_year, 0) * 10000 + coalesce(birth_month, 0) * 100 + coalesce(birth_day, 0))"
VILLAGE = "coalesce(village_id, 0)"  # no village is 0 (ids start at 1): an equality, which both engines read in order

# name: its columns; a "{C}" follows a text column read as a prefix range (COLLATE "C" on PostgreSQL)
INDEXES = {
    "ix_participants_group_name_order": "target_group, sort_key, id",
    "ix_participants_group_name_prefix": "target_group, name_folded{C}, id",
    "ix_participants_group_phone_prefix": "target_group, phone{C}, id",
    "ix_participants_group_national_id_prefix": "target_group, national_id{C}, id",
    "ix_participants_birth_order": f"{BIRTH}, sort_key, id",
    "ix_participants_group_birth_order": f"target_group, {BIRTH}, sort_key, id",
    "ix_participants_village_order": f"{VILLAGE}, sort_key, id",
    "ix_participants_group_village_order": f"target_group, {VILLAGE}, sort_key, id",
}


def upgrade() -> None:
    collate = ' COLLATE "C"' if op.get_bind().dialect.name == "postgresql" else ""
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON participants ({columns.format(C=collate)}) WHERE erased_at IS NULL")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
