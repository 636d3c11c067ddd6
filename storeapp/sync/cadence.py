"""When the running app pulls, and what: slow-moving models on their own cadence, a change
probe in front of the others, and an interval that backs off while nothing changes or Odoo is
slow, and shortens while orders are being worked.

An idle store PC used to ask Odoo about every mirrored model every 60 seconds: one request
per model, most of Odoo's idle load from a fleet. Now:

- products, categories, units, locations, carriers, employees and the store's own records
  change rarely and nobody waits for them by the minute: they come with a pass over every
  model every `slow_interval` (15 minutes by default), doubling per such pass that found
  nothing new up to `slow_max_interval` (two hours) while the store is idle, back to
  `slow_interval` as soon as a pass finds the store's orders or stock changed, or on demand (`request`, e.g. when a scan
  finds no product for a barcode);
- orders, stock and customers are pulled when the change probe (storeapp/sync/probe.py, one
  request) says one of them changed; a pass where it says no costs Odoo that one request;
- the wait between passes stays just under `interval` (jitter included) while a probed pass
  found the store's orders or stock changed within `active_window` (15 minutes by default:
  a store taking web orders shows each within one interval); once the store has been quiet
  that long it doubles per pass that changed nothing, up to `max_interval` (4 × `interval`
  by default); it doubles again while Odoo answers slowly, and drops to `busy_interval` while
  ops are being saved on this PC. Every wait is jittered ±20 %, so a
  fleet restarted at 8:00 spreads out instead of arriving at once.

`SyncEngine.run_once` (the CLI, tests) still pulls everything; `run_once(scheduled=True)` and
`run_forever` (the app) ask this module. `clock` is injectable (monotonic seconds), so a fleet
simulation can run an hour of cadence in seconds.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable

from storeapp.core.ops import jittered
from storeapp.sync.pull import PullResult

# Models whose changes can wait for the slow cadence (or a request).
SLOW_MODELS = frozenset(
    {
        "res.company",
        "stock.warehouse",
        "stock.picking.type",
        "stock.location",
        "uom.uom",
        "product.category",
        "product.product",
        "product.packaging",
        "delivery.carrier",
        "hr.employee",
        "hr.employee.public",
    }
)

# The wait while Odoo keeps changing the store, as a share of the interval.
ACTIVE_SHARE = 0.8


class Cadence:
    """Chooses the models of each pull pass and the wait before the next one."""

    def __init__(
        self,
        interval: float,
        *,
        slow_interval: float = 900.0,
        slow_max_interval: float | None = None,
        max_interval: float | None = None,
        busy_interval: float | None = None,
        active_window: float = 900.0,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.interval = interval
        self.slow_interval = slow_interval
        self.slow_max_interval = max(
            slow_interval, slow_max_interval if slow_max_interval is not None else 4 * slow_interval
        )
        self.max_interval = max(
            interval, max_interval if max_interval is not None else 4 * interval
        )
        self.busy_interval = min(
            interval, busy_interval if busy_interval is not None else interval / 4
        )
        self.active_window = active_window
        self._clock = clock
        self._rng = rng or random.Random()
        self._slow_done_at: float | None = None
        self._requested: set[str] = set()
        self._quiet = 0  # passes in a row that changed nothing
        self._slow_quiet = 0  # passes over every model in a row that changed no slow model
        self._busy_until = 0.0
        self._active_until = 0.0  # a probed pass found the store's records changed

    # ------------------------------------------------------------------ what to pull

    def request(self, model: str) -> None:
        """Pull `model` in the next pass, whatever its cadence (an unknown barcode)."""
        self._requested.add(model)

    @property
    def requested(self) -> bool:
        return bool(self._requested)

    def models_for_pass(self, models: Iterable[str], initial_done: bool) -> list[str] | None:
        """The models of the next pass, in mirror order; None for every model (the first
        sync, and every `slow_interval`)."""
        if not initial_done or self.slow_due():
            return None
        return [m for m in models if m not in SLOW_MODELS or m in self._requested]

    def slow_wait(self) -> float:
        """The slow models' current interval: doubled per pass over every model that found
        none of them changed, up to `slow_max_interval`."""
        return min(self.slow_max_interval, self.slow_interval * 2.0 ** min(self._slow_quiet, 8))

    def slow_due(self) -> bool:
        """True when the next pass must cover every model."""
        if self._slow_done_at is None:
            return True
        return self._clock() - self._slow_done_at >= self.slow_wait()

    def after_pass(self, result: PullResult | None, models: list[str] | None) -> None:
        """Record a completed pass: what it covered and whether anything changed."""
        if result is None:
            return
        if models is None:
            self._slow_done_at = self._clock()
            self._requested.clear()
            slow_changed = any(
                m.model in SLOW_MODELS and (m.changed or m.deleted) for m in result.models
            )
            self._slow_quiet = 0 if slow_changed else self._slow_quiet + 1
        else:
            self._requested.difference_update(models)
            if result.changed or any(m.deleted for m in result.models):
                # The store works: what it sells matters again within `slow_interval`, and
                # its next change should show within one interval.
                self._slow_quiet = 0
                self._active_until = self._clock() + self.active_window
        if result.changed or any(m.deleted for m in result.models):
            self._quiet = 0
        else:
            self._quiet += 1

    # ------------------------------------------------------------------ when

    def worked(self) -> None:
        """An op was saved on this PC: orders are being worked, pull more often a while."""
        self._busy_until = self._clock() + self.max_interval

    def next_interval(self, *, slow: bool = False) -> float:
        """Seconds until the next pull: shorter while the store works, doubling per quiet
        pass up to `max_interval`, doubled again while Odoo answers slowly; jittered."""
        now = self._clock()
        if now < self._busy_until:
            base = self.busy_interval
        elif now < self._active_until:
            # Odoo changed this store lately: with ±20 % jitter the longest wait is 0.96 ×
            # `interval`, leaving the pass itself room within one interval.
            base = ACTIVE_SHARE * self.interval
        else:
            base = min(self.max_interval, self.interval * 2 ** min(self._quiet, 8))
        if slow:
            base = min(2 * base, 2 * self.max_interval)
        return jittered(base, 0.2, self._rng)
