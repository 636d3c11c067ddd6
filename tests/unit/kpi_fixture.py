"""A fixture journal and cache with store work whose KPIs were worked out by hand.

"Now" is 2026-11-26 15:00 UTC; the store's day starts at 00:00 UTC. The expected figures are
in tests/unit/test_kpi_journal.py next to the facts that make them.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storeapp.core.ops import COUNT_APPLY, PICKING_SET_PICKED, RETURN_CREATE
from storeapp.offline import audit
from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import Picking, SaleOrder
from storeapp.offline.clock import to_iso
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import WorkSession
from storeapp.offline.outbox import Actor, Outbox

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
DAY_START = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
ANN = Actor(11, "Ann Associate")
MAX = Actor(12, "Max Manager")
CUSTOMER_CANARY = "Canary Customer 0611223344"


class SetClock:
    """A clock tests set to the moment a fact happened."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def at(days: float = 0, hour: int = 0, minute: int = 0) -> datetime:
    """`days` before today, at hour:minute UTC."""
    return DAY_START - timedelta(days=days) + timedelta(hours=hour, minutes=minute)


def _odoo(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


# (picking id, ordered, claimed, ready, collected, short reasons, state, deadline)
ORDERS = [
    (1, at(0, 10), at(0, 10, 30), at(0, 11), at(0, 13), (), "done", at(1, 18)),
    (2, at(2, 8), at(2, 9), at(2, 10), at(0, 12), ("not_found",), "done", at(2, 18)),
    (
        3,
        at(0, 9),
        at(0, 9, 10),
        at(0, 9, 40),
        None,
        ("damaged", "not_found"),
        "assigned",
        at(0, 12),
    ),
    (4, at(20, 8), at(20, 8, 10), at(20, 8, 30), at(20, 9, 30), (), "done", at(20, 18)),
    (5, at(0, 14), None, None, None, (), "confirmed", at(-1, 12)),
]


def build(folder: Path) -> tuple[JournalStore, CacheStore, SetClock]:
    clock = SetClock()
    journal = JournalStore.open(folder, clock=clock)
    cache = CacheStore.open(folder)
    outbox = Outbox(journal, clock=clock)

    with cache.write() as s:
        for pid, ordered, _c, _r, _d, _sh, state, deadline in ORDERS:
            s.add(
                SaleOrder(
                    id=100 + pid,
                    name=f"S{pid:05d}",
                    state="sale",
                    date_order=_odoo(ordered),
                    partner_id=7,
                )
            )
            s.add(
                Picking(
                    id=pid,
                    name=f"PAR1/OUT/{pid:05d}",
                    state=state,
                    picking_type_code="outgoing",
                    sale_id=100 + pid,
                    partner_id=7,
                    scheduled_date=_odoo(deadline),
                    date_deadline=_odoo(deadline),
                )
            )

    picked_ops = {}
    for pid, _o, claimed, ready, collected, shorts, _st, _dl in ORDERS:
        with journal.write() as s:
            if claimed:
                audit.append(s, ANN, "pick.claimed", f"picking:{pid}", {}, at=claimed)
            if ready:
                audit.append(s, ANN, "pick.ready", f"picking:{pid}", {"units": 2}, at=ready)
            if collected:
                audit.append(s, ANN, "pick.collected", f"picking:{pid}", {}, at=collected)
        if ready:
            clock.now = ready
            moves = [
                {
                    "move_id": 1,
                    "product_id": 9,
                    "quantity": 1,
                    "lots": [],
                    "manual": False,
                    "short_quantity": 0,
                    "short_reason": None,
                }
            ]
            moves += [
                {
                    "move_id": 2 + i,
                    "product_id": 9,
                    "quantity": 0,
                    "lots": [],
                    "manual": False,
                    "short_quantity": 1,
                    "short_reason": r,
                }
                for i, r in enumerate(shorts)
            ]
            payload = {
                "picking_id": pid,
                "picking_name": f"PAR1/OUT/{pid:05d}",
                "short_policy": "backorder",
                "moves": moves,
            }
            picked_ops[pid] = outbox.enqueue(PICKING_SET_PICKED, payload, f"picking:{pid}", ANN)

    # Returns: (created, taken, total, reasons, overridden, done after minutes)
    returns = [
        (at(0, 10), True, "30.00", ["damaged", "wrong_size"], True, 45),
        (at(0, 11), False, "80.00", ["changed_mind"], False, None),
        (at(3, 10), True, "20.50", ["wrong_size"], False, None),
        (at(10, 10), False, "10.00", [], False, None),
    ]
    for created, taken, total, reasons, overridden, done_after in returns:
        reference = str(uuid.uuid4())
        clock.now = created
        op_uuids = []
        if taken:
            op = outbox.enqueue(RETURN_CREATE, {"delivery_id": 1}, "picking:1", ANN)
            op_uuids.append(op.uuid)
            if done_after is not None:
                clock.now = created + timedelta(minutes=done_after)
                outbox.mark_done(op.uuid, {"return_id": 55})
        record = {
            "v": 1,
            "reference": reference,
            "total": total,
            "op_uuids": op_uuids,
            "customer_name": CUSTOMER_CANARY,
            "request": {"lines": [{"product_id": 9, "reason_code": r} for r in reasons]},
        }
        with journal.write() as s:
            s.add(
                WorkSession(
                    uuid=reference,
                    kind="return",
                    subject="sale:S00001",
                    state="confirmed" if taken else "refused",
                    data=json.dumps(record),
                    employee_id=ANN.id,
                    employee_name=ANN.name,
                    created_at=to_iso(created),
                    updated_at=to_iso(created),
                )
            )
            if overridden:
                audit.append(
                    s,
                    MAX,
                    "return.override",
                    f"return:{reference}",
                    {"level": "needs_approval"},
                    at=created,
                )

    # Counts: submitted lines with their routes, and the adjustments' values.
    for moment, routes in (
        (at(0, 9), [("auto", 0.0), ("auto", -1.0), ("approval", -5.0), ("auto", 0.0)]),
        (at(5, 9), [("auto", 0.0), ("approval", 3.0)]),
    ):
        with journal.write() as s:
            audit.append(
                s,
                ANN,
                "count.submitted",
                "count:x",
                {"lines": [{"route": r, "difference": d} for r, d in routes]},
                at=moment,
            )
    for moment, value, needs in (
        (at(0, 9), "-12.50", False),
        (at(0, 9), "4.00", False),
        (at(0, 12), "-100.00", True),
        (at(5, 9), "7.25", False),
    ):
        clock.now = moment
        outbox.enqueue(
            COUNT_APPLY,
            {"product_id": 9, "location_id": 3, "value_impact": value},
            "quant:9/3/0",
            ANN,
            needs_approval=needs,
        )
    clock.now = at(0, 9)
    rejected = outbox.enqueue(
        COUNT_APPLY,
        {"product_id": 8, "location_id": 3, "value_impact": "999.00"},
        "quant:8/3/0",
        ANN,
        needs_approval=True,
    )
    outbox.reject(rejected.uuid, MAX, "Count again")

    # Plumbing: order 1's pick is in Odoo, order 2's failed once today, order 4's is parked.
    clock.now = at(0, 14)
    outbox.mark_done(picked_ops[1].uuid, {})
    outbox.mark_failed(picked_ops[2].uuid, "Odoo did not answer", at(0, 16))
    outbox.park(picked_ops[4].uuid, "Odoo refused it", "Check the order in Odoo")
    clock.now = NOW
    return journal, cache, clock
