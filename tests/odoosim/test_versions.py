"""odoosim's Odoo 17, 18 and 19 personalities, over real HTTP.

What each test expects is what the reference says the version does: §2 (17 and 18 from Odoo's
source) and §8 with the 19 wire transcript (a real Odoo 19.0 server).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import odoorpc
import pytest

from odoosim import OdooSim
from odoosim.__main__ import parse_args
from tests.odoosim.conftest import connect


@pytest.fixture(scope="module", params=["17.0", "18.0", "19.0"])
def versioned(request):
    sim = OdooSim(seed="demo", test_mode=True, version=request.param).start()
    yield sim
    sim.stop()


@pytest.fixture
def sim19():
    sim = OdooSim(seed="demo", test_mode=True, version="19.0").start()
    yield sim
    sim.stop()


def json2(sim, model, method, body, *, key=None, headers=None, http_method="POST"):
    """One JSON-2 request: (status, content type, decoded body)."""
    all_headers = {
        "Content-Type": "application/json",
        "Authorization": f"bearer {key or sim.device.api_key}",
        "X-Odoo-Database": sim.db_name,
    }
    all_headers.update(headers or {})
    all_headers = {k: v for k, v in all_headers.items() if v is not None}
    data = json.dumps(body).encode() if http_method == "POST" else None
    request = urllib.request.Request(
        f"{sim.url}/json/2/{model}/{method}", data=data, headers=all_headers, method=http_method
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            raw, status, ctype = answer.read(), answer.status, answer.headers["Content-Type"]
    except urllib.error.HTTPError as exc:
        raw, status, ctype = exc.read(), exc.code, exc.headers["Content-Type"]
    try:
        return status, ctype, json.loads(raw)
    except ValueError:
        return status, ctype, raw.decode()


def test_version_info_and_cli_flag(versioned):
    client = odoorpc.ODOO("127.0.0.1", port=versioned.port, timeout=10)
    assert client.version == versioned.version
    major = int(versioned.version.split(".")[0])
    assert versioned.personality.version_info["server_version_info"][0] == major
    assert parse_args(["--odoo-version", "19.0"]).odoo_version == "19.0"
    assert parse_args([]).odoo_version == "17.0"


def test_fields_each_version_has(versioned):
    device = connect(versioned, versioned.device.login, versioned.device.api_key)
    major = int(versioned.version.split(".")[0])
    location = device.execute_kw("stock.location", "fields_get", [], {"attributes": ["type"]})
    assert ("scrap_location" in location) == (major < 19)
    assert ("return_location" in location) == (major == 17)
    move = device.execute_kw("stock.move", "fields_get", [], {"attributes": ["type"]})
    assert ("name" in move) == (major < 19)
    assert "reference" in move
    product = device.execute_kw("product.product", "fields_get", [], {"attributes": ["type"]})
    assert ("is_storable" in product) == (major >= 18)
    rows = device.execute_kw(
        "product.product", "search_read", [[]], {"fields": ["type"], "limit": 50}
    )
    types = {r["type"] for r in rows}
    assert ("product" in types) == (major == 17)


def test_19_refuses_removed_fields_and_models(sim19):
    device = connect(sim19, sim19.device.login, sim19.device.api_key)
    with pytest.raises(odoorpc.error.RPCError) as exc:
        device.execute_kw("stock.move", "search_read", [[["name", "=like", "x%"]]], {})
    assert exc.value.info["data"]["name"] == "builtins.ValueError"
    assert "Invalid field stock.move.name in condition" in exc.value.info["data"]["message"]
    with pytest.raises(odoorpc.error.RPCError) as exc:
        device.execute_kw("stock.location", "search_read", [[]], {"fields": ["scrap_location"]})
    assert "Invalid field 'scrap_location' on 'stock.location'" in str(exc.value)
    with pytest.raises(odoorpc.error.RPCError):
        device.execute_kw("product.packaging", "search_read", [[]], {"fields": ["name"]})
    assert device.execute_kw("stock.package", "search_count", [[]], {}) >= 0
    uid = sim19.device.uid
    [user] = device.execute_kw("res.users", "read", [[uid], ["group_ids"]], {})
    assert user["group_ids"]


def test_19_json2_answers_and_statuses(sim19):
    status, ctype, body = json2(sim19, "res.users", "context_get", {})
    assert status == 200 and ctype.startswith("application/json")
    assert body["uid"] == sim19.device.uid
    status, _, rows = json2(
        sim19, "stock.location", "search_read", {"domain": [], "fields": ["name"], "limit": 2}
    )
    assert status == 200 and len(rows) == 2
    assert json2(sim19, "res.partner", "search_read", {}, key="wrong")[0] == 401
    status, _, body = json2(
        sim19, "res.partner", "search_read", {}, headers={"Authorization": None}
    )
    assert status == 401 and body["name"] == "werkzeug.exceptions.Unauthorized"
    status, ctype, _ = json2(
        sim19, "res.partner", "search_read", {}, headers={"X-Odoo-Database": "nosuchdb"}
    )
    assert status == 404 and ctype.startswith("text/html")
    assert json2(sim19, "res.partner", "search_read", {}, http_method="GET")[0] == 404
    assert json2(sim19, "no.such.model", "search_read", {})[0] == 404
    assert json2(sim19, "res.partner", "no_such_method", {})[0] == 404
    assert json2(sim19, "res.partner", "_read", {})[0] == 403
    status, _, body = json2(sim19, "res.partner", "search", {"ids": [1], "domain": []})
    assert status == 422 and "with ids" in body["message"]
    status, _, body = json2(sim19, "res.partner", "search_read", {"fields": ["no_such_field"]})
    assert status == 500 and body["name"] == "builtins.ValueError"
    status, _, body = json2(sim19, "res.partner", "search_read", {"bogus_kwarg": 1})
    assert status == 500 and body["name"] == "builtins.TypeError"
    assert sim19.json2_calls > 0


def test_19_json2_call_is_one_transaction(sim19):
    admin = sim19.set_api_key("admin")
    status, _, body = json2(
        sim19,
        "res.partner",
        "create",
        {"vals_list": [{"name": "J2 txn A"}, {"name": "J2 txn B", "parent_id": 999999}]},
        key=admin,
    )
    assert status != 200
    count = json2(
        sim19, "res.partner", "search_count", {"domain": [["name", "=", "J2 txn A"]]}, key=admin
    )
    assert count[2] == 0
    status, _, ids = json2(
        sim19, "res.partner", "create", {"vals_list": [{"name": "J2 ok"}]}, key=admin
    )
    assert status == 200 and isinstance(ids, list) and len(ids) == 1


def test_19_jsonrpc_still_works_but_is_counted_and_logged(sim19, caplog):
    before = sim19.jsonrpc_calls
    with caplog.at_level("WARNING"):
        device = connect(sim19, sim19.device.login, sim19.device.api_key)
        device.execute_kw("res.partner", "search_count", [[]], {})
    assert sim19.jsonrpc_calls > before
    assert any("scheduled for removal" in r.getMessage() for r in caplog.records)


def test_17_does_not_serve_json2_and_logs_nothing(sim, caplog):
    assert json2(sim, "res.users", "context_get", {})[0] == 404
    with caplog.at_level("WARNING"):
        device = connect(sim, sim.device.login, sim.device.api_key)
        device.execute_kw("res.partner", "search_count", [[]], {})
    assert not any("scheduled for removal" in r.getMessage() for r in caplog.records)


def _done_delivery(sim):
    return next(d for d in sim.facts.past_deliveries if not d.get("partly_returned"))


def test_return_wizard_by_version(versioned):
    device = connect(versioned, versioned.device.login, versioned.device.api_key)
    major = int(versioned.version.split(".")[0])
    delivery = _done_delivery(versioned)
    wid = device.execute_kw(
        "stock.return.picking", "create", [{"picking_id": delivery["picking_id"]}]
    )
    lines = device.execute_kw(
        "stock.return.picking.line",
        "search_read",
        [[["wizard_id", "=", wid]]],
        {"fields": ["quantity"]},
    )
    assert lines
    prefilled = any(line["quantity"] > 0 for line in lines)
    assert prefilled == (major == 17)
    gone, kept = (
        ("action_create_returns", "create_returns")
        if major == 17
        else ("create_returns", "action_create_returns")
    )
    with pytest.raises(odoorpc.error.RPCError) as exc:
        device.execute_kw("stock.return.picking", gone, [[wid]], {})
    assert exc.value.info["data"]["name"] == "builtins.AttributeError"
    if major > 17:
        for line in lines:
            device.execute_kw("stock.return.picking.line", "write", [[line["id"]], {"quantity": 1}])
    action = device.execute_kw("stock.return.picking", kept, [[wid]], {})
    assert action["res_model"] == "stock.picking" and isinstance(action["res_id"], int)


def test_revalidating_a_done_picking(versioned):
    device = connect(versioned, versioned.device.login, versioned.device.api_key)
    major = int(versioned.version.split(".")[0])
    delivery = _done_delivery(versioned)
    if major == 17:
        with pytest.raises(odoorpc.error.RPCError):
            device.execute_kw("stock.picking", "button_validate", [[delivery["picking_id"]]], {})
    else:
        assert device.execute_kw("stock.picking", "button_validate", [[delivery["picking_id"]]], {})


def test_19_api_key_expires(sim19):
    expiry = sim19.key_expiry(sim19.device.login)
    assert expiry  # 19 caps a stock user's key (90 days)
    assert json2(sim19, "res.users", "context_get", {})[0] == 200
    sim19.set_key_expiry(sim19.device.login, days=-1)
    assert json2(sim19, "res.users", "context_get", {})[0] == 401
    with pytest.raises(odoorpc.error.RPCError):
        connect(sim19, sim19.device.login, sim19.device.api_key)
