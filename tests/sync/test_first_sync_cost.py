"""The first sync at what a real Odoo costs: many2ones as bare ids, names read once, counts right.

odoosim's cost model (odoosim/cost.py) charges the display name Odoo computes for every
many2one of every row read with the default `load`; here it charges only that, so the server
seconds it reports count the display names the sync made Odoo compute.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from odoosim import OdooSim
from odoosim.cost import Calibration, CostModel
from storeapp.offline.cache import CacheStore
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Outbox
from storeapp.sync.connectivity import Connectivity, ConnState
from storeapp.sync.engine import SyncEngine
from storeapp.sync.events import EventBus
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.pull import MirrorPull
from tests.sync.conftest import demo_settings, gateway_settings, store_credentials

NAME_COST = 1e-4  # seconds per display name: what the test counts


def names_only() -> CostModel:
    zero = {
        name: 0.0
        for name in (
            "request",
            "row",
            "field",
            "related_field",
            "many2one_id",
            "company_dependent",
            "searched_row",
            "auth",
        )
    }
    return CostModel(Calibration(**zero, display_name=NAME_COST, workers=8))


@pytest.fixture
def costly_sim() -> Iterator[OdooSim]:
    sim = OdooSim(seed="demo", cost=names_only()).start()
    yield sim
    sim.stop()


@pytest.fixture
def puller(costly_sim, tmp_path: Path, memory_keyring) -> Iterator[MirrorPull]:
    gateway = OdooGateway(gateway_settings(costly_sim), store_credentials(costly_sim))
    cache = CacheStore.open(tmp_path / "data")
    pull = MirrorPull(gateway, cache, demo_settings(costly_sim))
    yield pull
    pull.close()
    cache.close()
    gateway.close()


def display_names_computed(sim: OdooSim) -> float:
    return sim.control({"action": "cost"})["server_seconds"] / NAME_COST


def test_first_sync_reads_many2ones_as_bare_ids(costly_sim, puller):
    """Products, quants, pickings and moves come without display names; the unit's name of
    every product is still mirrored, from one read of the units."""
    result = puller.pull()
    rows = result.fetched
    assert rows > 1000
    # With Odoo's default load every many2one of every row would cost a display name: more
    # names than rows (three per product, six per quant). What remains are the few small
    # models whose rows keep names (the store's warehouse, sale orders, employees).
    assert display_names_computed(costly_sim) < rows / 5
    with puller.cache.read() as s:
        units = {r[0] for r in s.execute(text("SELECT DISTINCT uom_name FROM product"))}
        blank = s.execute(
            text("SELECT COUNT(*) FROM product WHERE product_tmpl_id IS NULL")
        ).scalar_one()
    assert units and None not in units and "" not in units
    assert blank == 0
    assert puller.gateway.calls["uom.uom.read"] == 1


def test_first_sync_counts_each_row_once_when_the_last_page_is_full(
    costly_sim, tmp_path, memory_keyring
):
    """The final empty page used to count the last full page again ("changed 102,000" for
    100,000 products)."""
    count = costly_sim.facts["product_count"]
    gateway = OdooGateway(gateway_settings(costly_sim), store_credentials(costly_sim))
    cache = CacheStore.open(tmp_path / "pages")
    pull = MirrorPull(gateway, cache, demo_settings(costly_sim, page_size=count // 2))
    try:
        # Products of the demo split into two full pages, then an empty one.
        assert count % 2 == 0
        result = pull.pull(models=["product.product"])
    finally:
        pull.close()
        cache.close()
        gateway.close()
    (products,) = result.models
    assert products.fetched == count
    assert products.changed == count


def test_a_long_first_sync_of_quick_answers_is_not_degraded(tmp_path, memory_keyring):
    """Many quick answers make a long pass; only slow answers make a degraded link."""
    quick = Calibration(request=0.03, auth=0.0, display_name=0.0, workers=8)
    sim = OdooSim(seed="demo", cost=CostModel(quick)).start()
    try:
        settings = demo_settings(sim, page_size=20)
        gateway = OdooGateway(gateway_settings(sim), store_credentials(sim))
        cache = CacheStore.open(tmp_path / "data")
        journal = JournalStore.open(tmp_path / "data")
        events = EventBus()
        connectivity = Connectivity(events, slow_threshold=0.15)
        engine = SyncEngine(
            gateway, cache, Outbox(journal), settings, events, connectivity=connectivity
        )
        try:
            cycle = engine.run_once(push=False)
            assert cycle.error is None, cycle.error
            assert cycle.pull.seconds / len(cycle.pull.models) > 0.15  # a long pass...
            assert connectivity.state == ConnState.ONLINE  # ...of quick answers
            sim.server.cost = CostModel(Calibration(request=0.2, auth=0.0, workers=8))
            engine.run_once(push=False)
            assert connectivity.state == ConnState.DEGRADED
            assert "slowly" in connectivity.reason
        finally:
            engine.close()
            gateway.close()
            cache.close()
            journal.close()
    finally:
        sim.stop()
