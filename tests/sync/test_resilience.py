"""Offline for a whole session, a permanent refusal, a revoked key: nothing lost, nothing stuck."""

from __future__ import annotations

import asyncio
import threading

import keyring
import pytest

from storeapp.core import ops
from storeapp.core.ops import BackoffPolicy
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor
from storeapp.sync.credentials import SERVICE, account_name
from storeapp.sync.events import OP_PARKED, STATE_CHANGED
from tests.sync.conftest import make_engine
from tests.sync.helpers import (
    drain,
    effects,
    enqueue,
    make_picking,
    message_payload,
    next_cycle,
    set_picked_payload,
    stocked_products,
    until,
    validate_payload_for,
)

MANAGER = Actor(1, "Nathan Blanc")


def _order(sim, products, n):
    picking_id = make_picking(sim, [(products[n]["product_id"][0], 1)], partner_index=n)
    return [
        (ops.PICKING_SET_PICKED, set_picked_payload(sim, picking_id)),
        (ops.PICKING_VALIDATE, validate_payload_for(sim, picking_id)),
        (ops.MESSAGE_POST, message_payload(picking_id, f"Collected by customer {n}")),
    ], picking_id


def test_offline_whole_session_then_drains_in_order_without_restart(sim, wiring):
    products = stocked_products(sim)
    plans = [_order(sim, products, n) for n in range(3)]
    engine = wiring.engine
    states: list[str] = []
    wiring.events.subscribe(STATE_CHANGED, lambda e: states.append(e.new))
    sim.down()

    async def session() -> None:
        task = asyncio.create_task(engine.run_forever())
        made = []
        for plan, _pid in plans:  # the store keeps working while Odoo is unreachable
            for kind, payload in plan:
                made.append(enqueue(wiring.outbox, kind, payload))
                await next_cycle(engine)  # the engine ran with this op saved, and sent nothing
        await until(lambda: engine.connectivity.failures > 0, "a failed try to reach Odoo")
        await next_cycle(engine)
        status = engine.status()
        assert status.state == "offline"
        assert status.queue_depth == len(made) and status.parked == 0
        assert status.oldest_pending_age is not None
        assert all(wiring.outbox.get(op.uuid).state != OpState.DONE for op in made)
        sim.up()
        await until(
            lambda: wiring.outbox.counts_by_state()[OpState.DONE] == len(made),
            "every op sent once Odoo is back",
        )
        engine.stop()
        await asyncio.wait_for(task, 10)

    asyncio.run(session())
    done = wiring.outbox.list([OpState.DONE])
    assert len(done) == 9
    for aggregate in {op.aggregate for op in done}:  # each order's ops in the order made
        mine = [op for op in done if op.aggregate == aggregate]
        assert [op.seq for op in sorted(mine, key=lambda op: op.done_at)] == sorted(
            op.seq for op in mine
        )
    assert states[-1] == "online"  # it started (and stayed) offline until Odoo came back
    assert set(effects(sim).validated) == {pid for _plan, pid in plans}


def test_cancelled_order_parks_only_its_own_ops(sim, wiring):
    products = stocked_products(sim)
    (plan_a, picking_a), (plan_b, picking_b) = _order(sim, products, 0), _order(sim, products, 1)
    made_a = [enqueue(wiring.outbox, kind, payload) for kind, payload in plan_a]
    made_b = [enqueue(wiring.outbox, kind, payload) for kind, payload in plan_b]
    parked_events = []
    wiring.events.subscribe(OP_PARKED, parked_events.append)
    sim.execute("stock.picking", "action_cancel", [picking_a])  # cancelled in Odoo meanwhile

    drain(wiring.engine)

    first_a = wiring.outbox.get(made_a[0].uuid)
    assert first_a.state == OpState.PARKED
    name = plan_a[0][1]["picking_name"]
    assert first_a.park_reason.startswith(f"Order {name} was cancelled in Odoo at ")
    assert "Put the items back" in first_a.park_action
    # The rest of order A waits behind it; order B went through.
    assert [wiring.outbox.get(op.uuid).state for op in made_a[1:]] == [OpState.QUEUED] * 2
    assert [wiring.outbox.get(op.uuid).state for op in made_b] == [OpState.DONE] * 3
    assert effects(sim).validated == {picking_b: 1}
    assert [e.uuid for e in parked_events] == [made_a[0].uuid]

    # A manager cancels the parked pick; the validation behind it meets the same refusal.
    wiring.outbox.cancel(made_a[0].uuid, MANAGER)
    drain(wiring.engine)
    assert wiring.outbox.get(made_a[1].uuid).state == OpState.PARKED
    assert effects(sim).validated == {picking_b: 1}


