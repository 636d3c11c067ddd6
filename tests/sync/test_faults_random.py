"""Seeded chaos: 300+ ops of every kind pushed while odoosim fails at random.

Every network fault kind (drop before, drop after commit, delay past the client timeout, 502,
503, reset mid-body), database errors raised inside the transaction, and the server going down
and up. Once the faults stop, the outbox must drain and Odoo's ledger must match the journal:
each op's effect exactly once — 0 duplicated, 0 lost.

Replay a failure with SYNC_FAULT_SEED=<the printed seed>.
"""

from __future__ import annotations

import os
import random
import threading
import time

from storeapp.core import ops
from storeapp.offline.journal_models import OpState
from tests.sync.conftest import make_engine
from tests.sync.helpers import (
    count_payload,
    drain,
    effects,
    enqueue,
    grant_stock_manager,
    make_done_delivery,
    make_picking,
    message_payload,
    return_payload,
    set_picked_payload,
    stocked_products,
    validate_payload_for,
)

PICKINGS = 30
DELIVERIES = 10
RETURNS_PER_DELIVERY = 3
COUNT_QUANTS = 20
COUNTS = 110
MESSAGES = 70


def _plan(sim, rng: random.Random) -> list[list[tuple[str, dict]]]:
    """Per aggregate, its ops in the order the store made them."""
    products = stocked_products(sim, minimum=30, limit=60)
    pick_products = products[:20]
    count_quants = products[20 : 20 + COUNT_QUANTS]
    lanes: list[list[tuple[str, dict]]] = []
    for i in range(PICKINGS):
        lines = [(p["product_id"][0], rng.randint(1, 2)) for p in rng.sample(pick_products, 2)]
        picking_id = make_picking(sim, lines, partner_index=i)
        lane = []
        for _ in range(rng.randint(1, 3)):  # re-picks: the last one is what counts
            lane.append(
                (
                    ops.PICKING_SET_PICKED,
                    set_picked_payload(sim, picking_id, short=rng.randint(0, 1)),
                )
            )
        policy = rng.choice([None, ops.SHORT_PICK_BACKORDER, ops.SHORT_PICK_CANCEL])
        lane.append((ops.PICKING_VALIDATE, validate_payload_for(sim, picking_id, policy)))
        if rng.random() < 0.5:
            lane.append((ops.MESSAGE_POST, message_payload(picking_id, f"Handed over, bag {i}")))
        lanes.append(lane)
    for d in range(DELIVERIES):
        delivery = make_done_delivery(sim, [(pick_products[d]["product_id"][0], 5)])
        lanes.append(
            [
                (ops.RETURN_CREATE, return_payload(sim, delivery, 1))
                for _ in range(RETURNS_PER_DELIVERY)
            ]
        )
    by_quant: dict[int, list[tuple[str, dict]]] = {q["id"]: [] for q in count_quants}
    for _ in range(COUNTS):
        quant = rng.choice(count_quants)
        delta = rng.choice([-3, -2, -1, 1, 2, 3])
        by_quant[quant["id"]].append(
            (ops.COUNT_APPLY, count_payload(quant, quant["quantity"] + delta))
        )
    lanes += [lane for lane in by_quant.values() if lane]
    ready = sim.facts["click_collect_orders"]["ready"]
    for n in range(MESSAGES):
        lanes.append(
            [(ops.MESSAGE_POST, message_payload(rng.choice(ready)["picking_id"], f"note {n}"))]
        )
    return lanes


def _interleave(lanes, rng: random.Random):
    """A random global order that keeps each aggregate's own order."""
    queues = [list(lane) for lane in lanes]
    while queues:
        lane = rng.choice(queues)
        yield lane.pop(0)
        if not lane:
            queues.remove(lane)


def _chaos(sim, rng: random.Random, stop: threading.Event) -> None:
    """Take the server down and up at random moments."""
    while not stop.wait(rng.uniform(0.3, 0.8)):
        sim.down()
        stop.wait(rng.uniform(0.05, 0.3))
        sim.up()


