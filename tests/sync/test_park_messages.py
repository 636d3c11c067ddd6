"""Why an op is parked, kept as a message: the push engine's and the handlers' explanations are
saved with their template and values, so the Sync & outbox screen shows them in the language of
whoever reads them; a reason saved as plain English before stays as it was."""

from __future__ import annotations

from sqlalchemy import update

from storeapp.core import ops
from storeapp.core.text import Message
from storeapp.offline.journal_models import Op, OpState
from storeapp.offline.outbox import Actor, Outbox
from tests.sync.helpers import drain, enqueue, make_picking, set_picked_payload, stocked_products

MANAGER = Actor(1, "Nathan Blanc")


def _cancelled_order_parked(sim, wiring):
    products = stocked_products(sim)
    picking_id = make_picking(sim, [(products[0]["product_id"][0], 1)])
    payload = set_picked_payload(sim, picking_id)
    op = enqueue(wiring.outbox, ops.PICKING_SET_PICKED, payload)
    sim.execute("stock.picking", "action_cancel", [picking_id])
    drain(wiring.engine)
    return op, payload["picking_name"]


def test_a_handlers_park_reason_comes_back_from_the_journal_as_a_message(sim, wiring):
    op, name = _cancelled_order_parked(sim, wiring)

    parked = Outbox(wiring.outbox.journal).get(op.uuid)  # read back, as a screen does later
    assert parked is not None and parked.state is OpState.PARKED
    reason, action = parked.park_reason, parked.park_action
    assert isinstance(reason, Message) and isinstance(action, Message)
    assert reason.template == "Order {order} was cancelled in Odoo at {time}."
    assert reason.values["order"] == name
    assert reason.startswith(f"Order {name} was cancelled in Odoo at ")  # English as before
    assert action.template == "Put the items back on the shelf; then cancel this change."


def test_a_retried_op_forgets_its_park_message(sim, wiring):
    op, _name = _cancelled_order_parked(sim, wiring)
    wiring.outbox.retry(op.uuid, MANAGER)
    again = wiring.outbox.get(op.uuid)
    assert again is not None and again.state is OpState.QUEUED
    assert again.park_reason is None and again.park_action is None


def test_a_reason_saved_as_plain_text_still_reads_as_it_was(sim, wiring):
    op, _name = _cancelled_order_parked(sim, wiring)
    with wiring.outbox.journal.write() as session:  # a row parked before reasons were messages
        session.execute(
            update(Op)
            .where(Op.uuid == op.uuid)
            .values(park_reason="Old words.", park_action="Old advice.", park_message=None)
        )
    parked = wiring.outbox.get(op.uuid)
    assert parked is not None
    assert parked.park_reason == "Old words." and not isinstance(parked.park_reason, Message)
    assert parked.park_action == "Old advice."
