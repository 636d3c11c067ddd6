"""`cache.sqlite`: the disposable mirror of Odoo. Checked at open; when damaged or built by
another schema version it is set aside and recreated empty — the sync engine refills it."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from storeapp.offline.cache_models import CACHE_SCHEMA_VERSION, CacheBase, CacheMeta
from storeapp.offline.clock import file_stamp, to_iso, utcnow
from storeapp.offline.db import (
    CACHE_DURABILITY,
    checkpoint,
    make_engine,
    prepare_data_folder,
    quick_check,
)
from storeapp.offline.folder_lock import opening
from storeapp.offline.store import SqliteStore

log = logging.getLogger(__name__)

CACHE_FILE = "cache.sqlite"
SET_ASIDE_KEPT = 2  # damaged caches kept for IT to look at; older ones are deleted


def recorded_schema_version(path: Path) -> int | None:
    """The schema version written in cache_meta, None when it cannot be read."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM cache_meta WHERE key = 'schema_version'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    try:
        return int(row[0]) if row else None
    except ValueError:
        return None


def _companions(path: Path) -> list[Path]:
    """The database file with its WAL and shared-memory files."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


class CacheStore(SqliteStore):
    """The open cache. `rebuilt_reason` says why it was recreated at this open (None if it
    was fine): the app can then say "first sync needed" instead of showing stale screens."""

    label = "the local copy of Odoo data"

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        rebuilt_reason: str | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(path, engine)
        self.rebuilt_reason = rebuilt_reason
        self.clock = clock

    @classmethod
    def open(cls, data_dir: Path, *, clock: Callable[[], datetime] = utcnow) -> CacheStore:
        """Open the cache of `data_dir`, recreating it empty when it is missing, damaged or
        of another schema. Another process opening the same folder waits its turn
        (folder_lock): it then finds the cache this one made, complete."""
        data_dir = prepare_data_folder(data_dir)
        with opening(data_dir):
            return cls._open_locked(data_dir, clock)

    @classmethod
    def _open_locked(cls, data_dir: Path, clock: Callable[[], datetime]) -> CacheStore:
        path = data_dir / CACHE_FILE
        reason = None
        if path.exists():
            problem = quick_check(path)
            if problem != "ok":
                reason = f"the cache was damaged ({problem})"
                set_aside(path, clock(), "corrupt")
            else:
                version = recorded_schema_version(path)
                if version != CACHE_SCHEMA_VERSION:
                    # Built by another version of storeapp: nothing in it is worth keeping.
                    reason = f"cache schema {version} differs from {CACHE_SCHEMA_VERSION}"
                    for part in _companions(path):
                        part.unlink(missing_ok=True)
        else:
            reason = "no cache yet"
        if reason:
            log.warning("rebuilding %s: %s", path, reason)
        engine = make_engine(path, CACHE_DURABILITY)
        store = cls(path, engine, rebuilt_reason=reason, clock=clock)
        if reason:
            store._create_schema()
        return store

    def _create_schema(self) -> None:
        CacheBase.metadata.create_all(self.engine)
        with self.write() as session:
            session.merge(CacheMeta(key="schema_version", value=str(CACHE_SCHEMA_VERSION)))
            session.merge(CacheMeta(key="created_at", value=to_iso(self.clock())))
        checkpoint(self.engine)

    def rebuild(self, reason: str) -> None:
        """Empty the cache now (e.g. the store or the server changed). Every session must be
        closed first. Under the folder's opening lock, as `open`: another program opening the
        folder meanwhile would take the half-made file for a cache of another schema and
        delete it under this one."""
        log.warning("rebuilding %s: %s", self.path, reason)
        with opening(self.path.parent):
            self.engine.dispose()
            for part in _companions(self.path):
                part.unlink(missing_ok=True)
            self._create_schema()
        self.rebuilt_reason = reason

    def quick_check(self) -> str:
        return quick_check(self.path)


def set_aside(path: Path, moment: datetime, label: str) -> Path:
    """Rename a damaged cache to `cache.sqlite.<label>-<utc>` (with its WAL files), keeping
    only the newest SET_ASIDE_KEPT of them."""
    target = path.with_name(f"{path.name}.{label}-{file_stamp(moment)}")
    for part, suffix in zip(_companions(path), ("", "-wal", "-shm"), strict=True):
        if part.exists():
            part.replace(target.with_name(target.name + suffix))
    log.warning("damaged cache moved to %s", target)
    kept = sorted(path.parent.glob(f"{path.name}.{label}-*[0-9]Z"))
    for old in kept[:-SET_ASIDE_KEPT]:
        for suffix in ("", "-wal", "-shm"):
            old.with_name(old.name + suffix).unlink(missing_ok=True)
    return target
