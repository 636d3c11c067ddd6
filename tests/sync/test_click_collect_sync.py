"""Click-and-collect ops against odoosim: what the repository saves is what Odoo gets.

The repository is driven as the screens drive it (claim, scans, ready, handover); the real
engine pushes over HTTP; the emulator's ledger proves the effects.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from odoosim import OdooSim
from storeapp.core.click_collect import QueueGroup
from storeapp.core.pick_lines import PickRefusalReason
from storeapp.core.scanning import ScanResolution, resolve_scan
from storeapp.offline.cache_models import Move
from storeapp.offline.click_collect_repo import ClickCollectRepo, ClickCollectSettings
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor
from tests.sync.conftest import Wiring, versions_fixture
from tests.sync.helpers import drain

# Proves the version differences: every test runs against Odoo 17, 18 and 19.
odoo_version = versions_fixture()

ROSE = Actor(2, "Rose Vincent")


def _repo(wiring: Wiring, **settings) -> ClickCollectRepo:
    values = {"warehouse_code": "LYO", **settings}
    return ClickCollectRepo(
        wiring.cache, wiring.journal, wiring.outbox, ClickCollectSettings(**values)
    )


def _barcode(sim: OdooSim, product_id: int) -> str:
    return sim.execute("product.product", "read", [product_id], ["barcode"])[0]["barcode"]


def _pick_all(sim: OdooSim, repo: ClickCollectRepo, session) -> None:
    """Scan every line complete (serials through a GS1 label with the reserved serial)."""
    for line in list(session.lines):
        code = _barcode(sim, line.product_id)
        if line.tracking.value == "serial":
            lot = sim.execute(
                "stock.move.line", "search_read", [("move_id", "=", line.move_id)], ["lot_id"]
            )[0]["lot_id"][1]
            code = f"010{code}21{lot}"
        while not session.line(line.move_id).complete:
            resolved = resolve_scan(code, repo.index)
            assert isinstance(resolved, ScanResolution), resolved
            outcome = session.apply_scan(resolved, now=datetime.now(UTC))
            assert getattr(outcome, "picked", None) is not None, outcome


def test_queue_groups_the_demo_orders(wiring: Wiring):
    wiring.engine.run_once(pull=True)
    queue = _repo(wiring).queue()
    by_name = {e.facts.name: e for e in queue}
    assert by_name["LYO/OUT/00001"].group is QueueGroup.TO_PICK
    assert by_name["LYO/OUT/00007"].group is QueueGroup.READY  # picked in Odoo already
    assert by_name["LYO/OUT/00012"].overdue
    assert "LYO/OUT/00011" not in by_name  # cancelled before anyone touched it
    assert all(name.startswith("LYO/") for name in by_name)  # only this store's orders
    # Sorted by promised time inside a group: overdue orders come first.
    to_pick = [e for e in queue if e.group is QueueGroup.TO_PICK]
    assert to_pick == sorted(to_pick, key=lambda e: e.facts.promised_at)
    assert _repo(wiring).freshness().pulled_at is not None


def test_ready_then_handover_reaches_odoo_once(sim: OdooSim, wiring: Wiring):
    wiring.engine.run_once(pull=True)
    repo = _repo(wiring)
    session = repo.claim(repo.load_pick(1), ROSE, online=True)
    _pick_all(sim, repo, session)
    repo.save(session, ROSE)
    repo.mark_ready(session, ROSE)
    ready = {e.facts.name: e for e in repo.queue()}["LYO/OUT/00001"]
    assert ready.group is QueueGroup.READY
    repo.handover(1, ROSE, ["name", "order_number", "id_shown"])
    drain(wiring.engine)
    validated = sim.ledger.entries("picking.validated")
    assert [e.res_id for e in validated] == [1]
    moves = {m["move_id"]: m for m in validated[0].data["moves"]}
    demand = {line.move_id: line.demand for line in session.lines}
    assert {mid: moves[mid]["quantity"] for mid in demand} == demand
    notes = [e.data["body"] for e in sim.ledger.entries("message.posted") if e.res_id == 1]
    assert any("Rose Vincent started picking" in body for body in notes)
    assert any("Ready for pickup" in body for body in notes)
    assert wiring.outbox.counts_by_state().get(OpState.PARKED, 0) == 0


def test_short_pick_with_backorder(sim: OdooSim, wiring: Wiring):
    """LYO/OUT/00005 wants 40 photo frames; 37 are there: 3 short, kept on a backorder."""
    wiring.engine.run_once(pull=True)
    repo = _repo(wiring)
    session = repo.claim(repo.load_pick(5), ROSE, online=False)
    line = session.lines[0]
    assert session.set_quantity(line.move_id, 37, now=datetime.now(UTC)).manual
    session.mark_short(line.move_id, "not_found", now=datetime.now(UTC), by_name="Rose Vincent")
    repo.mark_ready(session, ROSE)
    entry = {e.facts.name: e for e in repo.queue()}["LYO/OUT/00005"]
    assert entry.group is QueueGroup.EXCEPTION
    assert "3 × Photo Frame Urban 13x18 (Not found on the shelf)" in entry.exception
    assert entry.can_hand_over
    repo.handover(5, ROSE, ["name"])
    drain(wiring.engine)
    validated = sim.ledger.entries("picking.validated")
    assert [e.res_id for e in validated] == [5]
    assert validated[0].data["moves"][0]["quantity"] == 37
    backorders = sim.execute("stock.picking", "search_read", [("backorder_id", "=", 5)], ["state"])
    assert len(backorders) == 1


def test_order_cancelled_in_odoo_mid_pick_parks_and_shows_as_exception(
    sim: OdooSim, wiring: Wiring
):
    wiring.engine.run_once(pull=True)
    repo = _repo(wiring)
    session = repo.claim(repo.load_pick(12), ROSE, online=False)
    _pick_all(sim, repo, session)
    sim.execute("stock.picking", "action_cancel", [12])  # the customer cancelled on the web
    repo.mark_ready(session, ROSE)
    drain(wiring.engine, pull=True)
    parked = wiring.outbox.list([OpState.PARKED])
    assert [op.kind for op in parked] == ["picking.set_picked"]
    assert parked[0].park_reason.startswith("Order LYO/OUT/00012 was cancelled in Odoo at ")
    assert "Put the items back" in parked[0].park_action
    entry = {e.facts.name: e for e in repo.queue()}["LYO/OUT/00012"]
    assert entry.group is QueueGroup.EXCEPTION
    assert entry.needs_put_back and not entry.can_hand_over
    assert "was cancelled in Odoo at" in entry.exception
    assert repo.put_back(12, ROSE) == 1
    assert "LYO/OUT/00012" not in {e.facts.name for e in repo.queue()}
    assert wiring.outbox.get(parked[0].uuid).state is OpState.CANCELLED
    assert sim.ledger.entries("picking.validated") == []


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("carrier", False), ("all_outgoing", True)],
)
def test_click_collect_mode_decides_which_deliveries_count(
    wiring: Wiring, mode: str, expected: bool
):
    """LYO/OUT/00015 is a delivery without the pickup carrier, done today or not: with mode
    all_outgoing every delivery of the store is a collect-in-store order."""
    wiring.engine.run_once(pull=True)
    facts = {f.name for f in _repo(wiring, mode=mode).orders()}
    assert ("LYO/OUT/00015" in facts) is expected
    assert "LYO/OUT/00001" in facts


def test_command_line_lists_the_queue(wiring: Wiring, tmp_path, capsys):
    import argparse

    from storeapp.config import load_config
    from storeapp.offline.click_collect_cli import run

    wiring.engine.run_once(pull=True)
    repo = _repo(wiring)
    repo.claim(repo.load_pick(3), ROSE, online=False)
    cfg = load_config(
        {"STOREAPP_CONFIG": "", "STOREAPP_STORE_WAREHOUSE_CODE": "LYO"}, platform="linux"
    )
    folder = wiring.journal.path.parent
    assert run(argparse.Namespace(group=None, search=""), folder, cfg) == 0
    out = capsys.readouterr().out
    assert "Order list brought up to date from Odoo just now." in out
    assert "Picking (1)" in out and "Rose Vincent" in out
    assert "LYO/OUT/00012" in out and "OVERDUE" in out
    assert run(argparse.Namespace(group="ready", search="Zoé"), folder, cfg) == 0
    out = capsys.readouterr().out
    assert "LYO/OUT/00008" in out and "LYO/OUT/00012" not in out
    assert run(argparse.Namespace(group=None, search=""), tmp_path / "nowhere", cfg) == 1
    assert "No local data" in capsys.readouterr().out


def test_command_line_lists_the_queue_in_the_system_language(wiring: Wiring, tmp_path):
    """LANG=fr_BE.UTF-8: `storeapp click-collect` titles its groups, marks and counts in French;
    order numbers and customers stay as Odoo has them."""
    from tests.unit.test_cli import _in_language

    wiring.engine.run_once(pull=True)
    folder = str(wiring.journal.path.parent)
    env = {"STOREAPP_DATA_DIR": folder, "STOREAPP_STORE_WAREHOUSE_CODE": "LYO"}
    french = _in_language(tmp_path, "click-collect", LANG="fr_BE.UTF-8", **env)
    assert french.startswith("Liste des commandes mise à jour depuis Odoo à l'instant."), french
    assert "À préparer (" in french and "EN RETARD" in french and "LYO/OUT/00012" in french
    assert " articles" in french and "OVERDUE" not in french
    days = ("Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun ")
    assert not any(day in french for day in days), french  # "mar. 01/12 02:50"
    dutch = _in_language(tmp_path, "click-collect", "--search", "nobody", LANG="nl_BE", **env)
    assert "Geen enkele Click & Collect-order komt overeen." in dutch


def test_short_pick_with_cancel_remainder(sim: OdooSim, wiring: Wiring):
    """Store setting "cancel": the missing units are not kept on a backorder."""
    wiring.engine.run_once(pull=True)
    repo = _repo(wiring, short_policy="cancel")
    session = repo.claim(repo.load_pick(5), ROSE, online=False)
    line = session.lines[0]
    session.set_quantity(line.move_id, 37, now=datetime.now(UTC))
    refused = session.mark_short(line.move_id, "other", now=datetime.now(UTC))
    assert "needs a short note" in refused.message  # "Other" must say why
    updated = session.mark_short(line.move_id, "other", note="box torn", now=datetime.now(UTC))
    assert "the rest will be cancelled" in updated.message
    repo.mark_ready(session, ROSE)
    repo.handover(5, ROSE, ["name"])
    drain(wiring.engine)
    assert [e.res_id for e in sim.ledger.entries("picking.validated")] == [5]
    assert sim.execute("stock.picking", "search", [("backorder_id", "=", 5)]) == []
    # As a real 17.0 does it: only done moves, the short one's demand reduced in place; the
    # store's mirror, pulled over HTTP, shows the order the same way (no cancelled line of 3).
    moves = sim.execute(
        "stock.move", "search_read", [("picking_id", "=", 5)], ["state", "product_uom_qty"]
    )
    assert [(m["state"], m["product_uom_qty"]) for m in moves] == [("done", 37)]
    wiring.engine.run_once(pull=True)
    with wiring.cache.read() as s:
        mirrored = s.execute(
            select(Move.state, Move.product_uom_qty, Move.quantity).where(Move.picking_id == 5)
        ).all()
    assert [tuple(m) for m in mirrored] == [("done", 37, 37)]


def _serial_line(sim: OdooSim, session):
    line = next(ln for ln in session.lines if ln.tracking.value == "serial")
    reserved = sim.execute(
        "stock.move.line",
        "search_read",
        [("move_id", "=", line.move_id)],
        ["lot_id", "location_id"],
    )[0]
    return line, reserved["lot_id"][0], reserved["location_id"][0]


def _serial_quants(sim: OdooSim, product_id: int, lot_id: int) -> dict[int, float]:
    rows = sim.execute(
        "stock.quant",
        "search_read",
        [("product_id", "=", product_id), ("lot_id", "=", lot_id)],
        ["location_id", "quantity"],
    )
    return {r["location_id"][0]: r["quantity"] for r in rows if r["quantity"]}


def _serial_in_the_other_store(sim: OdooSim, product_id: int) -> list:
    """(id, name) of a serial of the product that Odoo has in stock at the PAR store only."""
    par_stock = next(s for s in sim.facts["stores"] if s["code"] == "PAR")["stock_location_id"]
    return sim.execute(
        "stock.quant",
        "search_read",
        [
            ("product_id", "=", product_id),
            ("location_id", "child_of", par_stock),
            ("lot_id", "!=", False),
            ("quantity", ">", 0),
        ],
        ["lot_id"],
    )[0]["lot_id"]


def _pick_with_serial(sim: OdooSim, repo: ClickCollectRepo, session, line, serial: str) -> None:
    """Scan `serial` for the serial line, every other line as Odoo reserved it."""
    code = f"010{_barcode(sim, line.product_id)}21{serial}"
    outcome = session.apply_scan(resolve_scan(code, repo.index), now=datetime.now(UTC))
    assert getattr(outcome, "picked", None) is not None, outcome
    _pick_all(sim, repo, session)


def test_a_serial_other_than_the_reserved_one_leaves_from_its_own_bin(sim: OdooSim, wiring: Wiring):
    """Odoo reserved serial A in a bin; the associate picks serial B from the same shelf. The
    move line must take B from B's bin: from BRU1/Stock itself Odoo would leave -1 there."""
    wiring.engine.run_once(pull=True)
    repo = _repo(wiring)
    session = repo.claim(repo.load_pick(1), ROSE, online=False)
    line, reserved_lot, bin_id = _serial_line(sim, session)
    other = sim.execute(
        "stock.quant",
        "search_read",
        [
            ("product_id", "=", line.product_id),
            ("location_id", "=", bin_id),
            ("lot_id", "!=", reserved_lot),
            ("quantity", ">", 0),
        ],
        ["lot_id"],
    )[0]["lot_id"]
    _pick_with_serial(sim, repo, session, line, other[1])
    repo.mark_ready(session, ROSE)
    repo.handover(1, ROSE, ["name"])
    drain(wiring.engine)
    assert wiring.outbox.counts_by_state().get(OpState.PARKED, 0) == 0
    assert sim.execute("stock.picking", "read", [1], ["state"])[0]["state"] == "done"
    done = sim.execute(
        "stock.move.line",
        "search_read",
        [("move_id", "=", line.move_id)],
        ["lot_id", "location_id"],
    )
    assert [(d["lot_id"][0], d["location_id"][0]) for d in done] == [(other[0], bin_id)]
    customers = sim.facts["customer_location_id"]
    assert _serial_quants(sim, line.product_id, other[0]) == {customers: 1}
    assert _serial_quants(sim, line.product_id, reserved_lot) == {bin_id: 1}


