"""Writing what a pass read: one page and its cursor per transaction, then the cursor moved on.

Runs on the pull's db thread (the single writer of the cache). Mixed into `MirrorPull`
(storeapp.sync.pull), whose cache, gateway, clock and picking memory it uses. Odoo's
datetimes are text in UTC ("2026-12-05 08:30:00"); `parse_odoo_dt` and `format_odoo_dt` turn
them into aware datetimes and back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import SyncCursor
from storeapp.offline.clock import to_iso
from storeapp.offline.rows_set_aside import update_set_aside
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.mirror import MirrorSpec, StoreScope
from storeapp.sync.mirror_rows import map_rows
from storeapp.sync.pull_checks import upsert_rows

log = logging.getLogger("storeapp.sync.pull")

ODOO_DT = "%Y-%m-%d %H:%M:%S"


def parse_odoo_dt(value: str) -> datetime:
    return datetime.strptime(value, ODOO_DT).replace(tzinfo=UTC)


def format_odoo_dt(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(ODOO_DT)


class MirrorWriter:
    """Page and cursor writes; expects MirrorPull's attributes (gateway, cache, clock, the
    pickings touched in this pass) and `server_now`."""

    gateway: OdooGateway
    cache: CacheStore
    clock: Callable[[], datetime]
    _touched_pickings: set[int]

    if TYPE_CHECKING:  # provided by MirrorPull

        def server_now(self) -> datetime: ...

    def _write_page(
        self,
        spec: MirrorSpec,
        scope: StoreScope,
        rows: list[dict[str, Any]],
        cursor: SyncCursor | None,
    ) -> int:
        """Upsert one page (and, during a first sync, the cursor) in one transaction; returns
        how many rows were new or changed."""
        mapped, aside = map_rows(spec.to_row, rows, scope)
        if aside:
            log.warning(
                "%d %s row(s) from Odoo set aside: %s", len(aside), spec.model, aside[0]["reason"]
            )
        with self.cache.write() as s:
            conn = s.connection()
            changed: list[dict[str, Any]] = []
            if mapped:
                columns = list(mapped[0])
                # One C-level itemgetter per row instead of a generator over the columns: a
                # first sync writes a couple of hundred thousand rows through here.
                values = list(map(itemgetter(*columns), mapped))
                # During a first sync every row counts as new (no need to compare).
                changed = mapped if cursor is not None else self._changed(conn, spec.table, mapped)
                upsert_rows(conn, spec.table, columns, values)
            update_set_aside(
                conn, spec.model, aside, (r["id"] for r in mapped), to_iso(self.clock())
            )
            if cursor is not None:
                self._save_cursor(conn, cursor)
        if cursor is None and spec.table in ("picking", "move"):
            key = "id" if spec.table == "picking" else "picking_id"
            self._touched_pickings.update(r[key] for r in changed if r.get(key))
        return len(changed)

    @staticmethod
    def _changed(conn: Connection, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows that are new or differ from the cache. The whole row is compared: two writes
        within one second carry the same write_date text."""
        columns = list(rows[0])
        ids = [r["id"] for r in rows]
        known: dict[int, tuple[Any, ...]] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            marks = ",".join("?" for _ in part)
            for row in conn.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {table} WHERE id IN ({marks})", tuple(part)
            ):
                known[row[0]] = tuple(row)
        values = itemgetter(*columns)
        return [r for r in rows if known.get(r["id"]) != values(r)]

    @staticmethod
    def _save_cursor(conn: Connection, c: SyncCursor) -> None:
        conn.execute(
            text(
                "INSERT INTO sync_cursor (model, write_date, last_id, initial_done, records, "
                "last_success_at, last_full_check_at, initial_started_at) VALUES (:model, :wd, "
                ":last_id, :done, :records, :ok, :full, :started) ON CONFLICT(model) DO UPDATE SET "
                "write_date = excluded.write_date, last_id = excluded.last_id, initial_done = "
                "excluded.initial_done, records = excluded.records, last_success_at = "
                "excluded.last_success_at, last_full_check_at = excluded.last_full_check_at, "
                "initial_started_at = excluded.initial_started_at"
            ),
            {
                "model": c.model,
                "wd": c.write_date,
                "last_id": c.last_id or 0,
                "done": bool(c.initial_done),
                "records": c.records or 0,
                "ok": c.last_success_at,
                "full": c.last_full_check_at,
                "started": c.initial_started_at,
            },
        )

    def _finish(
        self,
        spec: MirrorSpec,
        cursor: SyncCursor,
        max_wd: str | None,
        started_mono: float,
        *,
        initial: bool,
        started_server: datetime | None = None,
    ) -> None:
        """Advance the cursor after a complete pass.

        The cursor becomes the server's time when the pass began (known from the Date header
        of its answers): anything written later has a later write_date, and the overlap covers
        transactions that began earlier but committed late. It is not the newest write_date
        received, because rows sharing that write_date (a bulk import) would then be fetched
        again on every pass. Without a Date header, the newest write_date minus the pass's
        duration is used instead."""
        now = self.clock()
        if initial and cursor.initial_started_at:
            started_server = datetime.fromisoformat(cursor.initial_started_at)
        if started_server is not None and self.gateway.stats.server_time_offset is not None:
            candidate: str | None = format_odoo_dt(started_server)
        elif max_wd:
            if initial and cursor.initial_started_at:
                began = datetime.fromisoformat(cursor.initial_started_at)
                elapsed = (self.server_now() - began).total_seconds()
            else:
                elapsed = time.monotonic() - started_mono
            candidate = format_odoo_dt(parse_odoo_dt(max_wd) - timedelta(seconds=int(elapsed) + 1))
        else:
            candidate = None
        if candidate and (initial or not cursor.write_date or candidate > cursor.write_date):
            cursor.write_date = candidate
        cursor.initial_done = True
        cursor.last_id = 0
        cursor.initial_started_at = None
        cursor.last_success_at = to_iso(now)
        with self.cache.write() as s:
            self._save_cursor(s.connection(), cursor)
