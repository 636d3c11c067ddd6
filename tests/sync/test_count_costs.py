"""Product costs read for the counted products only, over real HTTP against odoosim.

`standard_price` is company-dependent in Odoo (the most expensive field a product page can ask
for), and only counts value with it: the first sync does not read it; starting a count asks for
the costs of what the location holds, and the next pass reads them in one small request; the
pass over every model reads the known ones again. A cost this PC does not know sends the
adjustment to a manager, whatever its size.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from odoosim import OdooSim
from odoosim.cost import CostModel
from storeapp.core.count_review import AutoApproveRule, CountRules, Employee, ToleranceRule
from storeapp.core.counting import COST_UNKNOWN, Route
from storeapp.core.scanning import ProductRef
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.journal_models import OpState
from tests.sync.conftest import make_engine
from tests.sync.helpers import charging_only

ROSE = Employee(2, "Rose Vincent")
# One unit off is fine without a manager, up to a value of 1,000.
RULES = CountRules(
    tolerances=(ToleranceRule(max_qty=1000),),
    auto_approve=(AutoApproveRule(max_qty=1, max_value=Decimal("1000")),),
)
COST_PER_ROW = 1e-4  # seconds charged per company-dependent value read: what the test counts


def costs_only() -> CostModel:
    """A cost model that charges only company-dependent fields (standard_price)."""
    return charging_only(company_dependent=COST_PER_ROW)


@pytest.fixture
def costly_sim():
    sim = OdooSim(seed="demo", cost=costs_only()).start()
    yield sim
    sim.stop()


@pytest.fixture
def store(costly_sim, tmp_path, memory_keyring):
    wiring = make_engine(costly_sim, tmp_path / "data")
    assert wiring.engine.run_once().error is None
    yield wiring
    wiring.close()


def costs_read(sim: OdooSim) -> float:
    """How many product costs Odoo computed since the last call."""
    return sim.control({"action": "cost", "reset": True})["server_seconds"] / COST_PER_ROW


def cached_costs(wiring) -> dict[int, float | None]:
    with wiring.cache.read() as s:
        return dict(s.execute(text("SELECT product_id, standard_price FROM product_cost")).all())


def shelf_of(sim: OdooSim) -> int:
    return sim.facts["stores"][0]["bins"]["LYO/Stock/A-01"]


def odoo_cost(sim: OdooSim, product_id: int) -> float:
    [row] = sim.execute("product.product", "read", [product_id], ["standard_price"])
    return row["standard_price"]


def test_first_sync_reads_no_cost(costly_sim, tmp_path, memory_keyring):
    wiring = make_engine(costly_sim, tmp_path / "fresh")
    try:
        costs_read(costly_sim)
        result = wiring.engine.run_once()
        assert result.error is None and result.pull.fetched > 100
        assert costs_read(costly_sim) == 0
        assert cached_costs(wiring) == {}
    finally:
        wiring.close()


def test_a_count_reads_the_costs_of_its_location_in_one_request(costly_sim, store):
    shelf = shelf_of(costly_sim)
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    held = repo.products_at(shelf)
    assert held
    repo.start(repo.location(shelf), ROSE)
    assert set(cached_costs(store)) == set(held)
    assert all(cost is None for cost in cached_costs(store).values())  # asked, not read yet

    costs_read(costly_sim)
    calls = store.gateway.calls["product.product.search_read"]
    assert store.engine.run_once(scheduled=True).error is None
    assert store.gateway.calls["product.product.search_read"] - calls == 1
    assert costs_read(costly_sim) == pytest.approx(len(held))
    assert cached_costs(store) == {p: pytest.approx(odoo_cost(costly_sim, p)) for p in held}
    cost, _path, _active = repo.product_facts(held[0])
    assert cost == Decimal(str(odoo_cost(costly_sim, held[0]))).quantize(Decimal("0.01"))

    # Nothing asked since: a pass of the fast models reads no cost.
    store.engine.run_once(pull=True, push=False, scheduled=True)
    assert costs_read(costly_sim) == 0


def test_a_changed_cost_is_read_again_with_the_products_or_when_a_count_starts(costly_sim, store):
    shelf = shelf_of(costly_sim)
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    product = repo.products_at(shelf)[0]
    repo.want_costs([product])
    store.engine.run_once()
    costly_sim.execute("product.product", "write", [product], {"standard_price": 77.5})
    assert store.engine.run_once().error is None  # the pass over every model
    assert cached_costs(store)[product] == pytest.approx(77.5)

    costly_sim.execute("product.product", "write", [product], {"standard_price": 80.0})
    store.engine.pull.pull(models=["stock.quant"])
    assert cached_costs(store)[product] == pytest.approx(77.5)  # not asked: kept
    repo.start(repo.location(shelf), ROSE)
    store.engine.pull.pull(models=["stock.quant"])
    assert cached_costs(store)[product] == pytest.approx(80.0)


def test_an_unknown_cost_sends_the_adjustment_to_a_manager(costly_sim, store):
    """Offline, or before the next pass: the value of the difference cannot be known, so the
    auto-approve value limit cannot be shown to hold. The manager is told why."""
    shelf = shelf_of(costly_sim)
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    [(product, _barcode, _qty)] = repo.stocked_products(shelf, limit=1)
    opened = repo.start(repo.location(shelf), ROSE)  # asks for the costs; no pass runs
    cost, category, active = repo.product_facts(product)
    assert cost is None
    now = datetime.now(UTC)
    snapshot = repo.snapshot(shelf, product, None)
    opened.session.set_quantity(
        ProductRef(product, "counted product", active=active),
        snapshot - 1,  # one missing: within the quantity limit
        by=ROSE,
        now=now,
        snapshot=lambda p, lot, _n: repo.snapshot(shelf, p, lot),
        unit_cost=cost,
        category=category,
    )
    submission = opened.session.submit(
        now=now, product_active=repo.product_active, unit_cost=repo.unit_cost
    )
    [adjustment] = submission.adjustments
    assert adjustment.route is Route.APPROVAL
    assert adjustment.reasons == (COST_UNKNOWN,)
    outcome = repo.submit(opened, submission, ROSE)
    [op_uuid] = outcome.for_approval
    assert store.outbox.get(op_uuid).state is OpState.PENDING_APPROVAL


def test_a_cost_read_before_submitting_lets_a_small_adjustment_through(costly_sim, store):
    shelf = shelf_of(costly_sim)
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    [(product, _barcode, _qty)] = repo.stocked_products(shelf, limit=1)
    opened = repo.start(repo.location(shelf), ROSE)
    cost, category, active = repo.product_facts(product)
    now = datetime.now(UTC)
    opened.session.set_quantity(
        ProductRef(product, "counted product", active=active),
        repo.snapshot(shelf, product, None) - 1,
        by=ROSE,
        now=now,
        snapshot=lambda p, lot, _n: repo.snapshot(shelf, p, lot),
        unit_cost=cost,
        category=category,
    )
    assert cost is None
    assert store.engine.run_once(scheduled=True).error is None  # reads the asked costs
    submission = opened.session.submit(now=now, unit_cost=repo.unit_cost)
    [adjustment] = submission.adjustments
    assert adjustment.route is Route.AUTO, adjustment.reasons
    assert adjustment.unit_cost == repo.unit_cost(product) is not None
