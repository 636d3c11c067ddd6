"""Returns intake end to end against odoosim: cache facts → policy → ops → Odoo's ledger.

Proves the acceptance of the returns job: one return picking per confirmed return, into the
location its condition decides, with `to_refund`, the sale line's delivered quantity lowered;
and a quantity returned twice from two PCs of the same store while offline is caught when the
second one syncs, parked with the reason.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from storeapp.core.policy import Destination, ReturnLine, ReturnRequest, evaluate
from storeapp.core.returns import plan_returns
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor
from storeapp.offline.returns_policy import PolicySource
from storeapp.offline.returns_repo import ReturnsRepo
from tests.sync.conftest import make_engine, versions_fixture
from tests.sync.helpers import drain

# Proves the version differences: every test runs against Odoo 17, 18 and 19.
odoo_version = versions_fixture()

ASSOCIATE = Actor(2, "Camille Garcia")
MANAGER = Actor(1, "Nadia Martin")


def _delivery(sim, **want):
    code = sim.facts["stores"][0]["code"]
    for d in sim.facts["past_deliveries"]:
        if d["store"] != code or d.get("partly_returned") or d["has_serials"]:
            continue
        if all(d.get(k) == v for k, v in want.items()):
            return d
    raise AssertionError("the demo store has no such delivery")


def _repo(wiring) -> ReturnsRepo:
    return ReturnsRepo(
        wiring.cache,
        wiring.journal,
        wiring.outbox,
        warehouse_code=wiring.engine.settings.warehouse_code,
    )


def _take_back(repo: ReturnsRepo, order: str, picks, *, online=True, approver=None):
    """Find the sale, decide under the sample policy, save; returns (saved, decision)."""
    policy = PolicySource(repo.journal).load().policy
    hits = repo.find_sales(order)
    assert hits and hits[0].order_name == order
    sale = repo.load_sale(hits[0].sale_id)
    lines = []
    for index, qty, condition in picks:
        view = sale.lines[index]
        lines.append(
            ReturnLine(
                product_id=view.facts.product_id,
                quantity=qty,
                condition=condition,
                unit_price=view.facts.unit_price,
                product_name=view.product_name,
                category=view.facts.category,
                sale_line_id=view.facts.sale_line_id,
                reason_code="changed_mind",
            )
        )
    request = ReturnRequest(tuple(lines), customer_id=sale.facts.customer_id)
    history = repo.customer_history(sale.facts.customer_id)
    decision = evaluate(policy, request, sale.facts, history, datetime.now(UTC), online)
    planned = plan_returns(
        request, decision, {v.facts.sale_line_id: v.moves for v in sale.lines}, repo.locations()
    )
    saved = repo.save_confirmed(
        request, sale.facts, decision, planned, ASSOCIATE, approver=approver, note="ok"
    )
    return saved, decision, sale


def test_confirmed_return_reaches_odoo_once_into_the_right_location(sim, tmp_path, memory_keyring):
    wiring = make_engine(sim, tmp_path / "pc")
    try:
        wiring.engine.run_once(push=False)
        repo = _repo(wiring)
        delivery = _delivery(sim, within_30_days=True)
        sale_name = sim.execute("sale.order", "read", [delivery["sale_order_id"]], ["name"])[0]
        sale = repo.load_sale(delivery["sale_order_id"])
        before = {v.facts.sale_line_id: v.facts.returnable for v in sale.lines}
        locations = repo.locations()
        st = next(s for s in sim.facts["stores"] if s["code"] == sim.facts["stores"][0]["code"])
        assert locations[Destination.STOCK] == st["stock_location_id"]
        assert locations[Destination.QUARANTINE] == st["quarantine_location_id"]

        saved, decision, _ = _take_back(repo, sale_name["name"], [(0, 1.0, "resellable")])
        assert decision.allowed, decision.trace()
        assert len(saved.op_uuids) == 1
        # Saved but not yet sent: this PC already counts it as returned.
        again = repo.load_sale(delivery["sale_order_id"])
        line_id = sale.lines[0].facts.sale_line_id
        assert again.line(line_id).facts.returnable == before[line_id] - 1
        assert again.line(line_id).pending_here == 1

        delivered_before = sim.execute("sale.order.line", "read", [line_id], ["qty_delivered"])
        drain(wiring.engine)
        op = wiring.outbox.get(saved.op_uuids[0])
        assert op.state is OpState.DONE, op
        created = [
            e
            for e in sim.ledger.entries("return.created")
            if e.data["return_of"] == delivery["picking_id"]
        ]
        assert len(created) == 1
        assert [ln["to_refund"] for ln in created[0].data["lines"]] == [True]
        ret = sim.execute(
            "stock.picking", "read", [created[0].res_id], ["location_dest_id", "state", "origin"]
        )[0]
        assert ret["state"] == "done"
        assert ret["location_dest_id"][0] == st["stock_location_id"]
        assert f"[op:{op.uuid}]" in ret["origin"]
        delivered_after = sim.execute("sale.order.line", "read", [line_id], ["qty_delivered"])
        assert delivered_after[0]["qty_delivered"] == delivered_before[0]["qty_delivered"] - 1

        # Pulled back: counted once (from Odoo now), not twice.
        wiring.engine.run_once(push=False)
        pulled = repo.load_sale(delivery["sale_order_id"])
        assert pulled.line(line_id).facts.returnable == before[line_id] - 1
        assert pulled.line(line_id).pending_here == 0
        history = repo.customer_history(sale.facts.customer_id)
        assert sum(1 for h in history if h.order_name.startswith("Return of")) >= 1
    finally:
        wiring.close()


def test_damaged_item_needs_a_manager_and_goes_to_quarantine(sim, tmp_path, memory_keyring):
    wiring = make_engine(sim, tmp_path / "pc")
    try:
        wiring.engine.run_once(push=False)
        repo = _repo(wiring)
        delivery = _delivery(sim, within_30_days=True)
        name = sim.execute("sale.order", "read", [delivery["sale_order_id"]], ["name"])[0]["name"]
        saved, decision, _ = _take_back(repo, name, [(0, 1.0, "damaged")], approver=MANAGER)
        assert decision.needs_approval
        op = wiring.outbox.get(saved.op_uuids[0])
        assert op.state is OpState.QUEUED and op.approver_name == MANAGER.name
        drain(wiring.engine)
        created = [
            e
            for e in sim.ledger.entries("return.created")
            if e.data["return_of"] == delivery["picking_id"]
        ]
        st = next(s for s in sim.facts["stores"] if s["code"] == sim.facts["stores"][0]["code"])
        ret = sim.execute("stock.picking", "read", [created[0].res_id], ["location_dest_id"])[0]
        assert ret["location_dest_id"][0] == st["quarantine_location_id"]
    finally:
        wiring.close()


def test_two_pcs_returning_the_same_line_offline_second_is_parked(sim, tmp_path, memory_keyring):
    first = make_engine(sim, Path(tmp_path / "pc1"), seed=1)
    second = make_engine(sim, Path(tmp_path / "pc2"), seed=2)
    try:
        first.engine.run_once(push=False)
        second.engine.run_once(push=False)
        delivery = _delivery(sim, within_30_days=True)
        name = sim.execute("sale.order", "read", [delivery["sale_order_id"]], ["name"])[0]["name"]
        sale = _repo(first).load_sale(delivery["sale_order_id"])
        everything = sale.lines[0].facts.returnable
        assert everything >= 1
        # Both PCs take back everything of line 1 while neither can reach Odoo.
        a, _, _ = _take_back(_repo(first), name, [(0, everything, "resellable")], online=False)
        b, decision_b, _ = _take_back(
            _repo(second), name, [(0, everything, "resellable")], online=False
        )
        assert not decision_b.denied  # PC 2 cannot know about PC 1 yet

        drain(first.engine)
        assert first.outbox.get(a.op_uuids[0]).state is OpState.DONE
        drain(second.engine)
        op_b = second.outbox.get(b.op_uuids[0])
        assert op_b.state is OpState.PARKED
        assert "already returned" in op_b.park_reason
        assert "cancel this return" in op_b.park_action
        created = [
            e
            for e in sim.ledger.entries("return.created")
            if e.data["return_of"] == delivery["picking_id"]
        ]
        assert len(created) == 1
        line_id = sale.lines[0].facts.sale_line_id
        qty = sim.execute("sale.order.line", "read", [line_id], ["qty_delivered"])[0]
        assert qty["qty_delivered"] == pytest.approx(sale.lines[0].facts.delivered - everything)
    finally:
        first.close()
        second.close()


def test_serial_item_goes_back_with_its_serial(sim, tmp_path, memory_keyring):
    code = sim.facts["stores"][1]["code"]
    wiring = make_engine(sim, tmp_path / "pc", warehouse_code=code)
    try:
        wiring.engine.run_once(push=False)
        repo = ReturnsRepo(wiring.cache, wiring.journal, wiring.outbox, warehouse_code=code)
        delivery = next(
            d
            for d in sim.facts["past_deliveries"]
            if d["store"] == code and d["has_serials"] and not d.get("partly_returned")
        )
        sale = repo.load_sale(delivery["sale_order_id"])
        view = next(v for v in sale.lines if v.facts.tracking == "serial")
        serial = view.facts.sold_serials[0]
        line = ReturnLine(
            product_id=view.facts.product_id,
            quantity=1.0,
            condition="resellable",
            unit_price=view.facts.unit_price,
            category=view.facts.category,
            sale_line_id=view.facts.sale_line_id,
            serials=(serial,),
            tracking="serial",
        )
        request = ReturnRequest((line,), customer_id=sale.facts.customer_id)
        policy = PolicySource(repo.journal).load().policy
        decision = evaluate(policy, request, sale.facts, [], datetime.now(UTC), True)
        assert decision.allowed, decision.trace()
        planned = plan_returns(
            request,
            decision,
            {view.facts.sale_line_id: view.moves},
            repo.locations(),
            repo.lot_ids([view.facts.product_id]),
        )
        saved = repo.save_confirmed(request, sale.facts, decision, planned, ASSOCIATE)
        drain(wiring.engine)
        op = wiring.outbox.get(saved.op_uuids[0])
        assert op.state is OpState.DONE, (op.park_reason, op.last_error)
        lot_id = sim.execute(
            "stock.lot", "search", [("name", "=", serial), ("product_id", "=", line.product_id)]
        )[0]
        moves = sim.execute(
            "stock.move",
            "search_read",
            [("picking_id", "=", op.result["return_id"])],
            ["move_line_ids", "state"],
        )
        lines = sim.execute("stock.move.line", "read", moves[0]["move_line_ids"], ["lot_id"])
        assert moves[0]["state"] == "done"
        assert [ml["lot_id"][0] for ml in lines] == [lot_id]
    finally:
        wiring.close()


def test_return_wizard_lines_come_from_odoo_even_with_a_return_location(
    sim, tmp_path, memory_keyring
):
    """Odoo 17 leaves the wizard empty when `location_id` is in its create: the handler creates
    it with the delivery only and sets the destination after, so the return reaches Odoo."""
    wiring = make_engine(sim, tmp_path / "pc")
    try:
        wiring.engine.run_once(push=False)
        repo = _repo(wiring)
        delivery = _delivery(sim, within_30_days=True)
        name = sim.execute("sale.order", "read", [delivery["sale_order_id"]], ["name"])[0]["name"]
        saved, _, _ = _take_back(repo, name, [(0, 1.0, "damaged")], approver=MANAGER)
        drain(wiring.engine)
        op = wiring.outbox.get(saved.op_uuids[0])
        assert op.state is OpState.DONE, op.park_reason
        created = [
            e
            for e in sim.ledger.entries("return.created")
            if e.data["return_of"] == delivery["picking_id"]
        ]
        assert len(created) == 1 and [ln["quantity"] for ln in created[0].data["lines"]] == [1]
    finally:
        wiring.close()


def test_empty_return_wizard_is_explained_without_blaming_earlier_returns(
    sim, tmp_path, memory_keyring
):
    """A wizard that offers nothing (here: Odoo counts moves into a scrap location as
    scrapped and leaves them out) parks the return with what Odoo really shows."""
    wiring = make_engine(sim, tmp_path / "pc")
    try:
        wiring.engine.run_once(push=False)
        repo = _repo(wiring)
        delivery = _delivery(sim, within_30_days=True)
        name = sim.execute("sale.order", "read", [delivery["sale_order_id"]], ["name"])[0]["name"]
        saved, _, _ = _take_back(repo, name, [(0, 1.0, "resellable")])
        customers = sim.facts["customer_location_id"]
        sim.execute("stock.location", "write", [customers], {"scrap_location": True})
        drain(wiring.engine)
        op = wiring.outbox.get(saved.op_uuids[0])
        assert op.state is OpState.PARKED
        assert f"Odoo's return wizard for order {delivery_name(sim, delivery)}" in op.park_reason
        assert "offered no lines at all" in op.park_reason
        assert "nothing of it was returned yet" in op.park_reason
        assert "already returned" not in op.park_reason
        assert "No return was made in Odoo." in op.park_reason
        assert not [
            e
            for e in sim.ledger.entries("return.created")
            if e.data["return_of"] == delivery["picking_id"]
        ]
    finally:
        wiring.close()


def delivery_name(sim, delivery) -> str:
    return sim.execute("stock.picking", "read", [delivery["picking_id"]], ["name"])[0]["name"]
