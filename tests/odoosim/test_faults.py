"""Each fault kind, seen through a real odoorpc call: what the client gets, what Odoo kept."""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.request

import odoorpc
import pytest
from odoorpc.error import RPCError

from odoosim import OdooSim
from tests.odoosim.conftest import connect

NETWORK_ERRORS = (
    urllib.error.URLError,
    ConnectionError,
    http.client.HTTPException,
    OSError,
    ValueError,
)


def cancel_target(sim):
    return sim.facts.click_collect_orders["to_pick"][0]["picking_id"]


def picking_state(sim, pid):
    return sim.execute("stock.picking", "read", [pid], ["state"])[0]["state"]


def _within(seconds: float, condition) -> bool:
    """True as soon as `condition()` holds, False when `seconds` pass without it."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_drop_before_runs_nothing(sim, device):
    pid = cancel_target(sim)
    sim.faults.inject("drop_before", model="stock.picking", method="action_cancel")
    with pytest.raises(NETWORK_ERRORS):
        device.env["stock.picking"].browse(pid).action_cancel()
    assert picking_state(sim, pid) == "assigned"
    assert device.env["stock.picking"].browse(pid).action_cancel() is True
    assert picking_state(sim, pid) == "cancel"


def test_drop_after_commit_keeps_the_effect(sim, device):
    pid = sim.facts.click_collect_orders["ready"][0]["picking_id"]
    sim.faults.inject("drop_after_commit", model="stock.picking", method="button_validate")
    with pytest.raises(NETWORK_ERRORS):
        device.env["stock.picking"].browse(pid).with_context(skip_sms=True).button_validate()
    assert picking_state(sim, pid) == "done"
    assert [e.res_id for e in sim.ledger.entries("picking.validated")] == [pid]
    assert "button_validate" in sim.ledger.entries("picking.validated")[0].rpc


def test_delay_past_client_timeout(sim, device):
    pid = cancel_target(sim)
    sim.faults.inject("delay", model="stock.picking", method="action_cancel", delay=1.0)
    device.config["timeout"] = 0.3
    started = time.monotonic()
    with pytest.raises(NETWORK_ERRORS):
        device.env["stock.picking"].browse(pid).action_cancel()
    assert time.monotonic() - started < 0.9
    deadline = time.monotonic() + 5
    while picking_state(sim, pid) != "cancel" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert picking_state(sim, pid) == "cancel"
    device.config["timeout"] = 10


def test_wait_idle_returns_once_a_held_request_has_run(sim, device):
    """A client that gave up on a held call: `wait_idle` returns when Odoo has run it (the
    effect is committed), and says False while the call is still held."""
    pid = cancel_target(sim)
    sim.faults.inject("delay", model="stock.picking", method="action_cancel", delay=1.0)
    device.config["timeout"] = 0.3
    with pytest.raises(NETWORK_ERRORS):
        device.env["stock.picking"].browse(pid).action_cancel()
    device.config["timeout"] = 10
    assert _within(5, lambda: sim.faults.history)  # the server took the call and holds it
    assert sim.wait_idle(timeout=0.05) is False  # still held: nothing ran yet
    assert picking_state(sim, pid) == "assigned"
    assert sim.wait_idle(timeout=10) is True
    assert picking_state(sim, pid) == "cancel"


def test_delay_within_timeout_just_slows(sim, device):
    sim.faults.inject("delay", model="res.partner", method="search_count", delay=0.3)
    started = time.monotonic()
    assert device.env["res.partner"].search_count([]) > 0
    assert time.monotonic() - started >= 0.3


@pytest.mark.parametrize("kind,status", [("http_502", 502), ("http_503", 503)])
def test_gateway_errors(sim, device, kind, status):
    pid = cancel_target(sim)
    sim.faults.inject(kind, model="stock.picking")
    with pytest.raises(urllib.error.HTTPError) as caught:
        device.env["stock.picking"].browse(pid).action_cancel()
    assert caught.value.code == status
    assert picking_state(sim, pid) == "assigned"


def test_reset_mid_body_after_commit(sim, device):
    pid = cancel_target(sim)
    sim.faults.inject("reset_mid_body", model="stock.picking", method="action_cancel")
    with pytest.raises(NETWORK_ERRORS):
        device.env["stock.picking"].browse(pid).action_cancel()
    assert picking_state(sim, pid) == "cancel"


def test_raise_given_error_rolls_back(sim, device):
    pid = cancel_target(sim)
    sim.faults.inject(
        "raise",
        model="stock.picking",
        method="action_cancel",
        error=("odoo.exceptions.UserError", "Planned failure"),
    )
    with pytest.raises(RPCError) as caught:
        device.env["stock.picking"].browse(pid).action_cancel()
    assert caught.value.info["data"]["name"] == "odoo.exceptions.UserError"
    assert str(caught.value) == "Planned failure"
    assert picking_state(sim, pid) == "assigned"


def test_skip_and_times_select_calls(sim, device):
    partners = device.env["res.partner"]
    sim.faults.inject("http_503", model="res.partner", method="search_count", skip=1, times=2)
    assert partners.search_count([]) > 0
    for _ in range(2):
        with pytest.raises(urllib.error.HTTPError):
            partners.search_count([])
    assert partners.search_count([]) > 0
    sim.faults.inject("http_503", times=0)
    with pytest.raises(urllib.error.HTTPError):
        partners.search_count([])
    sim.faults.clear()
    assert partners.search_count([]) > 0


def test_down_and_up_on_same_port(sim, device):
    port = sim.port
    sim.down()
    with pytest.raises(urllib.error.URLError):
        device.env["res.partner"].search_count([])
    sim.up()
    assert sim.port == port
    assert device.env["res.partner"].search_count([]) > 0


def test_revoke_and_set_api_key(sim, device):
    sim.revoke_api_key(sim.device.login)
    with pytest.raises(RPCError) as caught:
        device.env["res.partner"].search_count([])
    assert caught.value.info["data"]["name"] == "odoo.exceptions.AccessDenied"
    client = odoorpc.ODOO("127.0.0.1", port=sim.port)
    with pytest.raises(RPCError):
        client.login(sim.db_name, sim.device.login, sim.facts.device["api_key"])
    key = sim.set_api_key(sim.device.login)
    assert sim.device.api_key == key
    assert connect(sim, sim.device.login, key).env["res.partner"].search_count([]) > 0


def test_random_faults_repeat_from_a_seed():
    outcomes = []
    for _ in range(2):
        sim = OdooSim(seed="demo").start()
        try:
            client = connect(sim, "admin", "admin")
            sim.faults.random(seed=42, rate=0.5, kinds=["http_502", "http_503"])
            run = []
            for _ in range(12):
                try:
                    client.env["res.partner"].search_count([])
                    run.append("ok")
                except urllib.error.HTTPError as exc:
                    run.append(exc.code)
            outcomes.append(run)
        finally:
            sim.stop()
    assert outcomes[0] == outcomes[1]
    assert "ok" in outcomes[0] and any(o != "ok" for o in outcomes[0])


def control(sim, body):
    request = urllib.request.Request(
        sim.url + "/odoosim/control",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_control_endpoint_drives_faults_from_another_process(sim, device):
    pid = cancel_target(sim)
    assert control(
        sim,
        {
            "action": "inject",
            "kind": "raise",
            "model": "stock.picking",
            "error": ["odoo.exceptions.ValidationError", "from control"],
        },
    )
    with pytest.raises(RPCError) as caught:
        device.env["stock.picking"].browse(pid).action_cancel()
    assert caught.value.info["data"]["name"] == "odoo.exceptions.ValidationError"
    assert control(
        sim,
        {"action": "execute", "model": "stock.picking", "method": "action_cancel", "args": [[pid]]},
    ) == {"result": {"result": True}}
    entries = control(sim, {"action": "ledger", "kind": "quant.changed"})["result"]
    assert isinstance(entries, list)
    assert control(sim, {"action": "facts"})["result"]["device"]["login"] == sim.device.login
    control(sim, {"action": "down", "seconds": 1.0})

    def answers() -> bool:
        try:
            return device.env["res.partner"].search_count([]) > 0
        except NETWORK_ERRORS:  # refused, reset, or cut mid-answer: either way, down
            return False

    # It goes down just after answering, and comes back by itself: wait on each, not on a
    # fixed time.
    assert _within(5, lambda: not answers()), "the server never went down"
    assert _within(5, answers), "the server did not come back"


def test_control_endpoint_absent_outside_test_mode():
    sim = OdooSim(seed="demo", test_mode=False).start()
    try:
        with pytest.raises(urllib.error.HTTPError) as caught:
            control(sim, {"action": "clear"})
        assert caught.value.code == 404
    finally:
        sim.stop()


def test_keep_alive_connections_are_reused_and_cut_when_down():
    sim = OdooSim(seed="demo", keep_alive=True).start()
    connection = http.client.HTTPConnection("127.0.0.1", sim.port, timeout=5)
    body = json.dumps({"jsonrpc": "2.0", "method": "call", "params": {}, "id": 1})
    for _ in range(2):
        connection.request(
            "POST", "/web/webclient/version_info", body, {"Content-Type": "application/json"}
        )
        response = connection.getresponse()
        assert (
            response.status == 200
            and json.loads(response.read())["result"]["server_version"] == "17.0"
        )
    sim.down()
    with pytest.raises((ConnectionError, http.client.HTTPException, OSError)):
        connection.request(
            "POST", "/web/webclient/version_info", body, {"Content-Type": "application/json"}
        )
        connection.getresponse().read()
    sim.up()
    sim.stop()