def test_a_serial_not_in_stock_in_the_store_is_refused_with_the_reason(
    sim: OdooSim, wiring: Wiring
):
    """A serial Odoo has nowhere under the order's source location parks the pick with the
    reason; nothing is written in Odoo and no stock goes negative."""
    wiring.engine.run_once(pull=True)
    repo = _repo(wiring)
    session = repo.claim(repo.load_pick(1), ROSE, online=False)
    line, _reserved, _bin = _serial_line(sim, session)
    elsewhere = _serial_in_the_other_store(sim, line.product_id)
    _pick_with_serial(sim, repo, session, line, elsewhere[1])
    [picked, _note] = repo.mark_ready(session, ROSE)
    drain(wiring.engine)
    op = wiring.outbox.get(picked.uuid)
    assert op.state is OpState.PARKED
    assert f"{elsewhere[1]} is not in stock at LYO/Stock in Odoo" in op.park_reason
    assert "pick the order again" in op.park_action
    lines = sim.execute(
        "stock.move.line", "search_read", [("move_id", "=", line.move_id)], ["lot_id"]
    )
    assert elsewhere[0] not in [ln["lot_id"][0] for ln in lines if ln["lot_id"]]


def test_scanning_a_serial_the_store_does_not_have_is_refused_at_the_scan(
    sim: OdooSim, wiring: Wiring
):
    """The mirrored stock knows the serial is not under the order's source location: the
    scan is refused on the spot, naming the location; a serial on the shelf is taken."""
    wiring.engine.run_once(pull=True)
    repo = _repo(wiring)
    session = repo.claim(repo.load_pick(1), ROSE, online=False)
    line, reserved, bin_id = _serial_line(sim, session)
    elsewhere = _serial_in_the_other_store(sim, line.product_id)
    check = repo.lot_not_here(1)
    assert check(line.product_id, elsewhere[0]) == "LYO/Stock"
    assert check(line.product_id, reserved) is None
    code = f"010{_barcode(sim, line.product_id)}21{elsewhere[1]}"
    refused = session.apply_scan(
        resolve_scan(code, repo.index), now=datetime.now(UTC), lot_not_here=check
    )
    assert refused.reason is PickRefusalReason.LOT_NOT_HERE
    assert refused.message == (
        f"Serial {elsewhere[1]} of {line.product_name} is not in stock at LYO/Stock "
        "(as of the last update from Odoo)."
    )
    assert session.line(line.move_id).picked == 0
    lot_name = sim.execute("stock.lot", "read", [reserved], ["name"])[0]["name"]
    code = f"010{_barcode(sim, line.product_id)}21{lot_name}"
    taken = session.apply_scan(
        resolve_scan(code, repo.index), now=datetime.now(UTC), lot_not_here=check
    )
    assert getattr(taken, "picked", None) == 1, taken


