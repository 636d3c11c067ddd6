"""Two pushers on one data folder: two `storeapp sync --once` started together on the same
journal (as an IT script would while the window is open), in separate processes, over real
HTTP, with Odoo taking 0.3–0.4 s per note and return.

Each run: a fresh journal with notes and a return, two processes released at the same moment.
Every op must reach Odoo exactly once, neither process may crash, and the one that finds the
journal's push lease held says so instead of sending.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import sys
import time

import pytest

from storeapp.core import ops
from storeapp.offline.cache import CacheStore
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Outbox
from tests.reliability.crash_worker import server_for
from tests.reliability.results import scaled
from tests.sync.conftest import make_engine
from tests.sync.helpers import (
    drain,
    effects,
    enqueue,
    make_done_delivery,
    message_payload,
    return_payload,
    stocked_products,
)

CI_RUNS = 3
NOTES = 3
SEED = 20261204

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the fork server is POSIX")


def _race(ctx, data_dir, server) -> list[dict | None]:
    """Two push processes released together; what each reported (None: it died)."""
    from tests.reliability.crash_worker import push_when_told

    go = ctx.Event()
    children = []
    for _ in range(2):
        reader, writer = ctx.Pipe(duplex=False)
        child = ctx.Process(
            target=push_when_told, args=(str(data_dir), server, go, writer), daemon=True
        )
        child.start()
        writer.close()
        children.append((child, reader))
    for _child, reader in children:
        assert reader.poll(60) and reader.recv_bytes() == b"ready"
    go.set()
    reports: list[dict | None] = []
    for child, reader in children:
        child.join(120)
        answer = reader.recv_bytes() if child.exitcode == 0 and reader.poll(1) else None
        reports.append(json.loads(answer) if answer else None)
        reader.close()
    return reports


def test_two_pushers_on_one_journal(sim, tmp_path, memory_keyring, record):
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.reliability.crash_worker"])
    rng = random.Random(SEED)
    runs = scaled(CI_RUNS)
    products = stocked_products(sim)
    note_on = sim.facts["click_collect_orders"]["ready"][0]["picking_id"]
    failures: list[str] = []
    busy_said = 0
    started = time.monotonic()
    for run in range(runs):
        data_dir = tmp_path / f"run-{run}"
        delivery = make_done_delivery(sim, [(products[run % len(products)]["product_id"][0], 2)])
        journal = JournalStore.open(data_dir)
        CacheStore.open(data_dir).close()  # the window has been open: its cache exists
        outbox = Outbox(journal)
        made = [
            enqueue(outbox, ops.MESSAGE_POST, message_payload(note_on, f"race {run}/{n}"))
            for n in range(NOTES)
        ]
        made.append(enqueue(outbox, ops.RETURN_CREATE, return_payload(sim, delivery, 1)))
        journal.close()
        sim.ledger.clear()
        sim.faults.clear()
        for method in ("message_post", "create_returns", "action_create_returns"):
            sim.faults.inject("delay", method=method, delay=rng.uniform(0.3, 0.4), times=50)
        reports = _race(ctx, data_dir, server_for(sim, memory_keyring))
        sim.faults.clear()
        if any(r is None or r["error"] for r in reports):
            failures.append(f"run {run}: a pusher failed: {reports}")
        busy_said += sum(1 for r in reports if r and r["busy"])
        # Whatever the race left (nothing, normally) is finished by one more push.
        wiring = make_engine(sim, data_dir, after_timeout_wait=0.5)
        try:
            drain(wiring.engine, seconds=60)
            states = [wiring.outbox.get(op.uuid).state for op in made]
        finally:
            wiring.close()
        found = effects(sim)
        for op in made:
            times = (found.returns if op.kind == ops.RETURN_CREATE else found.messages).get(
                op.uuid, 0
            )
            if times != 1:
                failures.append(f"run {run}: {op.kind} {op.uuid} reached Odoo {times} times")
        failures += [f"run {run}: an op ended {s.value}" for s in states if s is not OpState.DONE]
    record(
        runs,
        len(failures),
        f"{runs * (NOTES + 1)} ops, 2 processes each run: {len(failures)} twice, lost or "
        f"crashed; the second pusher said busy in {busy_said} of {runs} runs "
        f"({time.monotonic() - started:.0f} s)",
        test="two pushers on one journal",
    )
    assert not failures, failures
