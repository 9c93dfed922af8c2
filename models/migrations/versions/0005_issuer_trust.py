"""other issuers' keys (pinned at consolidation or from a trust list) and their revocations

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issuer_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("origin", sa.String(12), nullable=False),
        sa.Column("commune_code", sa.String(5), nullable=False),
        sa.Column("commune_name", sa.String(100), nullable=False),
        sa.Column("province_name", sa.String(100), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("fingerprint", sa.String(24), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("origin", "commune_code", "public_key", name="uq_issuer_key"),
    )
    op.create_index("ix_issuer_keys_key_id", "issuer_keys", ["key_id"])
    op.create_table(
        "known_revocations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("origin", sa.String(12), nullable=False),
        sa.Column("commune_code", sa.String(5), nullable=False),
        sa.Column("serial", sa.String(40), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.UniqueConstraint("origin", "commune_code", "serial", name="uq_known_revocation"),
    )
    op.create_index("ix_known_revocations_issuer_serial", "known_revocations", ["commune_code", "serial"])


def downgrade() -> None:
    op.drop_index("ix_known_revocations_issuer_serial", "known_revocations")
    op.drop_table("known_revocations")
    op.drop_index("ix_issuer_keys_key_id", "issuer_keys")
    op.drop_table("issuer_keys")
