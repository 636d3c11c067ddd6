"""From a submitted count to the quantity Odoo gets, line by line: each lot on its own quant,
sales in between kept, a count that would go negative clamped, an archived product sent to a
manager — and the payload the outbox stores is one the push engine accepts."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from storeapp.core import ops
from storeapp.core.count_review import CountRules, Employee
from storeapp.core.counting import CountSession, Route
from storeapp.core.scanning import ProductRef, Tracking

T0 = datetime(2026, 11, 26, 9, 2, tzinfo=UTC)
ANNA = Employee(1, "Anna")
YOGURT = ProductRef(3, "Yogurt", Tracking.LOT)
MUG = ProductRef(1, "Blue mug")
SYSTEM = {(3, 31): 10.0, (3, 32): 4.0, (1, None): 6.0}


def counted_session(product_active=None):
    s = CountSession(12, "A-01", CountRules(max_recounts=0))

    def snapshot(pid, lot_id, _name):
        return SYSTEM[(pid, lot_id)]

    for product, qty, lot, lot_id in (
        (YOGURT, 9, "L1", 31),
        (YOGURT, 4, "L2", 32),
        (MUG, 1, None, None),
    ):
        s.set_quantity(
            product,
            qty,
            by=ANNA,
            now=T0,
            snapshot=snapshot,
            lot_name=lot,
            lot_id=lot_id,
            unit_cost=Decimal("2"),
        )
    return s.submit(now=T0, product_active=product_active)


def by_line(submission):
    return {(a.product_id, a.lot_id): a for a in submission.adjustments}


def test_each_lot_applies_its_own_difference_after_sales():
    lines = by_line(counted_session())
    l1, l2 = lines[(3, 31)], lines[(3, 32)]
    # Two of lot L1 sold since the count: L1 goes from 8 to 7, not back to the 9 counted.
    assert l1.difference == -1 and l1.target(current_server_qty=8) == 7
    assert "2 sold since: adjusting −1 from 8 to 7" in l1.explanation(8)
    # L2 confirmed the system; a sale since is not undone either.
    assert l2.difference == 0 and l2.target(current_server_qty=3) == 3
    payloads = [ops.validate_payload(ops.COUNT_APPLY, a.payload()) for a in (l1, l2)]
    assert [p["lot_name"] for p in payloads] == ["L1", "L2"]
    assert all(p["counted_at"] == T0.isoformat() for p in payloads)
    aggregates = {ops.aggregate_for(ops.COUNT_APPLY, p) for p in payloads}
    assert aggregates == {"quant:3/12/31", "quant:3/12/32"}


def test_count_below_what_was_sold_since_is_clamped_to_zero():
    mug = by_line(counted_session())[(1, None)]
    assert mug.difference == -5
    assert mug.target(current_server_qty=3) == 0
    assert "would have gone below 0" in mug.explanation(3)
    assert mug.value_impact == Decimal("-10.00")


def test_a_product_archived_during_the_count_waits_for_a_manager():
    lines = by_line(counted_session(product_active=lambda pid: pid != 1))
    assert lines[(1, None)].route is Route.APPROVAL
    assert "the product is archived in Odoo" in lines[(1, None)].reasons
    assert lines[(3, 32)].route is Route.AUTO
