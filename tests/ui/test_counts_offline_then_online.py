"""The whole cycle count on real widgets: a blind count with scans, a recount, the manager's
inbox with a refused self-approval — all with Odoo unreachable — then, back online, Odoo's
ledger shows one inventory move per approved adjustment with the right quantity although units
were sold between the count and the push."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from storeapp.core.count_review import AutoApproveRule, CountRules, ToleranceRule
from storeapp.core.quantities import qty_compare
from storeapp.offline import audit
from storeapp.offline.approvals_repo import ApprovalsRepo
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.journal_models import OpState
from storeapp.ui.approvals.presenter import ApprovalsPresenter
from storeapp.ui.approvals.view import ApprovalsView
from storeapp.ui.counts.presenter import CountsPresenter
from storeapp.ui.counts.view import CountsView
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.session import SignedInEmployee
from tests.sync.conftest import make_engine, start_sim

ROSE = SignedInEmployee(2, "Rose Vincent", "associate")
JULES = SignedInEmployee(1, "Jules Dubois", "manager")
CHLOE = SignedInEmployee(4, "Chloé Garcia", "manager")

RULES = CountRules(
    tolerances=(ToleranceRule(max_qty=2, max_percent=10),),
    auto_approve=(AutoApproveRule(max_qty=2, max_value=Decimal("100")),),
)


def sell(sim, product_id: int, location_id: int, qty: float) -> None:
    """A counter sale validated in Odoo: stock leaves the shelf after the count."""
    store = sim.facts["stores"][0]
    customer = sim.facts["customer_location_id"]
    move = {
        "name": "Counter sale",
        "product_id": product_id,
        "product_uom_qty": qty,
        "location_id": location_id,
        "location_dest_id": customer,
    }
    pid = sim.execute(
        "stock.picking",
        "create",
        {
            "picking_type_id": store["out_type_id"],
            "location_id": location_id,
            "location_dest_id": customer,
            "move_ids": [(0, 0, move)],
        },
    )
    sim.execute("stock.picking", "action_confirm", [pid])
    sim.execute("stock.picking", "action_assign", [pid])
    assert sim.execute("stock.picking", "button_validate", [pid], context={"skip_sms": True})


def on_hand(sim, product_id: int, location_id: int) -> float:
    rows = sim.execute(
        "stock.quant",
        "search_read",
        [("product_id", "=", product_id), ("location_id", "=", location_id)],
        ["quantity"],
    )
    return sum(r["quantity"] for r in rows)


def grant_stock_manager(sim) -> None:
    """Odoo 17 lets only Inventory Administrators apply counts: IT gives the device user that
    right (the handler's parking message says so when it is missing)."""
    _model, group_id = sim.execute(
        "ir.model.data", "check_object_reference", "stock", "group_stock_manager"
    )
    sim.execute("res.users", "write", [sim.device.uid], {"groups_id": [(4, group_id)]})


@pytest.fixture
def world(tmp_path, memory_keyring):
    sim = start_sim()
    grant_stock_manager(sim)
    wiring = make_engine(sim, tmp_path / "data")
    first = wiring.engine.run_once()
    assert first.error is None
    yield sim, wiring
    wiring.close()
    sim.stop()


def test_blind_count_recount_and_approval_offline_then_pushed_once(
    world, qtbot, qloop, until, executors
):
    sim, wiring = world
    store = sim.facts["stores"][0]
    bin_a01 = store["bins"]["LYO/Stock/A-01"]
    cache_quants = CountsRepo(wiring.cache, wiring.journal, wiring.outbox, RULES)
    jug, glasses = 9, 10  # products stocked in A-01 by the demo seed
    barcode = {}
    for pid in (jug, glasses):
        barcode[pid] = sim.execute("product.product", "read", [pid], ["barcode"])[0]["barcode"]
    jug_before = cache_quants.snapshot(bin_a01, jug, None)
    glasses_before = cache_quants.snapshot(bin_a01, glasses, None)
    assert jug_before > 10 and glasses_before > 10
    # The shelf's costs, read while Odoo was reachable (a count asks for them, the next pass
    # reads them): without them every adjustment would wait for a manager.
    cache_quants.want_costs(cache_quants.products_at(bin_a01))
    assert wiring.engine.run_once().error is None
    assert cache_quants.unit_cost(jug) is not None

    sim.down()  # from here until the push, Odoo is unreachable
    who = {"now": ROSE}
    errors = ErrorPresenter(interactive=False)
    counts = CountsPresenter(cache_quants, executors, lambda: who["now"], blind=True)
    view = CountsView(counts, errors)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()

    def act(widget, text: str) -> None:
        before = view.completed
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        until(lambda: view.completed > before)

    def press(button) -> None:
        before = view.completed
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        until(lambda: view.completed > before)

    before = view.completed
    view.refresh()
    until(lambda: view.completed > before)
    act(view.start_box, "LYO-A01")  # the shelf label starts the count
    assert view.pages.currentIndex() == 1
    assert "A-01" in view.count_title.text()

    # Blind: scans add one each, the system quantity is never on screen.
    for _ in range(3):
        act(view.scan_box, barcode[jug])
    act(view.scan_box, barcode[glasses])
    act(view.scan_box, barcode[glasses])
    rows = {r.key: r for r in counts.rows()}
    assert rows[str(jug)].counted == 3 and rows[str(glasses)].counted == 2
    assert all(r.expected is None for r in rows.values())
    expected_column = [view.lines_model.index(i, 2).data() for i in range(2)]
    assert expected_column == ["hidden", "hidden"]
    assert view.blind_chip.isVisible()

    # Undo takes back the last scan only.
    press(view.undo_button)
    assert {r.key: r.counted for r in counts.rows()}[str(glasses)] == 1

    # A typed quantity for the jugs: one missing (within tolerance and auto-approve).
    view.lines_table.selectRow(view.lines_model.row_of(str(jug)))
    view.quantity.setText(str(jug_before - 1))
    press(view.set_button)

    # While counting blind, nothing hints at which lines are off.
    assert {r.status for r in counts.rows()} == {"Counted"}

    # Submitting sends the glasses back for a recount (1 counted is far off), blind.
    press(view.submit_button)
    assert counts.session is not None
    assert "Count these again" in view.feedback.text()
    assert str(int(glasses_before)) not in view.feedback.text()

    # The recount, by the manager on duty: the first count stays in the history.
    who["now"] = JULES
    view.lines_table.selectRow(view.lines_model.row_of(str(glasses)))
    press(view.recount_button)
    act(view.scan_box, barcode[glasses])
    view.lines_table.selectRow(view.lines_model.row_of(str(glasses)))
    view.quantity.setText(str(glasses_before - 4))
    press(view.set_button)
    line = counts.session.lines[str(glasses)]
    assert [a.counted_by_name for a in line.attempts] == ["Rose Vincent", "Jules Dubois"]
    press(view.submit_button)
    assert counts.session is None and view.pages.currentIndex() == 0
    outcome = counts.last_outcome
    assert len(outcome.queued) == 1 and len(outcome.for_approval) == 1
    auto_uuid, pending_uuid = outcome.queued[0], outcome.for_approval[0]
    assert wiring.outbox.get(auto_uuid).state is OpState.QUEUED
    assert wiring.outbox.get(pending_uuid).state is OpState.PENDING_APPROVAL

    # The inbox, still offline. Jules recounted: he may not approve it.
    approvals = ApprovalsPresenter(
        ApprovalsRepo(wiring.journal, wiring.outbox, wiring.cache), executors, lambda: who["now"]
    )
    inbox = ApprovalsView(approvals, errors)
    qtbot.addWidget(inbox)
    inbox.resize(1200, 700)
    inbox.show()
    before = inbox.completed
    inbox.refresh()
    until(lambda: inbox.completed > before)
    assert inbox.model.rowCount() == 1
    item = inbox.model.item(0)
    assert item.expected == glasses_before and item.counted == glasses_before - 4
    assert item.difference == -4 and item.counter == "Jules Dubois"
    assert [a.counted_by for a in item.history] == ["Rose Vincent", "Jules Dubois"]
    assert not inbox.approve_button.isEnabled()
    assert "another manager" in inbox.detail_text.text()
    refused = qloop.run_until_complete(approvals.approve([pending_uuid], "looks right"))
    assert refused.decided == () and "counted this line" in refused.refused[0][1]
    assert wiring.outbox.get(pending_uuid).state is OpState.PENDING_APPROVAL

    who["now"] = CHLOE
    inbox.table.clearSelection()
    inbox.table.selectRow(0)
    assert inbox.approve_button.isEnabled()
    inbox.note.setText("Breakage found in the back room")
    before = inbox.completed
    qtbot.mouseClick(inbox.approve_button, Qt.MouseButton.LeftButton)
    until(lambda: inbox.completed > before)
    assert inbox.model.rowCount() == 0
    approved = wiring.outbox.get(pending_uuid)
    assert approved.state is OpState.QUEUED and approved.approver_name == "Chloé Garcia"

    # Meanwhile the store keeps selling: Odoo's stock moves after the count.
    sell(sim, jug, bin_a01, 1)
    sell(sim, glasses, bin_a01, 2)

    sim.up()
    cycle = wiring.engine.run_once(pull=False)
    assert cycle.error is None
    assert wiring.outbox.get(auto_uuid).state is OpState.DONE
    assert wiring.outbox.get(pending_uuid).state is OpState.DONE

    moves = [
        e
        for e in sim.ledger.entries("move.done")
        if e.data["is_inventory"] and e.data["name"].startswith("StoreApp [op:")
    ]
    by_product = {}
    for entry in moves:
        by_product.setdefault(entry.data["product_id"], []).append(entry)
    assert sorted(by_product) == [jug, glasses]
    assert all(len(v) == 1 for v in by_product.values())
    # counted − snapshot applied to what Odoo had at push: the sales stay sold.
    assert qty_compare(by_product[jug][0].data["quantity"], 1) == 0
    assert qty_compare(by_product[glasses][0].data["quantity"], 4) == 0
    assert on_hand(sim, jug, bin_a01) == jug_before - 1 - 1
    assert on_hand(sim, glasses, bin_a01) == glasses_before - 2 - 4
    assert f"[op:{pending_uuid}]" in by_product[glasses][0].data["name"]

    # A second push changes nothing: exactly once.
    wiring.engine.run_once(pull=False)
    again = [e for e in sim.ledger.entries("move.done") if e.data["is_inventory"]]
    assert len(again) == len(moves)

    assert audit.verify(wiring.journal).ok
