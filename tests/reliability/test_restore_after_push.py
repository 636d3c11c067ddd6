"""Restore after push: the IT guide's rollback puts back a journal backup taken while ops were
still waiting, after those ops reached Odoo. The restored journal says "queued, never sent"
(attempts 0); the next push must recognise every op's effect in Odoo and not make it again.

One op of every kind, N rounds (fresh records each round): each round backs the journal up,
pushes, restores the backup, pushes again, and counts the effects in odoosim's ledger.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from storeapp.core import ops
from storeapp.offline.journal import JOURNAL_FILE
from storeapp.offline.journal_models import OpState
from tests.reliability.results import scaled
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
    picking_moves,
    return_payload,
    set_picked_payload,
    stocked_products,
    validate_payload_for,
)

CI_ROUNDS = 2


def _backup(folder: Path) -> Path:
    """A consistent copy of the journal, as the upgrade's backup makes it (SQLite backup API)."""
    copy = folder.parent / f"{folder.name}-backup.sqlite"
    copy.unlink(missing_ok=True)
    source = sqlite3.connect(folder / JOURNAL_FILE)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return copy


def _restore(folder: Path, copy: Path) -> None:
    """The guide's step: with StoreApp closed, move the journal aside and copy the backup in."""
    for suffix in ("", "-wal", "-shm"):
        (folder / f"{JOURNAL_FILE}{suffix}").unlink(missing_ok=True)
    (folder / JOURNAL_FILE).write_bytes(copy.read_bytes())


def _one_round(sim, folder: Path, products: list[dict], n: int) -> list[str]:
    """Returns what went wrong in this round (empty when every op had one effect)."""
    # Three products of their own per round, so that one round's moves leave the next alone.
    quant, shipped, returned = (products[(3 * n + k) % len(products)] for k in range(3))
    picking = make_picking(sim, [(shipped["product_id"][0], 1)])
    delivery = make_done_delivery(sim, [(returned["product_id"][0], 2)])
    note_on = sim.facts["click_collect_orders"]["ready"][0]["picking_id"]
    sim.ledger.clear()
    first = make_engine(sim, folder)
    try:
        picked = enqueue(first.outbox, ops.PICKING_SET_PICKED, set_picked_payload(sim, picking))
        validate = enqueue(first.outbox, ops.PICKING_VALIDATE, validate_payload_for(sim, picking))
        ret = enqueue(first.outbox, ops.RETURN_CREATE, return_payload(sim, delivery, 1))
        count = enqueue(first.outbox, ops.COUNT_APPLY, count_payload(quant, quant["quantity"] - 3))
        note = enqueue(first.outbox, ops.MESSAGE_POST, message_payload(note_on, f"restore {n}"))
        copy = _backup(folder)
        drain(first.engine)
    finally:
        first.close()
    _restore(folder, copy)
    second = make_engine(sim, folder)
    try:
        restored = second.outbox.get(count.uuid)
        assert restored.state is OpState.QUEUED and restored.attempts == 0
        drain(second.engine)
        states = {
            op.uuid: second.outbox.get(op.uuid).state for op in (picked, validate, ret, count, note)
        }
    finally:
        second.close()
    found = effects(sim)
    after = sim.execute("stock.quant", "read", [quant["id"]], ["quantity"])[0]["quantity"]
    moves = picking_moves(sim, picking)
    problems = []
    problems += [f"{u} ended {s.value}" for u, s in states.items() if s is not OpState.DONE]
    if found.validated.get(picking) != 1:
        problems.append(f"picking validated {found.validated.get(picking, 0)} times")
    if found.returns != {ret.uuid: 1}:
        problems.append(f"returns {found.returns}")
    if found.count_moves != {count.uuid: 1} or after != quant["quantity"] - 3:
        problems.append(f"count moves {found.count_moves}, quant {quant['quantity']} -> {after}")
    if found.messages != {note.uuid: 1}:
        problems.append(f"notes {found.messages}")
    if any(m["quantity"] != m["product_uom_qty"] for m in moves):
        problems.append("picked quantities changed")
    return problems


def test_restore_after_push_every_op_kind(sim, tmp_path, memory_keyring, record):
    grant_stock_manager(sim)
    products = stocked_products(sim)
    rounds = scaled(CI_ROUNDS)
    failures: list[str] = []
    started = time.monotonic()
    for n in range(rounds):
        folder = tmp_path / f"pc-{n}"
        failures += [f"round {n}: {p}" for p in _one_round(sim, folder, products, n)]
    record(
        rounds,
        len(failures),
        f"{rounds * 5} ops (every kind) pushed, journal restored, pushed again: "
        f"{len(failures)} twice or lost ({time.monotonic() - started:.0f} s)",
        test="restore after push (every op kind)",
    )
    assert not failures, failures
