"""Counts pushed to odoosim: the quantity written is `server qty at push + (counted − snapshot)`,
whatever Odoo sold or received meanwhile — for a count that would go negative (clamped to 0),
for a lot, and for a count that confirmed the system figure. Checked in odoosim's ledger."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storeapp.core.count_review import AutoApproveRule, CountRules, Employee, ToleranceRule
from storeapp.core.scanning import ProductRef, Tracking
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor
from tests.sync.conftest import make_engine, versions_fixture
from tests.ui.test_counts_offline_then_online import grant_stock_manager, on_hand, sell

# Proves the version differences: every test runs against Odoo 17, 18 and 19.
odoo_version = versions_fixture()

ROSE = Employee(2, "Rose Vincent")
# Everything goes to a manager: the test approves explicitly, as a store would.
RULES = CountRules(
    tolerances=(ToleranceRule(max_qty=1000),),
    auto_approve=(AutoApproveRule(max_qty=0),),
)


@pytest.fixture
def store(sim, tmp_path, memory_keyring):
    grant_stock_manager(sim)
    wiring = make_engine(sim, tmp_path / "data")
    assert wiring.engine.run_once().error is None
    yield wiring
    wiring.close()


def count_and_submit(repo: CountsRepo, location_id: int, lines, who=ROSE) -> dict[int, str]:
    """Count `lines` [(product_id, quantity, lot_id, lot_name)] at the location; returns the
    op uuid of each product's adjustment."""
    location = repo.location(location_id)
    opened = repo.start(location, who)
    now = datetime.now(UTC)
    for product_id, qty, lot_id, lot_name in lines:
        tracking = Tracking.LOT if lot_name else Tracking.NONE
        cost, category, active = repo.product_facts(product_id)
        result = opened.session.set_quantity(
            ProductRef(product_id, f"product {product_id}", tracking, active),
            qty,
            by=who,
            now=now,
            snapshot=lambda p, lot, _n: repo.snapshot(location_id, p, lot),
            lot_name=lot_name,
            lot_id=lot_id,
            unit_cost=cost,
            category=category,
        )
        assert not hasattr(result, "reason"), result
    repo.save(opened, who)
    submission = opened.session.submit(now=now, product_active=repo.product_active)
    outcome = repo.submit(opened, submission, who)
    ops = {}
    for op_uuid in outcome.queued + outcome.for_approval:
        op = repo.outbox.get(op_uuid)
        ops[op.payload["product_id"]] = op_uuid
    return ops


def inventory_moves(sim, op_uuid: str):
    return [
        e
        for e in sim.ledger.entries("move.done")
        if e.data["is_inventory"] and f"[op:{op_uuid}]" in e.data["name"]
    ]


def approve_all(wiring, ops: dict[int, str]) -> None:
    for op_uuid in ops.values():
        if wiring.outbox.get(op_uuid).state is OpState.PENDING_APPROVAL:
            wiring.outbox.approve(op_uuid, Actor(1, "Jules Dubois"), "checked")


def test_sales_between_count_and_push_stay_sold_even_below_zero(sim, store):
    bins = sim.facts["stores"][0]["bins"]
    shelf = bins["LYO/Stock/A-01"]
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    jug, glasses, candle = 9, 10, 13
    snap = {p: repo.snapshot(shelf, p, None) for p in (jug, glasses, candle)}
    ops = count_and_submit(
        repo,
        shelf,
        [
            (jug, snap[jug] - 3, None, None),  # three missing
            (glasses, 2, None, None),  # almost all missing: will go below 0
            (candle, snap[candle], None, None),  # confirms the system
        ],
    )
    approve_all(store, ops)
    sell(sim, jug, shelf, 2)
    sell(sim, glasses, shelf, snap[glasses] - 4)  # 4 left in Odoo, count says 2 − snapshot
    before = {p: on_hand(sim, p, shelf) for p in (jug, glasses, candle)}

    store.engine.run_once(pull=False)
    assert all(store.outbox.get(u).state is OpState.DONE for u in ops.values())

    # The jug: 3 missing applied to what Odoo had after the sale.
    [jug_move] = inventory_moves(sim, ops[jug])
    assert jug_move.data["quantity"] == 3
    assert on_hand(sim, jug, shelf) == before[jug] - 3
    # The glasses: the count's difference would go below 0: set to 0, and the move says so.
    [glass_move] = inventory_moves(sim, ops[glasses])
    assert glass_move.data["quantity"] == before[glasses]
    assert on_hand(sim, glasses, shelf) == 0
    assert "would have gone below 0, so the quantity is set to 0" in glass_move.data["name"]
    assert (
        "sold since" in jug_move.data["name"] and "counted by Rose Vincent" in jug_move.data["name"]
    )
    # The candle: nothing to change; Odoo still records the count (a move of 0).
    assert on_hand(sim, candle, shelf) == before[candle]
    assert all(m.data["quantity"] == 0 for m in inventory_moves(sim, ops[candle]))
    result = store.outbox.get(ops[glasses]).result
    assert result["target"] == 0 and result["server_qty"] == before[glasses]


