"""The sync against odoosim with its cost model on: what the same work costs a real Odoo 17.

Run by `python -m bench` on the already seeded scale server, after the emulator-speed rows:
the control endpoint switches odoosim's cost model (odoosim/cost.py) on, the figures below are
taken, and it is switched off again. Sleeps, not CPU, stand for Odoo's time, so this part
loads the shared machine little even when its wall time is long.

- first sync into an empty cache, as storeapp does it (bare many2one ids), and beside it what
  Odoo would have spent computing display names with its default `load`;
- the floor: the same models, domains and pages read with `id` and `write_date` only — the
  least any first sync can cost Odoo;
- a no-change cycle as the `storeapp sync --once` CLI makes it (signs in each time), as the
  running app made it before its cadence (one session, every model every interval), with the
  cadence alone (the fast models every pass), and as it makes it now: the real `SyncEngine`
  with its cadence and change probe (storeapp/sync/probe.py) played over three hours of a
  compressed clock, the last two counted (steady idle): requests, Odoo seconds, bytes; per
  PC-hour, and how many PCs one Odoo worker can serve at idle.

`python -m bench.odoo_cost [--scale F]` runs only these rows (seeds its own server) and
prints them, for iterating without the whole bench.
"""

from __future__ import annotations

import json
import statistics
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.sync import gateway_for
from storeapp.offline.cache import CacheStore
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Outbox
from storeapp.sync.cadence import Cadence
from storeapp.sync.engine import SyncEngine
from storeapp.sync.pull import PARALLEL_MODELS, MirrorPull
from storeapp.sync.settings import SyncSettings


def control(info: dict, **request) -> dict | None:
    """A command to odoosim's test-mode control endpoint; returns its answer."""
    req = urllib.request.Request(
        info["url"] + "/odoosim/control",
        data=json.dumps(request).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as answer:
        return json.loads(answer.read())["result"]


def totals(info: dict) -> dict:
    """Odoo's totals since the last call (and reset them)."""
    return control(info, action="cost", reset=True) or {}


def first_sync(info: dict, folder: Path, settings: SyncSettings) -> dict:
    gw = gateway_for(info)
    cache = CacheStore.open(folder)
    pull = MirrorPull(gw, cache, settings)
    try:
        totals(info)
        started = time.perf_counter()
        result = pull.pull()
        seconds = time.perf_counter() - started
        spent = totals(info)
    finally:
        pull.close()
        cache.close()
        gw.close()
    return {
        "s": seconds,
        "rows": result.fetched,
        "changed": result.changed,
        "requests": spent["requests"],
        "odoo_rows": spent["rows_read"],
        "connections": spent["connections"],
        "odoo_s": spent["server_seconds"],
        "named_odoo_s": spent["server_seconds"] + spent["names_saved_seconds"],
    }


def floor(info: dict, folder: Path, settings: SyncSettings, *, connections: int = 1) -> dict:
    """Every model's pages of the first sync, `id` and `write_date` only, at the sync's page
    size: the least any first sync can cost Odoo. With one connection (the issue's floor) the
    models are read one after another; with two, the products are read on a second connection
    beside the others, as the first sync does, so the two can also be compared like for like.
    Models reached through others (sale orders of mirrored pickings) use the ids the first
    sync left in `folder`'s cache."""
    gw = gateway_for(info)
    side_gw = gw.sibling() if connections > 1 else None
    cache = CacheStore.open(folder)
    pull = MirrorPull(gw, cache, settings)
    try:
        scope = pull.resolve_scope()
        queries = []
        for spec in pull.specs:
            domain = list(spec.domain(scope))
            if spec.references is not None:
                with cache.read() as s:
                    key, refs = spec.references(s.connection())
                if not refs:
                    continue
                domain.append((key, "in", refs))
            queries.append((spec, domain))
        side = [q for q in queries if side_gw is not None and q[0].model in PARALLEL_MODELS]
        main = [q for q in queries if q not in side]
        if side_gw is not None:
            side_gw.connect()  # signed in before the clock starts, like the main gateway
        totals(info)
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=1) as lane:
            side_rows = lane.submit(_id_pages, side_gw, side, settings) if side else None
            rows = _id_pages(gw, main, settings)
            rows += side_rows.result() if side_rows is not None else 0
        seconds = time.perf_counter() - started
        spent = totals(info)
    finally:
        pull.close()
        cache.close()
        gw.close()
        if side_gw is not None:
            side_gw.close()
    return {"s": seconds, "rows": rows, "odoo_s": spent["server_seconds"]}


