"""Making store work in odoosim and the ops a screen would save for it.

Setup goes through `sim.execute` (in-process, as the Odoo admin), never through the gateway
under test; the ops are then pushed by the real engine over HTTP.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from odoosim import OdooSim
from odoosim.cost import Calibration, CostModel
from storeapp.core import ops
from storeapp.core.ops import aggregate_for, validate_payload
from storeapp.offline.outbox import Actor, OpRecord, Outbox

ASSOCIATE = Actor(2, "Camille Garcia")


def store(sim: OdooSim, code: str | None = None) -> dict[str, Any]:
    stores = sim.facts["stores"]
    return next(s for s in stores if s["code"] == code) if code else stores[0]


def stocked_products(sim: OdooSim, minimum: float = 20.0, limit: int = 40) -> list[dict[str, Any]]:
    """Untracked products with plenty of loose stock in the first store, with their quant."""
    st = store(sim)
    return sim.execute(
        "stock.quant",
        "search_read",
        [
            ("location_id", "child_of", st["view_location_id"]),
            ("location_id.usage", "=", "internal"),
            ("quantity", ">", minimum),
            ("lot_id", "=", False),
            ("product_id.tracking", "=", "none"),
        ],
        ["product_id", "location_id", "quantity"],
        limit=limit,
        order="id asc",
    )


def make_picking(
    sim: OdooSim,
    lines: list[tuple[int, float]],
    *,
    partner_index: int = 0,
    location_id: int | None = None,
) -> int:
    """A click-and-collect delivery of the first store, confirmed and reserved."""
    st = store(sim)
    facts = sim.facts
    source = location_id or st["stock_location_id"]
    moves = [
        (
            0,
            0,
            {
                "name": "store order",
                "product_id": product_id,
                "product_uom_qty": qty,
                "product_uom": facts["uom_unit_id"],
                "location_id": source,
                "location_dest_id": facts["customer_location_id"],
            },
        )
        for product_id, qty in lines
    ]
    picking_id = sim.execute(
        "stock.picking",
        "create",
        {
            "picking_type_id": st["out_type_id"],
            "location_id": source,
            "location_dest_id": facts["customer_location_id"],
            "partner_id": facts["customers"][partner_index % len(facts["customers"])],
            "carrier_id": st["carrier_id"],
            "move_ids": moves,
        },
    )
    sim.execute("stock.picking", "action_confirm", [picking_id])
    sim.execute("stock.picking", "action_assign", [picking_id])
    return picking_id


def picking_moves(sim: OdooSim, picking_id: int) -> list[dict[str, Any]]:
    return sim.execute(
        "stock.move",
        "search_read",
        [("picking_id", "=", picking_id)],
        ["product_id", "product_uom_qty", "quantity", "picked", "state", "move_line_ids"],
        order="id asc",
    )


def set_picked_payload(sim: OdooSim, picking_id: int, *, short: int = 0) -> dict[str, Any]:
    """Pick everything, except `short` units missing on the first move."""
    name = sim.execute("stock.picking", "read", [picking_id], ["name"])[0]["name"]
    moves = []
    for i, move in enumerate(picking_moves(sim, picking_id)):
        qty = move["product_uom_qty"] - (short if i == 0 else 0)
        moves.append(
            {"move_id": move["id"], "product_id": move["product_id"][0], "quantity": max(qty, 0)}
        )
    return {"picking_id": picking_id, "picking_name": name, "moves": moves}


def validate_payload_for(
    sim: OdooSim, picking_id: int, policy: str | None = None
) -> dict[str, Any]:
    name = sim.execute("stock.picking", "read", [picking_id], ["name"])[0]["name"]
    return {"picking_id": picking_id, "picking_name": name, "short_policy": policy}


def return_payload(sim: OdooSim, delivery_id: int, quantity: float = 1.0) -> dict[str, Any]:
    st = store(sim)
    delivery = sim.execute("stock.picking", "read", [delivery_id], ["name"])[0]
    move = picking_moves(sim, delivery_id)[0]
    return {
        "delivery_id": delivery_id,
        "delivery_name": delivery["name"],
        "location_id": st["stock_location_id"],
        "validate": True,
        "lines": [
            {
                "move_id": move["id"],
                "product_id": move["product_id"][0],
                "quantity": quantity,
                "to_refund": True,
            }
        ],
    }


def count_payload(
    quant: dict[str, Any], counted: float, snapshot: float | None = None
) -> dict[str, Any]:
    return {
        "product_id": quant["product_id"][0],
        "location_id": quant["location_id"][0],
        "lot_id": None,
        "counted": counted,
        "snapshot_qty": quant["quantity"] if snapshot is None else snapshot,
        "product_name": quant["product_id"][1],
        "location_name": quant["location_id"][1],
        "counted_by": ASSOCIATE.name,
        "approved_by": "Nathan Blanc",
    }


def message_payload(picking_id: int, text: str) -> dict[str, Any]:
    return {"model": "stock.picking", "res_id": picking_id, "body": text}


def enqueue(
    outbox: Outbox, kind: str, payload: dict[str, Any], op_uuid: str | None = None
) -> OpRecord:
    """Save an op exactly as a screen would: validated payload, derived aggregate."""
    clean = validate_payload(kind, payload)
    return outbox.enqueue(
        kind, clean, aggregate_for(kind, clean), ASSOCIATE, uuid=op_uuid or str(uuid.uuid4())
    )


async def until(condition: Callable[[], bool], what: str, *, seconds: float = 15.0) -> None:
    """Let the event loop run until `condition()` holds; fail naming `what` after `seconds`.
    What tests of `run_forever` wait on instead of sleeping a guessed time."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting after {seconds} s for {what}")
        await asyncio.sleep(0.01)


