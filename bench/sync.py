"""Sync engine figures against odoosim's `scale` preset (not part of `make test`).

    .venv/bin/python -m bench.sync [--products 100000] [--quants 100000] [--pickings 2000]
                                   [--order-lines 50000] [--ops 1000] [--baseline 5000]

The emulator runs in a child process, so the client's peak RSS is the client's own and the two
sides use the two cores as a store PC and an Odoo server would. Prints:

- initial sync: wall time, RPCs, HTTP requests, bytes received, peak RSS of the client;
- no-change incremental sync: time and RPCs (goal: at most one per mirrored model);
- push of N ops of mixed kinds: time and RPCs per op;
- the same first products mirrored the naive way (odoorpc `browse` and attribute access per
  record, one SQLite commit each) against the storeapp way, as a ratio;
- keep-alive: the same small reads over one persistent connection vs a new connection per
  request (odoorpc's default urllib behaviour).

Goals (issue 4): initial < 30 s, incremental < 1 s, >= 20x faster than naive.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import random
import resource
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import odoorpc

from storeapp.core import ops
from storeapp.core.ops import aggregate_for, validate_payload
from storeapp.offline.cache import CacheStore
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Actor, Outbox
from storeapp.sync.engine import SyncEngine
from storeapp.sync.gateway import GatewaySettings, OdooGateway
from storeapp.sync.mirror import all_specs
from storeapp.sync.pull import MirrorPull
from storeapp.sync.settings import SyncSettings

ACTOR = Actor(1, "Bench")


# --------------------------------------------------------------------------- the server side


def serve(conn, params: dict, version: str = "17.0") -> None:
    """Child process: seed the scale preset and serve it, as Odoo `version`, until told to
    stop."""
    from odoosim import OdooSim

    started = time.perf_counter()
    # Keep-alive like Odoo's threaded server (or any proxy in front of a prefork Odoo).
    sim = OdooSim(seed="scale", test_mode=True, keep_alive=True, version=version, **params)
    seed_seconds = time.perf_counter() - started
    sim.start(port=0)
    conn.send(
        {
            "url": sim.url,
            "db": sim.db_name,
            "login": sim.device.login,
            "key": sim.device.api_key,
            "admin": dict(sim.facts["admin"]),
            "store": sim.facts["stores"][0]["code"],
            "seed_seconds": seed_seconds,
            "version": sim.version,
        }
    )
    conn.recv()  # until the parent says stop
    sim.stop()


@contextlib.contextmanager
def serving(params: dict, version: str = "17.0") -> Iterator[dict]:
    """odoosim in a child process, seeded with the scale preset, playing Odoo `version`."""
    parent, child = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(child, params, version), daemon=True)
    server.start()
    try:
        yield parent.recv()
    finally:
        parent.send("stop")
        server.join(10)
        if server.is_alive():
            server.terminate()


# --------------------------------------------------------------------------- helpers


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gateway_for(info: dict, url: str | None = None, keep_alive: bool = True) -> OdooGateway:
    settings = GatewaySettings(
        url=url or info["url"],
        database=info["db"],
        login=info["login"],
        keep_alive=keep_alive,
        timeout_read=300,
        timeout_write=300,
        timeout_action=300,
    )
    return OdooGateway(settings, secret=info["key"])


def rpc_count(gw: OdooGateway) -> int:
    return sum(gw.calls.values())


def row(label: str, value: str) -> None:
    print(f"  {label:<44} {value}")


# --------------------------------------------------------------------------- measurements


def initial_and_incremental(
    info: dict, folder: Path, settings: SyncSettings, record_to: Path | None = None
) -> dict:
    """Initial sync into `folder`, then the steady no-change incremental. With `record_to`,
    every answer body of the initial sync is saved there for the floor (bench/floor.py)."""
    gw = gateway_for(info)
    cache = CacheStore.open(folder)
    pull = MirrorPull(gw, cache, settings)
    sink = None
    if record_to is not None:
        from bench.floor import record_answers

        sink = record_answers(gw, record_to)
    gw.connect()
    rpcs0, bytes0, req0 = rpc_count(gw), gw.stats.bytes_received, gw.stats.requests
    started = time.perf_counter()
    first = pull.pull()
    initial = time.perf_counter() - started
    if sink is not None:
        sink.close()
    figures = {
        "initial_s": initial,
        "initial_rpcs": rpc_count(gw) - rpcs0,
        "initial_requests": gw.stats.requests - req0,
        "initial_mb": (gw.stats.bytes_received - bytes0) / 1e6,
        "initial_rows": first.fetched,
        "rows_by_model": {m.model: m.fetched for m in first.models},
        "rss_mb": rss_mb(),
    }
    # The first incremental pass re-reads what changed within the overlap of the first sync's
    # start; the steady state is the pass after it.
    time.sleep(settings.overlap_seconds + 1.1)
    pull.pull()
    rpcs0 = rpc_count(gw)
    started = time.perf_counter()
    again = pull.pull()
    figures["incremental_s"] = time.perf_counter() - started
    figures["incremental_rpcs"] = rpc_count(gw) - rpcs0
    figures["incremental_rows"] = again.fetched
    figures["models"] = len(pull.specs) + 1
    pull.close()
    cache.close()
    gw.close()
    return figures


def control(info: dict, **request) -> None:
    """A command to odoosim's test-mode control endpoint (fault injection)."""
    import json
    import urllib.request

    body = json.dumps(request).encode()
    req = urllib.request.Request(
        info["url"] + "/odoosim/control",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as answer:
        answer.read()


def wan_incremental(info: dict, folder: Path, settings: SyncSettings, delay: float = 0.05) -> dict:
    """No-change incremental sync of an already synced cache with every request delayed by
    `delay` seconds, as over a store's WAN link: time and RPCs."""
    gw = gateway_for(info)
    cache = CacheStore.open(folder)
    pull = MirrorPull(gw, cache, settings)
    gw.connect()
    pull.pull()  # the store's scope and session are known before, as in a running app
    control(info, action="inject", kind="delay", delay=delay, times=0)
    try:
        rpcs0, req0 = rpc_count(gw), gw.stats.requests
        started = time.perf_counter()
        result = pull.pull()
        seconds = time.perf_counter() - started
    finally:
        control(info, action="clear")
        pull.close()
        cache.close()
        gw.close()
    return {
        "wan_s": seconds,
        "wan_rpcs": rpc_count(gw) - rpcs0,
        "wan_requests": gw.stats.requests - req0,
        "wan_rows": result.fetched,
        "wan_delay_ms": delay * 1000,
    }


def grant_stock_manager(info: dict) -> None:
    """Odoo 17 applies counts only for Inventory Administrators (as IT sets the device up);
    from 18 on Inventory / User is enough."""
    if not str(info.get("version", "17.0")).startswith("17"):
        return
    host, port = info["url"].split("//", 1)[1].split(":")
    admin = odoorpc.ODOO(host, port=int(port))
    admin.login(info["db"], info["admin"]["login"], info["admin"]["password"])
    _m, group = admin.execute(
        "ir.model.data", "check_object_reference", "stock", "group_stock_manager"
    )
    uid = admin.execute_kw("res.users", "search", [[("login", "=", info["login"])]])[0]
    admin.execute_kw("res.users", "write", [[uid], {"groups_id": [(4, group)]}])


def push_ops(info: dict, folder: Path, settings: SyncSettings, count: int) -> dict:
    """Enqueue `count` ops of every kind on real store data, then drain them."""
    grant_stock_manager(info)
    gw = gateway_for(info)
    rng = random.Random(7)
    scope_wh = gw.search_read(
        "stock.warehouse", [("code", "=", info["store"])], ["view_location_id"]
    )[0]
    pickings = gw.search_read(
        "stock.picking",
        [
            ("state", "in", ["confirmed", "assigned"]),
            ("picking_type_id.code", "=", "outgoing"),
            ("picking_type_id.warehouse_id", "=", scope_wh["id"]),
        ],
        ["name"],
        limit=count // 3,
        order="id asc",
    )
    moves = gw.search_read(
        "stock.move",
        [("picking_id", "in", [p["id"] for p in pickings])],
        ["picking_id", "product_id", "product_uom_qty", "has_tracking"],
        order="id asc",
    )
    quants = gw.search_read(
        "stock.quant",
        [
            ("location_id", "child_of", scope_wh["view_location_id"][0]),
            ("location_id.usage", "=", "internal"),
            ("lot_id", "=", False),
            ("quantity", ">", 5),
        ],
        ["product_id", "location_id", "quantity", "write_date"],
        limit=count // 3,
        order="id asc",
    )
    by_picking: dict[int, list[dict]] = {}
    for move in moves:
        by_picking.setdefault(move["picking_id"][0], []).append(move)
    journal = JournalStore.open(folder)
    outbox = Outbox(journal)
    planned: list[tuple[str, dict]] = []
    for picking in pickings:
        lines = by_picking.get(picking["id"], [])
        if not lines or any(m["has_tracking"] != "none" for m in lines):
            continue
        planned.append(
            (
                ops.PICKING_SET_PICKED,
                {
                    "picking_id": picking["id"],
                    "picking_name": picking["name"],
                    "moves": [
                        {
                            "move_id": m["id"],
                            "product_id": m["product_id"][0],
                            "quantity": m["product_uom_qty"],
                        }
                        for m in lines
                    ],
                },
            )
        )
        planned.append(
            (ops.PICKING_VALIDATE, {"picking_id": picking["id"], "picking_name": picking["name"]})
        )
    for quant in quants:
        planned.append(
            (
                ops.COUNT_APPLY,
                {
                    "product_id": quant["product_id"][0],
                    "location_id": quant["location_id"][0],
                    "counted": quant["quantity"] - rng.randint(1, 3),
                    "snapshot_qty": quant["quantity"],
                    # As the counts screen saves it: the conflict check runs at push.
                    "snapshot_as_of": quant["write_date"],
                },
            )
        )
    while len(planned) < count:
        picking = rng.choice(pickings)
        planned.append(
            (
                ops.MESSAGE_POST,
                {"model": "stock.picking", "res_id": picking["id"], "body": "Bench note"},
            )
        )
    planned = planned[:count]
    kinds: dict[str, int] = {}
    for kind, payload in planned:
        clean = validate_payload(kind, payload)
        outbox.enqueue(kind, clean, aggregate_for(kind, clean), ACTOR, uuid=str(uuid.uuid4()))
        kinds[kind] = kinds.get(kind, 0) + 1
    cache = CacheStore.open(folder)
    engine = SyncEngine(gw, cache, outbox, settings)
    gw.connect()
    rpcs0 = rpc_count(gw)
    started = time.perf_counter()
    cycle = engine.run_once(pull=False)
    seconds = time.perf_counter() - started
    done = cycle.push.done if cycle.push else 0
    figures = {
        "push_s": seconds,
        "push_ops": len(planned),
        "push_done": done,
        "push_parked": cycle.push.parked if cycle.push else 0,
        "push_rpcs": rpc_count(gw) - rpcs0,
        "push_kinds": kinds,
        "push_reasons": sorted(set(cycle.push.parked_reasons))[:3] if cycle.push else [],
    }
    engine.close()
    cache.close()
    journal.close()
    gw.close()
    return figures


def baseline(info: dict, folder: Path, settings: SyncSettings, n: int) -> dict:
    """The first n products: odoorpc browse + attribute access per record, one commit per row,
    against storeapp's explicit-field pages with bulk upserts."""
    host, port = info["url"].split("//", 1)[1].split(":")
    naive = odoorpc.ODOO(host, port=int(port), timeout=300)
    naive.login(info["db"], info["login"], info["key"])
    products = naive.env["product.product"]
    ids = products.search([], order="id asc", limit=n)
    folder.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(folder / "naive.sqlite", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(
        "CREATE TABLE product (id INTEGER PRIMARY KEY, name TEXT, code TEXT, barcode TEXT, categ TEXT, uom TEXT, price REAL)"
    )
    started = time.perf_counter()
    for pid in ids:
        rec = products.browse(pid)
        db.execute(
            "INSERT OR REPLACE INTO product VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                rec.id,
                rec.name,
                rec.default_code or None,
                rec.barcode or None,
                rec.categ_id.name,
                rec.uom_id.name,
                rec.list_price,
            ),
        )
    naive_s = time.perf_counter() - started
    db.close()

    gw = gateway_for(info)
    cache = CacheStore.open(folder / "fast")
    pull = MirrorPull(gw, cache, settings)
    scope = pull.resolve_scope()
    spec = next(s for s in all_specs(settings) if s.model == "product.product")
    last = ids[-1]
    limited = replace(spec, domain=lambda s, base=spec.domain: [*base(s), ("id", "<=", last)])
    started = time.perf_counter()
    result = pull.pull_model(limited, scope)
    fast_s = time.perf_counter() - started
    pull.close()
    cache.close()
    gw.close()
    return {"naive_s": naive_s, "fast_s": fast_s, "rows": result.fetched, "n": len(ids)}


def keep_alive(info: dict, calls: int = 1000) -> dict:
    out = {}
    for label, reuse in (("keep_alive", True), ("close", False)):
        gw = gateway_for(info, keep_alive=reuse)
        gw.connect()
        started = time.perf_counter()
        for i in range(calls):
            gw.read("stock.warehouse", [1 + i % 2], ["code"])
        out[f"{label}_ms"] = (time.perf_counter() - started) / calls * 1000
        out[f"{label}_connections"] = gw.stats.connections_opened
        gw.close()
    return out


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--quants", type=int, default=100_000)
    parser.add_argument("--pickings", type=int, default=2_000)
    parser.add_argument("--order-lines", type=int, default=50_000)
    parser.add_argument("--ops", type=int, default=1_000)
    parser.add_argument("--baseline", type=int, default=5_000)
    args = parser.parse_args(argv)
    params = {
        "products": args.products,
        "quants": args.quants,
        "open_pickings": args.pickings,
        "order_lines": args.order_lines,
    }
    parent, child = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(child, params), daemon=True)
    server.start()
    info = parent.recv()
    settings = SyncSettings(warehouse_code=info["store"])
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            print(
                f"odoosim scale preset {params} seeded in {info['seed_seconds']:.1f} s (child process)"
            )
            sync = initial_and_incremental(info, folder / "sync", settings)
            print("\nInitial sync (first pull of the whole store)")
            row("wall time", f"{sync['initial_s']:.1f} s   (goal < 30 s)")
            row("rows received", f"{sync['initial_rows']:,}")
            row(
                "RPCs (execute_kw) / HTTP requests",
                f"{sync['initial_rpcs']} / {sync['initial_requests']}",
            )
            row("bytes received", f"{sync['initial_mb']:.1f} MB")
            row("peak RSS of the client", f"{sync['rss_mb']:.0f} MB")
            for model, n in sync["rows_by_model"].items():
                if n >= 1000:
                    row(f"  {model}", f"{n:,}")
            print("\nNo-change incremental sync")
            row("wall time", f"{sync['incremental_s'] * 1000:.0f} ms   (goal < 1 s)")
            row(
                "RPCs",
                f"{sync['incremental_rpcs']} for {sync['models']} mirrored models (goal <= 1 each)",
            )
            row("rows received", str(sync["incremental_rows"]))

            push = push_ops(info, folder / "push", settings, args.ops)
            print(f"\nPush of {push['push_ops']} ops {push['push_kinds']}")
            row(
                "wall time",
                f"{push['push_s']:.1f} s ({push['push_s'] / max(push['push_ops'], 1) * 1000:.0f} ms/op)",
            )
            row("done / parked", f"{push['push_done']} / {push['push_parked']}")
            row("RPCs per op", f"{push['push_rpcs'] / max(push['push_ops'], 1):.1f}")
            for reason in push["push_reasons"]:
                row("parked because", reason[:100])

            base = baseline(info, folder / "baseline", settings, args.baseline)
            print(f"\nFirst {base['n']:,} products: naive odoorpc vs storeapp")
            row("naive (browse + attribute access per record)", f"{base['naive_s']:.1f} s")
            row("storeapp (explicit fields, pages, bulk upsert)", f"{base['fast_s']:.2f} s")
            row("ratio", f"{base['naive_s'] / base['fast_s']:.0f}x   (goal >= 20x)")

            ka = keep_alive(info)
            print("\nConnection reuse (1,000 small reads)")
            row(
                "one persistent connection",
                f"{ka['keep_alive_ms']:.2f} ms/RPC ({ka['keep_alive_connections']} connections)",
            )
            row(
                "a new connection per request",
                f"{ka['close_ms']:.2f} ms/RPC ({ka['close_connections']} connections)",
            )
    finally:
        parent.send("stop")
        server.join(10)
        if server.is_alive():
            server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
