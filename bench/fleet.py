"""`python -m bench.fleet`: what a fleet of store PCs costs one Odoo, in simulated time.

    .venv/bin/python -m bench.fleet [--pcs 1000] [--minutes 60] [--json]

N store PCs (two per store, over as many stores of odoosim's `scale` seed) each run the real
sync engine (storeapp/sync/engine.py) with its own cache and journal, over real HTTP against
one odoosim with the calibrated cost model (odoosim/cost.py) accounting what a real Odoo 17
would spend, without waiting for it (`sleep_scale` 0).

The clock is simulated: an event queue holds "PC i is due at t" and "Odoo changes at t"; the
earliest event runs next, and while a PC's pass runs, its engine reads the event's time
(`SyncEngine(monotonic=...)`). A pass is the real one: `SyncEngine.scheduled_pass()`, the pass
the app's `run_forever` makes, then `next_pass_in()`, its wait before the next. In simulated
time a pass lasts the Odoo seconds it was billed. An hour of 10 PCs takes about a minute and
a half of wall time (both schemes, both scenarios).

Two schemes side by side, on the same fleet and server in the same run:

- `old`: how the app pulled before its cadence, every mirrored model every `pull_interval`;
- `new`: the engine as the app runs it now (storeapp/sync/cadence.py decides each pass).

Two scenarios: `idle` (nothing changes in Odoo for the hour) and `busy` (half the stores get
new click-and-collect orders and stock changes at a store's pace). For each change, the delay
from Odoo to the PC's cache, for every PC of the store: p50 and p99. Per PC-hour: requests,
Odoo server seconds, bytes Odoo sent, and how many PCs one Odoo worker serves at idle.

Not simulated: ops saved on the PCs (associates working orders would shorten the busy
interval, `SyncEngine.notify_new_op`), and the push cycles between pulls, which send nothing
while the outbox is empty.
"""

from __future__ import annotations

import argparse
import contextlib
import heapq
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import Figure, percentile
from bench.odoo_cost import control, totals
from bench.sync import gateway_for, serving
from storeapp.core.ops import jittered
from storeapp.offline.cache import CACHE_FILE, CacheStore
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Outbox
from storeapp.sync.engine import SyncEngine
from storeapp.sync.settings import SyncSettings

PCS_PER_STORE = 2
SCHEMES = ("old", "new")
# What Odoo bills per pass, summed per PC; bytes are what Odoo sent.
BILL = ("requests", "server_seconds", "bytes_sent", "connections")