async def next_cycle(engine: Any) -> None:
    """Wait until the running engine has finished a cycle that started after this call: the
    first to end may have been running already, the one after it began later. Each is woken
    (as a screen does after saving an op), so neither waits out the push interval."""
    before = engine.cycles_done
    for n in (1, 2):
        engine.notify_new_op()
        await until(lambda n=n: engine.cycles_done >= before + n, "the engine's next cycle")


def drain(engine: Any, *, seconds: float = 30.0, pull: bool = False) -> None:
    """Run cycles until the outbox has nothing left to try (failed ops included, however far
    their next attempt is), sleeping a little while a retry is not due yet."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        engine.connectivity.reset_backoff()
        engine.run_once(pull=pull)
        if not engine.outbox.ready(engine.clock() + _far()):
            return
        time.sleep(0.02)
    raise AssertionError(f"outbox still has ops to send after {seconds} s: {engine.status()}")


def _far():
    from datetime import timedelta

    return timedelta(days=1)


@dataclass
class Effects:
    """What the emulator's ledger says our ops did."""

    validated: dict[int, int]  # picking id -> times validated
    returns: dict[str, int]  # op uuid -> return pickings claimed with its marker
    count_moves: dict[str, int]  # op uuid -> non-zero inventory moves named with its marker
    messages: dict[str, int]  # op uuid -> notes carrying its marker


def effects(sim: OdooSim) -> Effects:
    validated: dict[int, int] = {}
    for entry in sim.ledger.entries(kind="picking.validated"):
        validated[entry.res_id] = validated.get(entry.res_id, 0) + 1
    count_moves: dict[str, int] = {}
    for entry in sim.ledger.entries(kind="move.done"):
        name = entry.data.get("name") or ""
        if entry.data.get("is_inventory") and "[op:" in name and entry.data["quantity"] > 0:
            key = name.split("[op:", 1)[1].split("]", 1)[0]
            count_moves[key] = count_moves.get(key, 0) + 1
    messages: dict[str, int] = {}
    for entry in sim.ledger.entries(kind="message.posted"):
        body = entry.data.get("body") or ""
        if "[op:" in body:
            key = body.split("[op:", 1)[1].split("]", 1)[0]
            messages[key] = messages.get(key, 0) + 1
    returns: dict[str, int] = {}
    created = [e.res_id for e in sim.ledger.entries(kind="return.created")]
    if created:
        rows = sim.execute("stock.picking", "read", created, ["origin"])
        for row in rows:
            origin = row.get("origin") or ""
            key = origin.split("[op:", 1)[1].split("]", 1)[0] if "[op:" in origin else "unclaimed"
            returns[key] = returns.get(key, 0) + 1
    return Effects(validated, returns, count_moves, messages)


def random_quantity(rng: random.Random, low: int = 0, high: int = 30) -> int:
    return rng.randint(low, high)


__all__ = ["ops"]


def make_done_delivery(sim: OdooSim, lines: list[tuple[int, float]]) -> int:
    """A delivery of the first store, picked and validated in Odoo (returnable)."""
    picking_id = make_picking(sim, lines)
    sim.execute("stock.picking", "button_validate", [picking_id], context={"skip_sms": True})
    state = sim.execute("stock.picking", "read", [picking_id], ["state"])[0]["state"]
    assert state == "done", state
    return picking_id


def grant_stock_manager(sim: OdooSim) -> None:
    """Odoo 17 lets only Inventory Administrators apply counts: give the device user that."""
    _model, group_id = sim.execute(
        "ir.model.data", "check_object_reference", "stock", "group_stock_manager"
    )
    sim.execute("res.users", "write", [sim.device.uid], {"groups_id": [(4, group_id)]})


class FakeClock:
    """Monotonic seconds that move only when a test says (`clock.now += 60`): the cadence's
    and the connectivity's clock in tests of the engine's scheduling."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def charging_only(workers: int = 8, **charged: float) -> CostModel:
    """A cost model that charges only `charged` (every other per-request, per-row and per-scan
    figure of the calibration at 0), so a test counts exactly what it looks at."""
    zero = {f.name: 0.0 for f in fields(Calibration) if f.type in ("float", float)}
    return CostModel(Calibration(**{**zero, **charged}, workers=workers))
