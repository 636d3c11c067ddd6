"""SyncEngine: gateway + pull + push + connectivity + scheduling, in one object.

`run_once()` does one full cycle (push, then pull every model) and blocks: the CLI, the bench
and tests call it. `run_forever()` is for the app: each cycle runs on the engine's own worker
thread (so neither the Qt thread nor the erp thread is ever blocked by orchestration), on
jittered intervals, with the deletion check and the quant re-check on slower cadences.

Driving the engine without `run_forever` (a fleet simulation, a compressed clock):

- `scheduled_pass()` runs one pass exactly as the running app does (push, then the change
  probe and the models the cadence says are due, storeapp/sync/cadence.py);
- `next_pass_in()` is the wait the app would leave before the next pass;
- `monotonic=` (constructor) is the clock the cadence and the connectivity read: pass a fake
  one to play an hour in seconds. Odoo's own time (write_date, cursors) is not affected.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from storeapp.core.ops import jittered
from storeapp.offline.cache import CacheStore
from storeapp.offline.clock import utcnow
from storeapp.offline.db import StorageError
from storeapp.offline.journal_models import OpState
from storeapp.offline.odoo_key import save_key_expiry
from storeapp.offline.outbox import Outbox
from storeapp.sync.cadence import Cadence
from storeapp.sync.connectivity import Connectivity, ConnState
from storeapp.sync.errors import GatewayError
from storeapp.sync.events import EventBus
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.key_expiry import read_key_expiry
from storeapp.sync.probe import PROBED_MODELS, ChangeProbe
from storeapp.sync.pull import MirrorPull, PullCancelled, PullResult
from storeapp.sync.push import OutboxPush, PushResult
from storeapp.sync.settings import SyncSettings
from storeapp.sync.unknown_barcodes import UnknownBarcodes, cache_lookup

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class CycleResult:
    """What one `run_once()` did."""

    state: str
    pull: PullResult | None = None
    push: PushResult | None = None
    deletions: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    # The error is this PC's configuration (no key, wrong database, bad address): retrying
    # cannot help until someone corrects it.
    configuration_error: bool = False


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot for the status bar and `storeapp outbox`."""

    state: str
    reason: str
    queue_depth: int
    parked: int
    pending_approval: int
    oldest_pending_age: float | None  # seconds
    last_success: dict[str, str | None]
    initial_done: bool


