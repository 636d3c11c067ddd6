"""The running app's idle pass costs Odoo one request (storeapp/sync/probe.py), on Odoo 17, 18
and 19, over real HTTP against odoosim; changes still arrive within one interval, and a 429 or
503 with Retry-After holds the PC back for that long (jittered) and then recovers."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from sqlalchemy import text

from odoosim import OdooSim
from storeapp.sync.cadence import SLOW_MODELS
from storeapp.sync.connectivity import Connectivity, ConnState
from storeapp.sync.errors import ServerError
from storeapp.sync.probe import PROBED_MODELS
from tests.sync.conftest import Wiring, make_engine, versions_fixture
from tests.sync.helpers import FakeClock

odoo_version = versions_fixture()


def synced(sim: OdooSim, tmp_path: Path, memory_keyring, clock: FakeClock) -> Wiring:
    """An engine after its first sync, the pass that re-reads the first sync's last second,
    and the first deletion check and quant re-check (a few minutes after start): the next
    pass is a steady idle one."""
    wiring = make_engine(sim, tmp_path / "engine", monotonic=clock, overlap_seconds=0.0)
    first = wiring.engine.scheduled_pass()
    assert first.error is None and wiring.engine.status().initial_done
    time.sleep(1.1)  # write_date is sent to the second
    clock.now += 60
    assert wiring.engine.scheduled_pass().error is None
    clock.now += 200
    searches = wiring.gateway.calls["stock.picking.search"]
    assert wiring.engine.scheduled_pass().error is None
    assert wiring.gateway.calls["stock.picking.search"] > searches  # the deletion check ran
    return wiring


def store_picking(sim: OdooSim) -> dict:
    store = sim.facts["stores"][0]
    return sim.execute(
        "stock.picking",
        "search_read",
        [
            ("picking_type_id.warehouse_id", "=", store["warehouse_id"]),
            ("carrier_id", "=", store["carrier_id"]),
            ("state", "in", ["confirmed", "assigned"]),
            ("partner_id", "!=", False),
        ],
        ["partner_id", "origin"],
        limit=1,
    )[0]


def cached(wiring: Wiring, sql: str, **params):
    with wiring.cache.read() as s:
        return s.execute(text(sql), params).scalar()


def test_every_mirrored_model_is_either_probed_or_slow(sim, wiring):
    models = {spec.model for spec in wiring.engine.pull.specs}
    assert models == (PROBED_MODELS | SLOW_MODELS) & models
    assert not PROBED_MODELS & SLOW_MODELS


def test_an_idle_pass_costs_one_request(sim, tmp_path, memory_keyring):
    clock = FakeClock()
    wiring = synced(sim, tmp_path, memory_keyring, clock)
    try:
        engine, gateway = wiring.engine, wiring.gateway
        for _ in range(3):
            clock.now += engine.next_pass_in()
            before = gateway.stats.requests
            cycle = engine.scheduled_pass()
            assert cycle.error is None and cycle.pull is not None
            assert cycle.pull.models == []
            assert gateway.stats.requests - before == 1
        assert engine.connectivity.state == ConnState.ONLINE
    finally:
        wiring.close()


def test_an_idle_stores_deletion_check_waits_for_the_slow_pass(sim, tmp_path, memory_keyring):
    """Deletion checks run every 15 minutes while the store changes; while nothing does, they
    wait for the pass over every model on the slow cadence instead of costing a request per
    model every 15 minutes."""
    clock = FakeClock()
    wiring = synced(sim, tmp_path, memory_keyring, clock)
    try:
        engine, gateway = wiring.engine, wiring.gateway
        interval = engine.settings.deletion_check_interval
        clock.now += interval + 1
        assert not engine.cadence.slow_due()
        before = gateway.stats.requests
        engine.scheduled_pass()
        assert gateway.stats.requests - before == 1  # idle: the probe only

        sim.execute("stock.picking", "write", [store_picking(sim)["id"]], {"origin": "DEL-1"})
        clock.now += engine.next_pass_in()
        engine.scheduled_pass()  # the probe says yes: the store changes again
        checks = gateway.calls["stock.picking.search"]
        clock.now += engine.next_pass_in()
        engine.scheduled_pass()
        assert gateway.calls["stock.picking.search"] > checks  # the deletion check ran
    finally:
        wiring.close()


def test_a_probe_odoo_refuses_falls_back_to_pulling_every_pass(sim, tmp_path, memory_keyring):
    """A customised Odoo whose rules refuse the probe's question: the pass still pulls the
    store's orders, stock and customers, and the probe is not asked again."""
    clock = FakeClock()
    wiring = synced(sim, tmp_path, memory_keyring, clock)
    try:
        engine = wiring.engine
        error = ("odoo.exceptions.AccessError", "You are not allowed to access 'Stock Move'")
        sim.faults.inject("raise", model="stock.move", method="search_read", error=error)
        sim.execute("stock.picking", "write", [store_picking(sim)["id"]], {"origin": "RULES"})
        clock.now += engine.next_pass_in()
        cycle = engine.scheduled_pass()
        assert cycle.error is None
        assert "stock.picking" in {m.model for m in cycle.pull.models}
        assert engine.probe.refused and "not allowed" in engine.probe.refused
        asked = engine.probe.asked
        clock.now += engine.next_pass_in()
        engine.scheduled_pass()
        assert engine.probe.asked == asked
    finally:
        wiring.close()


