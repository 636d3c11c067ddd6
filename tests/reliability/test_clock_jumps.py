"""Clock skew and jumps: the PC's wall clock minutes off when an op is made, or moved (by a
person, by NTP) while a request is in flight. No correctness decision may rest on it:

- a return made while the clock was fast or slow, its reply lost, the clock corrected before
  the retry: the retry finds the return it made (claimed by Odoo's record ids, not by time);
- a note held by Odoo, storeapp killed and restarted with the clock 10 minutes ahead: the
  restart waits for the held request on the monotonic clock before looking, then posts nothing;
- a note whose request timed out while Odoo still held it, the clock jumping forward or back
  before the retry: one note, and the retry still happens within seconds (a backward jump must
  not park it for as long as the jump).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from datetime import timedelta

import pytest

from storeapp.core import ops
from storeapp.offline.clock import utcnow
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Outbox
from tests.reliability.crash_worker import server_for
from tests.reliability.results import scaled
from tests.sync.conftest import make_engine
from tests.sync.helpers import (
    drain,
    effects,
    enqueue,
    make_done_delivery,
    message_payload,
    return_payload,
    stocked_products,
)

HELD = 3.0  # seconds odoosim holds a note before running it
SKEWS = {"+3 min": 3, "+10 min": 10, "-10 min": -10}


class PcClock:
    """The PC's wall clock: right, or off by `offset`, changed at will."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self):
        return utcnow() + self.offset

    def set_minutes(self, minutes: float) -> None:
        self.offset = timedelta(minutes=minutes)


def _return_skewed(sim, folder, product_id: int, minutes: int) -> list[str]:
    """A return made with the clock `minutes` off, its reply lost, retried with the clock right."""
    clock = PcClock()
    clock.set_minutes(minutes)
    delivery = make_done_delivery(sim, [(product_id, 2)])
    sim.ledger.clear()
    wiring = make_engine(sim, folder, clock=clock, after_timeout_wait=0.3)
    try:
        op = enqueue(wiring.outbox, ops.RETURN_CREATE, return_payload(sim, delivery, 1))
        fault = sim.faults.inject(
            "drop_after_commit", method=wiring.gateway.version.return_wizard_method
        )
        wiring.engine.run_once(pull=False)
        assert fault.fired == 1
        clock.set_minutes(0)  # the clock is corrected before the retry
        drain(wiring.engine)
        state = wiring.outbox.get(op.uuid).state
    finally:
        wiring.close()
    found = effects(sim).returns
    problems = [] if found == {op.uuid: 1} else [f"returns {found}"]
    return problems + ([] if state is OpState.DONE else [f"return ended {state.value}"])


def test_return_made_with_the_clock_off(sim, tmp_path, memory_keyring, record):
    products = stocked_products(sim)
    rounds = scaled(1)
    failures: list[str] = []
    for n in range(rounds):
        for k, (label, minutes) in enumerate(SKEWS.items()):
            product = products[(n * len(SKEWS) + k) % len(products)]["product_id"][0]
            folder = tmp_path / f"pc-{n}-{k}"
            failures += [f"{label}: {p}" for p in _return_skewed(sim, folder, product, minutes)]
    record(
        rounds * len(SKEWS),
        len(failures),
        f"returns made with the clock {', '.join(SKEWS)}, reply lost, clock corrected: "
        f"{len(failures)} twice or lost",
        test="clock off at creation (return, reply lost)",
    )
    assert not failures, failures


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and the fork server are POSIX")
def test_restart_with_the_clock_ahead_waits_for_the_held_note(
    sim, tmp_path, memory_keyring, record
):
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.reliability.crash_worker"])
    from tests.reliability.crash_worker import push_once

    data_dir = tmp_path / "data"
    journal = JournalStore.open(data_dir)
    picking = sim.facts["click_collect_orders"]["ready"][0]["picking_id"]
    op = enqueue(Outbox(journal), ops.MESSAGE_POST, message_payload(picking, "held at the desk"))
    journal.close()
    sim.ledger.clear()
    sim.faults.inject("delay", method="message_post", delay=HELD)
    child = ctx.Process(
        target=push_once, args=(str(data_dir), server_for(sim, memory_keyring)), daemon=True
    )
    child.start()
    deadline = time.monotonic() + 60
    while not any(f[0] == "delay" for f in sim.faults.history):  # Odoo now holds the note
        assert time.monotonic() < deadline, "the push never reached odoosim"
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.join(30)
    clock = PcClock()
    clock.set_minutes(10)  # restarted with the clock 10 minutes ahead
    wiring = make_engine(sim, data_dir, clock=clock, after_timeout_wait=HELD + 1)
    try:
        drain(wiring.engine, seconds=60)
        state = wiring.outbox.get(op.uuid).state
    finally:
        wiring.close()
    assert sim.wait_idle(timeout=HELD + 30), "odoosim still holds a request"  # it has run now
    notes = effects(sim).messages
    failures = (notes != {op.uuid: 1}) + (state is not OpState.DONE)
    record(
        1,
        failures,
        f"note held {HELD:g} s, storeapp killed, restarted 10 min ahead: posted "
        f"{notes.get(op.uuid, 0)} time(s)",
        test="clock ahead at restart (note in flight)",
    )
    assert notes == {op.uuid: 1} and state is OpState.DONE, (notes, state)


@pytest.mark.parametrize("minutes", [10, -10], ids=["forward", "back"])
def test_clock_jump_mid_flight(sim, tmp_path, memory_keyring, record, minutes):
    """The request times out (1 s) while Odoo holds the note (3 s); the clock jumps before
    the retry. One note, sent within seconds of the wait."""
    picking = sim.facts["click_collect_orders"]["ready"][0]["picking_id"]
    clock = PcClock()
    wiring = make_engine(
        sim,
        tmp_path / "pc",
        clock=clock,
        after_timeout_wait=HELD + 1,
        gateway_kw={"timeout_read": 1.0, "timeout_write": 1.0, "timeout_action": 1.0},
    )
    try:
        op = enqueue(wiring.outbox, ops.MESSAGE_POST, message_payload(picking, "jump"))
        sim.ledger.clear()
        sim.faults.inject("delay", method="message_post", delay=HELD)
        wiring.engine.run_once(pull=False)
        assert wiring.outbox.get(op.uuid).state is OpState.FAILED
        clock.set_minutes(minutes)
        started = time.monotonic()
        drain(wiring.engine, seconds=60)
        took = time.monotonic() - started
        state = wiring.outbox.get(op.uuid).state
    finally:
        wiring.close()
    assert sim.wait_idle(timeout=HELD + 30), "odoosim still holds a request"  # it has run now
    notes = effects(sim).messages
    failures = (notes != {op.uuid: 1}) + (state is not OpState.DONE) + (took > 30)
    label = "forward" if minutes > 0 else "back"
    record(
        1,
        failures,
        f"request timed out while Odoo held the note, clock {minutes:+d} min: posted "
        f"{notes.get(op.uuid, 0)} time(s), retried after {took:.1f} s",
        test=f"clock jump {label} mid-flight (note)",
    )
    assert notes == {op.uuid: 1} and state is OpState.DONE and took <= 30, (notes, state, took)