@dataclass(frozen=True)
class Plan:
    """The fleet and the simulated hour. Rates are per busy store and hour: a store taking
    a dozen click-and-collect orders an hour, and stock changing twice as often (sales,
    receptions, transfers from other stores)."""

    pcs: int = 20
    minutes: float = 60.0
    # The cadence's simulated time before the measured hour: a PC that has just started
    # is still backing off from its first passes, and a morning's first hour is not the
    # hours after it (the old scheme has no such state: every minute is alike).
    warmup_minutes: float = 60.0
    # An idle PC of the new scheme costs more in an hour with a slow pass over every model
    # (every 15 minutes, doubling to every two hours while idle) than in one without: its
    # idle cost is measured over several hours so the figure is its average, not the luck
    # of where the window falls.
    idle_new_minutes: float = 240.0
    orders_per_hour: float = 12.0
    stock_changes_per_hour: float = 24.0
    busy_share: float = 0.5
    products: int = 2_000
    seed: int = 1

    @property
    def stores(self) -> int:
        return max(1, -(-self.pcs // PCS_PER_STORE))

    @property
    def seconds(self) -> float:
        return self.minutes * 60.0


class VirtualClock:
    """Seconds of simulated time; the engines' cadences read it as their monotonic clock."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Change:
    """A record Odoo changed at `at`, and the PCs whose cache does not show it yet."""

    at: float
    table: str  # the cache table: picking (a new order's delivery) or quant
    record: int
    quantity: float | None  # a quant's new quantity; None: the row only has to exist
    waiting: set[int]


@dataclass
class PC:
    """One store PC: a real SyncEngine on its own cache and journal."""

    index: int
    store: int
    folder: Path
    engine: SyncEngine
    # The old scheme's checks (the engine keeps its own for `scheduled_pass`).
    last_deletions: float
    last_quants: float
    bill: dict[str, float] = field(default_factory=lambda: dict.fromkeys(BILL, 0.0))
    passes: int = 0

    def holds(self, change: Change) -> bool:
        """Whether this PC's cache shows `change` (read as the app's screens would)."""
        uri = f"file:{self.folder / CACHE_FILE}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            found = db.execute(
                f"SELECT quantity FROM {change.table} WHERE id = ?"
                if change.table == "quant"
                else f"SELECT 1 FROM {change.table} WHERE id = ?",
                (change.record,),
            ).fetchone()
        if found is None:
            return False
        return change.quantity is None or abs(found[0] - change.quantity) < 1e-6

    def close(self) -> None:
        self.engine.close()
        self.engine.gateway.close()
        self.engine.outbox.journal.close()
        self.engine.pull.cache.close()


def settings_for(store: dict) -> SyncSettings:
    return SyncSettings(warehouse_code=store["code"])


def open_pc(
    info: dict, index: int, store: int, stores: list[dict], folder: Path, clock: VirtualClock
) -> PC:
    cache = CacheStore.open(folder)
    journal = JournalStore.open(folder)
    engine = SyncEngine(
        gateway_for(info),
        cache,
        Outbox(journal),
        settings_for(stores[store]),
        rng=random.Random(index),
        monotonic=clock,
    )
    s = engine.settings
    # As the engine's own: the old scheme's slow checks first run minutes after the start.
    return PC(
        index,
        store,
        folder,
        engine,
        last_deletions=clock.now - s.deletion_check_interval + 120.0,
        last_quants=clock.now - s.quant_recheck_interval + 180.0,
    )


def seed_caches(info: dict, stores: list[dict], count: int, work: Path) -> list[Path]:
    """One first sync per store: its PCs start from copies of that cache (a first sync is
    measured elsewhere; here only the steady state counts)."""
    folders = []
    clock = VirtualClock()
    for store in range(count):
        folder = work / "seed" / stores[store]["code"]
        pc = open_pc(info, -1, store, stores, folder, clock)
        try:
            cycle = pc.engine.run_once(push=False)
            if cycle.error:
                raise SystemExit(f"first sync of store {stores[store]['code']}: {cycle.error}")
        finally:
            pc.close()
        folders.append(folder)
    return folders


def copy_cache(seed: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for part in seed.glob(CACHE_FILE + "*"):
        shutil.copyfile(part, folder / part.name)


class Fleet:
    """One scenario of one scheme: the PCs, the event queue, what Odoo billed."""

    def __init__(self, info: dict, stores: list[dict], seeds: list[Path], plan: Plan, work: Path):
        self.info, self.stores, self.plan = info, stores, plan
        self.clock = VirtualClock()
        self.rng = random.Random(plan.seed)
        self.queue: list[tuple[float, int, str, int]] = []
        self._order = 0
        self.pcs: list[PC] = []
        for index in range(plan.pcs):
            store = index // PCS_PER_STORE
            folder = work / f"pc{index:04d}"
            copy_cache(seeds[store], folder)
            self.pcs.append(open_pc(info, index, store, stores, folder, self.clock))
        self.changes: list[Change] = []
        self.delays: list[float] = []
        self.busy_stores: set[int] = set()
        self.partner = self.execute("res.partner", "search", [("customer_rank", ">", 0)], limit=1)[
            0
        ]

    def at(self, when: float, kind: str, who: int) -> None:
        self._order += 1
        heapq.heappush(self.queue, (when, self._order, kind, who))

    # ------------------------------------------------------------------ a pass

    def run_pass(self, pc: PC, scheme: str, counted: bool) -> None:
        """One pull pass of `scheme`, billed to `pc` when `counted`, then its next queued."""
        now = self.clock.now
        if scheme == "new":
            pc.engine.scheduled_pass()
            wait = pc.engine.next_pass_in()
        else:
            wait = self.every_model_pass(pc)
        bill = totals(self.info)
        if counted:
            pc.passes += 1
            for key in BILL:
                pc.bill[key] += bill.get(key, 0)
        self.arrivals(pc, now + bill.get("server_seconds", 0.0))
        self.at(now + wait, "pass", pc.index)

    def every_model_pass(self, pc: PC) -> float:
        """The app before its cadence: every model every `pull_interval` (jittered), the
        deletion check and quant re-check on their intervals. Returns the wait after it."""
        now, s = self.clock.now, pc.engine.settings
        deletions = now - pc.last_deletions >= s.deletion_check_interval
        quants = now - pc.last_quants >= s.quant_recheck_interval
        pc.engine.run_once(check_deletions=deletions, recheck_quants=quants)
        if deletions:
            pc.last_deletions = now
        if quants:
            pc.last_quants = now
        return jittered(s.pull_interval, 0.2, pc.engine.rng)

    def arrivals(self, pc: PC, arrived: float) -> None:
        for change in self.changes:
            if pc.index in change.waiting and pc.holds(change):
                change.waiting.discard(pc.index)
                self.delays.append(arrived - change.at)

    # ------------------------------------------------------------------ Odoo changes

    def plan_changes(self, start: float = 0.0) -> None:
        """Poisson arrivals of orders and stock changes in the busy stores (every other
        store with the default share) from `start` (the warm-up, negative) to the end of
        the hour; at least one of each per busy store within the hour, so a short run still
        measures a delay."""
        p = self.plan
        self.busy_stores = {s for s in range(p.stores) if s % round(1 / p.busy_share) == 0}
        for store in sorted(self.busy_stores):
            for kind, rate in (("order", p.orders_per_hour), ("stock", p.stock_changes_per_hour)):
                when = start + self.rng.expovariate(rate / 3600)
                while when < 0:
                    self.at(when, kind, store)
                    when += self.rng.expovariate(rate / 3600)
                if when >= p.seconds:
                    when = self.rng.uniform(0, p.seconds)
                while when < p.seconds:
                    self.at(when, kind, store)
                    when += self.rng.expovariate(rate / 3600)

    def change(self, kind: str, store: int, timed: bool = True) -> None:
        """Make the change in Odoo now, as Odoo's own users would; a change in the warm-up
        (`timed` False) keeps the store busy but its arrival is not measured."""
        facts = self.stores[store]
        if kind == "order":
            record, quantity = self.new_order(facts), None
            table = "picking"
        else:
            record, quantity = self.stock_change(facts)
            table = "quant"
        if timed:
            waiting = {pc.index for pc in self.pcs if pc.store == store}
            self.changes.append(Change(self.clock.now, table, record, quantity, waiting))

    def execute(self, model: str, method: str, *args, **kwargs):
        answer = control(
            self.info,
            action="execute",
            model=model,
            method=method,
            args=list(args),
            kwargs=kwargs,
        )
        if "error" in answer:
            raise SystemExit(f"odoosim refused {model}.{method}: {answer['error']}")
        return answer["result"]

    def new_order(self, store: dict) -> int:
        """A web shop's click-and-collect order for `store`, confirmed: Odoo creates the
        delivery the store's PCs must show. Returns the delivery's id."""
        product = self.rng.randint(1, self.plan.products)
        order = self.execute(
            "sale.order",
            "create",
            {
                "partner_id": self.partner,
                "warehouse_id": store["warehouse_id"],
                "carrier_id": store["carrier_id"],
                "order_line": [
                    (0, 0, {"product_id": product, "product_uom_qty": 1, "name": "Web order"})
                ],
            },
        )
        self.execute("sale.order", "action_confirm", [order])
        return self.execute("stock.picking", "search", [("sale_id", "=", order)])[0]

    def stock_change(self, store: dict) -> tuple[int, float]:
        """A quantity change on one of the store's quants (a count applied in Odoo's back
        office, a reception): returns the quant and its new quantity."""
        quants = self.execute(
            "stock.quant",
            "search_read",
            [
                ("location_id", "child_of", store["view_location_id"]),
                ("location_id.usage", "=", "internal"),
                ("lot_id", "=", False),
            ],
            ["quantity"],
        )
        # A quant with a change still on its way would hide that change behind this one.
        pending = {c.record for c in self.changes if c.table == "quant" and c.waiting}
        free = [q for q in quants if q["id"] not in pending] or quants
        quant = free[self.rng.randrange(len(free))]
        quantity = quant["quantity"] + self.rng.randint(1, 5)
        self.execute("stock.quant", "write", [quant["id"]], {"inventory_quantity": quantity})
        self.execute("stock.quant", "action_apply_inventory", [quant["id"]])
        return quant["id"], quantity

    # ------------------------------------------------------------------ the hour

    def run(self, scheme: str, busy: bool) -> dict:
        """A first pass per PC spread over one interval (as a fleet started at once), the
        cadence's warm-up (the new scheme: `warmup_minutes`, with the busy stores' changes
        going on but not timed), then the simulated hour; passes after it run only until
        the last change arrived and are not billed."""
        p = self.plan
        interval = self.pcs[0].engine.settings.pull_interval
        warmup = p.warmup_minutes * 60.0 if scheme == "new" else 0.0
        warm = sorted((self.rng.uniform(-interval, 0.0) - warmup, pc.index) for pc in self.pcs)
        for when, index in warm:
            self.clock.now = when
            self.run_pass(self.pcs[index], scheme, counted=False)
        totals(self.info)
        if busy:
            self.plan_changes(-warmup)
        started = time.perf_counter()
        end = p.idle_new_minutes * 60.0 if scheme == "new" and not busy else p.seconds
        grace = end + 2 * self.pcs[0].engine.settings.slow_models_interval
        while self.queue:
            when, _, kind, who = heapq.heappop(self.queue)
            pending = any(c.waiting for c in self.changes)
            if when >= end and (not pending or when >= grace):
                break
            self.clock.now = when
            if kind == "pass":
                self.run_pass(self.pcs[who], scheme, counted=0 <= when < end)
            else:
                self.change(kind, who, timed=when >= 0)
                totals(self.info)  # the change is Odoo's own work, not the fleet's
        return self.report(scheme, busy, time.perf_counter() - started, end / 3600)

    def report(self, scheme: str, busy: bool, wall: float, hours: float) -> dict:
        interval = self.pcs[0].engine.settings.pull_interval

        def per_pc_hour(pcs: list[PC]) -> dict:
            if not pcs:
                return {}
            out = {k: sum(pc.bill[k] for pc in pcs) / len(pcs) / hours for k in BILL}
            out["passes"] = sum(pc.passes for pc in pcs) / len(pcs) / hours
            out["requests_per_interval"] = out["requests"] * interval / 3600
            out["pcs_per_worker"] = 3600 / max(out["server_seconds"], 1e-9)
            return out

        stores = self.busy_stores
        missing = sum(len(c.waiting) for c in self.changes)
        return {
            "scheme": scheme,
            "scenario": "busy" if busy else "idle",
            "wall_s": wall,
            "all": per_pc_hour(self.pcs),
            "busy_store": per_pc_hour([pc for pc in self.pcs if pc.store in stores]),
            "changes": len(self.changes),
            "arrivals": len(self.delays),
            "never_arrived": missing,
            "delay_p50": percentile(self.delays, 50) if self.delays else None,
            "delay_p99": percentile(self.delays, 99) if self.delays else None,
            "delay_max": max(self.delays) if self.delays else None,
        }

    def close(self) -> None:
        for pc in self.pcs:
            pc.close()


def server_params(plan: Plan) -> dict:
    """Per store: a thousand quants and four open deliveries of ten lines; a shared catalogue
    of a few thousand products (an idle pass reads no row of it, and each store's first sync,
    for the seed caches, stays quick)."""
    return {
        "products": plan.products,
        "quants": 1_000 * plan.stores,
        "open_pickings": 4 * plan.stores,
        "order_lines": 40 * plan.stores,
        "stores": plan.stores,
    }


def run(plan: Plan, work: Path, say=lambda text: None, schemes=SCHEMES) -> dict:
    """Both scenarios, each scheme of `schemes`, against one server."""
    with serving(server_params(plan)) as info:
        control(info, action="cost", on=True, sleep_scale=0)
        stores = control(info, action="facts")["stores"]
        say(f"fleet: first sync of {plan.stores} stores")
        started = time.perf_counter()
        seeds = seed_caches(info, stores, plan.stores, work)
        out: dict = {"plan": plan.__dict__, "seed_s": time.perf_counter() - started}
        for scenario in ("idle", "busy"):
            for scheme in schemes:
                say(f"fleet: {plan.pcs} PCs, {scenario}, {scheme} scheme")
                fleet = Fleet(info, stores, seeds, plan, work / f"{scenario}-{scheme}")
                try:
                    out[f"{scenario}_{scheme}"] = fleet.run(scheme, scenario == "busy")
                finally:
                    fleet.close()
        out["pull_interval"] = settings_for(stores[0]).pull_interval
    return out


def figures(out: dict) -> list[Figure]:
    """The fleet's rows of `make bench`: the new scheme against the old, idle and busy."""
    idle_new, idle_old = out["idle_new"]["all"], out["idle_old"]["all"]
    busy_new, busy_old = out["busy_new"], out["busy_old"]
    old = "every model each minute"
    fleet = f"fleet of {out['plan']['pcs']} PCs"
    rows = [
        Figure(
            f"{fleet}, idle: requests per PC-hour",
            idle_new["requests"],
            "requests",
            idle_old["requests"],
            old,
        ),
        Figure(
            f"{fleet}, idle: requests per PC per {out['pull_interval']:g} s interval",
            idle_new["requests_per_interval"],
            "requests",
            idle_old["requests_per_interval"],
            old,
            goal=1,
            goal_kind="atmost",
        ),
        Figure(
            f"{fleet}, idle: Odoo seconds per PC-hour",
            idle_new["server_seconds"],
            "s",
            idle_old["server_seconds"],
            old,
            1 / 20,
            "ratio",
            "atmost",
        ),
        Figure(
            f"{fleet}, idle: bytes per PC-hour",
            idle_new["bytes_sent"] / 1e6,
            "MB",
            idle_old["bytes_sent"] / 1e6,
            old,
        ),
        Figure(
            "PCs per Odoo worker at idle",
            idle_new["pcs_per_worker"],
            "PCs",
            idle_old["pcs_per_worker"],
            old,
        ),
    ]
    for label, key, unit, scale in (
        ("requests", "requests", "requests", 1),
        ("Odoo seconds", "server_seconds", "s", 1),
        ("bytes", "bytes_sent", "MB", 1e6),
    ):
        rows.append(
            Figure(
                f"{fleet}, busy store: {label} per PC-hour",
                busy_new["busy_store"][key] / scale,
                unit,
                busy_old["busy_store"][key] / scale,
                old,
            )
        )
    for p in (50, 99):
        rows.append(
            Figure(
                f"{fleet}, busy store: change in Odoo to the PC, p{p}",
                busy_new[f"delay_p{p}"],
                "s",
                busy_old[f"delay_p{p}"],
                old,
                goal=out["pull_interval"] if p == 99 else None,
                goal_kind="atmost",
            )
        )
    return rows