def test_changes_in_odoo_arrive_through_the_probe(sim, tmp_path, memory_keyring):
    """A customer's phone, a picking's origin: each written in Odoo alone, each pulled at the
    next pass because the probe saw it through the store's moves."""
    clock = FakeClock()
    wiring = synced(sim, tmp_path, memory_keyring, clock)
    try:
        picking = store_picking(sim)
        partner = picking["partner_id"][0]
        sim.execute("res.partner", "write", [partner], {"phone": "+33 6 00 00 42 17"})
        clock.now += wiring.engine.next_pass_in()
        cycle = wiring.engine.scheduled_pass()
        assert "res.partner" in {m.model for m in cycle.pull.models}
        assert cached(wiring, "SELECT phone_last4 FROM partner WHERE id = :i", i=partner) == "4217"

        sim.execute("stock.picking", "write", [picking["id"]], {"origin": "PROBE-1"})
        clock.now += wiring.engine.next_pass_in()
        wiring.engine.scheduled_pass()
        origin = cached(wiring, "SELECT origin FROM picking WHERE id = :i", i=picking["id"])
        assert origin == "PROBE-1"
    finally:
        wiring.close()


def test_a_pass_over_every_model_needs_no_request_of_its_own_for_the_carriers(
    sim, tmp_path, memory_keyring
):
    """The click-and-collect carriers are chosen from the mirrored delivery.carrier rows:
    a no-change pass over every model makes one request per model that this Odoo has."""
    clock = FakeClock()
    wiring = synced(sim, tmp_path, memory_keyring, clock)
    try:
        pull = wiring.engine.pull
        version = pull.resolve_scope().version
        before = wiring.gateway.stats.requests
        carriers = wiring.gateway.calls["delivery.carrier.search_read"]
        result = pull.pull()
        assert result.changed == 0
        assert wiring.gateway.calls["delivery.carrier.search_read"] == carriers + 1
        # One per model this Odoo has, and product.template's (variants follow their
        # templates' changes, storeapp/sync/pull_templates.py).
        expected = sum(1 for spec in pull.specs if spec.exists(version)) + 1
        assert wiring.gateway.stats.requests - before == expected
    finally:
        wiring.close()


