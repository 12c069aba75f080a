"""Alembic environment: migrations run on a connection handed over by fulfiller.db.migrate."""

from alembic import context

from fulfiller.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