def test_revoked_key_waits_in_auth_failed_and_resumes_with_a_new_key(sim, wiring):
    products = stocked_products(sim)
    (plan, picking_id) = _order(sim, products, 2)
    engine = wiring.engine
    engine.run_once(pull=False)  # signed in
    assert engine.connectivity.state.value == "online"
    sim.revoke_api_key(sim.device.login)
    made = [enqueue(wiring.outbox, kind, payload) for kind, payload in plan]

    for _ in range(3):
        engine.connectivity.reset_backoff()
        cycle = engine.run_once(pull=False)
    assert cycle.state == "auth_failed"
    assert "API key" in engine.connectivity.reason
    counts = wiring.outbox.counts_by_state()
    assert counts[OpState.PARKED] == 0 and counts[OpState.DONE] == 0
    assert counts[OpState.QUEUED] + counts[OpState.FAILED] == len(made)

    # IT makes a new key in Odoo and enters it on this PC (another process writes the keyring).
    new_key = sim.set_api_key(sim.device.login)
    keyring.set_password(SERVICE, account_name(sim.url, sim.db_name, sim.device.login), new_key)
    drain(engine)
    assert engine.connectivity.state.value == "online"
    assert [wiring.outbox.get(op.uuid).state for op in made] == [OpState.DONE] * 3
    assert effects(sim).validated == {picking_id: 1}


def test_new_key_saved_in_this_process_signs_in_again(sim, wiring):
    engine = wiring.engine
    engine.run_once(pull=False)
    first = wiring.gateway.session
    new_key = sim.set_api_key(sim.device.login)  # the old key stops working at once
    credentials = wiring.gateway._credentials
    credentials.set(sim.url, sim.db_name, sim.device.login, new_key)
    picking_id = sim.facts["click_collect_orders"]["ready"][0]["picking_id"]
    op = enqueue(wiring.outbox, ops.MESSAGE_POST, message_payload(picking_id, "key rotated"))
    drain(engine)
    assert wiring.outbox.get(op.uuid).state == OpState.DONE
    assert wiring.gateway.session is not first
    assert engine.connectivity.state.value == "online"


def test_run_forever_stops_promptly(wiring):
    done = threading.Event()

    async def main() -> None:
        task = asyncio.create_task(wiring.engine.run_forever())
        await until(lambda: wiring.engine.cycles_done > 0, "the first cycle")  # now waiting
        wiring.engine.stop()
        await asyncio.wait_for(task, 5)
        done.set()

    asyncio.run(main())
    assert done.is_set()


# An op's next try a minute after a failure: "not due yet" then holds on a busy machine, where
# the fixtures' 20 ms backoff could come due between two passes.
A_MINUTE = BackoffPolicy(base=60.0, factor=2.0, cap=600.0, jitter=0.0)


@pytest.fixture
def patient_wiring(sim, tmp_path, memory_keyring):
    w = make_engine(sim, tmp_path / "engine", backoff=A_MINUTE)
    yield w
    w.close()


def test_sync_now_retries_a_waiting_op_at_once_and_the_reason_is_in_words(sim, patient_wiring):
    """An op waiting for its next try was not sent by "Sync now" for two minutes; its reason
    read like Python (`ConnectionRefusedError(111, …)`)."""
    wiring = patient_wiring
    products = stocked_products(sim)
    picking_id = make_picking(sim, [(products[0]["product_id"][0], 1)])
    wiring.engine.run_once(pull=False)
    sim.faults.inject("http_503", model="mail.message", times=0)
    sim.faults.inject("http_503", method="message_post", times=0)
    op = enqueue(wiring.outbox, ops.MESSAGE_POST, message_payload(picking_id, "Sync now"))
    wiring.engine.run_once(pull=False)
    waiting = wiring.outbox.get(op.uuid)
    assert waiting.state is OpState.FAILED and waiting.next_attempt_at is not None
    assert "Error(" not in waiting.last_error and "Odoo" in waiting.last_error
    sim.faults.clear()
    wiring.engine.run_once(pull=False)
    assert wiring.outbox.get(op.uuid).state is OpState.FAILED, "not due yet: left alone"
    wiring.engine.sync_now()
    assert wiring.outbox.get(op.uuid).state is OpState.DONE
