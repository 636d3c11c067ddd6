"""The Click & Collect screens end to end: real shell, real stores, odoosim over HTTP.

The scanner is simulated as a keyboard wedge: fast keystrokes ending with Enter into the focused
field, caught by the application-wide scan filter. After the screens did their work the real
sync engine pushes the outbox and the emulator's ledger shows what Odoo got.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from odoosim import OdooSim
from storeapp.core.click_collect import QueueGroup
from storeapp.offline.journal_models import OpState
from storeapp.ui.session import SignedInEmployee
from tests.sync.conftest import Wiring, make_engine, start_sim
from tests.sync.helpers import drain
from tests.ui.shell_helpers import EventOnlyLink, seed_people

ROSE = SignedInEmployee(2, "Rose Vincent", "associate")
JULES = SignedInEmployee(1, "Jules Dubois", "manager")


def _pyside_refcount_guard() -> None:
    """Headroom for a PySide6 6.12.0 defect on Python < 3.12: every `SignalInstance.emit()`
    made from Python drops one reference to True (and every QTest key call one to None), so
    a long run ends with "deallocating True or False". Python 3.12 made these objects
    immortal and PySide6 6.11.3 does not have the defect; this gives the affected combination
    enough references to finish. Nothing is changed anywhere else."""
    import ctypes

    import PySide6

    if sys.version_info >= (3, 12) or PySide6.__version__ != "6.12.0":
        return
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for obj in (True, False, None):
        for _ in range(200_000):
            incref(obj)


@pytest.fixture(scope="module", autouse=True)
def pyside_refcount_guard() -> None:
    _pyside_refcount_guard()


@pytest.fixture
def sim() -> Iterator[OdooSim]:
    server = start_sim()
    yield server
    server.stop()


@pytest.fixture
def wiring(sim: OdooSim, tmp_path: Path, memory_keyring) -> Iterator[Wiring]:
    w = make_engine(sim, tmp_path / "data")
    w.engine.run_once(pull=True)
    yield w
    w.close()


@pytest.fixture
def shell(qtbot, qloop, wiring: Wiring, executors):
    from storeapp.ui.shell import Shell, ShellDeps

    link = EventOnlyLink()
    link.state = ("online", "")
    deps = ShellDeps(
        cache=wiring.cache,
        journal=wiring.journal,
        outbox=wiring.outbox,
        executors=executors,
        credentials=seed_people(wiring.journal),
        badge_key=lambda: b"s" * 32,
        store_name="Lyon Part-Dieu",
        auto_lock_minutes=0,
        sync=link,
        interactive_errors=False,
    )
    shell = Shell(deps)
    qtbot.addWidget(shell.window)
    shell.start()
    shell.window.resize(1366, 768)
    shell.connectivity = ("online", "")
    shell.session.sign_in(ROSE)
    shell.window.show_page("click_collect")
    yield shell
    shell.stop()
    # Destroy the Qt side while the interpreter is whole: left to the final garbage
    # collection, PySide tears these objects down in an order it does not survive.
    shell.click_collect.deleteLater()
    shell.deleteLater()
    QApplication.processEvents()


def barcode(sim: OdooSim, product_id: int) -> str:
    return sim.execute("product.product", "read", [product_id], ["barcode"])[0]["barcode"]


def scan(qtbot, widget, code: str) -> None:
    """What a keyboard-wedge scanner does: the code typed fast, then Enter.

    The key events are sent the way the platform delivers them (through the application, so
    the scan filter sees them), not with QTest.keyClick(s): in PySide6 6.12.0 every QTest key
    call drops one reference to None, and a few hundred of them crash the interpreter."""
    widget.setFocus()
    for char in code:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        )


def open_queue(shell, until):
    view = shell.click_collect
    view.refresh()
    until(lambda: view.queue.model.rowCount() > 0)
    return view


def pick_order(qtbot, until, sim, view, picking_id: int) -> None:
    """Scan every line of the open pick complete, serials through their GS1 label."""
    pick = view.pick
    for row in range(pick.model.rowCount()):
        line = pick.model.row_at(row)
        code = barcode(sim, line.product_id)
        if line.tracking.value == "serial":
            serial = sim.execute(
                "stock.move.line", "search_read", [("move_id", "=", line.move_id)], ["lot_id"]
            )[0]["lot_id"][1]
            code = f"010{code}21{serial}"
        while not pick.model.row_at(row).complete:
            before = pick.model.row_at(row).picked
            scan(qtbot, pick.scan_field, code)
            until(lambda r=row, b=before: pick.model.row_at(r).picked > b)


def test_queue_to_handover_online(qtbot, until, sim: OdooSim, wiring: Wiring, shell, tmp_path):
    view = open_queue(shell, until)
    assert "Orders brought up to date from Odoo" in view.queue.freshness.text()
    names = [view.queue.model.row_at(r).facts.name for r in range(view.queue.model.rowCount())]
    assert names[0] == "LYO/OUT/00012"  # overdue, promised earliest
    assert view.queue.buttons[QueueGroup.READY].text() == "Ready (2)"

    # Search by the last 4 digits of the customer's phone.
    view.queue.search.setText("5304")
    until(lambda: view.queue.model.rowCount() == 1)
    assert view.queue.model.row_at(0).facts.customer == "Emma Morel"
    view.queue.search.clear()
    until(lambda: view.queue.model.rowCount() > 1)

    # Scanning the order number on the list opens its pick and claims it.
    scan(qtbot, view.queue.search, "LYO/OUT/00001")
    until(lambda: view.stack.currentWidget() is view.pick)
    assert view.queue.search.text() == ""  # the scan did not land in the search field
    pick = view.pick
    assert pick.model.rowCount() == 4

    # Refusals: a product of another order, a serial line without its serial, an over-pick.
    scan(qtbot, pick.scan_field, barcode(sim, 163))  # LYO/OUT/00002's scarf
    until(lambda: pick.presenter.last is not None)
    assert not pick.presenter.last.ok
    assert "belongs to LYO/OUT/" in pick.feedback.text()
    scan(qtbot, pick.scan_field, barcode(sim, 31))  # earbuds: serial tracked
    until(lambda: "serial number is needed" in pick.feedback.text())
    pick_order(qtbot, until, sim, view, 1)
    scan(qtbot, pick.scan_field, barcode(sim, 170))
    until(lambda: "already 1 of 1 picked" in pick.feedback.text())
    assert pick.ready_button.isEnabled()

    # Ready: ops queued, the bag label written as a PDF.
    pick.ready_button.click()
    until(lambda: view.last_label is not None and view.last_label.exists())
    assert view.last_label.read_bytes().startswith(b"%PDF-")
    kinds = [op.kind for op in wiring.outbox.list()]
    assert kinds == ["message.post", "picking.set_picked", "message.post"]

    pick.back_button.click()
    until(lambda: view.stack.currentWidget() is view.queue)
    until(lambda: view.presenter.entry(1).group is QueueGroup.READY)

    # Handover: scan the order number, tick the checklist, mark collected.
    scan(qtbot, view.queue.search, "LYO/OUT/00001")
    until(lambda: view.stack.currentWidget() is view.handover)
    handover = view.handover
    assert not handover.collect_button.isEnabled()
    for box in handover.boxes.values():
        box.setChecked(True)
    handover.collect_button.click()
    until(lambda: view.stack.currentWidget() is view.queue)
    until(lambda: view.presenter.entry(1).group is QueueGroup.COLLECTED)

    drain(wiring.engine)
    validated = sim.ledger.entries("picking.validated")
    assert [e.res_id for e in validated] == [1]
    moves = {m["move_id"]: m["quantity"] for m in validated[0].data["moves"]}
    assert moves == {1: 3.0, 2: 3.0, 3: 1.0, 4: 1.0}
    assert wiring.outbox.counts_by_state().get(OpState.DONE) == 4


def test_pick_and_handover_offline(qtbot, until, sim: OdooSim, wiring: Wiring, shell):
    """Odoo unreachable from the start of the pick: everything is saved, nothing is lost, and
    the outbox drains once the connection is back."""
    _pick_and_hand_over_offline(qtbot, until, sim, shell)
    # No claim note offline: only the picked quantities, the ready note and the validation.
    assert [op.kind for op in wiring.outbox.list()] == [
        "picking.set_picked",
        "message.post",
        "picking.validate",
    ]
    assert sim.ledger.entries("picking.validated") == []

    sim.up()
    drain(wiring.engine)
    validated = sim.ledger.entries("picking.validated")
    assert [e.res_id for e in validated] == [2]
    assert {m["quantity"] for m in validated[0].data["moves"]} == {1.0, 2.0}


def test_a_handover_made_offline_is_undone_from_the_queue(
    qtbot, until, sim: OdooSim, wiring: Wiring, shell
):
    """Handed over by mistake (the wrong bag): undone before Odoo has it, the order is ready
    for pickup again and the validation never reaches Odoo; the pick itself still does."""
    view = _pick_and_hand_over_offline(qtbot, until, sim, shell)
    [validate] = [op for op in wiring.outbox.list() if op.kind == "picking.validate"]
    view.queue.undo_handover_button.click()
    until(lambda: "undone" in view.queue.message.text())
    assert view.presenter.entry(2).group is QueueGroup.READY
    assert not view.queue.undo_handover_button.isVisible()
    assert wiring.outbox.get(validate.uuid).state is OpState.CANCELLED
    sim.up()
    drain(wiring.engine)
    assert sim.ledger.entries("picking.validated") == []
    [picked] = [op for op in wiring.outbox.list() if op.kind == "picking.set_picked"]
    assert wiring.outbox.get(picked.uuid).state is OpState.DONE


def _pick_and_hand_over_offline(qtbot, until, sim: OdooSim, shell):
    """Order LYO/OUT/00002 picked, marked ready and handed over with Odoo unreachable."""
    shell.deps.sync.state = shell.connectivity = ("offline", "no route to host")
    sim.down()
    view = open_queue(shell, until)
    assert "offline" in view.queue.freshness.text()
    view.queue.search.setText("Léa")
    until(lambda: view.queue.model.rowCount() == 1)
    assert view.queue.model.row_at(0).facts.name == "LYO/OUT/00002"
    view.queue.table.selectRow(0)
    view.queue.pick_button.click()
    until(lambda: view.stack.currentWidget() is view.pick)
    pick_order(qtbot, until, sim, view, 2)  # sim.execute is in-process: works while down
    view.pick.ready_button.click()
    until(lambda: view.presenter.entry(2) is not None and view.pick.label_button.isVisible())
    view.pick.back_button.click()
    until(lambda: view.presenter.entry(2).group is QueueGroup.READY)
    view.queue.search.clear()
    view.open_handover(view.presenter.entry(2))
    for box in view.handover.boxes.values():
        box.setChecked(True)
    view.handover.collect_button.click()
    until(lambda: view.presenter.entry(2).group is QueueGroup.COLLECTED)
    until(lambda: view.queue.undo_handover_button.isVisible())  # offered once the list is back
    return view


def test_second_associate_is_warned_and_can_take_over(qtbot, until, shell):
    view = open_queue(shell, until)
    view.queue.table.selectRow(view.queue.model.row_of(3))
    view.queue.pick_button.click()
    until(lambda: view.stack.currentWidget() is view.pick)
    view.pick.back_button.click()
    until(lambda: view.stack.currentWidget() is view.queue)
    shell.session.sign_out("switch")
    shell.session.sign_in(JULES)
    until(lambda: view.presenter.entry(3).group is QueueGroup.PICKING)
    view.queue.table.selectRow(view.queue.model.row_of(3))
    view.queue.pick_button.click()
    until(lambda: view.queue.take_over_button.isVisible())
    assert "Rose Vincent has been picking this order" in view.queue.message.text()
    view.queue.take_over_button.click()
    until(lambda: view.stack.currentWidget() is view.pick)
    assert view.pick.presenter.session.claim.employee_name == "Jules Dubois"


def test_order_cancelled_in_odoo_mid_pick_shows_as_exception(qtbot, until, sim, wiring, shell):
    """The customer cancels on the web while the order is being picked: the push parks with
    Odoo's time of cancellation, the order moves to Exceptions, and putting the items back
    closes it and withdraws the refused change."""
    view = open_queue(shell, until)
    view.queue.table.selectRow(view.queue.model.row_of(12))
    view.queue.pick_button.click()
    until(lambda: view.stack.currentWidget() is view.pick)
    pick_order(qtbot, until, sim, view, 12)
    sim.execute("stock.picking", "action_cancel", [12])
    view.pick.ready_button.click()
    until(lambda: view.pick.label_button.isVisible())
    view.pick.back_button.click()
    until(lambda: view.stack.currentWidget() is view.queue)

    drain(wiring.engine, pull=True)
    parked = wiring.outbox.list([OpState.PARKED])
    assert [op.kind for op in parked] == ["picking.set_picked"]
    assert parked[0].park_reason.startswith("Order LYO/OUT/00012 was cancelled in Odoo at ")
    view.refresh()
    until(lambda: view.presenter.entry(12).group is QueueGroup.EXCEPTION)
    view.queue.buttons[QueueGroup.EXCEPTION].click()
    until(lambda: view.queue.model.rowCount() == 1)
    row = view.queue.model.data(view.queue.model.index(0, 5))
    assert "Order LYO/OUT/00012 was cancelled in Odoo at" in row and "Put the items back" in row
    view.queue.table.selectRow(0)
    assert view.queue.put_back_button.isVisibleTo(view) and not view.queue.pick_button.isEnabled()
    view.queue.put_back_button.click()
    until(lambda: view.presenter.entry(12) is None)
    assert wiring.outbox.get(parked[0].uuid).state is OpState.CANCELLED


def test_signing_out_closes_the_pick(qtbot, until, shell):
    view = open_queue(shell, until)
    view.queue.table.selectRow(view.queue.model.row_of(3))
    view.queue.pick_button.click()
    until(lambda: view.stack.currentWidget() is view.pick)
    shell.session.sign_out("idle")
    until(lambda: view.stack.currentWidget() is view.queue)
    assert view.pick.presenter is None
