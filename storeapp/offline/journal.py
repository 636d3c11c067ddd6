"""`journal.sqlite`: the precious database — opened with checks, migrated with a backup first,
and never replaced or deleted. A damaged journal opens read-only in safe mode."""

from __future__ import annotations

import logging
import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from storeapp.offline import migrate
from storeapp.offline.clock import file_stamp, to_iso, utcnow
from storeapp.offline.db import (
    JOURNAL_DURABILITY,
    WRITE_OPTION,
    checkpoint,
    make_engine,
    prepare_data_folder,
    quick_check,
)
from storeapp.offline.integrity import AuditKey, JournalKeys, keyring_usable
from storeapp.offline.journal_models import JournalMeta
from storeapp.offline.store import ReadOnlyStore, SqliteStore, explain_write_failure

log = logging.getLogger(__name__)

JOURNAL_FILE = "journal.sqlite"
BACKUP_FOLDER = "backups"
BACKUPS_KEPT = 5


class SafeModeKind(StrEnum):
    CORRUPT = "corrupt"  # quick_check failed or the file is not a database
    NEWER_SCHEMA = "newer_schema"  # written by a newer storeapp
    MIGRATION_FAILED = "migration_failed"


@dataclass(frozen=True)
class SafeMode:
    """Why the journal is open read-only. `reason` is for people (it says what to do);
    `detail` is SQLite's or Alembic's own words for IT."""

    kind: SafeModeKind
    reason: str
    detail: str
    path: Path


def _safe_mode_reason(kind: SafeModeKind, path: Path, extra: str = "") -> str:
    tail = (
        " storeapp opened it read-only: you can look at and export the outbox "
        "(storeapp outbox export FILE), but nothing new can be saved. The file is kept exactly "
        "as it is; contact IT."
    )
    if kind is SafeModeKind.CORRUPT:
        return f"The journal {path} is damaged.{tail}"
    if kind is SafeModeKind.NEWER_SCHEMA:
        return (
            f"The journal {path} was written by a newer version of storeapp ({extra}). Install "
            f"that version or a later one.{tail}"
        )
    return f"Upgrading the journal {path} failed; it was left unchanged ({extra}).{tail}"


