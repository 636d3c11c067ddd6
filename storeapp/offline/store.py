"""What the journal and the cache stores have in common: sessions and typed write failures."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol, Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from storeapp.offline.db import WRITE_OPTION, StorageError

log = logging.getLogger(__name__)


class NotSaved(StorageError):
    """A write transaction did not commit: nothing of it is in the database.

    The UI shows this as "not saved" with `str(error)`, which says why in plain words and what
    to do; `cause` keeps SQLite's own message for the log and the details button."""

    def __init__(self, message: str, cause: str | None = None) -> None:
        super().__init__(message)
        self.cause = cause


class ReadOnlyStore(NotSaved):
    """A write was attempted on a database opened read-only (journal safe mode)."""


def explain_write_failure(what: str, exc: BaseException) -> NotSaved:
    """Turn SQLite's terse error into words a store associate (or IT) can act on."""
    raw = str(getattr(exc, "orig", None) or exc)
    low = raw.lower()
    if isinstance(exc, IntegrityError):
        advice = (
            "It conflicts with something already saved, which points to a program error; "
            "the details are in the log. Tell IT."
        )
    elif "database or disk is full" in low or "disk is full" in low:
        advice = "The disk is full. Free some space on this computer, then try again."
    elif "locked" in low or "busy" in low:
        advice = (
            "Another program is holding the database. Wait a moment and try again; if it "
            "keeps happening, close other copies of storeapp."
        )
    elif "readonly" in low or "read-only" in low or "permission" in low:
        advice = "The data folder cannot be written. Ask IT to check its permissions."
    elif "i/o" in low or "malformed" in low or "corrupt" in low:
        advice = (
            "The disk reported an error. Try again; if it repeats, restart storeapp and tell IT "
            "(the disk may be failing)."
        )
    else:
        advice = "Try again; if it repeats, restart storeapp and tell IT."
    return NotSaved(f"Not saved: {what} could not be written. {advice}", cause=raw)


class Readable(Protocol):
    """What a repository needs of a store it only reads (the cache, mostly): a short read
    transaction. `SqliteStore` is one; a repository typed with this takes either store."""

    def read(self) -> AbstractContextManager[Session]: ...


class Writable(Readable, Protocol):
    """What a repository needs of a store it writes (the journal): read and write
    transactions, the write one committing at the end of its block."""

    def write(self) -> AbstractContextManager[Session]: ...


class SqliteStore:
    """One SQLite file behind an engine: `write()` and `read()` sessions, `close()`.

    Write sessions start with BEGIN IMMEDIATE (see db.py) and commit when the block ends
    without an exception; any database failure, the commit included, raises `NotSaved`.
    """

    label = "the database"

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    def _refuse_write(self) -> None:
        raise ReadOnlyStore(f"Not saved: {self.label} is open read-only.")

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction. Commits at the end of the block; raises `NotSaved` if any
        database step (or the commit itself) fails — in that case nothing was saved."""
        if self.read_only:
            self._refuse_write()
        session = self._write_sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            log.error("write to %s failed: %s", self.path.name, exc)
            raise explain_write_failure(self.label, exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction: a consistent snapshot; never commits."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            # close() ends the transaction without expiring what was loaded, so rows read
            # here stay usable (detached) after the block.
            session.close()

    def close(self) -> None:
        """Release every connection. The store cannot be used afterwards."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
