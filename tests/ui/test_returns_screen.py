"""The returns screen end to end: real widgets offscreen, real stores filled from odoosim over
HTTP, real pushes; odoosim's ledger proves what reached "Odoo"."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from storeapp.config import load_config
from storeapp.offline.journal_models import AuditEntry, OpState, WorkSession
from storeapp.ui.executors import Executors
from storeapp.ui.returns.model import ReturnLinesModel, SalesModel
from storeapp.ui.returns.screen import build
from storeapp.ui.returns.view import DONE, FIND, INTAKE
from storeapp.ui.session import SignedInEmployee
from tests.sync.conftest import make_engine, start_sim
from tests.sync.helpers import drain
from tests.ui.shell_helpers import make_shell

ANA = SignedInEmployee(11, "Ana Associate", "associate")
Q = ReturnLinesModel


@pytest.fixture
def sim():
    server = start_sim()
    yield server
    server.stop()


@pytest.fixture
def store_index() -> int:
    return 0


@pytest.fixture
def screen(sim, tmp_path, qloop, memory_keyring, store_index) -> Iterator:
    code = sim.facts["stores"][store_index]["code"]
    wiring = make_engine(sim, tmp_path / "pc", warehouse_code=code)
    wiring.engine.run_once(push=False)
    executors = Executors()
    shell = make_shell((wiring.cache, wiring.journal), executors)
    shell.connectivity = ("online", "")
    view = build(shell)
    view.resize(1366, 700)
    view.show()
    shell.session.sign_in(ANA)
    yield shell, view, wiring
    view.close()
    shell.stop()
    executors.shutdown()
    wiring.close()


def _delivery(sim, store=0, **want):
    code = sim.facts["stores"][store]["code"]
    for d in sim.facts["past_deliveries"]:
        if d["store"] != code or d.get("partly_returned"):
            continue
        if all(d.get(k) == v for k, v in want.items()):
            return d
    raise AssertionError(f"no demo delivery with {want}")


def _order_name(sim, delivery) -> str:
    return sim.execute("sale.order", "read", [delivery["sale_order_id"]], ["name"])[0]["name"]


def _find(qtbot, view, until, text: str) -> None:
    qtbot.keyClicks(view.search, text)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    until(lambda: view.stack.currentIndex() == INTAKE)


def _set(view, row: int, column: int, value) -> None:
    model = view.lines_model
    assert model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def test_models_pass_the_model_tester(screen, qtmodeltester, sim, qtbot, until):
    shell, view, _ = screen
    _find(qtbot, view, until, _order_name(sim, _delivery(sim, has_serials=False)))
    qtmodeltester.check(view.lines_model)
    sales = SalesModel()
    sales.set_rows(view.presenter.repo.find_sales("a"))
    qtmodeltester.check(sales)


def test_online_intake_reaches_odoo_as_one_return_into_stock(screen, sim, qtbot, until, tmp_path):
    shell, view, wiring = screen
    delivery = _delivery(sim, within_30_days=True, has_serials=False)
    _find(qtbot, view, until, _order_name(sim, delivery))
    p = view.presenter
    view.refresh()  # as when the page is shown: the chip says how fresh the data is
    until(lambda: "data of" in view.online_chip.text())
    assert view.online_chip.text().startswith("Online · data of")
    line = p.lines[0]
    before = line.returnable
    assert before >= 1 and line.sold >= before
    assert view.lines_model.data(view.lines_model.index(0, Q.RETURNABLE)) == f"{before:g}"
    assert not view.confirm_button.isEnabled()  # nothing chosen yet

    _set(view, 0, Q.QUANTITY, 1)
    assert view.decision_title.text() == "Can be returned"
    assert "window is" in view.decision_reasons.text()
    assert view.confirm_button.isEnabled()
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    until(lambda: view.stack.currentIndex() == DONE)
    assert view.last_pdf is not None and view.last_pdf.stat().st_size > 500
    assert view.last_pdf.read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert "printer" in view.message.text()  # printed, or why not (no printer here)
    assert "Taken by Ana Associate" in view.receipt_view.text()
    assert view.done_page.text.text().startswith("1 item back, ")
    assert "as 1 return — follow it" in view.done_page.text.text()

    ops = wiring.outbox.list([OpState.QUEUED])
    assert [op.kind for op in ops] == ["return.create"]
    assert ops[0].actor_name == "Ana Associate"
    line_id = line.sale_line_id
    delivered = sim.execute("sale.order.line", "read", [line_id], ["qty_delivered"])[0]
    drain(wiring.engine)
    assert wiring.outbox.get(ops[0].uuid).state is OpState.DONE
    created = [
        e
        for e in sim.ledger.entries("return.created")
        if e.data["return_of"] == delivery["picking_id"]
    ]
    assert len(created) == 1 and created[0].data["lines"][0]["to_refund"] is True
    ret = sim.execute("stock.picking", "read", [created[0].res_id], ["location_dest_id"])[0]
    assert ret["location_dest_id"][0] == sim.facts["stores"][0]["stock_location_id"]
    after = sim.execute("sale.order.line", "read", [line_id], ["qty_delivered"])[0]
    assert after["qty_delivered"] == delivered["qty_delivered"] - 1

    # The next intake of the same sale knows about it.
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    _find(qtbot, view, until, _order_name(sim, delivery))
    assert view.presenter.lines[0].returnable == before - 1


def test_offline_damaged_item_needs_a_manager_in_person(screen, sim, qtbot, until):
    shell, view, wiring = screen
    # The sync engine reports the link down: the screen switches to the offline rules.
    shell.signals.connectivity_changed.emit(SimpleNamespace(new="offline", reason="no network"))
    until(lambda: "Offline" in view.online_chip.text())
    delivery = _delivery(sim, within_30_days=True, has_serials=False)
    _find(qtbot, view, until, _order_name(sim, delivery))
    _set(view, 0, Q.QUANTITY, 1)
    _set(view, 0, Q.CONDITION, "damaged")
    assert view.decision_title.text() == "Needs a manager's approval"
    assert "offline" in view.decision_reasons.text()
    assert not view.confirm_button.isEnabled() and view.override_button.isEnabled()

    view.override()
    until(lambda: view.override_dialog is not None and view.override_dialog.isVisible())
    dialog = view.override_dialog
    assert dialog.manager.currentText() == "Max Manager"
    # A badge scanned while the dialog is open is the approving manager's, not a product.
    view.scanned("04999999")
    until(lambda: "badge is not known" in dialog.message.text())
    assert view.presenter.lines[0].quantity == 1
    qtbot.keyClicks(dialog.pin, "1357")
    dialog.approve()
    until(lambda: "note" in dialog.message.text())  # a note is required
    dialog.note.setPlainText("Customer is a regular; box crushed in transport")
    qtbot.keyClicks(dialog.pin, "0000")
    dialog.approve()
    until(lambda: "Wrong PIN" in dialog.message.text())
    qtbot.keyClicks(dialog.pin, "1357")
    dialog.approve()
    until(lambda: view.stack.currentIndex() == DONE)
    assert "Approved by Max Manager" in view.receipt_view.text()
    assert "offline" in view.receipt_view.text()

    op = wiring.outbox.list([OpState.QUEUED])[0]
    assert op.approver_name == "Max Manager"
    with wiring.journal.read() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry))]
    assert "return.override" in actions
    drain(wiring.engine)
    created = [
        e
        for e in sim.ledger.entries("return.created")
        if e.data["return_of"] == delivery["picking_id"]
    ]
    ret = sim.execute("stock.picking", "read", [created[0].res_id], ["location_dest_id"])[0]
    assert ret["location_dest_id"][0] == sim.facts["stores"][0]["quarantine_location_id"]


def test_too_many_is_refused_and_recorded_with_its_reasons(screen, sim, qtbot, until):
    shell, view, wiring = screen
    _find(qtbot, view, until, _order_name(sim, _delivery(sim, has_serials=False)))
    line = view.presenter.lines[0]
    _set(view, 0, Q.QUANTITY, line.returnable + 1)
    assert view.decision_title.text() == "Refused by the policy"
    assert "can still be returned" in view.decision_reasons.text()
    assert not view.confirm_button.isEnabled() and not view.override_button.isEnabled()
    qtbot.mouseClick(view.refuse_button, Qt.MouseButton.LeftButton)
    until(lambda: view.stack.currentIndex() == FIND)
    assert "Refusal recorded" in view.message.text()
    assert wiring.outbox.list() == []
    with wiring.journal.read() as s:
        session = s.scalars(select(WorkSession).where(WorkSession.kind == "return")).one()
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "return.refused")).one()
    assert session.state == "refused"
    assert any("can still be returned" in r for r in json.loads(audit.details)["reasons"])


@pytest.mark.parametrize("store_index", [1])  # the demo's serial-tracked sales are in store 2
def test_serial_must_match_the_sale(screen, sim, qtbot, until):
    shell, view, _ = screen
    delivery = _delivery(sim, store=1, has_serials=True)
    _find(qtbot, view, until, _order_name(sim, delivery))
    p = view.presenter
    row = next(i for i, ln in enumerate(p.lines) if ln.tracking == "serial")
    sold = p.sale.line(p.lines[row].sale_line_id).facts.sold_serials
    assert sold, "the cache knows which serials left with the sale"
    qtbot.keyClicks(view.scan_field, "NOT-OUR-SERIAL-1")
    qtbot.keyClick(view.scan_field, Qt.Key.Key_Return)
    until(lambda: p.lines[row].serials == ["NOT-OUR-SERIAL-1"])
    assert view.decision_title.text() == "Refused by the policy"
    assert "was not sold on" in view.decision_reasons.text()
    _set(view, row, Q.QUANTITY, 0)
    qtbot.keyClicks(view.scan_field, sold[0])
    qtbot.keyClick(view.scan_field, Qt.Key.Key_Return)
    until(lambda: p.lines[row].serials == [sold[0]])
    assert "matches the sale" in view.decision_reasons.text()


def test_no_receipt_is_stricter_offline(screen, sim, qtbot, until):
    shell, view, wiring = screen
    product = sim.execute(
        "product.product",
        "search_read",
        [
            ("barcode", "!=", False),
            ("tracking", "=", "none"),
            ("list_price", "<", 50),
            ("categ_id.name", "not in", ["Clearance", "Cosmetics"]),
        ],
        ["barcode"],
        limit=1,
    )[0]
    qtbot.mouseClick(view.no_receipt_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == INTAKE
    qtbot.keyClicks(view.scan_field, product["barcode"])
    qtbot.keyClick(view.scan_field, Qt.Key.Key_Return)
    until(lambda: len(view.presenter.lines) == 1)
    assert view.decision_title.text() == "Needs a manager's approval", view.decision_reasons.text()
    assert "no receipt" in view.decision_reasons.text()
    shell.connectivity = ("offline", "")
    view.refresh()
    assert view.decision_title.text() == "Refused by the policy"
    assert "offline: returns without a receipt" in view.decision_reasons.text()


def test_policy_file_problems_show_and_a_fixed_file_takes_over(stores, qloop, tmp_path):
    from storeapp.offline.returns_policy import SAMPLE

    path = tmp_path / "policy.toml"
    good = SAMPLE.read_text(encoding="utf-8").replace("2026.11-sample", "store-7")
    path.write_text(good.replace("days = 30", "dayz = 30"), encoding="utf-8")
    executors = Executors()
    shell = make_shell(stores, executors)
    try:
        machine = tmp_path / "storeapp.toml"  # the store's machine file names the policy file
        machine.write_text(f'[returns]\npolicy_file = "{path.as_posix()}"\n', encoding="utf-8")
        shell.deps.config = load_config({"STOREAPP_CONFIG": str(machine)})
        view = build(shell)
        # The broken file is refused; the sample stays in force and the chip says so.
        assert view.policy_chip.text() == "Policy 2026.11-sample"
        assert view.policy_chip.property("level") == "error"
        assert "dayz" in view.policy_chip.toolTip()
        path.write_text(good, encoding="utf-8")
        os.utime(path, (5, 5))
        view.refresh()
        assert view.policy_chip.text() == "Policy store-7"
        assert view.policy_chip.property("level") == "ok"
        assert "store-7 is now in force" in view.message.text()
    finally:
        shell.stop()
        executors.shutdown()


def test_a_broken_policys_problems_show_in_the_persons_language(stores, qloop, tmp_path, shipped):
    """The policy chip's tooltip and the message under it list what is wrong with the file in
    the language of the person at the till; the document's keys stay as the file writes them."""
    from storeapp.offline.returns_policy import SAMPLE

    path = tmp_path / "policy.toml"
    good = SAMPLE.read_text(encoding="utf-8")
    path.write_text(good.replace("days = 30", "dayz = 30"), encoding="utf-8")
    shipped.apply("fr")
    executors = Executors()
    shell = make_shell(stores, executors)
    try:
        machine = tmp_path / "storeapp.toml"
        machine.write_text(f'[returns]\npolicy_file = "{path.as_posix()}"\n', encoding="utf-8")
        shell.deps.config = load_config({"STOREAPP_CONFIG": str(machine)})
        view = build(shell)
        tip = view.policy_chip.toolTip()
        assert "rules.window[1].dayz\u00a0: clé inconnue (connues ici\u00a0: " in tip, tip
        assert "unknown key" not in tip and "is not valid" not in tip, tip
        assert "la politique 2026.11-sample reste en vigueur" in tip, tip
        view.refresh()
        view.stack.setCurrentIndex(FIND)
        view.refresh()
        assert "clé inconnue" in view.message.text(), view.message.text()
    finally:
        shell.stop()
        executors.shutdown()