def test_a_lot_is_adjusted_on_its_own_quant(sim, store):
    store_stock = sim.facts["stores"][0]["stock_location_id"]
    mug = sim.facts["lot_product_ids"][0]
    quants = sim.execute(
        "stock.quant",
        "search_read",
        [
            ("product_id", "=", mug),
            ("location_id", "child_of", store_stock),
            ("lot_id", "!=", False),
        ],
        ["lot_id", "quantity", "location_id"],
    )
    lot_id, lot_name = quants[0]["lot_id"]
    stock = quants[0]["location_id"][0]  # lots live in bins, as in a real store
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    snapshot = repo.snapshot(stock, mug, lot_id)
    assert snapshot == quants[0]["quantity"]
    ops = count_and_submit(repo, stock, [(mug, snapshot + 2, lot_id, lot_name)])
    approve_all(store, ops)
    sell(sim, mug, stock, 1)

    def lot_qty() -> float:
        rows = sim.execute(
            "stock.quant",
            "search_read",
            [("product_id", "=", mug), ("location_id", "=", stock), ("lot_id", "=", lot_id)],
            ["quantity"],
        )
        return sum(r["quantity"] for r in rows)

    before = lot_qty()
    store.engine.run_once(pull=False)
    [move] = inventory_moves(sim, ops[mug])
    assert move.data["quantity"] == 2
    assert move.data["lines"][0]["lot_id"] == lot_id
    assert lot_qty() == before + 2


def test_rejected_adjustments_never_reach_odoo(sim, store):
    shelf = sim.facts["stores"][0]["bins"]["LYO/Stock/A-01"]
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    ops = count_and_submit(repo, shelf, [(9, 0, None, None)])
    op_uuid = ops[9]
    store.outbox.reject(op_uuid, Actor(1, "Jules Dubois"), "Shelf was being restocked")
    before = on_hand(sim, 9, shelf)
    store.engine.run_once(pull=False)
    assert store.outbox.get(op_uuid).state is OpState.REJECTED
    assert inventory_moves(sim, op_uuid) == []
    assert on_hand(sim, 9, shelf) == before


def test_a_serial_odoo_did_not_know_is_created_with_the_count(sim, store):
    stock = sim.facts["stores"][0]["stock_location_id"]
    phone = sim.facts["serial_product_ids"][0]
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    location = repo.location(stock)
    opened = repo.start(location, ROSE)
    now = datetime.now(UTC)
    result = opened.session.set_quantity(
        ProductRef(phone, "Phone", Tracking.SERIAL),
        1,
        by=ROSE,
        now=now,
        snapshot=lambda p, lot, _n: repo.snapshot(stock, p, lot),
        lot_name="SN-FOUND-0001",
    )
    assert not hasattr(result, "reason"), result
    submission = opened.session.submit(now=now, product_active=repo.product_active)
    [adjustment] = submission.adjustments
    assert "lot SN-FOUND-0001 is new to Odoo and will be created" in adjustment.reasons
    outcome = repo.submit(opened, submission, ROSE)
    [op_uuid] = outcome.for_approval
    store.outbox.approve(op_uuid, Actor(1, "Jules Dubois"), "found behind the counter")

    store.engine.run_once(pull=False)
    assert store.outbox.get(op_uuid).state is OpState.DONE
    lots = sim.execute("stock.lot", "search_read", [("name", "=", "SN-FOUND-0001")], ["product_id"])
    assert len(lots) == 1 and lots[0]["product_id"][0] == phone
    [move] = inventory_moves(sim, op_uuid)
    assert move.data["quantity"] == 1 and move.data["lines"][0]["lot_id"] == lots[0]["id"]
    # Sent again (a lost reply): the same lot, no second unit.
    store.engine.run_once(pull=False)
    assert len(inventory_moves(sim, op_uuid)) == 1


def test_the_explanation_in_odoo_gives_the_time_in_the_store_time_zone(
    sim, tmp_path, memory_keyring
):
    """A PC whose own zone is not the store's (a head-office laptop, an image built in UTC):
    the count's time in Odoo's move name is the store's wall clock (store.timezone)."""
    from zoneinfo import ZoneInfo

    zone = "Pacific/Chatham"  # +12:45/+13:45: never this test machine's own offset
    grant_stock_manager(sim)
    wiring = make_engine(sim, tmp_path / "data", timezone=zone)
    try:
        assert wiring.engine.run_once().error is None
        shelf = sim.facts["stores"][0]["bins"]["LYO/Stock/A-01"]
        repo = CountsRepo(wiring.cache, wiring.journal, wiring.outbox, RULES)
        jug = 9
        ops = count_and_submit(
            repo, shelf, [(jug, repo.snapshot(shelf, jug, None) + 1, None, None)]
        )
        approve_all(wiring, ops)
        counted_at = datetime.fromisoformat(wiring.outbox.get(ops[jug]).payload["counted_at"])
        wiring.engine.run_once(pull=False)
        [move] = inventory_moves(sim, ops[jug])
        store_clock = counted_at.astimezone(ZoneInfo(zone)).strftime("%H:%M")
        pc_clock = counted_at.astimezone().strftime("%H:%M")
        assert store_clock != pc_clock
        assert f" at {store_clock}, system showed" in move.data["name"]
    finally:
        wiring.close()
