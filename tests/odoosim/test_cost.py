"""The cost model (odoosim/cost.py): odoosim costs what a real Odoo 17 costs, when asked to.

The calibration figures are the real-Odoo-17 measurements on a 2-core machine recorded in
docs/performance.md ("Calibration"): one product page of 2,000 rows, one quant page, the
API-key check (~0.33 s per new uid/secret pair) and a new connection per request.
"""

from __future__ import annotations

import http.client
import json
import time

import pytest

from odoosim import OdooSim
from odoosim.cost import Calibration, CostModel
from tests.odoosim.conftest import connect

PRODUCT_FIELDS = [
    "id",
    "write_date",
    "product_tmpl_id",
    "name",
    "default_code",
    "barcode",
    "categ_id",
    "uom_id",
    "tracking",
    "list_price",
    "standard_price",
    "active",
    "detailed_type",
]
PRODUCT_M2O = ["product_tmpl_id", "categ_id", "uom_id"]
QUANT_M2O = ["product_id", "location_id", "lot_id", "user_id", "package_id", "owner_id"]
QUANT_PLAIN = ["quantity", "reserved_quantity", "inventory_date", "inventory_quantity_set"]


def page(model: CostModel, name: str, fields: list[str], rows: int, load="_classic_read"):
    return model.calibration.request + model.read_cost(name, fields, rows, load)


def test_calibration_reproduces_the_real_odoo_17_product_page():
    model = CostModel()
    without_cost = [f for f in PRODUCT_FIELDS if f != "standard_price"]
    without_m2o = [f for f in without_cost if f not in PRODUCT_M2O]
    assert 1.6 <= page(model, "product.product", PRODUCT_FIELDS, 2000) <= 2.4
    assert 1.1 <= page(model, "product.product", without_cost, 2000) <= 1.3
    assert 0.7 <= page(model, "product.product", without_m2o, 2000) <= 0.9
    assert 0.12 <= page(model, "product.product", ["id", "write_date"], 2000) <= 0.15


def test_calibration_reproduces_the_real_odoo_17_quant_page():
    model = CostModel()
    base = ["id", "write_date", *QUANT_PLAIN]
    assert 0.8 <= page(model, "stock.quant", base + QUANT_M2O, 1900) <= 1.0
    assert 0.15 <= page(model, "stock.quant", base, 1900) <= 0.25


def test_bare_ids_skip_the_display_names():
    """load='_classic_write' returns many2ones as ids: Odoo computes no display name."""
    model = CostModel()
    named = model.read_cost("stock.quant", QUANT_M2O, 1000, "_classic_read")
    bare = model.read_cost("stock.quant", QUANT_M2O, 1000, "_classic_write")
    assert bare < named / 3


def test_off_by_default():
    sim = OdooSim(seed="demo")
    assert sim.server.cost is None


@pytest.fixture
def costly_sim():
    # Cheap per-row figures keep the test fast; the shape (per request, per row, auth) is real.
    calibration = Calibration(request=0.05, auth=0.3, display_name=0.001)
    sim = OdooSim(seed="demo", keep_alive=True, cost=CostModel(calibration)).start()
    yield sim
    sim.stop()


