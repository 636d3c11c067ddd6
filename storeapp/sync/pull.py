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
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, text

from storeapp.core.cc_carriers import CarrierChoice
from storeapp.core.text import msg
from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import SyncCursor
from storeapp.offline.clock import to_iso, utcnow
from storeapp.sync import scope as scope_module
from storeapp.sync.bulk_gc import fewer_full_collections
from storeapp.sync.errors import UserError
from storeapp.sync.events import DATA_REFRESHED, PROGRESS, DataRefreshed, EventBus, Progress
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.many2one import m2o
from storeapp.sync.mirror import MirrorSpec, StoreScope, all_specs
from storeapp.sync.pull_checks import MirrorChecks
from storeapp.sync.pull_costs import CostReader
from storeapp.sync.pull_read import PageReader
from storeapp.sync.pull_templates import TemplateFollower
from storeapp.sync.pull_write import MirrorWriter, format_odoo_dt, parse_odoo_dt
from storeapp.sync.settings import CC_CARRIER, SyncSettings

log = logging.getLogger(__name__)

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


# Models a first sync reads on a connection of their own: the catalogue, by far the largest.
PARALLEL_MODELS = frozenset({"product.product"})


class _Stop(threading.Event):
    """Set when the person cancels (`user`) or the other lane of a first sync failed."""

    def __init__(self, user: threading.Event | None) -> None:
        super().__init__()
        self.user = user

    def is_set(self) -> bool:
        return super().is_set() or (self.user is not None and self.user.is_set())


@dataclass
class _ModelRun:
    """Where one model's pass stands: its cursor, and during a first sync the progress."""

    spec: MirrorSpec
    cursor: SyncCursor
    started_mono: float
    started_server: datetime
    start_after: int = 0
    total: int = 0
    done: int = 0
    max_wd: str | None = None

    def take(self, rows: list[dict[str, Any]], initial: bool) -> None:
        """A page arrived: the newest write_date seen, and during a first sync the cursor
        saved with the page (so a stopped first sync resumes after it)."""
        page_max = max((r["write_date"] for r in rows if r.get("write_date")), default=None)
        if page_max and (self.max_wd is None or page_max > self.max_wd):
            self.max_wd = page_max
        self.done += len(rows)
        if initial:
            self.cursor.last_id = rows[-1]["id"]
            self.cursor.write_date = self.max_wd
            self.cursor.records = self.done