def _id_pages(gw, queries: list, settings: SyncSettings) -> int:
    """Read every page of `queries` [(spec, domain)] with `id` and `write_date` only."""
    rows = 0
    for spec, domain in queries:
        after = 0
        while True:
            page = gw.search_read(
                spec.model,
                [*domain, ("id", ">", after)] if after else domain,
                ["id", "write_date"],
                limit=settings.page_size,
                order="id asc",
                context=spec.context(),
            )
            rows += len(page)
            if len(page) < settings.page_size:
                break
            after = page[-1]["id"]
    return rows


def idle_cycles(info: dict, folder: Path, settings: SyncSettings, cycles: int = 3) -> dict:
    """No-change cycles on the synced cache, per cycle: the CLI's (a new sign-in each, every
    model), the running app's before the cadence (one session, every model) and with it
    (storeapp/sync/cadence.py: the fast models only; every model each `slow_interval`)."""
    out: dict = {}
    cache = CacheStore.open(folder)
    try:
        # Past the overlap window, so a cycle reads nothing back.
        time.sleep(settings.overlap_seconds + 1.1)
        totals(info)
        for _ in range(cycles):
            gw = gateway_for(info)
            pull = MirrorPull(gw, cache, settings)
            pull.pull()
            pull.close()
            gw.close()
        out["cli"] = {k: v / cycles for k, v in totals(info).items()}
        gw = gateway_for(info)
        pull = MirrorPull(gw, cache, settings)
        pull.pull()
        totals(info)
        for _ in range(cycles):
            pull.pull()
        out["full"] = {k: v / cycles for k, v in totals(info).items()}
        cadence = Cadence(settings.pull_interval, slow_interval=settings.slow_models_interval)
        cadence.after_pass(pull.pull(), None)
        fast = cadence.models_for_pass([spec.model for spec in pull.specs], True)
        totals(info)
        for _ in range(cycles):
            cadence.after_pass(pull.pull(models=fast, recheck_children=True), fast)
        out["fast"] = {k: v / cycles for k, v in totals(info).items()}
        out["fast_models"] = len(fast or ())
        out["idle_interval"] = cadence.max_interval
        pull.close()
        gw.close()
    finally:
        cache.close()
    per_hour(out, settings)
    return out