def test_fractions_of_a_product_sold_in_units_never_reach_odoo(sim: OdooSim, wiring: Wiring):
    """0.5 of a product sold in Units (rounding 1.0) was picked, marked ready and written to
    Odoo's `stock.move.quantity`. The pick now knows the unit from the mirrored `uom.uom` and
    refuses the fraction; what is marked ready is whole, and Odoo takes it."""
    wiring.engine.run_once(pull=True)
    repo = _repo(wiring)
    session = repo.claim(repo.load_pick(5), ROSE, online=False)
    line = session.lines[0]
    assert (line.unit.name, line.unit.rounding, line.unit.decimals) == ("Units", 1.0, 0)
    for typed in (0.5, 2.5, float("inf"), float("nan"), -1.0):
        refused = session.set_quantity(line.move_id, typed, now=datetime.now(UTC))
        assert refused.reason == "bad_quantity" and refused.action, typed
        assert session.line(line.move_id).picked == 0
    assert session.set_quantity(line.move_id, 3, now=datetime.now(UTC)).manual
    session.mark_short(line.move_id, "not_found", now=datetime.now(UTC), by_name="Rose Vincent")
    repo.mark_ready(session, ROSE)
    drain(wiring.engine)
    quantity = sim.execute("stock.move", "read", [line.move_id], ["quantity"])[0]["quantity"]
    assert quantity == 3
