"""Cold start to a usable main window with a 100,000-product cache: time and peak memory.

    .venv/bin/python -m bench.startup [--products 100000] [--runs 3]

Builds a data folder once (cache with N products, as many quants, 2,000 open orders; a journal
with device setup and two employees), then starts the app in a fresh Python process per run —
a cold start as a store PC sees it, with Odoo unreachable so nothing hides behind the network —
and measures, inside that process:

- `window`: from process start to the sign-in screen shown with its employee list loaded;
- `usable`: to a signed-in main window with the Click & Collect figures on screen;
- `peak RSS` of the process (ru_maxrss).

Goals: usable in under 2 s and under 300 MB on the reference 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 2.0
GOAL_MB = 300.0


def build_data(folder: Path, products: int) -> None:
    """A realistic store-sized cache and a configured journal, written in bulk."""
    from sqlalchemy import insert

    from storeapp.core import identity
    from storeapp.offline import device_setup
    from storeapp.offline.cache import CacheStore
    from storeapp.offline.cache_models import Employee, Picking, Product, Quant, SyncCursor
    from storeapp.offline.credentials_repo import CredentialsRepo, OdooCredential
    from storeapp.offline.device_setup import DeviceSetup
    from storeapp.offline.journal import JournalStore

    cache = CacheStore.open(folder)
    stamp = "2026-11-26 08:00:00"
    with cache.write() as s:
        chunk = 20_000
        for start in range(0, products, chunk):
            ids = range(start + 1, min(products, start + chunk) + 1)
            s.execute(
                insert(Product),
                [
                    {
                        "id": i,
                        "write_date": stamp,
                        "product_tmpl_id": i,
                        "name": f"Product {i:06d} — cotton shirt, size M",
                        "default_code": f"SKU{i:06d}",
                        "barcode": f"2{i:011d}0",
                        "categ_id": 1 + i % 40,
                        "uom_name": "Units",
                        "tracking": "none",
                        "is_storable": True,
                        "list_price": 19.9,
                        "standard_price": 8.0,
                        "active": True,
                    }
                    for i in ids
                ],
            )
            s.execute(
                insert(Quant),
                [
                    {
                        "id": i,
                        "write_date": stamp,
                        "product_id": i,
                        "location_id": 10 + i % 50,
                        "quantity": float(i % 17),
                        "reserved_quantity": 0.0,
                        "inventory_date": "2026-12-31" if i % 500 else "2026-11-20",
                    }
                    for i in ids
                ],
            )
        s.execute(
            insert(Picking),
            [
                {
                    "id": i,
                    "write_date": stamp,
                    "name": f"WH/OUT/{i:05d}",
                    "state": ("assigned", "confirmed", "done", "waiting")[i % 4],
                    "picking_type_code": "outgoing",
                    "scheduled_date": "2026-11-26 10:00:00",
                    "date_done": stamp if i % 4 == 2 else None,
                }
                for i in range(1, 2001)
            ],
        )
        s.execute(
            insert(Employee),
            [
                {"id": 1, "name": "Max Manager", "active": True},
                {"id": 2, "name": "Ana", "active": True},
            ],
        )
        for model in ("product.product", "stock.quant", "stock.picking", "hr.employee"):
            s.add(
                SyncCursor(
                    model=model,
                    write_date=stamp,
                    last_id=0,
                    initial_done=True,
                    records=products,
                    last_success_at="2026-11-26T08:00:00+00:00",
                )
            )
    cache.close()
    journal = JournalStore.open(folder)
    device_setup.save(
        journal,
        DeviceSetup(
            url="http://127.0.0.1:9",  # nothing listens: the store is offline at start
            database="bench",
            login="store-bench",
            warehouse_id=1,
            warehouse_code="BN1",
            warehouse_name="Bench store",
            identity_mode="local_enrollment",
        ),
    )
    fast = {"n": 2**10, "r": 8, "p": 1}
    CredentialsRepo(journal).replace_from_odoo(
        [
            OdooCredential(
                1, "Max Manager", "manager", None, identity.make_pin_verifier("1357", **fast)
            ),
            OdooCredential(2, "Ana", "associate", None, identity.make_pin_verifier("2468", **fast)),
        ]
    )
    journal.close()


CHILD = r"""
import time
T0 = time.perf_counter()
import asyncio, json, os, resource, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_API"] = "pyside6"
from pathlib import Path
from storeapp import app as app_module, boot, config, diagnostics
data = Path(os.environ["STOREAPP_DATA_DIR"])
boot.environment(tour=False)
diagnostics.start(data, crash_file=False)
cfg = config.load_config()
from PySide6.QtWidgets import QApplication
qapp = QApplication(sys.argv[:1])
import qasync
loop = qasync.QEventLoop(qapp)
asyncio.set_event_loop(loop)
from storeapp.ui.shell import load_style
load_style(qapp)

async def main():
    store = app_module.StoreApp(cfg, data, interactive=False)
    await store.start()
    shell = store.shell
    while shell.sign_in.model.rowCount() == 0:
        await asyncio.sleep(0.005)
    window = time.perf_counter() - T0
    result = await shell.sign_in.presenter.submit_pin(1, "1357")
    shell.session.sign_in(result.employee)
    page = shell.window.pages["click_collect"]
    # The first page has loaded its data: the screen's first refresh.
    def ready():
        return getattr(page, "completed", 1)
    while not ready():
        await asyncio.sleep(0.005)
    qapp.processEvents()
    usable = time.perf_counter() - T0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    await store.stop()
    return {"window": window, "usable": usable, "rss_mb": rss}

with loop:
    try:
        print(json.dumps(loop.run_until_complete(main())))
    except BaseException as exc:
        import traceback
        traceback.print_exc()
        raise SystemExit(1)
"""


def run_once(folder: Path) -> dict[str, float]:
    env = dict(os.environ, STOREAPP_DATA_DIR=str(folder), STOREAPP_CONFIG="")
    env.pop("STOREAPP_CONFIG")
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    if out.returncode != 0:
        raise SystemExit(f"start-up run failed:\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="storeapp-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        build_data(folder, args.products)
        print(
            f"data folder with {args.products:,} products built in {time.perf_counter() - started:.1f} s"
        )
        results = [run_once(folder) for _ in range(args.runs)]
    print(f"{'run':>4} {'window s':>9} {'usable s':>9} {'peak RSS MB':>12}")
    for i, r in enumerate(results, 1):
        print(f"{i:>4} {r['window']:>9.2f} {r['usable']:>9.2f} {r['rss_mb']:>12.0f}")
    best = min(r["usable"] for r in results)
    worst_rss = max(r["rss_mb"] for r in results)
    print(
        f"best usable {best:.2f} s (goal < {GOAL_SECONDS:.0f} s, {best / GOAL_SECONDS:.0%} of it); "
        f"peak RSS {worst_rss:.0f} MB (goal < {GOAL_MB:.0f} MB, {worst_rss / GOAL_MB:.0%} of it)"
    )
    return 0 if best < GOAL_SECONDS and worst_rss < GOAL_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