class CompressedClock:
    """Monotonic seconds that move only when told: the engine's cadence and connectivity read
    it, so an hour of scheduling takes the time of its requests only."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def engine_hours(info: dict, folder: Path, settings: SyncSettings, hours: int = 5) -> dict:
    """The running app's schedule, idle, over `hours` of a compressed clock: the real engine
    (push, change probe, cadence, deletion checks and quant re-checks when due), Odoo's totals
    per hour after the first (the first holds the start-up passes over every model), and the
    requests of each pass."""
    clock = CompressedClock()
    gw = gateway_for(info)
    cache = CacheStore.open(folder)
    journal = JournalStore.open(folder / "engine")
    engine = SyncEngine(gw, cache, Outbox(journal), settings, monotonic=clock)
    hourly: list[dict] = []
    passes = []
    per_pass: list[int] = []  # requests of each pass after the first hour
    try:
        totals(info)
        for _ in range(hours):
            end = clock.now + 3600
            count = 0
            while clock.now < end:
                before = gw.stats.requests
                engine.scheduled_pass()
                if hourly:
                    per_pass.append(gw.stats.requests - before)
                count += 1
                clock.now += engine.next_pass_in()
            hourly.append(totals(info))
            passes.append(count)
    finally:
        engine.close()
        journal.close()
        cache.close()
        gw.close()
    steady = hourly[1:] or hourly
    per_hour = {k: sum(h[k] for h in steady) / len(steady) for k in steady[0]}
    per_hour["pcs_per_worker"] = 3600 / max(per_hour["server_seconds"], 1e-9)
    return {
        "requests": statistics.median(per_pass),
        "passes_over_one_request": sum(1 for n in per_pass if n > 1),
        "server_seconds": per_hour["server_seconds"] / max(1, len(per_pass) / len(steady)),
        "per_hour": per_hour,
        "first_hour": hourly[0],
        "passes_per_hour": passes,
        "probes": engine.probe.asked,
        "probe_yes": engine.probe.answered_yes,
        "max_interval": engine.cadence.max_interval,
    }


def per_hour(out: dict, settings: SyncSettings) -> None:
    """Per PC-hour: the old schemes every `pull_interval`; the cadence at its idle interval,
    with a pass over every model each `slow_models_interval` instead of a fast one."""
    hourly = 3600 / settings.pull_interval
    for key in ("cli", "full"):
        out[key]["per_hour"] = {k: v * hourly for k, v in out[key].items()}
    fast, full = out["fast"], out["full"]
    passes = 3600 / out["idle_interval"]
    slow = 3600 / settings.slow_models_interval
    out["fast"]["per_hour"] = {
        k: passes * fast[k] + slow * max(0.0, full[k] - fast[k]) for k in fast
    }
    for key in ("cli", "full", "fast"):
        hour = out[key]["per_hour"]
        hour["pcs_per_worker"] = 3600 / max(hour["server_seconds"], 1e-9)


def run(info: dict, work: Path, settings: SyncSettings, say, cycles: int = 3) -> dict:
    """Every figure above, the cost model on for the duration only."""
    control(info, action="cost", on=True)
    try:
        say("calibrated Odoo: first sync")
        out = {"first": first_sync(info, work / "costed", settings)}
        say("calibrated Odoo: the id + write_date floor, one connection and two")
        out["floor"] = floor(info, work / "costed", settings)
        out["floor2"] = floor(info, work / "costed", settings, connections=2)
        say("calibrated Odoo: idle cycles")
        out["idle"] = idle_cycles(info, work / "costed", settings, cycles)
        say("calibrated Odoo: the engine idle, five hours of a compressed clock")
        out["idle"]["probe"] = engine_hours(info, work / "costed", settings)
    finally:
        control(info, action="cost", on=False)
    return out


def main(argv: list[str] | None = None) -> None:
    """Only the calibrated-Odoo rows, on a server of their own, printed. With `--page-size`,
    only the first sync and its floors (one connection and two), at each page size given."""
    import argparse
    import tempfile

    from bench.__main__ import cost_figures, serving, sizes

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=0.2, help="of the bench's data sizes")
    parser.add_argument("--page-size", type=int, nargs="*", default=[], help="first sync only")
    parser.add_argument("--connections", type=int, default=2, help="of the first sync")
    parser.add_argument("--workers", type=int, default=2, help="of the modelled Odoo")
    args = parser.parse_args(argv)
    n = sizes(args.scale)
    params = {
        "products": n["products"],
        "quants": n["quants"],
        "open_pickings": n["pickings"],
        "order_lines": n["order_lines"],
    }
    if args.page_size:
        with serving(params) as info, tempfile.TemporaryDirectory() as folder:
            settings = SyncSettings(warehouse_code=info["store"], pull_connections=args.connections)
            page_sizes(info, Path(folder), settings, args.page_size, workers=args.workers)
        return
    with tempfile.TemporaryDirectory() as folder, serving(params) as info:
        settings = SyncSettings(warehouse_code=info["store"])
        out = run(info, Path(folder), settings, print, cycles=n["idle_cycles"])
    for figure in cost_figures(out, f"{n['products']:,}"):
        print(figure)
    probe = out["idle"]["probe"]
    print(
        f"engine idle: passes per hour {probe['passes_per_hour']}, probes {probe['probes']} "
        f"({probe['probe_yes']} yes), first hour {probe['first_hour']}"
    )


def page_sizes(
    info: dict, work: Path, base: SyncSettings, pages: list[int], *, workers: int = 2
) -> None:
    """The calibrated first sync against its floors at each page size (the cost model on for
    the duration only, modelling an Odoo of `workers` workers)."""
    from dataclasses import replace

    control(info, action="cost", on=True, workers=workers)
    try:
        for size in pages:
            settings = replace(base, page_size=size)
            folder = work / f"p{size}"
            first = first_sync(info, folder, settings)
            low = floor(info, folder, settings)
            low2 = floor(info, folder, settings, connections=2)
            print(
                f"page {size}: first sync {first['s']:.1f} s ({first['requests']} requests, "
                f"Odoo {first['odoo_s']:.1f} s), floor {low['s']:.1f} s: "
                f"{first['s'] / low['s']:.2f}x; floor over 2 connections {low2['s']:.1f} s: "
                f"{first['s'] / low2['s']:.2f}x",
                flush=True,
            )
    finally:
        control(info, action="cost", on=False)


if __name__ == "__main__":
    main()