def post(sim: OdooSim, path: str, params: dict) -> tuple[http.client.HTTPResponse, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", sim.port, timeout=10)
    body = json.dumps({"jsonrpc": "2.0", "method": "call", "id": 1, "params": params})
    conn.request("POST", path, body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    payload = json.loads(response.read())
    conn.close()
    return response, payload


def execute(sim, model, method, *args, **kwargs):
    d = sim.device
    params = {
        "service": "object",
        "method": "execute_kw",
        "args": [sim.db_name, d.uid, d.api_key, model, method, list(args), kwargs],
    }
    started = time.perf_counter()
    response, payload = post(sim, "/jsonrpc", params)
    return response, payload, time.perf_counter() - started


def test_each_answer_costs_its_price_and_closes_the_connection(costly_sim):
    """Odoo's threaded server behind most proxies: one request per connection, even when the
    emulator itself would keep it alive."""
    sim = costly_sim
    execute(sim, "res.partner", "search_count", [])  # pays the API-key check once
    response, payload, seconds = execute(sim, "res.partner", "search_count", [])
    assert "result" in payload
    assert response.getheader("Connection") == "close"
    assert seconds >= 0.05
    totals = sim.control({"action": "cost"})
    assert totals["requests"] == 2
    assert totals["connections"] == 2
    assert totals["server_seconds"] >= 0.3 + 2 * 0.05


def test_the_api_key_check_is_paid_once_per_pair(costly_sim):
    sim = costly_sim
    _, _, first = execute(sim, "res.partner", "search_count", [])
    _, _, second = execute(sim, "res.partner", "search_count", [])
    assert first >= 0.3
    assert second < first - 0.2


def test_bare_ids_cost_less_over_http(costly_sim):
    sim = costly_sim
    client = connect(sim, sim.device.login, sim.device.api_key)
    sim.control({"action": "cost", "reset": True})
    rows = client.env["stock.quant"].search_read([], QUANT_M2O)
    named = sim.control({"action": "cost", "reset": True})["server_seconds"]
    bare_rows = client.env["stock.quant"].search_read([], QUANT_M2O, load="_classic_write")
    bare = sim.control({"action": "cost"})["server_seconds"]
    assert isinstance(rows[0]["product_id"], list)
    assert isinstance(bare_rows[0]["product_id"], int)
    assert bare < named


def test_read_by_ids_with_bare_ids_is_charged_no_display_names(costly_sim):
    """`read(ids, fields, load='_classic_write')`, load given by keyword as clients send it
    (Odoo 17 models.py: BaseModel.read(self, fields=None, load='_classic_read')): Odoo
    computes no display name, so none is charged."""
    sim = costly_sim
    client = connect(sim, sim.device.login, sim.device.api_key)
    ids = client.env["product.template"].search([], limit=20)
    sim.control({"action": "cost", "reset": True})
    bare = client.env["product.template"].read(ids, ["categ_id", "uom_id"], load="_classic_write")
    totals = sim.control({"action": "cost", "reset": True})
    assert isinstance(bare[0]["categ_id"], int)
    assert totals["names_saved_seconds"] == pytest.approx(2 * len(ids) * 0.001)
    named = client.env["product.template"].read(ids, ["categ_id", "uom_id"])
    assert isinstance(named[0]["categ_id"], list)
    spent = sim.control({"action": "cost"})["server_seconds"]
    assert spent - totals["server_seconds"] == pytest.approx(2 * len(ids) * 0.001, rel=0.2)


def test_search_read_honours_load_like_odoo():
    """Odoo 17 models.py: read/search_read(..., load='_classic_read') pass
    use_display_name=(load == '_classic_read') to Many2one.convert_to_read, which returns
    (id, display_name) or the bare id; unset many2ones are False either way."""
    sim = OdooSim(seed="demo").start()
    try:
        client = connect(sim, sim.device.login, sim.device.api_key)
        quants = client.env["stock.quant"]
        named = quants.search_read([], ["product_id", "lot_id"], limit=5, order="id")
        bare = quants.search_read(
            [], ["product_id", "lot_id"], limit=5, order="id", load="_classic_write"
        )
        assert [r["product_id"][0] for r in named] == [r["product_id"] for r in bare]
        assert all(isinstance(r["product_id"][1], str) for r in named)
        assert [r["lot_id"] or False for r in bare] == [
            r["lot_id"][0] if r["lot_id"] else False for r in named
        ]
    finally:
        sim.stop()


def test_control_switches_the_model_on_and_off():
    sim = OdooSim(seed="demo")
    assert sim.control({"action": "cost"}) is None
    assert sim.control({"action": "cost", "on": True})["requests"] == 0
    assert isinstance(sim.server.cost, CostModel)
    assert sim.control({"action": "cost", "on": False}) is None
    assert sim.server.cost is None


def test_accounted_only_answers_at_once_and_bills_the_same():
    """sleep_scale=0 (a fleet in simulated time): the answer is not held back, the modelled
    seconds are still on the bill, the same as with the answers held back."""
    calibration = Calibration(request=0.2, auth=0.5)
    sim = OdooSim(seed="demo", keep_alive=True, cost=CostModel(calibration)).start()
    try:
        sim.control({"action": "cost", "on": True, "sleep_scale": 0})
        _, _, first = execute(sim, "res.partner", "search_count", [])
        _, _, second = execute(sim, "res.partner", "search_count", [])
        assert first + second < 0.2
        billed = sim.control({"action": "cost", "reset": True})
        assert billed["requests"] == 2
        assert billed["server_seconds"] == pytest.approx(0.5 + 2 * 0.2, abs=0.01)
        sim.control({"action": "cost", "sleep_scale": 1})
        _, _, held = execute(sim, "res.partner", "search_count", [])
        assert held >= 0.2
        assert sim.control({"action": "cost"})["server_seconds"] == pytest.approx(0.2, abs=0.01)
    finally:
        sim.stop()
