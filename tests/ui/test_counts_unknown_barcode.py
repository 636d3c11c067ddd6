"""The count screen hands an unknown barcode to the sync (storeapp/sync/unknown_barcodes.py):
a product given that barcode in Odoo since the last products pass is pulled at once, and the
next scan counts it. Real stores, odoosim over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from odoosim import OdooSim
from storeapp.core.count_review import CountRules
from storeapp.offline.counts_repo import CountsRepo
from storeapp.ui.counts.presenter import CountsPresenter
from tests.sync.conftest import Wiring, make_engine, start_sim
from tests.unit.test_counts_presenter import ROSE

NEW_BARCODE = "4006381333931"


@pytest.fixture
def sim() -> Iterator[OdooSim]:
    server = start_sim()
    yield server
    server.stop()


@pytest.fixture
def wiring(sim: OdooSim, tmp_path: Path, memory_keyring) -> Iterator[Wiring]:
    w = make_engine(sim, tmp_path / "data")
    assert w.engine.scheduled_pass().error is None
    yield w
    w.close()


def test_a_barcode_new_in_odoo_is_counted_once_the_products_arrive(sim, wiring, executors, qloop):
    engine = wiring.engine
    repo = CountsRepo(wiring.cache, wiring.journal, wiring.outbox, CountRules())
    presenter = CountsPresenter(
        repo, executors, lambda: ROSE, advise_unknown=engine.unknown_barcodes.advise
    )
    code = sim.facts["stores"][0]["code"]
    opened = qloop.run_until_complete(presenter.scan(f"{code}-STOCK"))
    assert opened.level == "ok", opened.message
    product = sim.execute(
        "product.product", "search", [("tracking", "=", "none"), ("type", "!=", "service")]
    )[0]
    sim.execute("product.product", "write", [product], {"barcode": NEW_BARCODE})

    refused = qloop.run_until_complete(presenter.scan(NEW_BARCODE))
    assert refused.level == "error"
    assert "being updated from Odoo now" in refused.action
    engine.scheduled_pass()
    counted = qloop.run_until_complete(presenter.scan(NEW_BARCODE))
    assert counted.level == "ok", counted.message
