"""The store mirror: first sync with progress, cancel and resume, incremental passes, deletions."""

from __future__ import annotations

import threading

from sqlalchemy import text

from storeapp.sync.events import DATA_REFRESHED, PROGRESS
from storeapp.sync.mirror import all_specs
from tests.sync.conftest import make_engine, versions_fixture
from tests.sync.helpers import make_picking, stocked_products, store

# Proves the version differences: every test runs against Odoo 17, 18 and 19.
odoo_version = versions_fixture()


def _count(cache, table: str, where: str = "1=1") -> int:
    with cache.read() as s:
        return s.execute(text(f"SELECT COUNT(*) FROM {table} WHERE {where}")).scalar_one()


def _ids(cache, table: str, where: str = "1=1") -> set[int]:
    with cache.read() as s:
        return {r[0] for r in s.execute(text(f"SELECT id FROM {table} WHERE {where}"))}


def test_first_sync_mirrors_the_store_and_only_the_store(sim, wiring):
    progress = []
    wiring.events.subscribe(PROGRESS, progress.append)
    cycle = wiring.engine.run_once(push=False)
    assert cycle.error is None, cycle.error
    cache = wiring.cache
    lyo = store(sim, "LYO")
    assert _ids(cache, "warehouse") == {lyo["warehouse_id"]}
    types = _ids(cache, "picking_type")
    assert (
        types
        and _count(cache, "picking", f"picking_type_id NOT IN ({','.join(map(str, types))})") == 0
    )
    cc = {
        o["picking_id"] for o in sim.facts["click_collect_orders"]["to_pick"] if o["store"] == "LYO"
    }
    assert cc <= _ids(cache, "picking")
    assert _count(cache, "product") == sim.facts["product_count"]
    locations = _ids(cache, "location")
    assert _count(cache, "quant", f"location_id NOT IN ({','.join(map(str, locations))})") == 0
    assert _count(cache, "quant") > 100
    # Customers: a name and 4 digits, nothing else.
    with cache.read() as s:
        phones = [r[0] for r in s.execute(text("SELECT phone_last4 FROM partner"))]
    assert phones and all(p is None or (len(p) == 4 and p.isdigit()) for p in phones)
    # Employees of this store only (its department), from hr.employee.public.
    names = {e["name"] for e in sim.facts["employees"] if e["store"] == "LYO"}
    with cache.read() as s:
        assert {r[0] for r in s.execute(text("SELECT name FROM employee"))} == names
    # Progress: per model, counting up to a finished event.
    finished = {p.model for p in progress if p.finished}
    assert finished == {spec.model for spec in all_specs(wiring.engine.settings)}
    products = [p for p in progress if p.model == "product.product"]
    assert [p.done for p in products] == sorted(p.done for p in products)
    assert products[-1].done == products[-1].total == sim.facts["product_count"]
    assert wiring.engine.status().initial_done


def test_incremental_pass_sees_changes_with_one_request_per_model(sim, wiring):
    engine, gateway = wiring.engine, wiring.gateway
    engine.run_once(push=False)
    engine.run_once(push=False)
    before = sum(gateway.calls.values())
    engine.run_once(push=False)
    # + product.template for template fields, + the carriers that scope click-and-collect.
    models = len(all_specs(engine.settings)) + 2
    assert sum(gateway.calls.values()) - before <= models

    refreshed = []
    wiring.events.subscribe(DATA_REFRESHED, refreshed.append)
    to_pick = next(o for o in sim.facts["click_collect_orders"]["to_pick"] if o["store"] == "LYO")
    sim.execute("stock.picking", "action_cancel", [to_pick["picking_id"]])
    product = sim.execute("product.product", "search_read", [], ["product_tmpl_id"], limit=1)[0]
    sim.execute(
        "product.template", "write", [product["product_tmpl_id"][0]], {"name": "Renamed in Odoo"}
    )
    engine.run_once(push=False)
    with wiring.cache.read() as s:
        state = s.execute(
            text("SELECT state FROM picking WHERE id = :i"), {"i": to_pick["picking_id"]}
        ).scalar_one()
        name = s.execute(
            text("SELECT name FROM product WHERE id = :i"), {"i": product["id"]}
        ).scalar_one()
        moves = {
            r[0]
            for r in s.execute(
                text("SELECT state FROM move WHERE picking_id = :i"), {"i": to_pick["picking_id"]}
            )
        }
    assert state == "cancel" and moves == {"cancel"}
    assert "Renamed in Odoo" in name
    assert refreshed and {"picking", "product"} <= set(refreshed[-1].tables)


