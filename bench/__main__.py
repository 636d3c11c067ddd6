"""`python -m bench` (`make bench`): every benchmark, one table, written to docs/performance.md.

    .venv/bin/python -m bench [--out docs/performance.md] [--no-write]

Sizes scale with STOREAPP_BENCH_SCALE (default 1: the 100,000-product `scale` store, 1,000
ops, the first 5,000 products for the naive baseline). The full suite takes a few minutes on
a 2-core machine; STOREAPP_BENCH_SCALE=0.1 gives a quick look, and the smoke test runs it at a
few thousandths. Baselines and the floor are measured in the same run, so their ratios hold
even when the machine is busy and the absolute figures are not.

Only the part of docs/performance.md between the `bench:begin` and `bench:end` markers is
rewritten; the notes around it (the record of improvements) are kept.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import common, fleet, floor, journal, odoo_cost, search, startup
from bench import sync as sync_bench
from bench.common import Figure, percentile, scaled
from bench.sync import serving

BEGIN = "<!-- bench:begin -->"
END = "<!-- bench:end -->"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "performance.md"

INTRO = """# Performance

Written by `make bench` (`python -m bench`, see bench/__main__.py). The goals are those of the
performance issue, for a 2-core store PC. Absolute times on a shared machine vary from run to
run; the baseline of each row is measured in the same run, so the ratio is the steadier figure.
"""


def sizes(factor: float) -> dict[str, int]:
    return {
        "products": scaled(100_000, factor, 200),
        "quants": scaled(100_000, factor, 200),
        "pickings": scaled(2_000, factor, 10),
        "order_lines": scaled(50_000, factor, 50),
        "ops": scaled(1_000, factor, 12),
        "baseline": scaled(5_000, factor, 50),
        "scans": scaled(400, factor, 20),
        "journal_ops": scaled(2_000, factor, 50),
        "version_products": scaled(20_000, factor, 200),
        "version_ops": scaled(300, factor, 12),
        "search_rounds": 3 if factor >= 0.5 else 1,
        "startup_runs": 3 if factor >= 0.5 else 1,
        "idle_cycles": 3 if factor >= 0.5 else 1,
        "fleet_pcs": scaled(10, factor, 2),
        "fleet_minutes": 60 if factor >= 0.5 else 5,
        "fleet_warmup_minutes": 60 if factor >= 0.5 else 5,
        "fleet_idle_minutes": 240 if factor >= 0.5 else 5,
    }


def run_versions(n: dict[str, int], work: Path) -> dict:
    """Initial sync and push per op on the same data served as Odoo 17 (odoorpc over
    /jsonrpc) and as Odoo 19 (JSON-2), side by side."""
    params = {
        "products": n["version_products"],
        "quants": n["version_products"],
        "open_pickings": n["pickings"],
        "order_lines": n["order_lines"],
    }
    out: dict = {}
    for version in ("17.0", "19.0"):
        say(f"Odoo {version}: initial sync and push of {n['version_ops']} ops")
        with serving(params, version) as info:
            settings = sync_bench.SyncSettings(warehouse_code=info["store"])
            folder = work / f"odoo{version}"
            sync = sync_bench.initial_and_incremental(info, folder / "sync", settings)
            push = sync_bench.push_ops(info, folder / "push", settings, n["version_ops"])
        out[version] = {
            "initial_s": sync["initial_s"],
            "initial_rpcs": sync["initial_rpcs"],
            "push_ms_per_op": push["push_s"] / max(push["push_ops"], 1) * 1000,
            "push_done": push["push_done"],
        }
    return out


def run_sync(n: dict[str, int], work: Path) -> dict:
    """The server-backed figures: initial (recorded for the floor), incremental, WAN, push,
    naive baseline, connection reuse. odoosim runs in a child process."""
    params = {
        "products": n["products"],
        "quants": n["quants"],
        "open_pickings": n["pickings"],
        "order_lines": n["order_lines"],
    }
    with serving(params) as info:
        return _sync_figures(n, work, info)


def _sync_figures(n: dict[str, int], work: Path, info: dict) -> dict:
    """Everything run_sync measures, against the server `info` describes."""
    settings = sync_bench.SyncSettings(warehouse_code=info["store"])
    out: dict = {"seed_s": info["seed_seconds"], "pull_interval": settings.pull_interval}
    say(f"odoosim seeded in {info['seed_seconds']:.1f} s; initial sync")
    answers = work / "answers.bin"
    out.update(sync_bench.initial_and_incremental(info, work / "sync", settings, record_to=answers))
    say("floor: decode the same answers, insert the same rows")
    out["floor"] = floor.measure(answers, work / "sync" / "cache.sqlite", work / "floor")
    answers.unlink()
    say("incremental sync over a 50 ms link")
    out.update(sync_bench.wan_incremental(info, work / "sync", settings, delay=0.05))
    say(f"push of {n['ops']} ops")
    out.update(sync_bench.push_ops(info, work / "push", settings, n["ops"]))
    say(f"naive baseline, first {n['baseline']} products")
    out["baseline"] = sync_bench.baseline(info, work / "baseline", settings, n["baseline"])
    out["keep_alive"] = sync_bench.keep_alive(info, calls=min(1000, 10 * n["ops"]))
    out["cost"] = odoo_cost.run(info, work, settings, say, cycles=n["idle_cycles"])
    return out


def run_scan(n: dict[str, int]) -> list[float]:
    """Scan to screen in its own process: it becomes a Qt application."""
    command = [sys.executable, "-m", "bench.scan", "--json"]
    command += ["--products", str(n["products"]), "--scans", str(n["scans"])]
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=root)
    if out.returncode != 0:
        raise SystemExit(f"bench.scan failed:\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])["timings_ms"]


def run_startup(n: dict[str, int]) -> list[dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="storeapp-bench-start-") as tmp:
        folder = Path(tmp)
        startup.build_data(folder, n["products"])
        return [startup.run_once(folder) for _ in range(n["startup_runs"])]


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def version_figures(v: dict, n: dict[str, int]) -> list[Figure]:
    """Odoo 19 over JSON-2 beside Odoo 17 over /jsonrpc, the same data on both."""
    old, new = v["17.0"], v["19.0"]
    label = "Odoo 17 (JSON-RPC)"
    k = f"{n['version_products']:,}"
    return [
        Figure(f"Odoo 17 (JSON-RPC): initial sync, {k} products", old["initial_s"], "s"),
        Figure(
            f"Odoo 19 (JSON-2): initial sync, {k} products",
            new["initial_s"],
            "s",
            old["initial_s"],
            label,
        ),
        Figure("Odoo 17 (JSON-RPC): push, per op", old["push_ms_per_op"], "ms"),
        Figure(
            "Odoo 19 (JSON-2): push, per op",
            new["push_ms_per_op"],
            "ms",
            old["push_ms_per_op"],
            label,
        ),
    ]


def figures_of(r: dict, n: dict[str, int]) -> list[Figure]:
    s, fl, base = r["sync"], r["sync"]["floor"], r["sync"]["baseline"]
    k = f"{n['products']:,}"
    models = s["models"]
    wan = f"{s['wan_delay_ms']:.0f} ms link"
    scan, start = r["scan"], r["startup"]
    naive_rate = base["n"] / base["naive_s"]
    fast_rate = base["rows"] / base["fast_s"]
    return [
        Figure(
            f"initial sync, {k} products",
            s["initial_s"],
            "s",
            fl["floor_s"],
            "floor: decode + insert",
            3,
            "ratio",
        ),
        Figure("initial sync, wall time", s["initial_s"], "s", goal=30),
        Figure("initial sync, RPCs", s["initial_rpcs"], "RPCs"),
        Figure("initial sync, bytes received", s["initial_mb"], "MB"),
        Figure("initial sync, rows", s["initial_rows"], "rows"),
        Figure("initial sync, client peak RSS", s["rss_mb"], "MB"),
        Figure("floor: JSON decode of the same answers", fl["decode_s"], "s"),
        Figure("floor: bulk insert of the same rows", fl["insert_s"], "s"),
        Figure("no-change incremental sync", s["incremental_s"], "s", goal=1),
        Figure(
            f"no-change incremental sync, RPCs ({models} mirrored models)",
            s["incremental_rpcs"],
            "RPCs",
            goal=models,
            goal_kind="atmost",
        ),
        Figure(
            f"no-change incremental sync, {wan}",
            s["wan_s"],
            "s",
            s["wan_rpcs"] * s["wan_delay_ms"] / 1000,
            "RPCs × latency",
            10,
        ),
        Figure(f"no-change incremental sync, {wan}, RPCs", s["wan_rpcs"], "RPCs"),
        Figure(f"push of {s['push_ops']} ops", s["push_s"], "s"),
        Figure("push, per op", s["push_s"] / max(s["push_ops"], 1) * 1000, "ms"),
        Figure("push, RPCs per op", s["push_rpcs"] / max(s["push_ops"], 1), "RPCs"),
        *version_figures(r["versions"], n),
        Figure(
            f"mirror first {base['n']:,} products, storeapp speed",
            fast_rate,
            "rows/s",
            naive_rate,
            "naive browse",
            20,
            "ratio",
            "min",
        ),
        Figure(
            "small read, one persistent connection",
            r["sync"]["keep_alive"]["keep_alive_ms"],
            "ms",
            r["sync"]["keep_alive"]["close_ms"],
            "new connection each",
        ),
        *cost_figures(s["cost"], k),
        *fleet.figures(r["fleet"]),
        Figure("scan to screen p50", percentile(scan, 50), "ms", goal=20),
        Figure("scan to screen p99", percentile(scan, 99), "ms", goal=20),
        Figure(f"search as you type p50, {k} products", r["search"]["p50_ms"], "ms", goal=50),
        Figure(f"search as you type p99, {k} products", r["search"]["p99_ms"], "ms", goal=50),
        Figure("cold start to usable window", min(x["usable"] for x in start), "s", goal=2),
        Figure("cold start to sign-in screen", min(x["window"] for x in start), "s"),
        Figure(
            f"peak RSS with the {k}-product cache",
            max(x["rss_mb"] for x in start),
            "MB",
            goal=300,
        ),
        Figure(
            "journal commit (outbox enqueue) p50",
            r["journal"]["p50_ms"],
            "ms",
            r["journal"]["bare_p50_ms"],
            "bare SQLite commit",
            goal=5,
        ),
        Figure(
            "journal commit (outbox enqueue) p99",
            r["journal"]["p99_ms"],
            "ms",
            r["journal"]["bare_p99_ms"],
            "bare SQLite commit",
            goal=5,
        ),
    ]


def cost_figures(c: dict, k: str) -> list[Figure]:
    """The rows measured with odoosim's cost model on (bench/odoo_cost.py)."""
    first, fl, idle = c["first"], c["floor"], c["idle"]
    probe = idle["probe"]
    old, cadence, new = idle["full"]["per_hour"], idle["fast"]["per_hour"], probe["per_hour"]
    return [
        Figure(
            f"calibrated Odoo: first sync, {k} products",
            first["s"],
            "s",
            fl["s"],
            "floor: id + write_date pages",
            4,
            "ratio",
            "atmost",
        ),
        Figure(
            "calibrated Odoo: first sync, against two connections' floor",
            first["s"],
            "s",
            c["floor2"]["s"],
            "floor: id + write_date, products on a 2nd connection",
        ),
        Figure(
            "calibrated Odoo: first sync, Odoo seconds",
            first["odoo_s"],
            "s",
            first["named_odoo_s"],
            "many2ones with names",
        ),
        Figure("calibrated Odoo: first sync, HTTP connections", first["connections"], ""),
        Figure(
            "calibrated Odoo: idle pass (median), requests",
            probe["requests"],
            "requests",
            idle["full"]["requests"],
            "every model",
            goal=1,
            goal_kind="atmost",
        ),
        Figure(
            "calibrated Odoo: idle pass without the probe, requests",
            idle["fast"]["requests"],
            "requests",
            idle["full"]["requests"],
            "every model",
        ),
        Figure(
            "calibrated Odoo: idle, requests per PC-hour",
            new["requests"],
            "requests",
            idle["cli"]["per_hour"]["requests"],
            "CLI each minute",
        ),
        Figure(
            "calibrated Odoo: idle, Odoo seconds per PC-hour",
            new["server_seconds"],
            "s",
            old["server_seconds"],
            "every model each minute",
            1 / 20,
            "ratio",
            "atmost",
        ),
        Figure(
            "calibrated Odoo: idle, Odoo seconds per PC-hour, cadence without the probe",
            cadence["server_seconds"],
            "s",
            old["server_seconds"],
            "every model each minute",
        ),
        Figure("calibrated Odoo: idle, bytes per PC-hour", new["bytes_sent"] / 1e6, "MB"),
        Figure(
            "calibrated Odoo: PCs per Odoo worker at idle, one PC",
            new["pcs_per_worker"],
            "PCs",
            old["pcs_per_worker"],
            "every model each minute",
        ),
    ]