class SyncEngine:
    """The store's sync: one object the app, the CLI and the tests drive.

    Thread model: `run_once` blocks (the CLI, tests; the app calls it on the engine's own
    `sync` worker through `run_forever`); requests go to the gateway's `erp` thread and cache
    writes to the pull's `db` thread. Subscribe to `events` for state, progress and ops."""

    def __init__(
        self,
        gateway: OdooGateway,
        cache: CacheStore,
        outbox: Outbox,
        settings: SyncSettings,
        events: EventBus | None = None,
        *,
        connectivity: Connectivity | None = None,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.gateway = gateway
        self.settings = settings
        self.events = events or EventBus()
        self.clock = clock
        self.rng = rng or random.Random()
        self.connectivity = connectivity or Connectivity(self.events, rng=self.rng, clock=monotonic)
        self.pull = MirrorPull(gateway, cache, settings, self.events, clock=clock)
        self.push = OutboxPush(
            gateway, outbox, settings, self.events, self.connectivity, clock=clock, rng=self.rng
        )
        self.outbox = outbox
        self.cadence = Cadence(
            settings.pull_interval,
            slow_interval=settings.slow_models_interval,
            slow_max_interval=settings.slow_models_max_interval,
            max_interval=settings.max_interval,
            busy_interval=settings.busy_interval,
            clock=monotonic,
            rng=self.rng,
        )
        self.probe = ChangeProbe(gateway, cache, settings.overlap_seconds)
        # Scan screens hand their "unknown barcode" refusals here (a products pass at once).
        self.unknown_barcodes = UnknownBarcodes(
            self.refresh, self.events, cache_lookup(cache), clock=monotonic
        )
        self._key_checked: object | None = None  # the session whose key expiry was read
        self.cancel_event = threading.Event()
        self._wake = threading.Event()
        # Cycles `run_forever` has finished: what a test waits on instead of a fixed sleep.
        self.cycles_done = 0
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync")
        # The slow checks first run a couple of minutes after start, not during the first pass.
        self._monotonic = monotonic
        started = monotonic()
        self._last_deletions = started - settings.deletion_check_interval + 120.0
        self._last_quant_check = started - settings.quant_recheck_interval + 180.0
        # Passes that found a change (or a probe's yes): the deletion and quant checks run on
        # their interval while the store changes, and wait for the slow pass while it is idle.
        self._changes = 0
        self._changes_at_deletions = -1
        self._changes_at_quants = -1

    # ------------------------------------------------------------------ one cycle

    def _ensure_link(self) -> bool:
        """Probe/sign in when not known to be usable. False when Odoo is still unreachable,
        or asked for a pause (Retry-After) that has not passed."""
        if self.connectivity.held:
            return False
        if self.connectivity.usable:
            return True
        if not self.connectivity.may_try():
            return False
        try:
            started = time.monotonic()
            self.gateway.probe()
            if (
                self.connectivity.state in (ConnState.AUTH_FAILED, ConnState.MISCONFIGURED)
                or self.gateway.session is None
            ):
                self.gateway.relogin()
            self.connectivity.report_success(time.monotonic() - started)
            return True
        except GatewayError as error:
            self.connectivity.report_failure(error)
            return False

    async def run_in_turn(self, work: Callable[[], T]) -> T:
        """Run `work` on the engine's own thread, after the cycle in progress: a manual sync
        or the first sync never runs beside the background cycle (from the Qt thread's loop)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, work)

    def sync_now(self) -> CycleResult:
        """A person asked for a sync: forget the backoff, bring waiting ops forward, run."""
        self.connectivity.reset_backoff()
        self.push.outbox.due_now()
        return self.run_once()

    def run_once(
        self,
        *,
        pull: bool = True,
        push: bool = True,
        check_deletions: bool = False,
        recheck_quants: bool = False,
        scheduled: bool = False,
    ) -> CycleResult:
        """One cycle: push first (the store's work matters most), then pull, so the mirror
        shows Odoo after our changes. The pull covers every model, or with `scheduled` (the
        running app) the models the cadence says are due."""
        cycle = CycleResult(state=self.connectivity.state.value)
        safe = getattr(self.push.outbox.journal, "safe_mode", None)
        if safe is not None:
            # A damaged journal is never pushed from: what it says may not be what was saved.
            cycle.error = (
                f"The journal on this PC is damaged or unusable, so nothing is sent to Odoo "
                f"({safe.reason}). Export the outbox with `storeapp outbox export FILE` and "
                f"call IT."
            )
            return cycle
        if not self._ensure_link():
            cycle.state = self.connectivity.state.value
            cycle.error = self.connectivity.reason
            cycle.configuration_error = self.connectivity.misconfigured
            return cycle
        try:
            if push:
                cycle.push = self.push.drain(stop=self.cancel_event)
            if pull and self.connectivity.usable:
                started = time.monotonic()
                requests = self.gateway.stats.requests
                # On the slow cadence (and `sync --once --full`) the store's warehouse and
                # operation types are looked up again: a change there re-scopes the mirror,
                # so that pass covers every model.
                models = self._scheduled_models() if scheduled and not check_deletions else None
                models = self._probed(models)
                if models == []:
                    cycle.pull = PullResult()  # the probe said nothing changed: one request
                else:
                    cycle.pull = self.pull.pull(
                        cancel=self.cancel_event,
                        models=models,
                        refresh_scope=check_deletions,
                        recheck_children=True,
                    )
                self.cadence.after_pass(cycle.pull, models)
                if cycle.pull.changed or any(m.deleted for m in cycle.pull.models):
                    self._changes += 1
                # Slowness is judged per request: a first sync of 100,000 products takes
                # minutes of quick answers, and is not a degraded link.
                self.connectivity.report_success(
                    (time.monotonic() - started) / max(1, self.gateway.stats.requests - requests)
                )
            if check_deletions and self.connectivity.usable:
                cycle.deletions = self.pull.check_deletions()
                self._last_deletions = self._monotonic()
                self._changes_at_deletions = self._changes
            if recheck_quants and self.connectivity.usable:
                self.pull.recheck_quants()
                self._last_quant_check = self._monotonic()
                self._changes_at_quants = self._changes
            if self.connectivity.usable:
                self._check_key_expiry()
        except PullCancelled as exc:
            cycle.error = str(exc)
        except StorageError as exc:
            # This PC's own disk or database failed (full, locked): nothing was lost — an op
            # whose state could not be recorded is reconciled on the next cycle.
            cycle.error = str(exc)
            log.error("sync cycle stopped by local storage: %s", exc)
        except GatewayError as error:
            self.connectivity.report_failure(error)
            cycle.error = str(error)
            cycle.configuration_error = self.connectivity.misconfigured
            log.warning("sync cycle stopped: %s (%s)", error, error.detail)
        cycle.state = self.connectivity.state.value
        return cycle

    def _scheduled_models(self) -> list[str] | None:
        return self.cadence.models_for_pass(
            [spec.model for spec in self.pull.specs], self.pull.initial_done()
        )

    def _probed(self, models: list[str] | None) -> list[str] | None:
        """The models of a scheduled pass after asking the change probe: the probed ones
        leave the pass when Odoo says none of them changed (slow models asked for stay)."""
        if models is None or not self.settings.change_probe or self.probe.refused:
            return models
        if not any(m in PROBED_MODELS for m in models):
            return models
        try:
            changed = self.probe.changed(self.pull.resolve_scope())
        except GatewayError as error:
            if error.transient:
                raise
            # Odoo refuses the question itself (record rules, a customised stock.move): the
            # store's models are pulled every pass, as before the probe, until a restart.
            self.probe.refused = str(error)
            log.warning("the change probe is refused by Odoo, pulling every pass: %s", error)
            changed = True
        if changed:
            self._changes += 1
            return models
        return [m for m in models if m not in PROBED_MODELS]

    def scheduled_pass(self) -> CycleResult:
        """One pull pass as the running app makes it: push, the deletion check and quant
        re-check when due (`_checks_due`), then the change probe and the models the cadence
        says are due (every model on the slow cadence or before the first sync finished)."""
        deletions, quants = self._checks_due()
        return self.run_once(check_deletions=deletions, recheck_quants=quants, scheduled=True)

    def _checks_due(self) -> tuple[bool, bool]:
        """Whether the deletion check and the quant re-check are due. Each runs on its
        interval while the store changes (a pass found a change since the last check). While
        the store is idle, the deletion check waits for the pass over every model on the slow
        cadence (what deletes the store's records in Odoo, unreserving or cancelling, writes
        its moves first, which the probe sees), and the quant re-check waits for the next
        change: Odoo merges quants by raw SQL when stock moves, not while nothing does."""
        s, now = self.settings, self._monotonic()
        deletions = now - self._last_deletions >= s.deletion_check_interval and (
            self.cadence.slow_due() or self._changes != self._changes_at_deletions
        )
        quants = (
            now - self._last_quant_check >= s.quant_recheck_interval
            and self._changes != self._changes_at_quants
        )
        return deletions, quants

    def next_pass_in(self) -> float:
        """Seconds the running app waits before its next pull pass (jittered): longer while
        nothing changes or Odoo answers slowly, shorter while ops are saved here."""
        slow = self.connectivity.state == ConnState.DEGRADED
        wait = self.cadence.next_interval(slow=slow)
        if self.connectivity.held:
            wait = max(wait, self.connectivity.seconds_until_try())
        return wait

    def _check_key_expiry(self) -> None:
        """Once per sign-in: when the device key expires (Odoo 19 dates keys), kept in the
        journal for the status bar, the dashboard and the webhook queue."""
        session = self.gateway.session
        if session is None or session is self._key_checked:
            return
        try:
            expiry = read_key_expiry(self.gateway, session.uid)
        except GatewayError as exc:
            log.info("could not read the API key's expiry date: %s", exc)
            return
        save_key_expiry(self.outbox.journal, expiry.expires_at)
        self._key_checked = session
        if expiry.expires_at is not None:
            log.info("the device's Odoo API key expires on %s", expiry.expires_at.isoformat())

    # ------------------------------------------------------------------ forever

    def notify_new_op(self) -> None:
        """A screen saved an op: push soon instead of at the next interval, and pull more
        often while the store works."""
        self.cadence.worked()
        self._wake.set()

    def refresh(self, model: str) -> None:
        """Pull `model` now, whatever its cadence (e.g. a scanned barcode the mirror does
        not know may be a product created in Odoo since the last products pass)."""
        self.cadence.request(model)
        self._wake.set()

    def stop(self) -> None:
        self.cancel_event.set()
        self._wake.set()

    async def run_forever(self) -> None:
        """Run cycles until `stop()`: push every push_interval (or when woken), pull every
        pull_interval, deletions and quant re-checks on their slower cadences."""
        loop = asyncio.get_running_loop()
        s = self.settings
        next_pull = 0.0
        failures = 0
        while not self.cancel_event.is_set():
            # Cleared before the cycle: an op saved during the cycle wakes the next one at once.
            self._wake.clear()
            now = self._monotonic()
            do_pull = now >= next_pull or self.cadence.requested
            do_deletions, do_quants = self._checks_due()
            try:
                cycle = functools.partial(
                    self.run_once,
                    pull=do_pull,
                    check_deletions=do_deletions and do_pull,
                    recheck_quants=do_quants and do_pull,
                    scheduled=True,
                )
                await loop.run_in_executor(self._worker, cycle)
                failures = 0
            except Exception:
                # A local failure (disk full, journal locked): keep the loop alive, back off;
                # the error is logged with its traceback for the support bundle.
                failures += 1
                log.exception("sync cycle failed")
            self.cycles_done += 1
            if do_pull:
                next_pull = self._monotonic() + self.next_pass_in()
            wait = jittered(s.push_interval, 0.2, self.rng)
            if not self.connectivity.usable or self.connectivity.held:
                wait = max(0.5, self.connectivity.seconds_until_try())
            if failures:
                wait = max(wait, s.backoff.delay(failures, self.rng))
            await loop.run_in_executor(None, self._wake.wait, wait)

    # ------------------------------------------------------------------ status

    def status(self) -> SyncStatus:
        backlog = self.outbox.backlog()
        oldest = backlog.oldest_created_at
        age = (self.clock() - oldest).total_seconds() if oldest else None
        return SyncStatus(
            state=self.connectivity.state.value,
            reason=self.connectivity.reason,
            queue_depth=backlog.to_send,
            parked=backlog.parked,
            pending_approval=self.outbox.counts_by_state()[OpState.PENDING_APPROVAL],
            oldest_pending_age=age,
            last_success=self.pull.last_success(),
            initial_done=self.pull.initial_done(),
        )

    def close(self) -> None:
        self.stop()
        self._worker.shutdown(wait=True)
        self.pull.close()
