"""A scan that finds no product pulls the products at once (storeapp/sync/unknown_barcodes.py),
at most once per barcode per few minutes, and says when the product has arrived. Real HTTP
against odoosim; the scan is resolved as the scan screens resolve it."""

from __future__ import annotations

from storeapp.core.scanning import RefusalReason, ScanRefusal, resolve_scan
from storeapp.offline.barcode_index import CacheBarcodeIndex
from storeapp.sync.cadence import Cadence
from storeapp.sync.unknown_barcodes import BARCODE_ARRIVED, UnknownBarcodes, cache_lookup
from tests.sync.helpers import FakeClock

NEW_BARCODE = "4006381333931"


def scan(wiring, code: str):
    return resolve_scan(code, CacheBarcodeIndex(wiring.cache))


def test_an_unknown_barcode_pulls_the_products_and_says_when_it_arrived(sim, wiring):
    engine = wiring.engine
    clock = FakeClock()
    engine.cadence = Cadence(60.0, slow_interval=900.0, clock=clock)
    engine.unknown_barcodes = UnknownBarcodes(
        engine.refresh, engine.events, cache_lookup(wiring.cache), clock=clock
    )
    arrived = []
    engine.events.subscribe(BARCODE_ARRIVED, arrived.append)
    assert engine.scheduled_pass().error is None
    sim.execute("product.product", "create", {"name": "Desk lamp", "barcode": NEW_BARCODE})

    clock.now += 60
    engine.scheduled_pass()  # products wait for their cadence: still unknown here
    refusal = scan(wiring, NEW_BARCODE)
    assert isinstance(refusal, ScanRefusal)
    assert refusal.reason is RefusalReason.UNKNOWN_BARCODE

    advised = engine.unknown_barcodes.advise(refusal)
    assert "being updated from Odoo now" in advised.action
    assert engine.cadence.requested
    cycle = engine.scheduled_pass()
    assert "product.product" in {m.model for m in cycle.pull.models}
    assert not isinstance(scan(wiring, NEW_BARCODE), ScanRefusal)
    assert [(a.barcode, a.product_name) for a in arrived] == [(NEW_BARCODE, "Desk lamp")]


def test_one_refresh_per_barcode_per_cooldown(sim, wiring):
    engine = wiring.engine
    clock = FakeClock()
    engine.cadence = Cadence(60.0, slow_interval=900.0, clock=clock)
    unknown = UnknownBarcodes(
        engine.refresh, engine.events, cache_lookup(wiring.cache), cooldown=300, clock=clock
    )
    engine.scheduled_pass()
    refusal = scan(wiring, "9780201379624")
    assert isinstance(refusal, ScanRefusal)

    assert unknown.scanned("9780201379624")
    products = wiring.gateway.calls["product.product.search_read"]
    engine.scheduled_pass()
    assert wiring.gateway.calls["product.product.search_read"] == products + 1

    clock.now += 60
    again = unknown.advise(refusal)  # scanned again a minute later: no second refresh
    assert "a moment ago" in again.action
    assert not engine.cadence.requested
    assert unknown.waiting() == ["9780201379624"]

    clock.now += 300
    assert unknown.scanned("9780201379624")  # past the cooldown it asks once more
    assert engine.cadence.requested


def test_other_refusals_are_left_alone(wiring):
    refusal = ScanRefusal(RefusalReason.INVALID_CHECK_DIGIT, "bad", "rescan", "4006381333932")
    assert wiring.engine.unknown_barcodes.advise(refusal) is refusal
    assert not wiring.engine.cadence.requested
