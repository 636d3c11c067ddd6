"""Pull: Odoo → cache.sqlite, incrementally, scoped to the store.

Per model a cursor `(write_date, id)` in `sync_cursor`:

- First sync: pages ordered by id (`id > last_id`), each page upserted together with the cursor
  in one write transaction, so a cancelled or crashed first sync resumes at the next page.
  Progress (records done of the `search_count` estimate) is published per page.
- Incremental: `write_date >= cursor - overlap`, paged by id. Odoo stores write_date with
  microseconds but sends seconds, and a long transaction may commit with an older write_date
  than rows already seen, hence the overlap and the upsert by id. The new cursor is the newest
  write_date received minus the time the pull took, so rows changed while we paged are seen
  again next time (clock skew does not matter: only durations and server values are used).
- Deletions (Odoo has no tombstones; pickings, moves and quants have no `active`): id sets
  compared on a slower cadence; quants, which Odoo merges by raw SQL without touching
  write_date, re-read per location.

The next page is fetched on the erp thread while the current one is written on the db thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, select, text

from storeapp.core.cc_carriers import CarrierChoice
from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import SyncCursor
from storeapp.offline.clock import to_iso, utcnow
from storeapp.offline.rows_set_aside import update_set_aside
from storeapp.sync import scope as scope_module
from storeapp.sync.errors import UserError
from storeapp.sync.events import DATA_REFRESHED, PROGRESS, DataRefreshed, EventBus, Progress
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.mirror import MirrorSpec, StoreScope, all_specs
from storeapp.sync.mirror_rows import m2o, map_rows
from storeapp.sync.pull_checks import MirrorChecks, upsert_rows
from storeapp.sync.pull_costs import CostReader
from storeapp.sync.pull_templates import TemplateFollower
from storeapp.sync.settings import CC_CARRIER, SyncSettings

log = logging.getLogger(__name__)

ODOO_DT = "%Y-%m-%d %H:%M:%S"
CARRIER_MODEL = "delivery.carrier"


class PullCancelled(Exception):
    """The first sync was stopped by the user; it resumes where it stopped next time."""


class StoreNotFound(UserError):
    """The configured warehouse code does not exist in Odoo (or is not visible)."""


@dataclass
class ModelResult:
    """What one pass did for one model."""

    model: str
    initial: bool = False
    fetched: int = 0
    changed: int = 0
    deleted: int = 0
    seconds: float = 0.0


@dataclass
class PullResult:
    """What one pull pass did, model by model."""

    models: list[ModelResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def fetched(self) -> int:
        return sum(m.fetched for m in self.models)

    @property
    def changed(self) -> int:
        return sum(m.changed for m in self.models)


def _parse_odoo_dt(value: str) -> datetime:
    return datetime.strptime(value, ODOO_DT).replace(tzinfo=UTC)


def _fmt_odoo_dt(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(ODOO_DT)


class MirrorPull(TemplateFollower, CostReader, MirrorChecks):
    """Runs the mirror specs against one gateway and one cache."""

    def __init__(
        self,
        gateway: OdooGateway,
        cache: CacheStore,
        settings: SyncSettings,
        events: EventBus | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.gateway = gateway
        self.cache = cache
        self.settings = settings
        self.events = events or EventBus()
        self.clock = clock
        self.specs = all_specs(settings)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._scope: StoreScope | None = None
        self.carrier_choice: CarrierChoice | None = None
        # Pickings whose picking or move rows changed in this pass (written by the db thread).
        self._touched_pickings: set[int] = set()
        # Display names of the comodels in the specs' `names` (units): read when a page refers
        # to an id not seen yet, forgotten on the deletion-check cadence so a renamed unit shows.
        self._names: dict[str, dict[int, str]] = {}
        self._names_since = time.monotonic()

    def close(self) -> None:
        self._db.shutdown(wait=True)

    # ------------------------------------------------------------------ scope

    def server_now(self) -> datetime:
        """Our clock corrected by the server's Date header, when we have seen one."""
        offset = self.gateway.stats.server_time_offset or 0.0
        return self.clock() + timedelta(seconds=offset)

    def resolve_scope(self, *, refresh: bool = False) -> StoreScope:
        """Find the store's warehouse, company, locations and operation types in Odoo."""
        session = self.gateway.connect()
        if self._scope is not None and not refresh:
            return self._with_carriers(self._with_cutoff(self._scope))
        self._check_mirror_identity()
        code = self.settings.warehouse_code
        rows = self.gateway.search_read(
            "stock.warehouse",
            [("code", "=", code)],
            ["name", "company_id", "view_location_id", "lot_stock_id", "out_type_id"],
            context={"active_test": False},
        )
        if not rows:
            raise StoreNotFound(
                f"Odoo has no warehouse with the short name {code!r}, or the Odoo user of this PC "
                "cannot see it. Check store.warehouse_code in this PC's settings."
            )
        wh = rows[0]
        type_ids = self.gateway.search(
            "stock.picking.type", [("warehouse_id", "=", wh["id"])], context={"active_test": False}
        )
        company_id = m2o(wh.get("company_id")) or 0
        names = sorted({wh.get("name") or code, code})
        employee_model = self.settings.employee_model
        by_department = bool(
            self.gateway.search_count(
                employee_model,
                [("company_id", "=", company_id), ("department_id.name", "in", names)],
            )
        )
        self._scope = StoreScope(
            warehouse_id=wh["id"],
            warehouse_code=code,
            warehouse_name=wh.get("name") or code,
            employees_by_department=by_department,
            company_id=company_id,
            view_location_id=m2o(wh.get("view_location_id")) or 0,
            lot_stock_id=m2o(wh.get("lot_stock_id")),
            out_type_id=m2o(wh.get("out_type_id")),
            picking_type_ids=tuple(type_ids),
            version=session.version,
            settings=self.settings,
            history_cutoff="",
        )
        return self._with_carriers(self._with_cutoff(self._scope))

    def _with_carriers(self, scope: StoreScope) -> StoreScope:
        """The click-and-collect carriers: chosen again after each pull of delivery.carrier
        (`_pull_carriers_first`), so renaming or adding one in Odoo re-scopes the pickings in
        the same pass, without a restart and without a request of its own."""
        if self.settings.click_collect_mode != CC_CARRIER:
            return scope
        if self.carrier_choice is None:
            configured = self.settings.click_collect_carriers
            self.carrier_choice = scope_module.cached_carrier_choice(
                self.cache, configured
            ) or scope_module.carrier_choice(self.gateway, configured)
        return replace(scope, cc_carrier_ids=self.carrier_choice.ids)

    def _pull_carriers_first(
        self, scope: StoreScope, result: PullResult, cancel: threading.Event | None
    ) -> StoreScope:
        """Pull delivery.carrier before the models its choice scopes, and choose the
        click-and-collect carriers from what the mirror then holds."""
        spec = next((s for s in self.specs if s.model == CARRIER_MODEL), None)
        if spec is None:
            return scope
        result.models.append(self.pull_model(spec, scope, cancel))
        if self.settings.click_collect_mode != CC_CARRIER:
            return scope
        self.carrier_choice = None
        return self._with_carriers(scope)

    def _check_mirror_identity(self) -> None:
        """A cache filled from another server, database or store is worthless here (and would
        show the wrong store's orders): rebuild it empty, then record whose mirror it is."""
        gw = self.gateway.settings
        identity = f"{gw.url}|{gw.database}|{self.settings.warehouse_code}"
        with self.cache.read() as s:
            recorded = s.execute(
                text("SELECT value FROM cache_meta WHERE key = 'mirror_of'")
            ).scalar()
        if recorded is not None and recorded != identity:
            log.warning("cache was a mirror of %s, now %s: rebuilding", recorded, identity)
            self.cache.rebuild(f"the store or server changed ({recorded} -> {identity})")
        if recorded != identity:
            with self.cache.write() as s:
                s.execute(
                    text(
                        "INSERT INTO cache_meta (key, value) VALUES ('mirror_of', :v) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                    ),
                    {"v": identity},
                )

    def _with_cutoff(self, scope: StoreScope) -> StoreScope:
        cutoff = self.server_now() - timedelta(days=self.settings.returns_history_days)
        # Rounded down to the hour so the domain (and Odoo's query plan cache) changes rarely.
        cutoff = cutoff.replace(minute=0, second=0, microsecond=0)
        return StoreScope(**{**scope.__dict__, "history_cutoff": _fmt_odoo_dt(cutoff)})

    # ------------------------------------------------------------------ cursors

    def _cursor(self, model: str) -> SyncCursor:
        with self.cache.read() as s:
            row = s.get(SyncCursor, model)
            if row is None:
                return SyncCursor(
                    model=model, write_date=None, last_id=0, initial_done=False, records=0
                )
            s.expunge(row)
            return row

    def initial_done(self) -> bool:
        """True when every model has finished its first sync."""
        with self.cache.read() as s:
            done = {
                c.model
                for c in s.scalars(select(SyncCursor).where(SyncCursor.initial_done.is_(True)))
            }
        return all(spec.model in done for spec in self.specs)

    def last_success(self) -> dict[str, str | None]:
        with self.cache.read() as s:
            return {c.model: c.last_success_at for c in s.scalars(select(SyncCursor))}

    # ------------------------------------------------------------------ pulling

    def pull(
        self,
        cancel: threading.Event | None = None,
        models: Iterable[str] | None = None,
        *,
        refresh_scope: bool = False,
        recheck_children: bool | None = None,
    ) -> PullResult:
        """Bring every mirrored model up to date (first sync or incremental), or only
        `models`. `refresh_scope`: look up the store's warehouse and operation types in Odoo
        again. Moves and lines of changed pickings are rechecked for deletions after a pass
        over every model, or when `recheck_children` says so."""
        started = time.monotonic()
        scope = self.resolve_scope(refresh=refresh_scope)
        wanted = set(models) if models is not None else None
        result = PullResult()
        self._touched_pickings = set()
        # A changed scope (carriers, mode, warehouse...) resets the cursors of the models it
        # affects, so the passes below read them whole under the new scope.
        scope_module.rescope_changed(self.cache, self.specs, scope)
        if time.monotonic() - self._names_since > self.settings.deletion_check_interval:
            self._names, self._names_since = {}, time.monotonic()
        if wanted is None or CARRIER_MODEL in wanted:
            scope = self._pull_carriers_first(scope, result, cancel)
            scope_module.rescope_changed(self.cache, self.specs, scope)
        for spec in self.specs:
            if spec.model == CARRIER_MODEL or (wanted is not None and spec.model not in wanted):
                continue
            if cancel is not None and cancel.is_set():
                raise PullCancelled("the first sync was stopped; it resumes next time")
            result.models.append(self.pull_model(spec, scope, cancel))
        # Costs for the counts: the ones asked for every pass, every known one with the
        # products (the slow cadence).
        self.read_costs(refresh_known=wanted is None or "product.product" in wanted)
        if recheck_children is None:
            recheck_children = wanted is None
        if self._touched_pickings and recheck_children:
            gone = self.recheck_picking_children(sorted(self._touched_pickings))
            for model_result in result.models:
                model_result.deleted += gone.get(model_result.model, 0)
        if wanted is None:
            self._finish_rescopes(scope, result)
        result.seconds = time.monotonic() - started
        tables = tuple(
            sorted(
                {
                    s.table
                    for s in self.specs
                    if any(m.model == s.model and m.changed for m in result.models)
                }
            )
        )
        if tables:
            self.events.emit(
                DATA_REFRESHED,
                DataRefreshed(
                    tables=tables,
                    upserted=result.changed,
                    deleted=sum(m.deleted for m in result.models),
                ),
            )
        return result

    def _finish_rescopes(self, scope: StoreScope, result: PullResult) -> None:
        """Rows of re-scoped models that the new scope no longer covers leave the cache."""
        pending = scope_module.pending_rescopes(self.cache)
        if not pending:
            return
        gone = self.check_deletions(scope, models=pending)
        scope_module.rescope_done(self.cache, pending)
        for model_result in result.models:
            model_result.deleted += gone.get(model_result.model, 0)

    def _fields(self, spec: MirrorSpec, scope: StoreScope) -> list[str]:
        available = self.gateway.model_fields(spec.model) if spec.optional_fields else None
        return spec.odoo_fields(scope.version, available)

    def pull_model(
        self, spec: MirrorSpec, scope: StoreScope, cancel: threading.Event | None = None
    ) -> ModelResult:
        started_mono = time.monotonic()
        started_server = self.server_now()
        cursor = self._cursor(spec.model)
        fields = self._fields(spec, scope)
        context = spec.context()
        domain = list(spec.domain(scope))
        result = ModelResult(spec.model, initial=not cursor.initial_done)
        if not spec.exists(scope.version):
            # This Odoo has no such model (19: product.packaging): nothing to mirror, done.
            self._finish(
                spec,
                cursor,
                None,
                started_mono,
                initial=result.initial,
                started_server=started_server,
            )
            if result.initial:
                self.events.emit(PROGRESS, Progress(spec.model, 0, 0, finished=True))
            return result
        refs: list[int] | None = None
        if spec.references is not None:
            with self.cache.read() as s:
                key, refs = spec.references(s.connection())
                covered = self._covered(s.connection(), spec, key)
            self._db.submit(self._prune, spec, key, refs).result()
            if not refs:
                self._finish(
                    spec,
                    cursor,
                    None,
                    started_mono,
                    initial=result.initial,
                    started_server=started_server,
                )
                return result
            domain = [*domain, (key, "in", refs)]
            if cursor.initial_done:
                new = sorted(set(refs) - covered)
                window = self._window(cursor)
                if new and window:
                    domain += ["|", (key, "in", new), ("write_date", ">=", window)]
                elif window:
                    domain.append(("write_date", ">=", window))
        elif cursor.initial_done:
            window = self._window(cursor)
            if window:
                domain.append(("write_date", ">=", window))

        if result.initial:
            start_after = cursor.last_id or 0
            if not cursor.initial_started_at:
                # Server time (our clock corrected by the Date header offset).
                cursor.initial_started_at = to_iso(started_server)
            total = self.gateway.search_count(spec.model, domain, context=context)
            done_before = cursor.records or 0
            total = max(total + done_before if start_after else total, done_before)
            self.events.emit(PROGRESS, Progress(spec.model, done_before, total))
        else:
            start_after, total, done_before = 0, 0, 0

        max_wd = cursor.write_date if result.initial else None
        done = done_before

        def write_page(rows: list[dict[str, Any]]) -> int:
            return self._write_page(spec, scope, rows, cursor if result.initial else None)

        last_id = start_after
        fut = self._fetch(spec, domain, fields, context, last_id)
        pending_write: Future[int] | None = None
        while True:
            rows = fut.result()
            self._name_rows(spec, rows)
            next_fut = None
            if len(rows) >= self.settings.page_size:
                next_fut = self._fetch(spec, domain, fields, context, rows[-1]["id"])
            if pending_write is not None:
                result.changed += pending_write.result()
                # Counted once: a final empty page must not count the last full page again.
                pending_write = None
            if rows:
                last_id = rows[-1]["id"]
                page_max = max((r["write_date"] for r in rows if r.get("write_date")), default=None)
                if page_max and (max_wd is None or page_max > max_wd):
                    max_wd = page_max
                if result.initial:
                    cursor.last_id = last_id
                    cursor.write_date = max_wd
                    cursor.records = done + len(rows)
                pending_write = self._db.submit(write_page, rows)
            result.fetched += len(rows)
            done += len(rows)
            if result.initial:
                self.events.emit(PROGRESS, Progress(spec.model, done, max(total, done)))
            if next_fut is None:
                break
            if cancel is not None and cancel.is_set():
                if pending_write is not None:
                    pending_write.result()
                next_fut.cancel()
                raise PullCancelled(f"the first sync was stopped during {spec.model}")
            fut = next_fut
        if pending_write is not None:
            result.changed += pending_write.result()
        self._finish(
            spec,
            cursor,
            max_wd,
            started_mono,
            initial=result.initial,
            started_server=started_server,
        )
        if result.initial:
            self.events.emit(PROGRESS, Progress(spec.model, done, max(total, done), finished=True))
        if spec.model == "product.product" and not result.initial:
            result.changed += self._follow_templates(spec, scope, fields)
        result.seconds = time.monotonic() - started_mono
        return result

    def _name_rows(self, spec: MirrorSpec, rows: list[dict[str, Any]]) -> None:
        """Turn the bare ids of `spec.names` into `[id, name]`, as a named read would send
        them. The names come from one small read of the ids not known yet (a product page
        refers to a handful of units), instead of Odoo computing one per row."""
        for fname, comodel in spec.names:
            known = self._names.setdefault(comodel, {})
            ids = {value for r in rows if type(value := r.get(fname)) is int}
            missing = sorted(ids - known.keys())
            if missing:
                for rec in self.gateway.read(comodel, missing, ["display_name"]):
                    known[rec["id"]] = rec.get("display_name") or ""
            for r in rows:
                value = r.get(fname)
                if type(value) is int:
                    r[fname] = [value, known.get(value, "")]

    def _window(self, cursor: SyncCursor) -> str | None:
        if not cursor.write_date:
            return None
        moment = _parse_odoo_dt(cursor.write_date) - timedelta(
            seconds=self.settings.overlap_seconds
        )
        return _fmt_odoo_dt(moment)

    def _fetch(
        self, spec: MirrorSpec, domain: list, fields: list[str], context: dict, after_id: int
    ) -> Future[list[dict[str, Any]]]:
        kwargs: dict[str, Any] = {
            "fields": fields,
            "limit": self.settings.page_size,
            "order": "id asc",
        }
        if context:
            kwargs["context"] = context
        kwargs.update(spec.read_kwargs())
        page_domain = [*domain, ("id", ">", after_id)] if after_id else list(domain)
        raw = self.gateway.submit_execute(spec.model, "search_read", page_domain, **kwargs)
        out: Future[list[dict[str, Any]]] = Future()

        def done(f: Future) -> None:
            try:
                out.set_result(self.gateway._rows(f.result(), spec.model))
            except BaseException as exc:
                out.set_exception(exc)

        raw.add_done_callback(done)
        return out

    # ------------------------------------------------------------------ writing (db thread)

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
            candidate: str | None = _fmt_odoo_dt(started_server)
        elif max_wd:
            if initial and cursor.initial_started_at:
                began = datetime.fromisoformat(cursor.initial_started_at)
                elapsed = (self.server_now() - began).total_seconds()
            else:
                elapsed = time.monotonic() - started_mono
            candidate = _fmt_odoo_dt(_parse_odoo_dt(max_wd) - timedelta(seconds=int(elapsed) + 1))
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