def test_first_sync_can_be_cancelled_and_resumes_where_it_stopped(sim, tmp_path, memory_keyring):
    wiring = make_engine(sim, tmp_path / "resume", page_size=50)
    try:
        engine = wiring.engine

        def stop_midway(event):
            if event.model == "product.product" and event.done >= 100:
                engine.cancel_event.set()

        unsubscribe = wiring.events.subscribe(PROGRESS, stop_midway)
        cycle = engine.run_once(push=False)
        unsubscribe()
        assert cycle.error and "stopped" in cycle.error
        kept = _count(wiring.cache, "product")
        assert 100 <= kept < sim.facts["product_count"]
        assert not engine.status().initial_done

        engine.cancel_event.clear()
        cycle = engine.run_once(push=False)
        assert cycle.error is None
        resumed = next(m for m in cycle.pull.models if m.model == "product.product")
        assert resumed.initial and resumed.fetched == sim.facts["product_count"] - kept
        assert _count(wiring.cache, "product") == sim.facts["product_count"]
        assert engine.status().initial_done
    finally:
        wiring.close()


def test_deletions_and_merged_quants_leave_the_mirror(sim, wiring):
    engine = wiring.engine
    doomed = make_picking(sim, [(stocked_products(sim)[0]["product_id"][0], 1)])
    engine.run_once(push=False)
    to_pick = next(o for o in sim.facts["click_collect_orders"]["to_pick"] if o["store"] == "LYO")
    lines_before = _ids(wiring.cache, "move_line", f"picking_id = {to_pick['picking_id']}")
    assert lines_before and doomed in _ids(wiring.cache, "picking")

    # Unreserving deletes move lines; the picking's own change makes the next pass look.
    sim.execute("stock.picking", "do_unreserve", [to_pick["picking_id"]])
    cycle = engine.run_once(push=False)
    assert not _ids(wiring.cache, "move_line", f"picking_id = {to_pick['picking_id']}")
    assert next(m for m in cycle.pull.models if m.model == "stock.move.line").deleted >= 1

    # A picking deleted in Odoo leaves no trace to pull: the id-set check finds it.
    sim.execute("stock.picking", "action_cancel", [doomed])
    engine.run_once(push=False)
    sim.execute("stock.picking", "unlink", [doomed])
    engine.run_once(push=False)
    assert doomed in _ids(wiring.cache, "picking")
    cycle = engine.run_once(push=False, check_deletions=True)
    assert cycle.deletions["stock.picking"] == 1
    assert doomed not in _ids(wiring.cache, "picking")

    # Odoo merges and deletes quants with raw SQL, leaving no write_date behind.
    location = store(sim, "LYO")["bin_location_ids"][0]
    quant_id = min(_ids(wiring.cache, "quant", f"location_id = {location}"))
    with sim.server.lock:
        sim.server.db.delete("stock.quant", quant_id)
    engine.run_once(push=False)
    assert quant_id in _ids(wiring.cache, "quant")  # an incremental pass cannot see it
    assert wiring.engine.pull.recheck_quants([location]) >= 1
    assert quant_id not in _ids(wiring.cache, "quant")


def test_pull_and_ui_reads_run_side_by_side(sim, wiring):
    """Readers of the cache are never blocked by a pull for long (WAL, one writer)."""
    engine = wiring.engine
    errors: list[BaseException] = []

    def read_loop():
        try:
            for _ in range(50):
                _count(wiring.cache, "product")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    reader = threading.Thread(target=read_loop)
    reader.start()
    engine.run_once(push=False)
    reader.join()
    assert not errors


def test_a_pc_moved_to_another_store_rebuilds_its_mirror(sim, tmp_path, memory_keyring):
    folder = tmp_path / "pc"
    lyon = make_engine(sim, folder)
    lyon.engine.run_once(push=False)
    assert _ids(lyon.cache, "warehouse") == {store(sim, "LYO")["warehouse_id"]}
    lyon.close()

    paris = make_engine(sim, folder, warehouse_code="PAR")  # IT changed store.warehouse_code
    try:
        cycle = paris.engine.run_once(push=False)
        assert cycle.error is None
        assert _ids(paris.cache, "warehouse") == {store(sim, "PAR")["warehouse_id"]}
        paris_types = _ids(paris.cache, "picking_type")
        assert (
            _count(
                paris.cache,
                "picking",
                f"picking_type_id NOT IN ({','.join(map(str, paris_types))})",
            )
            == 0
        )
        assert all(m.initial for m in cycle.pull.models)  # a fresh first sync, not a mix
    finally:
        paris.close()
