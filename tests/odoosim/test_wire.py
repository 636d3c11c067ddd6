"""Wire protocol: what odoorpc and raw JSON-RPC clients see, compared with Odoo 17."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import odoorpc
import pytest
from odoorpc.error import RPCError

from tests.odoosim.conftest import connect


def post(sim, path, params):
    body = json.dumps({"jsonrpc": "2.0", "method": "call", "params": params, "id": 7}).encode()
    request = urllib.request.Request(
        sim.url + path, data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.loads(response.read())


def test_version_info_matches_odoo_17(shared_sim):
    status, payload = post(shared_sim, "/web/webclient/version_info", {})
    assert status == 200
    assert payload["result"] == {
        "server_version": "17.0",
        "server_version_info": [17, 0, 0, "final", 0, ""],
        "server_serie": "17.0",
        "protocol_version": 1,
    }
    assert payload["id"] == 7


def test_login_with_password_and_api_key(shared_sim):
    client = connect(shared_sim, shared_sim.device.login, shared_sim.device.password)
    assert client.env.uid == shared_sim.device.uid
    assert client.env.context["lang"] == "en_US"
    client = connect(shared_sim, shared_sim.device.login, shared_sim.device.api_key)
    assert client.env.user.name == "Store App Device"


@pytest.mark.parametrize("secret", ["wrong-password", "0" * 40])
def test_bad_password_or_api_key_is_refused_like_odoo(shared_sim, secret):
    client = odoorpc.ODOO("127.0.0.1", port=shared_sim.port)
    with pytest.raises(RPCError) as caught:
        client.login(shared_sim.db_name, shared_sim.device.login, secret)
    assert str(caught.value) == "Wrong login ID or password"
    status, payload = post(
        shared_sim,
        "/jsonrpc",
        {
            "service": "common",
            "method": "login",
            "args": [shared_sim.db_name, "storeapp-device", secret],
        },
    )
    assert payload["result"] is False


def test_object_call_rechecks_credentials_every_time(shared_sim):
    args = [shared_sim.db_name, shared_sim.device.uid, "nope", "res.partner", "search", [[]]]
    _status, payload = post(
        shared_sim, "/jsonrpc", {"service": "object", "method": "execute_kw", "args": args}
    )
    error = payload["error"]
    assert error["code"] == 200 and error["message"] == "Odoo Server Error"
    assert error["data"]["name"] == "odoo.exceptions.AccessDenied"
    assert error["data"]["message"] == "Access Denied"
    assert error["data"]["arguments"] == ["Access Denied"]
    assert error["data"]["context"] == {}
    assert "debug" in error["data"]
    assert "result" not in payload


def test_unknown_path_is_http_404(shared_sim):
    with pytest.raises(urllib.error.HTTPError) as caught:
        post(shared_sim, "/web/dataset/nothing", {})
    assert caught.value.code == 404


def test_db_service(shared_sim):
    client = odoorpc.ODOO("127.0.0.1", port=shared_sim.port)
    assert client.db.list() == [shared_sim.db_name]
    _status, payload = post(
        shared_sim, "/jsonrpc", {"service": "db", "method": "drop", "args": ["x", "y"]}
    )
    assert payload["error"]["data"]["name"] == "odoo.exceptions.AccessDenied"
    _status, payload = post(
        shared_sim, "/jsonrpc", {"service": "db", "method": "server_version", "args": []}
    )
    assert payload["result"] == "17.0"


def test_session_authenticate(shared_sim):
    params = {"db": shared_sim.db_name, "login": "admin", "password": "admin"}
    _status, payload = post(shared_sim, "/web/session/authenticate", params)
    assert payload["result"]["uid"] == shared_sim.facts.admin["uid"]
    params["password"] = "bad"
    _status, payload = post(shared_sim, "/web/session/authenticate", params)
    assert payload["error"]["data"]["name"] == "odoo.exceptions.AccessDenied"


def test_wrong_database_name(shared_sim):
    """A real Odoo 17 answers a wrong database name with `psycopg2.OperationalError` and
    PostgreSQL's connection message (reference §7, "Wrong database name"), on every way in:
    `common.login`, `/web/session/authenticate` (odoorpc's login) and `object.execute_kw`."""
    calls = [
        ("/jsonrpc", {"service": "common", "method": "login", "args": ["nodb", "admin", "admin"]}),
        ("/web/session/authenticate", {"db": "nodb", "login": "admin", "password": "admin"}),
        (
            "/jsonrpc",
            {
                "service": "object",
                "method": "execute_kw",
                "args": ["nodb", 2, "admin", "res.partner", "search", [[]]],
            },
        ),
    ]
    for path, params in calls:
        _status, payload = post(shared_sim, path, params)
        data = payload["error"]["data"]
        assert data["name"] == "psycopg2.OperationalError", path
        assert data["message"].startswith("connection to server"), path
        assert 'database "nodb" does not exist' in data["message"], path


def test_error_names_for_private_unknown_and_invalid(shared_sim):
    client = connect(shared_sim, "admin", "admin")
    picking = client.env["stock.picking"]
    cases = [
        (
            lambda: client.execute_kw("stock.picking", "_action_done", [[1]]),
            "odoo.exceptions.AccessError",
            "Private methods (such as _action_done) cannot be called remotely.",
        ),
        (
            lambda: client.execute_kw("stock.picking", "no_such", [[1]]),
            "builtins.AttributeError",
            "The method 'no_such' does not exist on the model 'stock.picking'",
        ),
        (
            lambda: client.execute_kw("no.such.model", "search", [[]]),
            "odoo.exceptions.UserError",
            "Object no.such.model doesn't exist",
        ),
        (
            lambda: picking.read([1], ["x"]),
            "builtins.ValueError",
            "Invalid field 'x' on model 'stock.picking'",
        ),
        (
            lambda: picking.search([("x", "=", 1)]),
            "builtins.ValueError",
            "Invalid field stock.picking.x in leaf ('x', '=', 1)",
        ),
        (
            lambda: picking.write([999999], {"note": "x"}),
            "odoo.exceptions.MissingError",
            "Record does not exist or has been deleted.\n(Record: stock.picking(999999,), User: 2)",
        ),
    ]
    for call, name, message in cases:
        with pytest.raises(RPCError) as caught:
            call()
        assert caught.value.info["data"]["name"] == name
        assert str(caught.value) == message


def test_result_absent_when_method_returns_none(sim):
    picking_id = sim.facts.click_collect_orders["to_pick"][0]["picking_id"]
    args = [sim.db_name, 2, "admin", "stock.picking", "do_unreserve", [[picking_id]], {}]
    _status, payload = post(
        sim, "/jsonrpc", {"service": "object", "method": "execute_kw", "args": args}
    )
    assert "result" not in payload and "error" not in payload
    client = connect(sim, "admin", "admin")
    assert client.env["stock.picking"].browse(picking_id).action_assign() is True
    assert client.env["stock.picking"].browse(picking_id).do_unreserve() is None


def test_acl_refusal_has_odoo_text(shared_sim):
    clerk = connect(shared_sim, "clerk", "clerk")
    with pytest.raises(RPCError) as caught:
        clerk.env["res.company"].write([1], {"name": "x"})
    assert str(caught.value) == (
        "You are not allowed to modify 'Companies' (res.company) records.\n\nThis operation is "
        "allowed for the following groups:\n\t- Administration/Access Rights\n\nContact your "
        "administrator to request access if necessary."
    )
    assert caught.value.info["data"]["name"] == "odoo.exceptions.AccessError"
    with pytest.raises(RPCError) as caught:
        clerk.env["stock.picking"].search([])
    assert "You are not allowed to access 'Transfer' (stock.picking) records." in str(caught.value)
    assert "\t- Inventory/User" in str(caught.value)


def test_employee_private_fields_need_hr_officer(shared_sim):
    stock_user = connect(shared_sim, "stockuser", "stockuser")
    employees = stock_user.env["hr.employee"]
    assert employees.search_read([], ["name"], limit=1)
    with pytest.raises(RPCError) as caught:
        employees.search_read([], ["name", "barcode", "pin"], limit=1)
    assert caught.value.info["data"]["name"] == "odoo.exceptions.AccessError"
    assert (
        'You do not have enough rights to access the fields "barcode,pin" on Employee (hr.employee)'
        in str(caught.value)
    )
    assert "barcode" not in employees.fields_get()
    public = stock_user.env["hr.employee.public"].search_read([], ["name", "department_id"])
    assert len(public) == len(shared_sim.facts.employees)
    device = connect(shared_sim, shared_sim.device.login, shared_sim.device.api_key)
    rows = device.env["hr.employee"].search_read([], ["name", "barcode", "pin", "category_ids"])
    managers = [r for r in rows if r["category_ids"]]
    assert len(managers) == 2
    assert {r["barcode"] for r in rows} == {e["badge"] for e in shared_sim.facts.employees}


def test_authentication_cost_is_paid_once_per_credential():
    from odoosim import OdooSim

    sim = OdooSim(seed="demo", auth_cost=0.2).start()
    try:
        started = time.monotonic()
        client = connect(sim, "admin", "admin")  # login + context_get: two checks
        assert time.monotonic() - started >= 0.4
        started = time.monotonic()
        client.env["res.partner"].search_count([])
        assert time.monotonic() - started < 0.15
    finally:
        sim.stop()
