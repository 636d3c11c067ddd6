"""Dotted write_date paths in a domain, as a one-request change probe uses them, and what such a
search costs with the cost model on.

Odoo resolves `picking_id.partner_id.write_date > X` on `stock.move` server-side: each
many2one hop becomes a search on the comodel whose ids the leaf then tests (`expression.parse`
in odoo/osv/expression.py, 17.0: `right_ids = comodel._search([(path[1], operator, right)])`
then `push((path[0], 'in', right_ids))`; one2many hops likewise through the inverse field).
`write_date` is a magic field with no index (reference §3), so each such condition reads its
table whole; the cost model charges every row it reads. A 429 answered by a proxy in front of
Odoo carries Retry-After.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from datetime import UTC, datetime

import pytest

from odoosim import OdooSim
from odoosim.cost import Calibration, CostModel
from tests.odoosim.conftest import connect

PATHS = (
    "write_date",
    "picking_id.write_date",
    "picking_id.partner_id.write_date",
    "picking_id.sale_id.write_date",
    "move_line_ids.write_date",
)


def probe(sim: OdooSim, view_location: int, since: str) -> list[dict]:
    changed = ["|"] * (len(PATHS) - 1) + [(p, ">", since) for p in PATHS]
    domain = [
        "&",
        "|",
        ("location_id", "child_of", view_location),
        ("location_dest_id", "child_of", view_location),
        *changed,
    ]
    return sim.execute("stock.move", "search_read", domain, ["write_date"], limit=1)


def after_everything(sim: OdooSim) -> str:
    """A moment after every write so far and before every later one: the current second,
    more than a second after the last write (Odoo keeps microseconds, sends seconds)."""
    time.sleep(1.05)
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


def store_picking(sim: OdooSim) -> dict:
    store = sim.facts["stores"][0]
    rows = sim.execute(
        "stock.picking",
        "search_read",
        [
            ("picking_type_id.warehouse_id", "=", store["warehouse_id"]),
            ("partner_id", "!=", False),
            ("sale_id", "!=", False),
            ("move_ids", "!=", False),
        ],
        ["partner_id", "sale_id", "move_ids"],
        limit=1,
    )
    assert rows, "the demo store has a sale picking with moves"
    return rows[0]


@pytest.fixture
def sim():
    server = OdooSim(seed="demo", test_mode=True).start()
    yield server
    server.stop()


@pytest.mark.parametrize(
    "change",
    ["partner", "sale_order", "picking", "move_line"],
)
def test_a_write_on_a_related_record_answers_through_the_move(sim: OdooSim, change: str):
    view = sim.facts["stores"][0]["view_location_id"]
    picking = store_picking(sim)
    since = after_everything(sim)
    assert probe(sim, view, since) == []
    if change == "partner":
        sim.execute("res.partner", "write", [picking["partner_id"][0]], {"phone": "+33 1 23"})
    elif change == "sale_order":
        sim.execute("sale.order", "write", [picking["sale_id"][0]], {"client_order_ref": "X1"})
    elif change == "picking":
        sim.execute("stock.picking", "write", [picking["id"]], {"origin": "probe"})
    else:
        lines = sim.execute(
            "stock.move.line", "search", [("move_id", "in", picking["move_ids"])], limit=1
        )
        if not lines:
            pytest.skip("this picking has no reserved line")
        sim.execute("stock.move.line", "write", lines, {"lot_name": "P-1"})
    found = probe(sim, view, since)
    assert len(found) == 1


def test_another_stores_change_is_not_seen(sim: OdooSim):
    """The moves of the other store's locations only: a write there answers nothing here."""
    here = sim.facts["stores"][0]["view_location_id"]
    other = sim.facts["stores"][1]
    rows = sim.execute(
        "stock.picking",
        "search_read",
        [("picking_type_id.warehouse_id", "=", other["warehouse_id"])],
        ["id"],
        limit=1,
    )
    since = after_everything(sim)
    sim.execute("stock.picking", "write", [rows[0]["id"]], {"origin": "elsewhere"})
    assert probe(sim, here, since) == []
    assert len(probe(sim, other["view_location_id"], since)) == 1


def test_write_date_conditions_are_charged_per_row_of_every_table_they_scan():
    model = CostModel(Calibration(scanned_row=1.0))
    sizes = {"stock.move": 100, "stock.picking": 10, "res.partner": 5, "stock.move.line": 50}
    domain = [
        "|",
        "|",
        ("write_date", ">", "2026-01-01 00:00:00"),
        ("picking_id.partner_id.write_date", ">", "2026-01-01 00:00:00"),
        ("move_line_ids.write_date", ">", "2026-01-01 00:00:00"),
    ]
    assert model.scanned_tables("stock.move", domain) == [
        "stock.move",
        "stock.picking",
        "res.partner",
        "stock.move.line",
    ]
    seconds = model.price("stock.move", "search_count", [domain], {}, 0, sizes.get)
    assert seconds == pytest.approx(100 + 10 + 5 + 50)
    # Indexed conditions (ids, many2one ids) scan nothing.
    assert model.price("stock.move", "search_count", [[("id", ">", 5)]], {}, 0, sizes.get) == 0


def test_the_scan_is_charged_over_http():
    calibration = Calibration(request=0.0, auth=0.0, scanned_row=1e-4)
    sim = OdooSim(seed="demo", test_mode=True, cost=CostModel(calibration)).start()
    try:
        moves = len(sim.execute("stock.move", "search", []))
        client = connect(sim, sim.device.login, sim.device.api_key)
        sim.control({"action": "cost", "reset": True})
        domain = [("write_date", ">", "2000-01-01 00:00:00")]
        client.execute_kw("stock.move", "search_read", [domain], {"fields": ["id"], "limit": 1})
        spent = sim.control({"action": "cost"})
        assert spent["server_seconds"] >= moves * 1e-4
    finally:
        sim.stop()


def test_a_proxy_answers_429_with_retry_after(sim: OdooSim):
    sim.control({"action": "inject", "kind": "http_429", "retry_after": 30})
    request = urllib.request.Request(
        sim.url + "/jsonrpc",
        data=b'{"jsonrpc":"2.0","method":"call","params":{"service":"common","method":"version"}}',
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code == 429
    assert caught.value.headers["Retry-After"] == "30"
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200