def details(r: dict, n: dict[str, int]) -> list[str]:
    s = r["sync"]
    fl = s["floor"]
    lines = [
        "",
        "Sizes: " + ", ".join(f"{key} {value:,}" for key, value in n.items()) + ".",
        "Initial sync rows by model: "
        + ", ".join(f"{m} {c:,}" for m, c in s["rows_by_model"].items() if c)
        + ".",
        f"Floor: {fl['answers']} answers, {fl['answer_mb']:.1f} MB of JSON decoded, "
        f"{fl['rows']:,} rows inserted.",
        f"Push: {s['push_done']} done, {s['push_parked']} parked; kinds {s['push_kinds']}.",
        f"Over the {s['wan_delay_ms']:.0f} ms link the incremental made {s['wan_rpcs']} RPCs "
        f"({s['wan_requests']} HTTP requests) for {s['wan_rows']} rows: its time is the RPC "
        "count times the latency, whatever the bytes. At the same latency the initial sync's "
        f"{s['initial_rpcs']} RPCs would add about {s['initial_rpcs'] * s['wan_delay_ms'] / 1000:.0f} s "
        f"to its {s['initial_s']:.0f} s, its {s['initial_mb']:.0f} MB aside.",
        f"Calibrated Odoo (odoosim's cost model, see Calibration below): the first sync read "
        f"{s['cost']['first']['rows']:,} rows in {s['cost']['first']['requests']} requests "
        f"(Odoo read {s['cost']['first'].get('odoo_rows', 0):,}, the products' templates "
        f"included); the floor read {s['cost']['floor']['rows']:,} rows with id and write_date "
        "only. "
        f"Idle, per cycle: the CLI {s['cost']['idle']['cli']['requests']:.0f} requests "
        f"({s['cost']['idle']['cli']['server_seconds']:.2f} Odoo seconds), the app over "
        f"every model {s['cost']['idle']['full']['requests']:.0f} "
        f"({s['cost']['idle']['full']['server_seconds']:.2f} s), the app's idle pass over its "
        f"{s['cost']['idle']['fast_models']} fast models "
        f"{s['cost']['idle']['fast']['requests']:.0f} "
        f"({s['cost']['idle']['fast']['server_seconds']:.2f} s) every "
        f"{s['cost']['idle']['idle_interval']:.0f} s once idle without the probe. The engine "
        f"played idle over five compressed hours made "
        f"{', '.join(str(p) for p in s['cost']['idle']['probe']['passes_per_hour'])} passes "
        f"per hour, {s['cost']['idle']['probe']['probes']} probes of which "
        f"{s['cost']['idle']['probe']['probe_yes']} answered yes; after the first hour "
        f"{s['cost']['idle']['probe']['passes_over_one_request']} passes made more than one "
        "request (the slow pass over every model with the deletion check and quant re-check); "
        f"its first hour (with the start-up passes) cost "
        f"{s['cost']['idle']['probe']['first_hour']['requests']} requests and "
        f"{s['cost']['idle']['probe']['first_hour']['server_seconds']:.2f} Odoo seconds; "
        "the per-hour rows are the mean of the four hours after it.",
        fleet.details(r["fleet"]),
        f"Naive baseline: {r['sync']['baseline']['naive_s']:.1f} s for "
        f"{r['sync']['baseline']['n']:,} products one by one; storeapp "
        f"{r['sync']['baseline']['fast_s']:.2f} s for the same.",
    ]
    return lines


