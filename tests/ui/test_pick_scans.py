"""Scans on the pick screen always resolve: the serial or lot number the screen asks for, typed
or scanned on its own, goes to the line that wants it. Real stores, odoosim over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from odoosim import OdooSim
from storeapp.offline.click_collect_repo import ClickCollectRepo, ClickCollectSettings
from storeapp.offline.outbox import Actor
from storeapp.ui.click_collect.presenter import QueuePresenter
from tests.sync.conftest import Wiring, make_engine, start_sim

ROSE = Actor(2, "Rose Vincent")


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
def queue(wiring: Wiring, executors) -> QueuePresenter:
    repo = ClickCollectRepo(
        wiring.cache, wiring.journal, wiring.outbox, ClickCollectSettings(warehouse_code="LYO")
    )
    return QueuePresenter(repo, executors, lambda: ROSE)


def _serial_line(sim: OdooSim, pick) -> tuple[object, str, str]:
    """A serial-tracked line of the order, its product barcode and its reserved serial."""
    line = next(ln for ln in pick.session.lines if ln.tracking.value == "serial")
    barcode = sim.execute("product.product", "read", [line.product_id], ["barcode"])[0]["barcode"]
    serial = sim.execute(
        "stock.move.line", "search_read", [("move_id", "=", line.move_id)], ["lot_id"]
    )[0]["lot_id"][1]
    return line, barcode, serial


def _order_with_serials(sim: OdooSim) -> int:
    for order in sim.facts.click_collect_orders["to_pick"]:
        pid = order["picking_id"]
        tracked = sim.execute(
            "stock.move",
            "search_read",
            [("picking_id", "=", pid), ("product_id.tracking", "=", "serial")],
            ["id"],
        )
        if tracked:
            return pid
    raise AssertionError("the demo data has an order with a serial-tracked product")


def test_the_serial_the_pick_screen_asks_for_is_accepted_scanned_on_its_own(sim, queue, qloop):
    pick = qloop.run_until_complete(queue.start_pick(_order_with_serials(sim)))
    line, barcode, serial = _serial_line(sim, pick)
    ask = qloop.run_until_complete(pick.scan(barcode))
    assert not ask.ok and "serial" in (ask.message + ask.action).lower()
    answer = qloop.run_until_complete(pick.scan(serial))
    assert answer.ok, answer.message
    assert pick.session.line(line.move_id).lots == {serial: 1}
    # Typed into the scan field rather than scanned: the same, recorded as manual.
    again = qloop.run_until_complete(pick.scan(serial, typed=True))
    assert not again.ok and "No product or packaging" not in again.message


def test_an_unknown_code_still_says_what_to_do(sim, queue, qloop):
    pick = qloop.run_until_complete(queue.start_pick(_order_with_serials(sim)))
    answer = qloop.run_until_complete(pick.scan("NOT-A-THING-42"))
    assert not answer.ok and answer.action


def test_the_pick_screen_finds_a_product_by_name_reference_or_barcode(sim, queue, qloop):
    """The message says "search the product by name", and the pick screen now can."""
    pick = qloop.run_until_complete(queue.start_pick(_order_with_serials(sim)))
    line = next(ln for ln in pick.session.lines if ln.tracking.value == "none")
    code, barcode = (
        sim.execute("product.product", "read", [line.product_id], ["default_code", "barcode"])[0][k]
        for k in ("default_code", "barcode")
    )
    for text in (line.product_name.lower(), code, barcode):
        if not text:
            continue
        hits = qloop.run_until_complete(pick.search_products(text))
        assert line.product_id in [h.id for h in hits], text
    picked = qloop.run_until_complete(pick.choose_product(line.product_id))
    assert picked.ok and pick.session.line(line.move_id).manual
    assert qloop.run_until_complete(pick.search_products("%")) == []


def test_the_product_search_is_keyboard_first(qtbot, qloop):
    from PySide6.QtCore import Qt

    from storeapp.offline.products_repo import ProductHit
    from storeapp.ui.product_search import ProductSearch

    catalogue = [ProductHit(7, "Linen Scarf Riviera", "LS-7", "3760000000079", "Units")]

    async def search(text: str) -> list[ProductHit]:
        return [h for h in catalogue if text.lower() in h.name.lower()]

    box = ProductSearch(search)
    qtbot.addWidget(box)
    box.show()
    chosen = []
    box.chosen.connect(chosen.append)
    qtbot.keyClicks(box.field, "scarf")
    qtbot.waitUntil(lambda: box.searches > 0 and box.hits.count() == 1)
    qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert chosen == [7] and box.field.text() == "" and not box.hits.isVisible()
    qtbot.keyClicks(box.field, "nothing like it")
    qtbot.waitUntil(lambda: box.searches > 1)
    assert "No product matches" in box.hits.item(0).text()
    qtbot.keyClick(box.field, Qt.Key.Key_Escape)
    assert box.field.text() == ""


def test_a_shelf_label_with_the_internal_reference_picks_as_in_counts(sim, queue, qloop):
    """Shelf labels carry the internal reference; Counts has always resolved it. The pick screen
    reads the same barcode index, so the same label picks the same product."""
    pick = qloop.run_until_complete(queue.start_pick(_order_with_serials(sim)))
    line = next(ln for ln in pick.session.lines if ln.tracking.value == "none")
    code = sim.execute("product.product", "read", [line.product_id], ["default_code"])[0][
        "default_code"
    ]
    assert code, "the demo product has an internal reference"
    before = pick.session.line(line.move_id).picked
    answer = qloop.run_until_complete(pick.scan(code))
    assert answer.ok, answer.message
    assert pick.session.line(line.move_id).picked == before + 1


def test_a_product_barcode_in_the_lot_field_is_a_product_scan(sim, queue, qloop):
    """The side panel's lot/serial field is where the scanner happened to type: a product
    barcode there picks that product (as the scan field would) and is never kept as a lot."""
    pick = qloop.run_until_complete(queue.start_pick(_order_with_serials(sim)))
    serial_line, _barcode, serial = _serial_line(sim, pick)
    plain = next(ln for ln in pick.session.lines if ln.tracking.value == "none")
    plain_code = sim.execute("product.product", "read", [plain.product_id], ["barcode"])[0][
        "barcode"
    ]
    before = pick.session.line(plain.move_id).picked
    routed = qloop.run_until_complete(pick.lot_field_scan(plain_code))
    assert routed is not None and routed.ok, routed
    assert pick.session.line(plain.move_id).picked == before + 1
    # A lot number typed there stays for "Set quantity" (nothing happens yet).
    assert qloop.run_until_complete(pick.lot_field_scan(serial)) is None
    # "Set quantity" with a product barcode as the serial: refused, nothing saved as a lot.
    refused = qloop.run_until_complete(pick.type_quantity(serial_line.move_id, 1, plain_code))
    assert not refused.ok and plain.product_name in refused.message and refused.action
    assert plain_code not in pick.session.line(serial_line.move_id).lots


def test_a_barcode_new_in_odoo_pulls_the_products_and_can_be_scanned_after(
    sim, wiring, executors, qloop
):
    """A barcode Odoo gave a product after the PC's last products pass: the pick screen's
    refusal asks the sync for the products at once (storeapp/sync/unknown_barcodes.py), and
    once they are pulled the same scan finds the product."""
    from storeapp.sync.events import BARCODE_ARRIVED

    repo = ClickCollectRepo(
        wiring.cache, wiring.journal, wiring.outbox, ClickCollectSettings(warehouse_code="LYO")
    )
    engine = wiring.engine
    queue = QueuePresenter(
        repo, executors, lambda: ROSE, advise_unknown=engine.unknown_barcodes.advise
    )
    pick = qloop.run_until_complete(queue.start_pick(_order_with_serials(sim)))
    line = next(ln for ln in pick.session.lines if ln.tracking.value == "none")
    sim.execute("product.product", "write", [line.product_id], {"barcode": "4006381333931"})
    arrived = []
    engine.events.subscribe(BARCODE_ARRIVED, arrived.append)

    refused = qloop.run_until_complete(pick.scan("4006381333931"))
    assert not refused.ok and "being updated from Odoo now" in refused.action
    assert engine.cadence.requested
    engine.scheduled_pass()
    assert [a.barcode for a in arrived] == ["4006381333931"]
    answer = qloop.run_until_complete(pick.scan("4006381333931"))
    assert answer.ok, answer.message