@pytest.mark.parametrize("typed", ["%", "_", "a%b", "\\"])
def test_search_wildcards_are_literal(screen, typed):
    """`%` or `_` typed in the returns search used to list 30 sales: they are characters."""
    _shell, _view, wiring = screen
    from storeapp.offline.returns_repo import ReturnsRepo

    repo = ReturnsRepo(wiring.cache, wiring.journal, wiring.outbox)
    assert repo.find_sales(typed) == []


def test_long_search_text_keeps_the_buttons_on_screen(screen, qtbot, until):
    """300 characters in the search pushed the buttons off-screen; 5,000 were echoed in full."""
    _shell, view, _wiring = screen
    width = view.width()
    view.search.setText("x" * 5000)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    until(lambda: "No sale matches" in view.message.text())
    qtbot.wait(50)
    assert view.width() == width
    for button in (view.find_button, view.no_receipt_button):
        right = button.mapTo(view, button.rect().topRight()).x()
        assert 0 < right <= view.width(), button.text()
    assert len(view.message.text()) < 300


def test_at_150_percent_the_header_leaves_its_subtitle_the_width(
    screen, styled, qtbot, until, tmp_path
):
    """At 150 % text the chips beside the title squeezed the subtitle into a narrow column."""
    _shell, view, _wiring = screen
    view.refresh()
    until(lambda: "data of" in view.online_chip.text())  # the longest the chip gets
    styled(1.5)
    width = 1366 - 348  # beside the navigation, which grows with the text
    view.resize(width, 700)
    qtbot.wait(50)
    inner = view.width() - 48  # the page's side margins
    assert view.policy_chip.text()
    assert view.minimumSizeHint().width() <= width  # no scrolling sideways
    assert view.subtitle.width() >= 0.9 * inner
    assert view.grab().save(str(tmp_path / "returns-150.png"))


def test_the_done_step_undoes_the_return_it_shows(screen, sim, qtbot, until):
    _shell, view, wiring = screen
    delivery = _delivery(sim, within_30_days=True, has_serials=False)
    _find(qtbot, view, until, _order_name(sim, delivery))
    _set(view, 0, Q.QUANTITY, 1)
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    until(lambda: view.stack.currentIndex() == DONE)
    [op] = wiring.outbox.list([OpState.QUEUED])
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    until(lambda: "undone" in view.message.text())
    assert "undone" in view.done_title.text() and not view.undo_button.isEnabled()
    assert wiring.outbox.get(op.uuid).state is OpState.CANCELLED
