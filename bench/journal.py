"""Outbox write latency: how long a screen waits for one op to be durably in the journal.

    .venv/bin/python -m bench.journal [--ops 2000]

Opens a real journal (JournalStore with its production durability settings) in a temporary
folder and enqueues ops one by one through the Outbox, each its own committed transaction with
its audit entry, as a screen does when an associate confirms something. Every enqueue is timed
from the call to the return after COMMIT. A mix of op kinds with realistic payloads; the
journal grows as it runs, so the late commits see a journal of a busy day.

The floor, in the same run and folder: a bare SQLite commit of one small row with the same
pragmas (WAL, synchronous=FULL), which is one fsync of the WAL — what the disk itself costs.

Goal: p99 under 5 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench.common import percentile

GOAL_P99_MS = 5.0


def payloads(n: int):
    """(kind, payload, aggregate) for n ops of the kinds a store day is made of."""
    from storeapp.core import ops
    from storeapp.core.ops import aggregate_for, validate_payload

    for i in range(n):
        if i % 3 == 0:
            kind = ops.COUNT_APPLY
            payload = {
                "product_id": 1000 + i,
                "location_id": 9,
                "counted": 12.0,
                "snapshot_qty": 14.0,
            }
        elif i % 3 == 1:
            kind = ops.PICKING_SET_PICKED
            payload = {
                "picking_id": 100 + i,
                "picking_name": f"WH/OUT/{100 + i:05d}",
                "moves": [
                    {"move_id": 10 * i + k, "product_id": 2000 + k, "quantity": 1.0}
                    for k in range(4)
                ],
            }
        else:
            kind = ops.MESSAGE_POST
            payload = {
                "model": "stock.picking",
                "res_id": 100 + i,
                "body": "Customer asked for a bag.",
            }
        clean = validate_payload(kind, payload)
        yield kind, clean, aggregate_for(kind, clean)


def measure(folder: Path, n: int) -> list[float]:
    """Enqueue n ops, one committed transaction each; the latencies in ms."""
    from storeapp.offline.journal import JournalStore
    from storeapp.offline.outbox import Actor, Outbox

    journal = JournalStore.open(folder)
    outbox = Outbox(journal)
    actor = Actor(7, "Bench Associate")
    warm = 20  # the first commits pay for the statement cache and file growth
    timings: list[float] = []
    try:
        for i, (kind, payload, aggregate) in enumerate(payloads(n + warm)):
            started = time.perf_counter()
            outbox.enqueue(kind, payload, aggregate, actor)
            if i >= warm:
                timings.append((time.perf_counter() - started) * 1000)
    finally:
        journal.close()
    return timings


def bare_commits(folder: Path, n: int) -> list[float]:
    """n commits of one small row with the journal's pragmas and nothing else; ms each."""
    import sqlite3

    conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        timings = []
        for i in range(n + 20):
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t (body) VALUES (?)", ("x" * 200,))
            conn.execute("COMMIT")
            if i >= 20:
                timings.append((time.perf_counter() - started) * 1000)
        return timings
    finally:
        conn.close()


def run(n: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="storeapp-journal-bench-") as tmp:
        timings = measure(Path(tmp), n)
        bare = bare_commits(Path(tmp), n)
    return {
        "ops": len(timings),
        "p50_ms": percentile(timings, 50),
        "p99_ms": percentile(timings, 99),
        "max_ms": max(timings),
        "bare_p50_ms": percentile(bare, 50),
        "bare_p99_ms": percentile(bare, 99),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=2000)
    args = parser.parse_args(argv)
    r = run(args.ops)
    print(f"outbox enqueue, {r['ops']} ops, one commit each")
    for label in ("p50_ms", "p99_ms", "max_ms"):
        print(f"  {label[:-3]:>4} {r[label]:8.2f} ms")
    print(f"  bare SQLite commit (the disk's floor): p50 {r['bare_p50_ms']:.2f} ms, ", end="")
    print(f"p99 {r['bare_p99_ms']:.2f} ms")
    ok = r["p99_ms"] < GOAL_P99_MS
    print(f"goal p99 < {GOAL_P99_MS:g} ms: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
