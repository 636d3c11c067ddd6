"""Scale preset sizing and speed, persistence between runs, and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from odoosim import OdooSim
from tests.odoosim.conftest import connect


def test_scale_preset_pages_fast():
    started = time.perf_counter()
    sim = OdooSim(
        seed="scale", products=20_000, quants=20_000, open_pickings=200, order_lines=5_000
    )
    assert time.perf_counter() - started < 15
    sim.start()
    try:
        client = connect(sim, sim.device.login, sim.device.api_key)
        products = client.env["product.product"]
        assert products.search_count([]) == 20_000
        started = time.perf_counter()
        page = products.search_read(
            [("write_date", ">=", "2000-01-01 00:00:00")],
            ["name", "barcode", "write_date", "categ_id"],
            offset=10_000,
            limit=2_000,
            order="write_date asc, id asc",
        )
        assert time.perf_counter() - started < 1.0
        assert len(page) == 2_000 and page[0]["barcode"]
        assert client.env["sale.order.line"].search_count([]) == 5_000
        assert client.env["stock.picking"].search_count([("state", "=", "confirmed")]) == 200
    finally:
        sim.stop()


def test_scale_preset_seeds_a_chain_of_stores():
    """A fleet of store PCs against one Odoo needs one warehouse per store, each with its own
    stock and open deliveries."""
    sim = OdooSim(
        seed="scale", products=50, quants=300, open_pickings=60, order_lines=60, stores=30
    )
    codes = [store["code"] for store in sim.facts["stores"]]
    assert codes[:2] == ["LYO", "PAR"] and codes[-1] == "S030" and len(set(codes)) == 30
    last = sim.facts["stores"][-1]
    pickings = sim.execute(
        "stock.picking", "search_count", [("picking_type_id", "=", last["out_type_id"])]
    )
    quants = sim.execute(
        "stock.quant", "search_count", [("location_id", "child_of", last["view_location_id"])]
    )
    assert pickings == 2 and quants > 0


def test_state_file_keeps_what_was_done(tmp_path):
    path = tmp_path / "odoo.json"
    sim = OdooSim(seed="demo", state_file=str(path)).start()
    pid = sim.facts.click_collect_orders["ready"][0]["picking_id"]
    client = connect(sim, "admin", "admin")
    assert (
        client.env["stock.picking"].browse(pid).with_context(skip_sms=True).button_validate()
        is True
    )
    key = sim.set_api_key(sim.device.login, "k" * 40)
    sim.stop()
    assert path.exists() and not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
    again = OdooSim(seed="demo", state_file=str(path)).start()
    try:
        client = connect(again, again.device.login, key)
        assert client.env["stock.picking"].read([pid], ["state"])[0]["state"] == "done"
        assert [e.res_id for e in again.ledger.entries("picking.validated")] == [pid]
        partners = again.execute("res.partner", "search", [], context={"active_test": False})
        new = again.execute("res.partner", "create", {"name": "After restart"})
        assert new == max(partners) + 1
    finally:
        again.stop()


def test_command_line_prints_how_to_connect(tmp_path):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "odoosim", "--port", "0", "--seed", "demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        first = process.stdout.readline()
        assert "serving http://127.0.0.1:" in first
        url = first.rsplit(" ", 1)[1].strip()
        output = [process.stdout.readline() for _ in range(5)]
        assert any("storeapp-device" in line for line in output)
        port = int(url.rsplit(":", 1)[1])
        import odoorpc

        client = odoorpc.ODOO("127.0.0.1", port=port)
        assert client.version == "17.0"
    finally:
        process.terminate()
        process.wait(timeout=10)
