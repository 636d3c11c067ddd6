"""Pure rules of the returns intake: spreading a quantity over deliveries, one op per
delivery and destination, serials carried to the right op, the record's round trip."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from storeapp.core.ops import RETURN_CREATE, validate_payload
from storeapp.core.policy import (
    Destination,
    ReturnLine,
    ReturnRequest,
    SaleFacts,
    SaleLineFacts,
    evaluate,
    load_policy,
)
from storeapp.core.returns import (
    DeliveredMove,
    ReturnPlanError,
    allocate,
    plan_returns,
    request_from_dict,
    request_to_dict,
    sale_from_dict,
    sale_to_dict,
)

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "policy" / "sample-policy.toml"
NOW = datetime(2026, 11, 20, 10, tzinfo=UTC)
LOCATIONS = {Destination.STOCK: 8, Destination.QUARANTINE: 9}


@pytest.fixture(scope="module")
def policy():
    return load_policy(SAMPLE.read_text(encoding="utf-8"))


def test_allocate_fills_oldest_delivery_first_and_skips_what_is_back():
    moves = [DeliveredMove(1, 10, "OUT/1", 2, returned=2), DeliveredMove(2, 11, "OUT/2", 3, 1)]
    assert [(m.move_id, q) for m, q in allocate(2, moves)] == [(2, 2)]
    with pytest.raises(ReturnPlanError, match="only 2 of 3"):
        allocate(3, moves)


def _sale(lines, sold_at=datetime(2026, 11, 10, tzinfo=UTC)):
    return SaleFacts("S00042", sold_at, tuple(lines), customer_id=7)


def _line(sale_line_id, qty, condition="resellable", serials=(), tracking="none", product=5):
    return ReturnLine(
        product_id=product,
        quantity=qty,
        condition=condition,
        unit_price=Decimal("10.00"),
        product_name=f"Product {product}",
        sale_line_id=sale_line_id,
        serials=tuple(serials),
        tracking=tracking,
        reason_code="changed_mind",
    )


def test_one_op_per_delivery_and_destination(policy):
    sale = _sale([SaleLineFacts(100, 5, sold=4, delivered=4), SaleLineFacts(101, 6, sold=1)])
    request = ReturnRequest(
        (_line(100, 3), _line(100, 1, "opened"), _line(101, 1, product=6)), customer_id=7
    )
    decision = evaluate(policy, request, sale, [], NOW, True)
    assert decision.allowed, decision.trace()
    moves = {
        100: [DeliveredMove(1, 10, "OUT/1", 2), DeliveredMove(2, 11, "OUT/2", 2)],
        101: [DeliveredMove(3, 10, "OUT/1", 1)],
    }
    planned = plan_returns(
        request, decision, moves, LOCATIONS, reason_labels={"changed_mind": "Changed mind"}
    )
    shape = sorted(
        (p.delivery_id, p.location_id, [(ln["move_id"], ln["quantity"]) for ln in p.lines])
        for p in planned
    )
    # 3 resellable: 2 from OUT/1 then 1 from OUT/2; the opened one takes OUT/2's last unit.
    assert shape == [(10, 8, [(1, 2.0), (3, 1.0)]), (11, 8, [(2, 1.0)]), (11, 9, [(2, 1.0)])]
    for p in planned:
        payload = validate_payload(RETURN_CREATE, p.payload())
        assert payload["validate"] is True and payload["reason"] == "Changed mind"
        assert all(line["to_refund"] for line in payload["lines"])


def test_serials_follow_their_units_and_lot_ids_are_resolved(policy):
    sale = _sale([SaleLineFacts(100, 5, sold=2, tracking="serial", sold_serials=("SN1", "SN2"))])
    request = ReturnRequest((_line(100, 2, serials=("SN1", "SN2"), tracking="serial"),))
    decision = evaluate(policy, request, sale, [], NOW, True)
    moves = {100: [DeliveredMove(1, 10, "OUT/1", 1), DeliveredMove(2, 11, "OUT/2", 1)]}
    planned = plan_returns(request, decision, moves, LOCATIONS, lot_ids={(5, "SN2"): 77})
    lots = {p.delivery_id: p.lines[0]["lots"] for p in planned}
    assert lots == {
        10: [{"lot_id": None, "lot_name": "SN1", "quantity": 1.0}],
        11: [{"lot_id": 77, "lot_name": "SN2", "quantity": 1.0}],
    }


def test_refused_or_unlocated_returns_are_not_planned(policy):
    sale = _sale([SaleLineFacts(100, 5, sold=1)])
    too_many = ReturnRequest((_line(100, 2),))
    decision = evaluate(policy, too_many, sale, [], NOW, True)
    with pytest.raises(ReturnPlanError, match="refused"):
        plan_returns(too_many, decision, {100: [DeliveredMove(1, 10, "OUT/1", 1)]}, LOCATIONS)
    opened = ReturnRequest((_line(100, 1, "opened"),))
    decision = evaluate(policy, opened, sale, [], NOW, True)
    with pytest.raises(ReturnPlanError, match="no quarantine location"):
        plan_returns(
            opened, decision, {100: [DeliveredMove(1, 10, "OUT/1", 1)]}, {Destination.STOCK: 8}
        )


def test_the_record_round_trips():
    sale = _sale(
        [
            SaleLineFacts(
                100,
                5,
                sold=2,
                returned=1,
                delivered=2,
                sold_serials=("A",),
                unit_price=Decimal("9.90"),
            )
        ]
    )
    request = ReturnRequest((_line(100, 1, serials=("A",), tracking="lot"),), customer_id=7)
    assert request_from_dict(request_to_dict(request)) == request
    assert sale_from_dict(sale_to_dict(sale)) == sale
