"""The returns presenter without widgets: line edits, scans, approvals, the no-receipt path.

Real stores filled from odoosim over HTTP; the presenter's blocking calls run on the real
executors under a qasync loop, as in the app."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from storeapp.core.policy import Level
from storeapp.offline.journal_models import WorkSession
from storeapp.offline.returns_policy import PolicySource
from storeapp.offline.returns_repo import ReturnsRepo
from storeapp.ui.executors import Executors
from storeapp.ui.returns.presenter import IntakeError, ReturnsPresenter
from storeapp.ui.session import SignedInEmployee
from tests.sync.conftest import make_engine, start_sim

ANA = SignedInEmployee(11, "Ana Associate", "associate")
MAX = SignedInEmployee(12, "Max Manager", "manager")
MIA = SignedInEmployee(13, "Mia Manager", "manager")


@pytest.fixture(scope="module")
def sim():
    server = start_sim()
    yield server
    server.stop()


@pytest.fixture
def presenter(sim, tmp_path, memory_keyring, qloop):
    code = sim.facts["stores"][1]["code"]
    wiring = make_engine(sim, tmp_path / "pc", warehouse_code=code)
    wiring.engine.run_once(push=False)
    executors = Executors()
    source = PolicySource(wiring.journal)
    source.load()
    online = {"value": True}
    p = ReturnsPresenter(
        ReturnsRepo(wiring.cache, wiring.journal, wiring.outbox, warehouse_code=code),
        lambda: source.policy,
        executors,
        online=lambda: online["value"],
        store_name="Test store",
    )
    p.online_flag = online
    p.wiring = wiring
    yield p
    executors.shutdown()
    wiring.close()


def _deliveries(sim, **want):
    code = sim.facts["stores"][1]["code"]
    return [
        d
        for d in sim.facts["past_deliveries"]
        if d["store"] == code
        and not d.get("partly_returned")
        and all(d.get(k) == v for k, v in want.items())
    ]


def test_serial_lines_take_whole_units_and_scans_find_their_line(presenter, sim, qloop):
    delivery = _deliveries(sim, has_serials=True)[0]
    qloop.run_until_complete(presenter.open_sale(delivery["sale_order_id"]))
    row = next(i for i, ln in enumerate(presenter.lines) if ln.tracking == "serial")
    with pytest.raises(IntakeError, match="whole numbers only"):
        presenter.set_quantity(row, 0.5)
    with pytest.raises(IntakeError, match="negative"):
        presenter.set_quantity(row, -1)
    serial = presenter.sale.line(presenter.lines[row].sale_line_id).facts.sold_serials[0]
    assert "added" in presenter.scan_on_sale(serial)
    assert presenter.lines[row].quantity == 1 and presenter.lines[row].serials == [serial]
    with pytest.raises(IntakeError, match="already on this return"):
        presenter.add_serial(row, serial)
    assert presenter.line_decision_for(row).level is Level.ALLOW
    # Only the chosen lines are in the request; the table row maps to its decision line.
    assert len(presenter.request().lines) == 1
    presenter.set_quantity(row, 0)
    assert presenter.lines[row].serials == [] and presenter.decision is None


def test_approver_must_be_another_manager_with_a_note(presenter, sim, qloop):
    delivery = _deliveries(sim, within_30_days=True, has_serials=False)[0]
    qloop.run_until_complete(presenter.open_sale(delivery["sale_order_id"]))
    presenter.set_quantity(0, 1)
    presenter.set_condition(0, "damaged")
    assert presenter.decision.needs_approval and presenter.can_override
    with pytest.raises(IntakeError, match="needs a manager"):
        qloop.run_until_complete(presenter.confirm(ANA))
    with pytest.raises(IntakeError, match="not a manager"):
        presenter.check_approver(ANA, ANA, "note")
    with pytest.raises(IntakeError, match="another manager"):
        presenter.check_approver(MAX, MAX, "note")
    with pytest.raises(IntakeError, match="note"):
        presenter.check_approver(ANA, MAX, "  ")
    done = qloop.run_until_complete(presenter.confirm(MAX, MIA, "seal broken, box ok"))
    assert done.receipt.approved_by == "Mia Manager" and len(done.saved.op_uuids) == 1
    assert presenter.lines == []  # ready for the next customer


def test_no_receipt_return_is_recorded_without_an_op(presenter, sim, qloop):
    product = sim.execute(
        "product.product",
        "search_read",
        [
            ("barcode", "!=", False),
            ("tracking", "=", "none"),
            ("list_price", "<", 50),
            ("categ_id.name", "not in", ["Clearance", "Cosmetics"]),
        ],
        ["barcode", "default_code"],
        limit=1,
    )[0]
    presenter.start_no_receipt()
    with pytest.raises(IntakeError, match="No product has the code"):
        qloop.run_until_complete(presenter.add_product("0000000000000"))
    qloop.run_until_complete(presenter.add_product(product["barcode"]))
    qloop.run_until_complete(presenter.add_product(product["barcode"]))
    assert [ln.quantity for ln in presenter.lines] == [2]
    assert presenter.decision.needs_approval
    presenter.online_flag["value"] = False
    assert presenter.decide().denied
    presenter.online_flag["value"] = True
    presenter.decide()
    done = qloop.run_until_complete(presenter.confirm(ANA, MAX, "regular customer, gift"))
    assert done.saved.op_uuids == ()
    assert "No receipt" in done.receipt.notes[0]
    assert presenter.wiring.outbox.list() == []
    with presenter.wiring.journal.read() as s:
        row = s.scalars(select(WorkSession).where(WorkSession.kind == "return")).one()
    record = json.loads(row.data)
    assert record["order_name"] is None and record["approver"]["name"] == "Max Manager"
    assert record["decision"]["level"] == "needs_approval"


@pytest.mark.parametrize("typed", [1.5, "1,5", "inf", float("nan"), "9" * 400, 2_000_000])
def test_returned_quantities_follow_the_products_unit(presenter, sim, qloop, typed):
    """1.5 scarves were accepted as a return; every line now takes its unit's quantities only
    (whole numbers for Units, from the unit of measure pulled from Odoo)."""
    delivery = _deliveries(sim)[0]
    qloop.run_until_complete(presenter.open_sale(delivery["sale_order_id"]))
    row = next(i for i, ln in enumerate(presenter.lines) if ln.tracking == "none")
    assert presenter.lines[row].unit.name == "Units" and presenter.lines[row].unit.decimals == 0
    before = presenter.lines[row].quantity
    with pytest.raises(IntakeError) as refused:
        presenter.set_quantity(row, typed)
    assert len(str(refused.value)) < 160
    assert presenter.lines[row].quantity == before
    presenter.set_quantity(row, "1")
    assert presenter.lines[row].quantity == 1


def test_a_product_barcode_is_never_taken_as_a_serial(presenter, sim, qloop):
    """The returns screen takes a code it does not know as the serial of the one tracked line;
    a product barcode scanned where the serial was expected is a product scan instead: it
    says that product is not on this sale and keeps no serial."""
    delivery = _deliveries(sim, has_serials=True)[0]
    qloop.run_until_complete(presenter.open_sale(delivery["sale_order_id"]))
    on_sale = {ln.product_id for ln in presenter.lines}
    other = sim.execute(
        "product.product",
        "search_read",
        [("id", "not in", sorted(on_sale)), ("barcode", "!=", False)],
        ["name", "barcode"],
        limit=1,
    )[0]
    with pytest.raises(IntakeError) as refused:
        qloop.run_until_complete(presenter.scan(other["barcode"]))
    assert other["name"] in str(refused.value) and "not on this sale" in str(refused.value)
    assert all(other["barcode"] not in ln.serials for ln in presenter.lines)
    # The barcode of a product on the sale still returns one more of it.
    plain = next((ln for ln in presenter.lines if ln.tracking == "none" and ln.barcode), None)
    if plain is not None:
        assert "returning 1" in qloop.run_until_complete(presenter.scan(plain.barcode))
    serial_row = next(i for i, ln in enumerate(presenter.lines) if ln.tracking == "serial")
    serial = presenter.sale.line(presenter.lines[serial_row].sale_line_id).facts.sold_serials[0]
    assert "added" in qloop.run_until_complete(presenter.scan(serial))


def _confirm_one(presenter, qloop, delivery, who=ANA):
    qloop.run_until_complete(presenter.open_sale(delivery["sale_order_id"]))
    row = next(i for i, ln in enumerate(presenter.lines) if ln.returnable >= 1)
    presenter.set_quantity(row, 1)
    return qloop.run_until_complete(presenter.confirm(who)).saved


def _returns_made(sim, delivery) -> int:
    made = sim.ledger.entries("return.created")
    return sum(1 for e in made if e.data["return_of"] == delivery["picking_id"])


def test_a_confirmed_return_is_undone_while_odoo_does_not_have_it(presenter, sim, qloop):
    """Undo short of a manager cancelling it in the outbox: the person who confirmed it (or a
    manager) takes it back from the screen while it has not reached Odoo; audited."""
    from storeapp.offline.journal_models import AuditEntry, OpState

    delivery = _deliveries(sim, within_30_days=True, has_serials=False)[0]
    saved = _confirm_one(presenter, qloop, delivery)
    assert saved.op_uuids
    theo = SignedInEmployee(14, "Théo Associate", "associate")
    with pytest.raises(IntakeError, match="only they or a manager"):
        qloop.run_until_complete(presenter.undo(saved, theo))
    said = qloop.run_until_complete(presenter.undo(saved, ANA))
    assert "undone" in said and "not sent to Odoo" in said
    outbox, journal = presenter.wiring.outbox, presenter.wiring.journal
    assert all(outbox.get(u).state is OpState.CANCELLED for u in saved.op_uuids)
    with journal.read() as s:
        withdrawn = s.scalars(select(AuditEntry).where(AuditEntry.action == "op.withdrawn")).all()
    assert [(e.actor_name, e.subject) for e in withdrawn] == [
        ("Ana Associate", f"op:{u}") for u in saved.op_uuids
    ]
    presenter.wiring.engine.run_once(pull=False)
    assert _returns_made(sim, delivery) == 0  # nothing reached Odoo, and nothing will
    with pytest.raises(IntakeError, match="already undone"):
        qloop.run_until_complete(presenter.undo(saved, ANA))


def test_a_return_odoo_has_says_what_to_do_instead(presenter, sim, qloop):
    delivery = _deliveries(sim, within_30_days=True, has_serials=False)[0]
    saved = _confirm_one(presenter, qloop, delivery)
    presenter.wiring.engine.run_once(pull=False)
    assert _returns_made(sim, delivery) == 1
    with pytest.raises(IntakeError) as refused:
        qloop.run_until_complete(presenter.undo(saved, MAX))
    assert "Odoo already has this return" in str(refused.value)
    assert "sell" in str(refused.value)  # what to do instead


def test_a_return_whose_sends_never_arrived_can_still_be_undone(presenter, sim, qloop):
    """Offline, each try is refused at the door (nothing reached Odoo): undo is still safe."""
    from storeapp.offline.journal_models import OpState

    delivery = _deliveries(sim, within_30_days=True, has_serials=False)[0]
    saved = _confirm_one(presenter, qloop, delivery)
    outbox = presenter.wiring.outbox
    [uuid] = saved.op_uuids
    from datetime import UTC, datetime

    outbox.mark_sending(uuid)
    outbox.mark_failed(uuid, "connection refused", datetime.now(UTC), reached_odoo=False)
    assert "undone" in qloop.run_until_complete(presenter.undo(saved, MAX))
    assert outbox.get(uuid).state is OpState.CANCELLED
    # A send whose answer never came (a timeout) may have arrived: no undo from the screen.
    saved = _confirm_one(presenter, qloop, delivery)
    [uuid] = saved.op_uuids
    outbox.mark_sending(uuid)
    outbox.mark_failed(uuid, "timed out", datetime.now(UTC), reached_odoo=True)
    with pytest.raises(IntakeError, match="may already have"):
        qloop.run_until_complete(presenter.undo(saved, ANA))
