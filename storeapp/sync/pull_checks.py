"""The slower checks of the mirror: what an incremental pull cannot see.

Odoo keeps no tombstones, and pickings, moves, move lines and quants have no `active` field,
so deletions are found by comparing id sets; quants are also merged and deleted by raw SQL
that leaves no write_date behind, so they are re-read per location. Mixed into `MirrorPull`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from storeapp.offline.cache import CacheStore
from storeapp.offline.clock import to_iso, utcnow
from storeapp.offline.rows_set_aside import update_set_aside
from storeapp.sync.events import DATA_REFRESHED, DataRefreshed, EventBus
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.mirror import MirrorSpec, StoreScope
from storeapp.sync.mirror_rows import map_rows, quant_row
from storeapp.sync.settings import SyncSettings


def upsert_sql(table: str, columns: Sequence[str], rows: int = 1) -> str:
    """`INSERT ... ON CONFLICT(id) DO UPDATE` of `rows` rows (a multi-row VALUES list)."""
    cols = ", ".join(columns)
    one = "(" + ", ".join("?" for _ in columns) + ")"
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    values = ", ".join(one for _ in range(rows))
    return f"INSERT INTO {table} ({cols}) VALUES {values} ON CONFLICT(id) DO UPDATE SET {updates}"


_cached_upsert_sql = lru_cache(maxsize=256)(upsert_sql)


def upsert_rows(
    conn: Connection, table: str, columns: Sequence[str], values: Sequence[Sequence[Any]]
) -> None:
    """Upsert rows (tuples in `columns` order) a few thousand at a time per statement.

    Not `executemany`: Python's sqlite3 lets go of the GIL around each row it steps and must
    take it back before the next one. While the erp thread decodes the next page's JSON, every
    take-back waits for the decoder to yield, so a page of 2,000 rows paid 2,000 such waits and
    the first sync's writes ran several times slower than SQLite's own work. One statement per
    chunk takes the GIL back a handful of times per page; SQLite applies the rows in order, so
    the result (including a repeated id, where the later row wins) is the same."""
    if not values:
        return
    width = len(columns)
    per = max(1, _variable_limit(conn) // width)
    names = tuple(columns)
    for start in range(0, len(values), per):
        part = values[start : start + per]
        conn.exec_driver_sql(
            _cached_upsert_sql(table, names, len(part)), tuple(chain.from_iterable(part))
        )


def _variable_limit(conn: Connection) -> int:
    """How many `?` one statement may hold in this build of SQLite (999 on old builds)."""
    driver = conn.connection.driver_connection
    getlimit = getattr(driver, "getlimit", None)
    if getlimit is None:
        return 999
    return min(int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)), 32766)


class MirrorChecks:
    """Deletion checks and quant re-reads; expects MirrorPull's attributes (gateway, cache,
    specs, events, clock, settings, the db executor) and helpers (_fetch, _fields)."""

    gateway: OdooGateway
    cache: CacheStore
    settings: SyncSettings
    events: EventBus
    clock: Callable[[], datetime]
    specs: tuple[MirrorSpec, ...]
    _db: ThreadPoolExecutor

    if TYPE_CHECKING:  # provided by MirrorPull

        def resolve_scope(self, *, refresh: bool = False) -> StoreScope: ...

        def _fields(self, spec: MirrorSpec, scope: StoreScope) -> list[str]: ...

        def _fetch(
            self,
            spec: MirrorSpec,
            domain: list[Any],
            fields: list[str],
            context: dict[str, Any],
            after_id: int,
        ) -> Future[list[dict[str, Any]]]: ...

    def check_deletions(
        self, scope: StoreScope | None = None, models: Iterable[str] | None = None
    ) -> dict[str, int]:
        """Compare id sets with Odoo and delete what Odoo no longer has (or what left the
        store's scope). One `search` per model (of `models`, default all), on a slow cadence."""
        scope = scope or self.resolve_scope()
        only = set(models) if models is not None else None
        deleted: dict[str, int] = {}
        for spec in self.specs:
            skipped = only is not None and spec.model not in only
            if not spec.check_deletions or skipped or not spec.exists(scope.version):
                continue
            domain = list(spec.domain(scope))
            if spec.references is not None:
                with self.cache.read() as s:
                    key, refs = spec.references(s.connection())
                if not refs:
                    continue
                domain.append((key, "in", refs))
            ids = self.gateway.search(spec.model, domain, context=spec.context() or None)
            deleted[spec.model] = self._db.submit(self._keep_only, spec.table, ids).result()
            with self.cache.write() as s:
                s.connection().exec_driver_sql(
                    "UPDATE sync_cursor SET last_full_check_at = ? WHERE model = ?",
                    (to_iso(self.clock()), spec.model),
                )
        gone = {m: n for m, n in deleted.items() if n}
        if gone:
            self.events.emit(
                DATA_REFRESHED,
                DataRefreshed(
                    tables=tuple(sorted(s.table for s in self.specs if s.model in gone)),
                    upserted=0,
                    deleted=sum(gone.values()),
                ),
            )
        return deleted

    def _keep_only(
        self, table: str, ids: list[int], where: str = "", params: tuple[Any, ...] = ()
    ) -> int:
        with self.cache.write() as s:
            conn = s.connection()
            conn.exec_driver_sql(
                "CREATE TEMP TABLE IF NOT EXISTS keep_ids (id INTEGER PRIMARY KEY)"
            )
            conn.exec_driver_sql("DELETE FROM keep_ids")
            if ids:
                conn.exec_driver_sql("INSERT INTO keep_ids (id) VALUES (?)", [(i,) for i in ids])
            extra = f" AND {where}" if where else ""
            gone = conn.exec_driver_sql(
                f"DELETE FROM {table} WHERE id NOT IN (SELECT id FROM keep_ids){extra}", params
            ).rowcount
            conn.exec_driver_sql("DELETE FROM keep_ids")
        return gone or 0

    def recheck_picking_children(self, picking_ids: list[int]) -> dict[str, int]:
        """Moves and move lines of these pickings that Odoo deleted (unreserving deletes move
        lines; a picking or move row changes when that happens): found now rather than at the
        next slow deletion check. One `search` per model, only when pickings changed."""
        deleted: dict[str, int] = {}
        marks = ",".join(str(int(i)) for i in picking_ids)
        for model, table in (("stock.move", "move"), ("stock.move.line", "move_line")):
            ids = self.gateway.search(model, [("picking_id", "in", picking_ids)])
            deleted[model] = self._db.submit(
                self._keep_only, table, ids, f"picking_id IN ({marks})"
            ).result()
        return deleted

    def recheck_quants(self, location_ids: Iterable[int] | None = None) -> int:
        """Re-read the quants of each store location and replace them in the cache (merged
        and deleted quants leave no write_date trace). Returns how many rows changed."""
        scope = self.resolve_scope()
        if location_ids is None:
            with self.cache.read() as s:
                location_ids = [
                    r[0]
                    for r in s.connection().exec_driver_sql(
                        "SELECT id FROM location WHERE usage = 'internal' AND active"
                    )
                ]
        spec = next(s for s in self.specs if s.model == "stock.quant")
        fields = self._fields(spec, scope)
        changed = 0
        for location_id in location_ids:
            rows: list[dict[str, Any]] = []
            after = 0
            while True:
                page = self._fetch(
                    spec, [("location_id", "=", location_id)], fields, {}, after
                ).result()
                rows += page
                if len(page) < self.settings.page_size:
                    break
                after = page[-1]["id"]
            changed += self._db.submit(self._replace_location_quants, location_id, rows).result()
        return changed

    def _replace_location_quants(self, location_id: int, rows: list[dict[str, Any]]) -> int:
        mapped, aside = map_rows(quant_row, rows, None)
        with self.cache.write() as s:
            conn = s.connection()
            update_set_aside(
                conn, "stock.quant", aside, (m["id"] for m in mapped), to_iso(utcnow())
            )
            ids = [m["id"] for m in mapped]
            existing = {
                rid: (q, wd)
                for rid, q, wd in conn.exec_driver_sql(
                    "SELECT id, quantity, write_date FROM quant WHERE location_id = ?",
                    (location_id,),
                )
            }
            gone = set(existing) - set(ids)
            if gone:
                conn.exec_driver_sql("DELETE FROM quant WHERE id = ?", [(i,) for i in gone])
            changed = len(gone) + sum(
                1 for m in mapped if existing.get(m["id"]) != (m["quantity"], m["write_date"])
            )
            if mapped:
                columns = list(mapped[0])
                upsert_rows(conn, "quant", columns, list(map(itemgetter(*columns), mapped)))
        return changed

    # ------------------------------------------------------------------ references

    @staticmethod
    def _covered(conn: Connection, spec: MirrorSpec, key: str) -> set[int]:
        column = "id" if key == "id" else key
        return {
            int(r[0]) for r in conn.exec_driver_sql(f"SELECT DISTINCT {column} FROM {spec.table}")
        }

    def _prune(self, spec: MirrorSpec, key: str, refs: list[int]) -> int:
        """Drop rows no longer referenced by anything mirrored (no RPC needed)."""
        column = "id" if key == "id" else key
        with self.cache.write() as s:
            conn = s.connection()
            conn.exec_driver_sql(
                "CREATE TEMP TABLE IF NOT EXISTS keep_ids (id INTEGER PRIMARY KEY)"
            )
            conn.exec_driver_sql("DELETE FROM keep_ids")
            if refs:
                conn.exec_driver_sql("INSERT INTO keep_ids (id) VALUES (?)", [(i,) for i in refs])
            gone = conn.exec_driver_sql(
                f"DELETE FROM {spec.table} WHERE {column} NOT IN (SELECT id FROM keep_ids)"
            ).rowcount
            conn.exec_driver_sql("DELETE FROM keep_ids")
        return gone or 0