def render(figs: list[Figure], r: dict, n: dict[str, int], seconds: float) -> str:
    head = [
        BEGIN,
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} in {seconds / 60:.1f} "
        f"minutes at scale {common.scale():g}, on:",
        "",
        *common.machine_lines(),
        "",
        common.markdown_table(figs),
        *details(r, n),
        END,
    ]
    return "\n".join(head)


def write(path: Path, block: str) -> None:
    """Replace the generated block of `path`, keeping everything around it."""
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if BEGIN in text and END in text:
            before, rest = text.split(BEGIN, 1)
            after = rest.split(END, 1)[1]
            path.write_text(before + block + after, encoding="utf-8")
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(INTRO + "\n" + block + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the Markdown file")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    factor = common.scale()
    n = sizes(factor)
    started = time.perf_counter()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="storeapp-bench-") as tmp:
        results["sync"] = run_sync(n, Path(tmp))
        results["versions"] = run_versions(n, Path(tmp))
        plan = fleet.Plan(
            pcs=n["fleet_pcs"],
            minutes=n["fleet_minutes"],
            warmup_minutes=n["fleet_warmup_minutes"],
            idle_new_minutes=n["fleet_idle_minutes"],
        )
        results["fleet"] = fleet.run(plan, Path(tmp) / "fleet", say)
    say("search as you type")
    results["search"] = search.run(n["products"], n["search_rounds"])
    say("journal commits")
    results["journal"] = journal.run(n["journal_ops"])
    say("scan to screen")
    results["scan"] = run_scan(n)
    say("cold start")
    results["startup"] = run_startup(n)
    seconds = time.perf_counter() - started
    figs = figures_of(results, n)
    print("\n".join(common.machine_lines()))
    print()
    print(common.text_table(figs))
    if not args.no_write:
        write(args.out, render(figs, results, n, seconds))
        print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
