"""Running the journal's Alembic migrations from inside the app (no alembic.ini needed)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

SCRIPT_LOCATION = "storeapp.offline:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config that finds the revisions as a package resource and, when given,
    runs them on `connection` (shared through `Config.attributes`)."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this version of storeapp knows."""
    head = script_directory().get_current_head()
    assert head is not None, "the journal has no migrations"
    return head


def revisions_oldest_first() -> list[str]:
    """Every known revision id, in upgrade order."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def is_known(revision: str) -> bool:
    return revision in set(revisions_oldest_first())


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, None for an empty one."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade the database behind `connection` to `target` in one transaction."""
    command.upgrade(alembic_config(connection), target)