def test_a_busy_store_sees_odoo_changes_within_one_interval(sim, tmp_path, memory_keyring):
    """Orders worked on this PC (an op saved every couple of minutes) and changes made in
    Odoo at random moments: each change is on the PC at the first pass after it, and the
    passes come often enough that the p99 delay stays within one pull interval."""
    clock = FakeClock()
    wiring = synced(sim, tmp_path, memory_keyring, clock)
    rng = random.Random(7)
    try:
        engine = wiring.engine
        interval = engine.settings.pull_interval
        picking = store_picking(sim)
        start = clock.now
        changes = sorted(start + rng.uniform(0, 1800) for _ in range(25))
        delays = []
        next_op = start
        while changes:
            if clock.now >= next_op:
                engine.notify_new_op()
                next_op += 120
            due = [t for t in changes if t <= clock.now]
            if due:
                origin = f"BUSY-{len(delays)}"
                sim.execute("stock.picking", "write", [picking["id"]], {"origin": origin})
            engine.scheduled_pass()
            if due:
                got = cached(wiring, "SELECT origin FROM picking WHERE id = :i", i=picking["id"])
                assert got == origin
                delays += [clock.now - t for t in due]
                changes = changes[len(due) :]
            clock.now += engine.next_pass_in()
        delays.sort()
        p99 = delays[min(len(delays) - 1, int(len(delays) * 0.99))]
        assert p99 <= interval, (p99, statistics.median(delays))
    finally:
        wiring.close()


def test_retry_after_holds_the_pc_back_then_it_recovers(sim, tmp_path, memory_keyring):
    """A proxy answers 429 with Retry-After: 30. The PC shows Odoo as busy (degraded, not
    offline), sends nothing for at least 30 s, then works again."""
    clock = FakeClock()
    wiring = synced(sim, tmp_path, memory_keyring, clock)
    try:
        engine, gateway = wiring.engine, wiring.gateway
        sim.faults.inject("http_429", retry_after=30)
        clock.now += engine.next_pass_in()
        cycle = engine.scheduled_pass()
        assert "429" in (cycle.error or "") and "30 s" in cycle.error
        assert engine.connectivity.state == ConnState.DEGRADED
        assert engine.connectivity.held
        assert engine.next_pass_in() >= 30 - 1e-6

        clock.now += 20
        before = gateway.stats.requests
        engine.scheduled_pass()
        assert gateway.stats.requests == before  # still held: nothing sent

        clock.now += 30 * 1.3 - 20 + 0.1
        recovered = engine.scheduled_pass()
        assert recovered.error is None
        assert engine.connectivity.state == ConnState.ONLINE
        assert not engine.connectivity.held
    finally:
        wiring.close()


def test_a_503_with_retry_after_is_busy_and_without_it_a_failure(sim, tmp_path, memory_keyring):
    clock = FakeClock()
    wiring = synced(sim, tmp_path, memory_keyring, clock)
    try:
        engine = wiring.engine
        sim.faults.inject("http_503", retry_after=120)
        clock.now += engine.next_pass_in()
        engine.scheduled_pass()
        assert engine.connectivity.held and engine.connectivity.seconds_until_try() >= 120
        engine.connectivity.reset_backoff()  # a person pressed "Sync now"
        assert engine.scheduled_pass().error is None

        sim.faults.inject("http_503")
        engine.scheduled_pass()
        assert engine.connectivity.state == ConnState.DEGRADED
        assert not engine.connectivity.held
    finally:
        wiring.close()


def test_a_fleet_told_the_same_retry_after_does_not_come_back_at_once():
    clock = FakeClock()
    busy = ServerError("busy", status=429, retry_after=60.0)
    waits = []
    for seed in range(50):
        link = Connectivity(clock=clock, rng=random.Random(seed))
        link.report_failure(busy)
        waits.append(link.seconds_until_try())
    assert min(waits) >= 60
    assert max(waits) <= 60 * 1.3
    assert max(waits) - min(waits) > 10  # spread over the next 30 %
