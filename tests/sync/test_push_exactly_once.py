"""Each op kind against a reply lost after Odoo committed: after the retry, one effect only.

odoosim's `drop_after_commit` fault commits the call and cuts the connection before answering,
exactly what a dead Wi-Fi or a proxy timeout does to a real Odoo call.
"""

from __future__ import annotations

import pytest

from storeapp.core import ops
from storeapp.offline.journal_models import OpState
from storeapp.sync.handlers import HANDLERS, Attempt
from tests.sync.conftest import make_engine, versions_fixture
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

# Proves the version differences: every test runs against Odoo 17, 18 and 19.
odoo_version = versions_fixture()


def _done(wiring, op):
    record = wiring.outbox.get(op.uuid)
    assert record.state == OpState.DONE, (record.state, record.last_error, record.park_reason)
    return record


def test_set_picked_reply_lost(sim, wiring):
    products = stocked_products(sim)
    picking_id = make_picking(
        sim, [(products[0]["product_id"][0], 3), (products[1]["product_id"][0], 2)]
    )
    payload = set_picked_payload(sim, picking_id, short=1)
    fault = sim.faults.inject("drop_after_commit", model="stock.move", method="write")
    op = enqueue(wiring.outbox, ops.PICKING_SET_PICKED, payload)
    drain(wiring.engine)
    record = _done(wiring, op)
    assert fault.fired == 1 and record.attempts == 2
    moves = {m["id"]: m for m in picking_moves(sim, picking_id)}
    for wanted in payload["moves"]:
        assert moves[wanted["move_id"]]["quantity"] == wanted["quantity"]
        assert moves[wanted["move_id"]]["picked"] is True


def test_validate_reply_lost(sim, wiring):
    products = stocked_products(sim)
    picking_id = make_picking(sim, [(products[2]["product_id"][0], 2)])
    enqueue(wiring.outbox, ops.PICKING_SET_PICKED, set_picked_payload(sim, picking_id))
    op = enqueue(wiring.outbox, ops.PICKING_VALIDATE, validate_payload_for(sim, picking_id))
    fault = sim.faults.inject("drop_after_commit", model="stock.picking", method="button_validate")
    drain(wiring.engine)
    record = _done(wiring, op)
    assert fault.fired == 1
    assert record.result["state"] == "done"
    assert effects(sim).validated == {picking_id: 1}


@pytest.mark.parametrize(
    ("model", "method"),
    [
        ("stock.return.picking", None),  # the new return's id never arrived
        ("stock.picking", "write"),  # the claim was written but its answer lost
        ("stock.picking", "button_validate"),  # the return's validation answer lost
    ],
)
def test_return_reply_lost(sim, wiring, model, method):
    # 17's wizard method is create_returns, 18 and 19's action_create_returns.
    method = method or (
        "create_returns" if sim.personality.major == 17 else "action_create_returns"
    )
    products = stocked_products(sim)
    delivery_id = make_done_delivery(sim, [(products[3]["product_id"][0], 3)])
    sim.ledger.clear()
    fault = sim.faults.inject("drop_after_commit", model=model, method=method)
    op = enqueue(wiring.outbox, ops.RETURN_CREATE, return_payload(sim, delivery_id, 2))
    drain(wiring.engine)
    record = _done(wiring, op)
    assert fault.fired == 1
    found = effects(sim)
    assert found.returns == {op.uuid: 1}
    assert list(found.validated) == [record.result["return_id"]]
    assert record.result["state"] == "done"


def test_count_reply_lost(sim, wiring):
    grant_stock_manager(sim)
    quant = stocked_products(sim)[4]
    # Counted 3 fewer than the system showed; meanwhile nothing else moved.
    op = enqueue(wiring.outbox, ops.COUNT_APPLY, count_payload(quant, quant["quantity"] - 3))
    fault = sim.faults.inject(
        "drop_after_commit", model="stock.quant", method="action_apply_inventory"
    )
    drain(wiring.engine)
    record = _done(wiring, op)
    assert fault.fired == 1
    assert effects(sim).count_moves == {op.uuid: 1}
    after = sim.execute("stock.quant", "read", [quant["id"]], ["quantity"])[0]["quantity"]
    assert after == quant["quantity"] - 3
    assert record.result["already"] is True  # the retry found the effect instead of redoing it


def test_count_keeps_sales_made_after_the_count(sim, wiring):
    """The system showed S, the shelf had S-2; then 2 were sold before the push. Setting Odoo to
    the counted S-2 would erase the sale: it must end at S-4."""
    grant_stock_manager(sim)
    quant = stocked_products(sim)[5]
    snapshot = quant["quantity"]
    op = enqueue(wiring.outbox, ops.COUNT_APPLY, count_payload(quant, snapshot - 2, snapshot))
    sale = make_picking(sim, [(quant["product_id"][0], 2)], location_id=quant["location_id"][0])
    sim.execute("stock.picking", "button_validate", [sale], context={"skip_sms": True})
    drain(wiring.engine)
    record = _done(wiring, op)
    after = sim.execute("stock.quant", "read", [quant["id"]], ["quantity"])[0]["quantity"]
    assert after == snapshot - 4
    assert record.result["target"] == snapshot - 4
    assert record.result["server_qty"] == snapshot - 2
    assert "counted" in record.result["explanation"] and "showed" in record.result["explanation"]


def test_message_reply_lost(sim, wiring):
    picking_id = sim.facts["click_collect_orders"]["ready"][0]["picking_id"]
    op = enqueue(wiring.outbox, ops.MESSAGE_POST, message_payload(picking_id, "Bag on shelf R2"))
    fault = sim.faults.inject("drop_after_commit", model="stock.picking", method="message_post")
    drain(wiring.engine)
    _done(wiring, op)
    assert fault.fired == 1
    assert effects(sim).messages == {op.uuid: 1}


def test_op_left_in_sending_by_a_crash_is_reconciled_not_redone(sim, tmp_path, memory_keyring):
    """The app died after sending (the effect is in Odoo) but before recording it: after a
    restart on the same journal, reconcile finds the effect and nothing is done twice."""
    grant_stock_manager(sim)
    folder = tmp_path / "store-pc"
    first = make_engine(sim, folder)
    products = stocked_products(sim)
    picking_id = make_picking(sim, [(products[6]["product_id"][0], 1)])
    validate = enqueue(first.outbox, ops.PICKING_VALIDATE, validate_payload_for(sim, picking_id))
    quant = products[7]
    count = enqueue(first.outbox, ops.COUNT_APPLY, count_payload(quant, quant["quantity"] + 4))
    # Send both for real, but "crash" before mark_done: run the handlers by hand.
    push = first.engine.push
    for op in (validate, count):
        first.outbox.mark_sending(op.uuid)
        record = first.outbox.get(op.uuid)
        attempt = Attempt(record, ops.validate_payload(op.kind, record.payload))
        assert HANDLERS[op.kind].reconcile(push.context, attempt) is None
        HANDLERS[op.kind].apply(push.context, attempt)
    assert first.outbox.get(count.uuid).state == OpState.SENDING
    first.close()

    second = make_engine(sim, folder)  # the app starts again
    try:
        drain(second.engine)
        for op in (validate, count):
            record = second.outbox.get(op.uuid)
            assert record.state == OpState.DONE, (record.state, record.park_reason)
        found = effects(sim)
        assert found.validated == {picking_id: 1}
        assert found.count_moves == {count.uuid: 1}
    finally:
        second.close()
