"""Op kinds, payload validation, backoff and count arithmetic (storeapp.core.ops)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storeapp.core import ops
from storeapp.core.count_review import explain
from storeapp.core.ops import (
    BackoffPolicy,
    PayloadError,
    adjusted_target,
    aggregate_for,
    count_adjustment,
    validate_payload,
)


def set_picked(**over):
    payload = {
        "picking_id": 7,
        "picking_name": "WH/OUT/00007",
        "moves": [
            {"move_id": 1, "product_id": 10, "quantity": 2},
            {
                "move_id": 2,
                "product_id": 11,
                "quantity": 3,
                "lots": [{"lot_id": 5, "quantity": 1}, {"lot_name": "L-9", "quantity": 2}],
            },
        ],
    }
    payload.update(over)
    return payload


def test_set_picked_is_normalised():
    clean = validate_payload(ops.PICKING_SET_PICKED, set_picked())
    assert clean["v"] == 1
    assert clean["moves"][1]["lots"][1] == {"lot_id": None, "lot_name": "L-9", "quantity": 2.0}
    assert aggregate_for(ops.PICKING_SET_PICKED, clean) == "picking:7"


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"picking_id": 0}, "picking_id"),
        ({"moves": []}, "non-empty"),
        ({"moves": [{"move_id": 1, "product_id": 2, "quantity": -1}]}, "≥ 0"),
        ({"moves": [{"move_id": 1, "product_id": 2, "quantity": "3"}]}, "number"),
        ({"moves": [{"move_id": 1, "product_id": 2, "quantity": float("inf")}]}, "plausible"),
        ({"moves": [{"move_id": 1, "product_id": 2, "quantity": float("nan")}]}, "plausible"),
        ({"moves": [{"move_id": 1, "product_id": 2, "quantity": 1e300}]}, "plausible"),
        (
            {
                "moves": [
                    {
                        "move_id": 1,
                        "product_id": 2,
                        "quantity": 3,
                        "lots": [{"lot_id": 4, "quantity": 1}],
                    }
                ]
            },
            "add up",
        ),
        ({"v": 9}, "version 9"),
        ({"short_policy": "keep"}, "short_policy"),
    ],
)
def test_set_picked_refusals_name_the_problem(change, fragment):
    with pytest.raises(PayloadError, match=fragment):
        validate_payload(ops.PICKING_SET_PICKED, set_picked(**change))


def test_unknown_kind_is_refused():
    with pytest.raises(PayloadError, match="unknown op kind"):
        validate_payload("picking.teleport", {})


def test_return_count_message_payloads_and_aggregates():
    ret = validate_payload(
        ops.RETURN_CREATE,
        {
            "delivery_id": 3,
            "location_id": 8,
            "lines": [{"move_id": 4, "product_id": 5, "quantity": 1}],
        },
    )
    assert ret["validate"] is True and ret["lines"][0]["to_refund"] is True
    assert aggregate_for(ops.RETURN_CREATE, ret) == "picking:3"
    with pytest.raises(PayloadError, match="> 0"):
        validate_payload(
            ops.RETURN_CREATE,
            {
                "delivery_id": 3,
                "location_id": 8,
                "lines": [{"move_id": 4, "product_id": 5, "quantity": 0}],
            },
        )
    count = validate_payload(
        ops.COUNT_APPLY, {"product_id": 1, "location_id": 2, "counted": 4, "snapshot_qty": 6}
    )
    assert count["lot_id"] is None
    assert aggregate_for(ops.COUNT_APPLY, count) == "quant:1/2/0"
    note = validate_payload(ops.MESSAGE_POST, {"model": "stock.picking", "res_id": 9, "body": "hi"})
    assert aggregate_for(ops.MESSAGE_POST, note) == "picking:9"  # ordered with the picking
    other = validate_payload(ops.MESSAGE_POST, {"model": "sale.order", "res_id": 9, "body": "x"})
    assert aggregate_for(ops.MESSAGE_POST, other) == "sale.order:9"
    with pytest.raises(PayloadError, match="body"):
        validate_payload(ops.MESSAGE_POST, {"model": "stock.picking", "res_id": 9, "body": " "})


def test_count_applies_the_difference_not_the_number():
    # Counted 7 where the system showed 10; 2 were sold since (server now 8): set 5, not 7.
    adj = count_adjustment(current_server_qty=8, counted=7, snapshot_qty=10)
    assert adj.target == 5 and adj.difference == -3
    assert adjusted_target(8, 7, 10) == 5
    # An op written before counts recorded their time: the one sentence, without the time.
    assert explain(7, None, 10, 8) == (
        "counted 7, system showed 10, 2 sold since: adjusting −3 from 8 to 5"
    )


def test_count_target_never_goes_negative_and_says_so():
    adj = count_adjustment(current_server_qty=1, counted=0, snapshot_qty=5)
    assert adj.target == 0 and adj.clamped
    assert "would have gone below 0" in explain(0, None, 5, 1)


@given(
    st.floats(0, 1e5, allow_nan=False),
    st.floats(0, 1e5, allow_nan=False),
    st.floats(0, 1e5, allow_nan=False),
)
def test_count_target_property(current, counted, snapshot):
    adj = count_adjustment(current, counted, snapshot)
    assert adj.target >= 0
    if current + counted - snapshot >= 0.001:
        assert abs(adj.target - (current + counted - snapshot)) < 1e-5
    if counted == snapshot:
        assert abs(adj.target - current) < 1e-5


def test_backoff_grows_is_capped_and_jittered():
    policy = BackoffPolicy(base=1.0, factor=2.0, cap=10.0, jitter=0.2)
    rng = random.Random(4)
    first = [policy.delay(1, rng) for _ in range(50)]
    assert all(0.8 <= d <= 1.2 for d in first)
    assert len({round(d, 6) for d in first}) > 40  # really spread
    assert all(3.2 <= policy.delay(3, rng) <= 4.8 for _ in range(50))
    assert all(policy.delay(50, rng) <= 12.0 for _ in range(50))
    assert ops.jittered(10, 0.2, rng) == pytest.approx(10, abs=2)
