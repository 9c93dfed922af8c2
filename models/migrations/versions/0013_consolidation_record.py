"""a receiving office's record of its consolidations: each run and each commune's package it added up

No person's data: communes, periods, totals, the package file's SHA-256 and the signer's fingerprint.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consolidation_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consolidated_at", sa.DateTime(), nullable=False),
        sa.Column("workbook", sa.Text(), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.Column("refused", sa.Integer(), nullable=False),
        sa.Column("refusals", sa.Text(), nullable=False),
        sa.Column("enrolled", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Integer(), nullable=False),
        sa.Column("certified", sa.Integer(), nullable=False),
        sa.Column("in_several", sa.Integer(), nullable=False),
        sa.Column("by_group", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consolidation_runs")),
    )
    op.create_index(op.f("ix_consolidation_runs_consolidated_at"), "consolidation_runs", ["consolidated_at"])
    op.create_table(
        "consolidated_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("first_run_id", sa.Integer(), nullable=True),
        sa.Column("consolidated_at", sa.DateTime(), nullable=False),
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.Column("commune_name", sa.String(length=100), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("province_name", sa.String(length=100), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("made_on", sa.Date(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=24), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("enrolled", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Integer(), nullable=False),
        sa.Column("certified", sa.Integer(), nullable=False),
        sa.Column("by_group", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["consolidation_runs.id"],
                                name=op.f("fk_consolidated_packages_run_id_consolidation_runs"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["first_run_id"], ["consolidation_runs.id"],
                                name=op.f("fk_consolidated_packages_first_run_id_consolidation_runs"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consolidated_packages")),
    )
    op.create_index(op.f("ix_consolidated_packages_run_id"), "consolidated_packages", ["run_id"])
    op.create_index(op.f("ix_consolidated_packages_commune_code"), "consolidated_packages", ["commune_code"])
    op.create_index(op.f("ix_consolidated_packages_sha256"), "consolidated_packages", ["sha256"])


def downgrade() -> None:
    op.drop_index(op.f("ix_consolidated_packages_sha256"), table_name="consolidated_packages")
    op.drop_index(op.f("ix_consolidated_packages_commune_code"), table_name="consolidated_packages")
    op.drop_index(op.f("ix_consolidated_packages_run_id"), table_name="consolidated_packages")
    op.drop_table("consolidated_packages")
    op.drop_index(op.f("ix_consolidation_runs_consolidated_at"), table_name="consolidation_runs")
    op.drop_table("consolidation_runs")
