"""The running app's pull cadence (storeapp/sync/cadence.py): slow-moving models every 15
minutes or on demand, an interval that backs off while idle or slow and shortens while the
store works. Passes run over real HTTP against odoosim."""

from __future__ import annotations

import random

from sqlalchemy import text

from storeapp.sync.cadence import SLOW_MODELS, Cadence
from storeapp.sync.engine import SyncEngine
from storeapp.sync.pull import PullResult
from tests.sync.helpers import FakeClock


def searches(gateway, model: str) -> int:
    return gateway.calls[f"{model}.search_read"]


def test_idle_passes_skip_slow_models_until_their_cadence(sim, wiring):
    engine, gateway = wiring.engine, wiring.gateway
    clock = FakeClock()
    engine.cadence = Cadence(60.0, slow_interval=900.0, clock=clock)
    first = engine.run_once(push=False, scheduled=True)
    assert first.error is None and engine.status().initial_done
    products, pickings = searches(gateway, "product.product"), searches(gateway, "stock.picking")
    # A change in the store, so the change probe (storeapp/sync/probe.py) answers yes.
    with wiring.cache.read() as s:
        picking = s.execute(text("SELECT id FROM picking LIMIT 1")).scalar_one()
    sim.execute("stock.picking", "write", [picking], {"origin": "CADENCE-1"})

    clock.now += 60
    cycle = engine.run_once(push=False, scheduled=True)
    pulled = {m.model for m in cycle.pull.models}
    assert pulled and not pulled & SLOW_MODELS
    assert "stock.picking" in pulled and "stock.quant" in pulled
    assert searches(gateway, "product.product") == products
    assert searches(gateway, "stock.picking") > pickings

    clock.now += 900
    cycle = engine.run_once(push=False, scheduled=True)
    assert "product.product" in {m.model for m in cycle.pull.models}


def test_a_refresh_request_pulls_a_slow_model_at_once(sim, wiring):
    engine = wiring.engine
    engine.cadence = Cadence(60.0, slow_interval=900.0, clock=FakeClock())
    engine.run_once(push=False, scheduled=True)
    product = sim.execute("product.product", "search_read", [], ["id"], limit=1)[0]
    code = "REFRESH-1"
    sim.execute("product.product", "write", [product["id"]], {"default_code": code})
    engine.run_once(push=False, scheduled=True)
    query = text("SELECT default_code FROM product WHERE id = :i")
    with wiring.cache.read() as s:
        assert s.execute(query, {"i": product["id"]}).scalar_one() != code
    engine.refresh("product.product")
    assert engine.cadence.requested
    cycle = engine.run_once(push=False, scheduled=True)
    assert "product.product" in {m.model for m in cycle.pull.models}
    assert not engine.cadence.requested
    with wiring.cache.read() as s:
        assert s.execute(query, {"i": product["id"]}).scalar_one() == code


def quiet() -> PullResult:
    return PullResult(models=[])


def changed() -> PullResult:
    from storeapp.sync.pull import ModelResult

    return PullResult(models=[ModelResult("stock.picking", changed=1)])


def test_the_interval_backs_off_while_nothing_changes_with_jitter():
    clock = FakeClock()
    cadence = Cadence(60.0, clock=clock, rng=random.Random(3))
    waits = []
    for _ in range(4):
        cadence.after_pass(quiet(), [])
        waits.append(cadence.next_interval())
    assert 96 <= waits[0] <= 144  # 2 x 60, +-20 %
    assert all(192 <= w <= 288 for w in waits[1:])  # capped at 4 x 60
    assert len({round(w, 3) for w in waits}) == len(waits)  # never twice the same
    cadence.after_pass(changed(), [])
    assert 48 <= cadence.next_interval() <= 72


def test_slow_answers_double_the_wait_and_work_shortens_it():
    clock = FakeClock()
    cadence = Cadence(60.0, clock=clock)
    cadence.after_pass(changed(), [])
    assert 76 <= cadence.next_interval(slow=True) <= 116  # 2 x 0.8 x 60 while active, +-20 %
    cadence.worked()
    assert 12 <= cadence.next_interval() <= 18
    clock.now += 241
    assert 38 <= cadence.next_interval() <= 58  # the store is still active


def test_the_engine_times_its_passes_on_the_clock_it_is_given(sim, wiring):
    """A fleet benchmark (bench/fleet.py) runs engines in simulated time: `scheduled_pass`
    and `next_pass_in` decide as `run_forever` would, on the engine's `monotonic` clock (the
    slow-model window, the deletion check's interval, the busy spell), not the wall's."""
    clock = FakeClock()
    w = wiring
    engine = SyncEngine(w.gateway, w.cache, w.outbox, w.engine.settings, monotonic=clock)
    try:
        engine.scheduled_pass()
        clock.now += 60
        fast = engine.scheduled_pass()
        assert not {m.model for m in fast.pull.models} & SLOW_MODELS
        assert not fast.deletions
        clock.now += 900
        full = engine.scheduled_pass()
        assert "product.product" in {m.model for m in full.pull.models}
        assert "stock.picking" in full.deletions
        assert 96 <= engine.next_pass_in() <= 288  # backing off: nothing changed
        engine.notify_new_op()
        assert engine.next_pass_in() <= 18
        clock.now += 241
        assert engine.next_pass_in() >= 48
    finally:
        engine.pull.close()


def test_a_store_odoo_keeps_changing_is_asked_within_one_interval():
    """A busy store's changes come from Odoo (web orders, receptions), not from this PC: a
    change every minute or two leaves most passes quiet. Backing off per quiet pass let the
    wait reach 4 × the interval between two changes, so a new order took up to four minutes
    to show (p99 208-247 s in bench/fleet.py). While the probe found changes within the
    active window the wait stays below one interval, jitter included; once the store has
    been quiet for the window it backs off as before."""
    clock = FakeClock()
    cadence = Cadence(60.0, clock=clock, rng=random.Random(5), active_window=900.0)
    start = clock.now
    cadence.after_pass(changed(), [])
    waits = []
    for _ in range(12):  # quiet passes inside the window
        cadence.after_pass(quiet(), [])
        waits.append(cadence.next_interval())
        clock.now += waits[-1]
    assert clock.now - start < 900
    assert all(w < 60 for w in waits)
    clock.now = start + 901
    cadence.after_pass(quiet(), [])
    assert cadence.next_interval() >= 192  # quiet for the window: backed off


def test_a_full_pass_is_no_sign_of_store_activity():
    """The first sync and the slow pass over every model report rows changed; that is the
    mirror catching up, not the store working, so an idle PC backs off from its start."""
    clock = FakeClock()
    cadence = Cadence(60.0, clock=clock, rng=random.Random(5), active_window=900.0)
    cadence.after_pass(changed(), None)
    cadence.after_pass(quiet(), [])
    assert cadence.next_interval() >= 96