class MirrorPull(PageReader, MirrorWriter, TemplateFollower, CostReader, MirrorChecks):
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
        self._names_lock = threading.Lock()
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
                msg(
                    "Odoo has no warehouse with the short name {code}, or the Odoo user of this "
                    "PC cannot see it. Check store.warehouse_code in this PC's settings.",
                    code=repr(code),
                )
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
        return StoreScope(**{**scope.__dict__, "history_cutoff": format_odoo_dt(cutoff)})

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
        todo = [
            s
            for s in self.specs
            if s.model != CARRIER_MODEL and (wanted is None or s.model in wanted)
        ]
        result.models.extend(self._pull_models(todo, scope, cancel))
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

    def _pull_models(
        self, specs: list[MirrorSpec], scope: StoreScope, cancel: threading.Event | None
    ) -> list[ModelResult]:
        """Pull `specs` in order; during a first sync the products on a second connection
        at the same time (Odoo serves each on its own worker). Results in `specs` order."""
        if any(not self._cursor(s.model).initial_done for s in specs):
            with fewer_full_collections():  # the first sync's rows: see bulk_gc
                return self._pull_lanes(specs, scope, cancel)
        return self._pull_lanes(specs, scope, cancel)

    def _pull_lanes(
        self, specs: list[MirrorSpec], scope: StoreScope, cancel: threading.Event | None
    ) -> list[ModelResult]:
        main, side = self._lanes(specs)
        if not side:
            return self._pull_lane(main, scope, cancel, self.gateway)
        gateway = self.gateway.sibling()
        # A third connection reads the products' templates in step with the next page.
        joiner = self.gateway.sibling() if self.settings.pull_connections >= 3 else None
        stop = _Stop(cancel)
        lane = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-lane")
        try:
            side_results = lane.submit(self._pull_lane, side, scope, stop, gateway, joiner)
            try:
                results = self._pull_lane(main, scope, stop, self.gateway)
            except BaseException:
                stop.set()  # the other lane stops after its current page; its pages are kept
                wait([side_results])
                raise
            results += side_results.result()
        finally:
            lane.shutdown(wait=True)
            gateway.close()
            if joiner is not None:
                joiner.close()
        order = {spec.model: i for i, spec in enumerate(specs)}
        return sorted(results, key=lambda r: order[r.model])

    def _lanes(self, specs: list[MirrorSpec]) -> tuple[list[MirrorSpec], list[MirrorSpec]]:
        """(first connection's specs, second connection's): the products go second when
        their first sync is still to do and another connection is allowed. No other model
        reads the products from the cache, so the order between the lanes does not matter."""
        if self.settings.pull_connections < 2 or len(specs) < 2:
            return specs, []
        side = [
            s
            for s in specs
            if s.model in PARALLEL_MODELS and not self._cursor(s.model).initial_done
        ]
        return [s for s in specs if s not in side], side

    def _pull_lane(
        self,
        specs: list[MirrorSpec],
        scope: StoreScope,
        cancel: threading.Event | None,
        gateway: OdooGateway,
        joiner: OdooGateway | None = None,
    ) -> list[ModelResult]:
        results = []
        for spec in specs:
            if cancel is not None and cancel.is_set():
                raise PullCancelled("the first sync was stopped; it resumes next time")
            results.append(self.pull_model(spec, scope, cancel, gateway, joiner=joiner))
        return results

    def _finish_rescopes(self, scope: StoreScope, result: PullResult) -> None:
        """Rows of re-scoped models that the new scope no longer covers leave the cache."""
        pending = scope_module.pending_rescopes(self.cache)
        if not pending:
            return
        gone = self.check_deletions(scope, models=pending)
        scope_module.rescope_done(self.cache, pending)
        for model_result in result.models:
            model_result.deleted += gone.get(model_result.model, 0)

    def _fields(self, spec: MirrorSpec, scope: StoreScope, *, related: bool = False) -> list[str]:
        """The fields read from `spec.model`. `related`: the linked record's fields too, read
        through the related fields (one request for the few rows of an incremental pass,
        where a first sync's pages read them from the linked records)."""
        available = self.gateway.model_fields(spec.model) if spec.optional_fields else None
        names = spec.odoo_fields(scope.version, available)
        if related and spec.through is not None:
            names = list(dict.fromkeys([*names, *spec.through.odoo_fields(scope.version)]))
        return names

    def pull_model(
        self,
        spec: MirrorSpec,
        scope: StoreScope,
        cancel: threading.Event | None = None,
        gateway: OdooGateway | None = None,
        *,
        joiner: OdooGateway | None = None,
    ) -> ModelResult:
        """One model's pass: its domain, then its pages (a first sync resumes at its saved
        cursor), then the cursor. `gateway`: another connection to Odoo (a parallel lane of a
        first sync); by default the pull's own. `joiner`: a connection for the linked records
        of a first sync's pages (`spec.through`), read while the next page comes."""
        gw = gateway or self.gateway
        run = _ModelRun(
            spec=spec,
            cursor=self._cursor(spec.model),
            started_mono=time.monotonic(),
            started_server=self.server_now(),
        )
        result = ModelResult(spec.model, initial=not run.cursor.initial_done)
        domain = self._pass_domain(spec, scope, run.cursor) if spec.exists(scope.version) else None
        if domain is None:
            # Nothing to mirror: a model this Odoo lacks (19: product.packaging), or records
            # reached through others when there are none yet.
            self._finish(
                spec,
                run.cursor,
                None,
                run.started_mono,
                initial=result.initial,
                started_server=run.started_server,
            )
            if result.initial and not spec.exists(scope.version):
                self.events.emit(PROGRESS, Progress(spec.model, 0, 0, finished=True))
            return result
        if result.initial:
            self._start_initial(gw, run, domain)
        self._pages(gw, run, scope, domain, result, cancel, joiner)
        self._finish(
            spec,
            run.cursor,
            run.max_wd,
            run.started_mono,
            initial=result.initial,
            started_server=run.started_server,
        )
        if result.initial:
            done = run.done
            self.events.emit(
                PROGRESS, Progress(spec.model, done, max(run.total, done), finished=True)
            )
        if spec.model == "product.product" and not result.initial:
            result.changed += self._follow_templates(
                spec, scope, self._fields(spec, scope, related=True)
            )
        result.seconds = time.monotonic() - run.started_mono
        return result

    def _pass_domain(
        self, spec: MirrorSpec, scope: StoreScope, cursor: SyncCursor
    ) -> list[Any] | None:
        """The domain of this pass: the store's scope, the ids a referenced model must cover
        (None when there are none), and after the first sync the write_date window."""
        domain = list(spec.domain(scope))
        if spec.references is not None:
            with self.cache.read() as s:
                key, refs = spec.references(s.connection())
                covered = self._covered(s.connection(), spec, key)
            self._db.submit(self._prune, spec, key, refs).result()
            if not refs:
                return None
            domain = [*domain, (key, "in", refs)]
            window = self._window(cursor) if cursor.initial_done else None
            new = sorted(set(refs) - covered) if cursor.initial_done else []
            if new and window:
                domain += ["|", (key, "in", new), ("write_date", ">=", window)]
            elif window:
                domain.append(("write_date", ">=", window))
        elif cursor.initial_done:
            window = self._window(cursor)
            if window:
                domain.append(("write_date", ">=", window))
        return domain

    def _start_initial(self, gw: OdooGateway, run: _ModelRun, domain: list[Any]) -> None:
        """A first sync starts (or resumes after its last saved page): how many records to
        expect, published as progress."""
        cursor, spec = run.cursor, run.spec
        run.start_after = cursor.last_id or 0
        if not cursor.initial_started_at:
            # Server time (our clock corrected by the Date header offset).
            cursor.initial_started_at = to_iso(run.started_server)
        total = gw.search_count(spec.model, domain, context=spec.context())
        done_before = cursor.records or 0
        run.total = max(total + done_before if run.start_after else total, done_before)
        run.done = done_before
        run.max_wd = cursor.write_date
        self.events.emit(PROGRESS, Progress(spec.model, done_before, run.total))

    def _pages(
        self,
        gw: OdooGateway,
        run: _ModelRun,
        scope: StoreScope,
        domain: list[Any],
        result: ModelResult,
        cancel: threading.Event | None,
        joiner: OdooGateway | None = None,
    ) -> None:
        """Every page of the pass: the next page is fetched on the erp thread while this one
        is written on the db thread; a first sync saves its cursor with each page. With a
        `joiner`, a first sync's page gets its linked records over that connection while the
        next page is read over `gw`."""
        spec, initial = run.spec, result.initial
        fields, context = self._fields(spec, scope, related=not initial), spec.context()
        if not initial or spec.through is None:
            joiner = None

        def write_page(rows: list[dict[str, Any]]) -> int:
            return self._write_page(spec, scope, rows, run.cursor if initial else None)

        def fetch(after_id: int) -> Future[list[dict[str, Any]]]:
            return self._fetch(spec, domain, fields, context, after_id, gw, complete=joiner is None)

        fut = fetch(run.start_after)
        pending_write: Future[int] | None = None
        while True:
            rows = fut.result()
            next_fut = None
            if len(rows) >= self.settings.page_size:
                next_fut = fetch(rows[-1]["id"])
            if joiner is not None and rows:
                rows = joiner.submit(self.complete_rows, joiner, spec, rows).result()
            if pending_write is not None:
                result.changed += pending_write.result()
                # Counted once: a final empty page must not count the last full page again.
                pending_write = None
            if rows:
                run.take(rows, initial)
                pending_write = self._db.submit(write_page, rows)
            result.fetched += len(rows)
            if initial:
                self.events.emit(PROGRESS, Progress(spec.model, run.done, max(run.total, run.done)))
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

    def _window(self, cursor: SyncCursor) -> str | None:
        if not cursor.write_date:
            return None
        moment = parse_odoo_dt(cursor.write_date) - timedelta(seconds=self.settings.overlap_seconds)
        return format_odoo_dt(moment)