class JournalStore(SqliteStore):
    """The open journal. Use `JournalStore.open(data_dir)`; check `safe_mode` afterwards.

    In safe mode `read()` works (as far as the damage allows) and `write()` raises
    `ReadOnlyStore` — a subclass of `NotSaved` — with the safe-mode reason.
    """

    label = "the journal"

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        safe_mode: SafeMode | None = None,
        revision: str | None = None,
        backup: Path | None = None,
    ) -> None:
        super().__init__(path, engine, read_only=safe_mode is not None)
        self.safe_mode = safe_mode
        self.revision = revision
        # The backup made before this start's migration (None when no migration ran).
        self.backup = backup
        # The audit chain's key once found (storeapp/offline/integrity.py); None: not yet.
        self._audit_key: AuditKey | None = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """As SqliteStore.write; the session knows its journal so that audit entries are keyed
        with this journal's key."""
        with super().write() as session:
            session.info["journal"] = self
            yield session

    def audit_signing_key(self, session: Session) -> AuditKey | None:
        """The key new audit entries are made with: found (or made, the first time) in the OS
        keyring under this journal's device id. None while no keyring is usable: entries are
        then unkeyed, which `storeapp audit verify` reports on a PC that has the key."""
        if self._audit_key is not None:
            return self._audit_key
        from storeapp.offline import audit  # audit imports this module's models

        device_id = session.scalar(select(JournalMeta.value).where(JournalMeta.key == "device_id"))
        if device_id is None:
            return None
        keys = JournalKeys(device_id)
        key, created = keys.current(), False
        if key is None:
            key, created = keys.create(), True
        if key is None:
            return None
        self._audit_key = key
        audit.prepare_chain(session, key, created, keys)
        return key

    def audit_signing_key_id(self) -> str | None:
        """The id of the key entries are made with now (for tools and tests; never the key)."""
        with self.write() as session:
            key = self.audit_signing_key(session)
        return key.key_id if key else None

    def rotate_audit_key(self) -> AuditKey:
        """A new integrity key from now on; the old one stays in the keyring under its id so
        older entries still verify. The switch is itself an entry, keyed with the new key."""
        from storeapp.offline import audit

        with self.write() as session:
            current = self.audit_signing_key(session)
            device_id = session.scalar(
                select(JournalMeta.value).where(JournalMeta.key == "device_id")
            )
            old, new = JournalKeys(str(device_id)).rotate()
            self._audit_key = new
            previous = old.key_id if old else (current.key_id if current else None)
            audit.append(session, None, "audit.rekeyed", audit.SEAL_SUBJECT,
                         {"previous_key_id": previous, "rotated": True})  # fmt: skip
        return new

    def seal_audit(self) -> None:
        """Key the chain now (the first keyed start seals entries made before keys existed),
        rather than at the first piece of work."""
        if self.read_only or self._audit_key is not None or not keyring_usable():
            return
        with self.write() as session:
            self.audit_signing_key(session)

    def _refuse_write(self) -> None:
        if self.safe_mode is None:
            raise ReadOnlyStore("Not saved: the journal was opened read-only by a tool.")
        raise ReadOnlyStore(f"Not saved. {self.safe_mode.reason}", cause=self.safe_mode.detail)

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls, data_dir: Path, *, clock: Callable[[], datetime] = utcnow, check: bool = True
    ) -> JournalStore:
        """Open (creating or upgrading as needed) `<data_dir>/journal.sqlite`.

        Raises `NetworkPathError` for a data folder on a share and `PragmaError` when SQLite
        will not take the durability settings; every problem with the file itself ends in safe
        mode instead, because the journal must stay readable for export.
        `check=False` skips quick_check (only for tools that just created the file).
        """
        data_dir = prepare_data_folder(data_dir)
        path = data_dir / JOURNAL_FILE
        if path.exists() and path.stat().st_size > 0 and check:
            problem = quick_check(path)
            if problem != "ok":
                log.error("journal quick_check failed: %s", problem)
                return cls._safe(path, SafeModeKind.CORRUPT, problem)

        # Look before touching: even switching the journal mode would rewrite the header of a
        # file that turns out not to be ours.
        try:
            found, tables = _inspect(path)
        except sqlite3.Error as exc:  # a file SQLite can open but not read: treat as damaged
            log.error("journal unreadable: %s", exc)
            return cls._safe(path, SafeModeKind.CORRUPT, str(exc))
        if found is None and tables:
            # Tables but no schema version: not something this app wrote, or written by hand.
            return cls._safe(path, SafeModeKind.CORRUPT, "tables without a schema version")
        head = migrate.head_revision()
        if found is not None and not migrate.is_known(found):
            return cls._safe(path, SafeModeKind.NEWER_SCHEMA, f"schema {found}", extra=found)

        engine = make_engine(path, JOURNAL_DURABILITY)
        try:
            engine.connect().close()  # pragmas are set and read back here: fail now, not later
        except Exception:
            engine.dispose()
            raise
        backup = None
        if found != head:
            try:
                if found is not None:  # a brand-new journal has nothing to back up
                    backup = backup_journal(engine, data_dir, found, head, clock())
                store = cls(path, engine, revision=head, backup=backup)
                store._upgrade(clock)
            except Exception as exc:
                engine.dispose()
                log.exception("journal upgrade %s -> %s failed", found, head)
                if found is None:  # nothing was in it: say why it cannot be created, no safe mode
                    raise explain_write_failure("the new journal", exc) from exc
                extra = f"from {found} to {head}: {exc}"
                if backup is not None:
                    extra += f"; a backup is at {backup}"
                return cls._safe(path, SafeModeKind.MIGRATION_FAILED, str(exc), extra=extra)
            store.seal_audit()
            checkpoint(engine)
            log.info("journal at %s (was %s)", head, found or "new")
            return store
        store = cls(path, engine, revision=head)
        store.seal_audit()
        return store

    @classmethod
    def open_read_only(cls, data_dir: Path) -> JournalStore:
        """Open an existing journal for looking only (doctor, export tools): no migration, no
        pragma that writes, no change to the file. `safe_mode` stays None; `read_only` is set."""
        path = Path(data_dir) / JOURNAL_FILE
        if not path.is_file():
            raise FileNotFoundError(f"There is no journal at {path}.")
        engine = make_engine(path, JOURNAL_DURABILITY, read_only=True)
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
        store = cls(path, engine, revision=revision)
        store.read_only = True
        return store

    @classmethod
    def _safe(cls, path: Path, kind: SafeModeKind, detail: str, extra: str = "") -> JournalStore:
        mode = SafeMode(kind, _safe_mode_reason(kind, path, extra), detail, path)
        log.error("journal safe mode: %s (%s)", mode.reason, detail)
        engine = make_engine(path, JOURNAL_DURABILITY, read_only=True)
        revision = None
        try:
            with engine.connect() as conn:
                revision = migrate.current_revision(conn)
        except Exception:  # damaged beyond reading the version: export will salvage what it can
            pass
        return cls(path, engine, safe_mode=mode, revision=revision)

    def _upgrade(self, clock: Callable[[], datetime]) -> None:
        with self.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
            migrate.upgrade(conn)
            if conn.in_transaction():
                conn.commit()
        with self.write() as session:
            # A fresh journal gets its identity; an upgraded one keeps the one it has.
            if session.get(JournalMeta, "device_id") is None:
                session.add(JournalMeta(key="device_id", value=str(uuid_module.uuid4())))
                session.add(JournalMeta(key="created_at", value=to_iso(clock())))

    # ------------------------------------------------------------------ facts

    def meta(self, key: str) -> str | None:
        with self.read() as session:
            return session.scalar(select(JournalMeta.value).where(JournalMeta.key == key))

    @property
    def device_id(self) -> str | None:
        """A random id made when the journal was created: names this PC's ops in Odoo markers
        and support bundles without revealing anything about the machine."""
        return self.meta("device_id")

    def quick_check(self) -> str:
        return quick_check(self.path)


def _inspect(path: Path) -> tuple[str | None, int]:
    """(recorded Alembic revision, number of tables), read without changing the file."""
    if not path.exists() or path.stat().st_size == 0:
        return None, 0
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, len(tables)
    finally:
        conn.close()


def backup_journal(
    engine: Engine, data_dir: Path, from_rev: str, to_rev: str, moment: datetime
) -> Path:
    """Copy the journal with SQLite's backup API (consistent, WAL content included) into
    `backups/journal-<utc>-<from>-to-<to>.sqlite`, then keep only the newest BACKUPS_KEPT."""
    folder = data_dir / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    target = folder / f"journal-{file_stamp(moment)}-{from_rev}-to-{to_rev}.sqlite"
    partial = target.with_suffix(".partial")
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()
    partial.replace(target)
    log.info("journal backed up to %s", target)
    backups = sorted(folder.glob("journal-*.sqlite"))
    for old in backups[:-BACKUPS_KEPT]:
        old.unlink()
    return target
