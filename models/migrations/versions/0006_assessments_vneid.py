"""assessments record their assessor and when and by whom they were entered; VNeID confirmations

``assessments`` gains ``assessor`` (who assessed), ``recorded_at`` and ``recorded_by`` (who
entered the result and when: an instructor's offline file and the office may both enter
one, and the later wins, as for attendance marks). ``vneid_confirmations``: a participant
confirmed a class's course on VNeID / the national learning platform (the day, and who saw it),
which the yearly target "confirmed on VNeID" counts.

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assessor", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("recorded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("recorded_by", sa.String(length=100), nullable=False, server_default=""))
    op.create_table(
        "vneid_confirmations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=False),
        sa.Column("seen_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["class_id"], ["classes.id"], name=op.f("fk_vneid_confirmations_class_id_classes"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"],
                                name=op.f("fk_vneid_confirmations_participant_id_participants"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vneid_confirmations")),
        sa.UniqueConstraint("class_id", "participant_id", name=op.f("uq_vneid_confirmations_class_id")),
    )
    with op.batch_alter_table("vneid_confirmations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vneid_confirmations_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vneid_confirmations_confirmed_on"), ["confirmed_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vneid_confirmations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vneid_confirmations_confirmed_on"))
        batch_op.drop_index(batch_op.f("ix_vneid_confirmations_participant_id"))
    op.drop_table("vneid_confirmations")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_column("recorded_by")
        batch_op.drop_column("recorded_at")
        batch_op.drop_column("assessor")