def test_random_faults_exactly_once(sim, tmp_path, memory_keyring):
    seed = int(os.environ.get("SYNC_FAULT_SEED") or random.SystemRandom().randrange(10**6))
    print(f"\nSYNC_FAULT_SEED={seed}")
    rng = random.Random(seed)
    grant_stock_manager(sim)
    lanes = _plan(sim, rng)
    sim.ledger.clear()
    # Delays (0.8 s) longer than these timeouts make Timeouts whose request Odoo still
    # finishes afterwards: the outcome-unknown case.
    # After a timeout or a connection cut before the answer, the engine waits
    # `after_timeout_wait` before reconciling, as it waits out Odoo's limit_time_real in
    # production: the request may still be running (the delayed ones for 0.8 s, the ones whose
    # connection the server's going down cut). Here that must exceed those even on a loaded
    # machine.
    short = {"timeout_read": 0.6, "timeout_write": 0.6, "timeout_action": 0.6}
    wiring = make_engine(
        sim, tmp_path / "chaos", seed=seed, gateway_kw=short, after_timeout_wait=2.0
    )
    try:
        made = [enqueue(wiring.outbox, kind, payload) for kind, payload in _interleave(lanes, rng)]
        assert len(made) >= 300
        sim.faults.random(
            seed,
            rate=0.2,
            kinds=[
                "drop_before",
                "drop_after_commit",
                "http_502",
                "http_503",
                "reset_mid_body",
                "delay",
            ],
            delay=0.8,
        )
        for method in ("write", "create", "button_validate"):
            sim.faults.inject(
                "raise",
                method=method,
                skip=rng.randint(0, 20),
                times=3,
                error=("psycopg2.errors.SerializationFailure", "could not serialize access"),
            )
        stop = threading.Event()
        chaos = threading.Thread(
            target=_chaos, args=(sim, random.Random(seed + 1), stop), daemon=True
        )
        chaos.start()
        deadline = time.monotonic() + 20
        try:
            while time.monotonic() < deadline and wiring.outbox.ready(
                wiring.engine.clock() + _day()
            ):
                wiring.engine.connectivity.reset_backoff()
                wiring.engine.run_once(pull=False)
        finally:
            stop.set()
            chaos.join()
            sim.up()
            sim.faults.clear()
        fired = len(sim.faults.history)
        drain(wiring.engine)

        states = wiring.outbox.counts_by_state()
        stuck = [
            (op.kind, op.park_reason) for op in wiring.outbox.list([OpState.PARKED, OpState.FAILED])
        ]
        assert states[OpState.DONE] == len(made), (states, stuck[:5], seed)

        found = effects(sim)
        picking_ids = {p["picking_id"] for kind, p in _all(lanes) if kind == ops.PICKING_VALIDATE}
        return_ops = [op for op in made if op.kind == ops.RETURN_CREATE]
        count_ops = [op for op in made if op.kind == ops.COUNT_APPLY]
        message_ops = [op for op in made if op.kind == ops.MESSAGE_POST]
        return_pickings = {wiring.outbox.get(op.uuid).result["return_id"] for op in return_ops}

        assert {
            pid: n for pid, n in found.validated.items() if pid in picking_ids
        } == dict.fromkeys(picking_ids, 1), seed
        assert {
            pid: n for pid, n in found.validated.items() if pid in return_pickings
        } == dict.fromkeys(return_pickings, 1), seed
        assert set(found.validated) == picking_ids | return_pickings, seed  # nothing else validated
        assert found.returns == {op.uuid: 1 for op in return_ops}, seed  # none unclaimed either
        assert found.count_moves == {op.uuid: 1 for op in count_ops}, _diagnose(
            sim, wiring, found.count_moves, seed
        )
        assert found.messages == {op.uuid: 1 for op in message_ops}, _diagnose(
            sim, wiring, found.messages, seed
        )
        assert fired > 30, f"only {fired} faults fired (seed {seed})"
    finally:
        wiring.close()


def _diagnose(sim, wiring, effects_by_op: dict[str, int], seed: int) -> str:
    """For a failure: each duplicated op's attempts as the journal recorded them, and the
    ledger entries carrying its marker (which RPC made them, when)."""
    import json

    from sqlalchemy import select

    from storeapp.offline.journal_models import AuditEntry

    lines = [f"seed {seed}"]
    for op_uuid, n in effects_by_op.items():
        if n == 1:
            continue
        lines.append(f"op {op_uuid}: {n} effects")
        with wiring.journal.read() as s:
            for entry in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.subject == f"op:{op_uuid}")
                .order_by(AuditEntry.seq)
            ):
                details = json.loads(entry.details)
                lines.append(f"  {entry.at} {entry.action} {details.get('error', '')[:120]}")
        for entry in sim.ledger.entries():
            if op_uuid in json.dumps(entry.data):
                lines.append(f"  ledger {entry.at} {entry.kind} via {entry.rpc}")
    return "\n".join(lines)


def _all(lanes):
    for lane in lanes:
        yield from lane


def _day():
    from datetime import timedelta

    return timedelta(days=1)
