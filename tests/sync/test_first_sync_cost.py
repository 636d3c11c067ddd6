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
from storeapp.offline.cache import CACHE_FILE, CacheStore
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Outbox
from storeapp.offline.rows_set_aside import read_set_aside
from storeapp.sync.connectivity import Connectivity, ConnState
from storeapp.sync.engine import SyncEngine
from storeapp.sync.events import PROGRESS, EventBus
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.pull import MirrorPull
from tests.sync.conftest import demo_settings, gateway_settings, store_credentials
from tests.sync.helpers import charging_only

NAME_COST = 1e-4  # seconds per display name: what the test counts


def names_only() -> CostModel:
    return charging_only(display_name=NAME_COST)


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


@pytest.mark.parametrize("version", ["17.0", "18.0", "19.0"])
def test_first_sync_reads_template_fields_from_the_templates(version, tmp_path, memory_keyring):
    """A variant's name, price, category, unit, tracking and type are related fields of its
    template: Odoo computes each through the template for every variant read. The first sync
    reads them where they are stored, one `read` of each page's templates, with the same
    values in the cache (every version's field names: 18 and 19 have `is_storable`)."""
    related = 1e-4
    sim = OdooSim(seed="demo", version=version, cost=charging_only(related_field=related)).start()
    try:
        gateway = OdooGateway(gateway_settings(sim), store_credentials(sim))
        cache = CacheStore.open(tmp_path / "data")
        pull = MirrorPull(gateway, cache, demo_settings(sim, page_size=100))
        try:
            sim.control({"action": "cost", "reset": True})
            result = pull.pull(models=["product.product"])
            spent = sim.control({"action": "cost"})["server_seconds"]
            pages = -(-sim.facts["product_count"] // 100)
            assert gateway.calls["product.template.read"] == pages
        finally:
            pull.close()
            gateway.close()
        (products,) = result.models
        assert products.fetched == sim.facts["product_count"]
        # Through the variants: 5 or 6 related fields per product. From the templates: none,
        # on every version (18 and 19 store the template's is_storable: stock/models/product.py
        # declares it `store=True`, where odoosim computes it from the 17-shaped type).
        # (The units' display names, a handful, are computed fields too.)
        assert spent == pytest.approx(0.0, abs=5 * related)
        odoo = {
            r["id"]: r
            for r in sim.execute(
                "product.product",
                "search_read",
                [],
                ["name", "list_price", "categ_id", "uom_id", "tracking"],
                context={"active_test": False},
            )
        }
        with cache.read() as s:
            rows = s.execute(
                text(
                    "SELECT id, name, list_price, categ_id, uom_id, tracking, uom_name FROM product"
                )
            ).all()
        cache.close()
        assert len(rows) == len(odoo)
        for pid, name, price, categ, uom, tracking, uom_name in rows:
            want = odoo[pid]
            assert (name, price, categ, uom, tracking) == (
                want["name"],
                want["list_price"],
                want["categ_id"][0],
                want["uom_id"][0],
                want["tracking"],
            )
            assert uom_name == want["uom_id"][1]
    finally:
        sim.stop()


def first_sync_progress(sim: OdooSim, tmp_path: Path, **settings) -> tuple[list, MirrorPull]:
    gateway = OdooGateway(gateway_settings(sim), store_credentials(sim))
    cache = CacheStore.open(tmp_path / "data")
    events = EventBus()
    progress: list = []
    events.subscribe(PROGRESS, progress.append)
    pull = MirrorPull(gateway, cache, demo_settings(sim, **settings), events)
    try:
        pull.pull()
        assert pull.initial_done()
        with cache.read() as s:
            products = s.execute(text("SELECT COUNT(*) FROM product")).scalar_one()
        assert products == sim.facts["product_count"]
    finally:
        pull.close()
        cache.close()
        gateway.close()
    return progress, pull


def test_first_sync_pulls_the_products_on_a_second_connection(tmp_path, memory_keyring):
    """While the products come over a second connection (Odoo serves it on another worker),
    the other models follow on the first; the progress of each model stays its own: counting
    up to its total, then finished once."""
    slow = Calibration(request=0.01, auth=0.0, display_name=0.0, workers=2)
    sim = OdooSim(seed="demo", cost=CostModel(slow)).start()
    try:
        progress, pull = first_sync_progress(sim, tmp_path, page_size=50)
    finally:
        sim.stop()
    models = [p.model for p in progress]
    first = models.index("product.product")
    last = len(models) - 1 - models[::-1].index("product.product")
    # Other models' progress between the products' first and last: both lanes ran together.
    assert {m for m in models[first:last] if m != "product.product"}
    for model in {spec.model for spec in pull.specs}:
        mine = [p for p in progress if p.model == model]
        assert [p.finished for p in mine].count(True) == 1 and mine[-1].finished, model
        assert [p.done for p in mine] == sorted(p.done for p in mine), model
        assert mine[-1].done == mine[-1].total, model


def test_one_connection_pulls_the_models_one_after_another(tmp_path, memory_keyring):
    sim = OdooSim(seed="demo").start()
    try:
        progress, _pull = first_sync_progress(sim, tmp_path, page_size=50, pull_connections=1)
    finally:
        sim.stop()
    models = [p.model for p in progress]
    first = models.index("product.product")
    last = len(models) - 1 - models[::-1].index("product.product")
    assert set(models[first : last + 1]) == {"product.product"}


def test_a_variant_with_a_broken_template_link_is_set_aside_in_a_first_sync(
    tmp_path, memory_keyring
):
    """A variant whose template link holds text (a bad import) is set aside with its reason;
    the join of the page's templates skips it, so the other rows of its page and the first
    sync go on (a strict decode in the join stopped the whole first sync)."""
    sim = OdooSim(seed="demo").start()
    try:
        victim = sim.execute("product.product", "search", [], order="id asc", limit=1)[0]
        with sim.server.lock:
            sim.server.db.update("product.product", victim, {"product_tmpl_id": "Chair"})
        gateway = OdooGateway(gateway_settings(sim), store_credentials(sim))
        cache = CacheStore.open(tmp_path / "data")
        pull = MirrorPull(gateway, cache, demo_settings(sim, page_size=50))
        try:
            result = pull.pull(models=["product.product"])
            assert pull._cursor("product.product").initial_done
        finally:
            pull.close()
            gateway.close()
        with cache.read() as s:
            ids = {r[0] for r in s.execute(text("SELECT id FROM product"))}
        cache.close()
        (products,) = result.models
        assert products.fetched == sim.facts["product_count"]
        assert victim not in ids and len(ids) == sim.facts["product_count"] - 1
        aside = {
            (e["model"], e["id"]): e["reason"]
            for e in read_set_aside(tmp_path / "data" / CACHE_FILE)
        }
        assert "many2one" in aside[("product.product", victim)]
    finally:
        sim.stop()


def test_a_third_connection_reads_the_templates_beside_the_next_page(tmp_path, memory_keyring):
    """`pull_connections = 3`: the products' templates come over a connection of their own,
    the variant pages over another, the other models over the first; the cache is the same."""
    sim = OdooSim(seed="demo").start()
    gateway = OdooGateway(gateway_settings(sim), store_credentials(sim))
    cache = CacheStore.open(tmp_path / "data")
    pull = MirrorPull(gateway, cache, demo_settings(sim, page_size=50, pull_connections=3))
    seen: dict[int, set[str]] = {}
    make_sibling = gateway.sibling

    def observed_sibling() -> OdooGateway:
        other = make_sibling()
        mine = seen.setdefault(len(seen), set())
        execute = other.execute

        def execute_and_note(model: str, method: str, *args, **kwargs):
            mine.add(f"{model}.{method}")
            return execute(model, method, *args, **kwargs)

        other.execute = execute_and_note  # type: ignore[method-assign]
        return other

    gateway.sibling = observed_sibling  # type: ignore[method-assign]
    try:
        pull.pull()
        with cache.read() as s:
            rows = s.execute(text("SELECT id, name, list_price FROM product ORDER BY id")).all()
    finally:
        pull.close()
        cache.close()
        gateway.close()
    try:
        odoo = sim.execute(
            "product.product",
            "search_read",
            [],
            ["name", "list_price"],
            order="id asc",
            context={"active_test": False},
        )
    finally:
        sim.stop()
    assert [(r["id"], r["name"], r["list_price"]) for r in odoo] == [tuple(r) for r in rows]
    variants, templates = seen[0], seen[1]
    assert "product.product.search_read" in variants
    assert "product.template.read" not in variants
    assert "product.template.read" in templates
    assert not {c for c in templates if c.startswith("product.product")}
