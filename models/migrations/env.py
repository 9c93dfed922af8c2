"""Alembic environment: always run programmatically by ``models.db`` with a live connection."""
from __future__ import annotations

from alembic import context

from models.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run migrations through models.db.open_database()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs table copies for ALTER; PostgreSQL ignores it
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
