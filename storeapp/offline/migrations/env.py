"""Alembic environment for the journal.

The app passes its own open connection in `config.attributes["connection"]` (so the migration
runs inside the write transaction and pragmas of storeapp's engine). When a developer runs
Alembic by hand to draft a revision, `sqlalchemy.url` is used instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from storeapp.offline.journal_models import JournalBase

config = context.config
target_metadata = JournalBase.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
        render_as_batch=True,
        # SQLite runs DDL inside transactions: a failed upgrade then leaves nothing half-done.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


shared = config.attributes.get("connection")
if shared is not None:
    _run(shared)
else:
    # Run by hand (`alembic upgrade`), the URL comes from alembic.ini or -x; the app always
    # passes its own connection above.
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("No database to migrate: set sqlalchemy.url (alembic -x or alembic.ini).")
    engine = create_engine(url)
    with engine.connect() as conn:
        _run(conn)