def details(out: dict) -> str:
    """One line for the notes under the table."""
    plan, busy = out["plan"], out["busy_new"]
    stores = -(-plan["pcs"] // PCS_PER_STORE)
    return (
        f'Fleet (bench/fleet.py, see "A fleet against one Odoo" below): {plan["pcs"]} PCs '
        f"in {stores} stores, {plan['minutes']:g} simulated minutes per scenario and scheme "
        f"(the new scheme after {plan['warmup_minutes']:g} minutes of warm-up, idle over "
        f"{plan['idle_new_minutes']:g} minutes); "
        f"busy: one store in {round(1 / plan['busy_share'])}, {plan['orders_per_hour']:g} "
        f"orders and {plan['stock_changes_per_hour']:g} stock changes per hour; "
        f"{busy['changes']} changes reached {busy['arrivals']} PCs "
        f"({busy['never_arrived']} never), the slowest after {busy['delay_max']:.0f} s. "
        f"Wall time: seed caches {out['seed_s']:.0f} s, "
        + ", ".join(
            f"{key.replace('_', ' ')} {out[key]['wall_s']:.0f} s"
            for key in ("idle_old", "idle_new", "busy_old", "busy_new")
        )
        + "."
    )


def print_report(out: dict, schemes=SCHEMES) -> None:
    plan = out["plan"]
    print(
        f"{plan['pcs']} PCs in {-(-plan['pcs'] // PCS_PER_STORE)} stores, "
        f"{plan['minutes']:g} simulated minutes; pull interval {out['pull_interval']:g} s"
    )
    for scenario in ("idle", "busy"):
        for scheme in schemes:
            r = out[f"{scenario}_{scheme}"]
            a = r["all"]
            print(
                f"  {scenario:<4} {scheme:<3}  requests/PC-h {a['requests']:8.1f}  "
                f"Odoo s/PC-h {a['server_seconds']:7.2f}  KB/PC-h {a['bytes_sent'] / 1e3:8.1f}  "
                f"req/interval {a['requests_per_interval']:5.2f}  "
                f"PCs/worker {a['pcs_per_worker']:8.0f}  wall {r['wall_s']:.0f} s"
            )
            if r["changes"]:
                print(
                    f"         changes {r['changes']}, arrivals {r['arrivals']}, never "
                    f"{r['never_arrived']}; delay p50 {r['delay_p50']:.0f} s, "
                    f"p99 {r['delay_p99']:.0f} s, max {r['delay_max']:.0f} s"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pcs", type=int, default=Plan.pcs, help="store PCs (two per store)")
    parser.add_argument("--minutes", type=float, default=Plan.minutes, help="simulated time")
    parser.add_argument(
        "--warmup",
        type=float,
        default=Plan.warmup_minutes,
        help="simulated minutes of the new scheme before the measured time",
    )
    parser.add_argument(
        "--schemes",
        default=",".join(SCHEMES),
        help="old,new (default), or one of them: the old scheme costs 60 passes per PC-hour",
    )
    parser.add_argument(
        "--idle-minutes",
        type=float,
        default=Plan.idle_new_minutes,
        help="simulated minutes the new scheme's idle cost is averaged over",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    schemes = tuple(x.strip() for x in args.schemes.split(",") if x.strip())
    if not schemes or set(schemes) - set(SCHEMES):
        parser.error(f"--schemes takes {', '.join(SCHEMES)} (comma-separated)")
    if not 1 <= args.pcs <= 5000 or min(args.minutes, args.idle_minutes) <= 0 or args.warmup < 0:
        parser.error(
            "--pcs is between 1 and 5,000, --minutes and --idle-minutes above 0, "
            "--warmup not below 0"
        )

    def say(text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="storeapp-fleet-") as tmp:
        out = run(
            Plan(
                pcs=args.pcs,
                minutes=args.minutes,
                warmup_minutes=args.warmup,
                idle_new_minutes=args.idle_minutes,
            ),
            Path(tmp),
            say,
            schemes,
        )
    if args.json:
        print(json.dumps(out))
    else:
        print_report(out, schemes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
