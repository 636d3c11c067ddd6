"""The gateway over real HTTP: typed results, typed errors, versions, timeouts, credentials."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
import urllib.request

import keyring
import pytest
from keyring.backends import fail

from storeapp.sync import errors
from storeapp.sync.credentials import CredentialStore
from storeapp.sync.gateway import OdooGateway, check_version
from storeapp.sync.transport import KeepAliveOpener
from tests.sync.conftest import gateway_settings


def test_connect_reads_version_and_user(sim, gateway):
    session = gateway.connect()
    assert session.uid == sim.device.uid
    assert session.version.major == 17
    assert gateway.version.return_wizard_method == "create_returns"
    rows = gateway.search_read("stock.warehouse", [], ["code"], order="id asc")
    assert [r["code"] for r in rows] == [s["code"] for s in sim.facts["stores"]]


def test_async_call_does_not_need_the_caller_thread(gateway):
    async def main():
        return await gateway.call("stock.warehouse", "search_count", [])

    assert asyncio.run(main()) == 2
    assert any(name.startswith("erp") for name in (t.name for t in threading.enumerate()))


@pytest.mark.parametrize(
    ("text", "major"),
    [
        ("17.0", 17),
        ("17.0-20240709", 17),
        ("saas~17.4", 17),
        ("18.0+e-20250520", 18),
        ("19.0+e-20251227", 19),
    ],
)
def test_supported_versions(text, major):
    assert check_version(text).major == major


@pytest.mark.parametrize("text", ["16.0", "20.0", "", None])
def test_unsupported_versions_are_refused_in_words(text):
    with pytest.raises(errors.UnsupportedServer) as info:
        check_version(text)
    assert "Odoo" in str(info.value) and (
        "17, 18 and 19" in str(info.value) or "address" in str(info.value)
    )


def test_version_differences_live_in_one_place():
    v17, v18 = check_version("17.0"), check_version("18.0")
    assert (v17.return_wizard_method, v18.return_wizard_method) == (
        "create_returns",
        "action_create_returns",
    )
    assert v17.revalidating_done_raises and not v18.revalidating_done_raises
    assert v17.is_storable({"type": "product"}) and not v17.is_storable({"type": "consu"})
    assert v18.is_storable({"type": "consu", "is_storable": True})


def test_business_errors_are_typed(sim, gateway):
    with pytest.raises(errors.NotFound):
        gateway.write("stock.picking", [999999], {"origin": "x"})
    with pytest.raises(errors.ProgramError, match="Invalid field"):
        gateway.read("stock.picking", [1], ["no_such_field"])
    with pytest.raises(errors.UserError, match="doesn't exist"):
        gateway.search_count("no.such.model", [])
    with pytest.raises(errors.AccessDenied) as info:
        gateway.write("res.company", [sim.facts["company_id"]], {"name": "x"})
    assert "rights" in str(info.value)
    sim.faults.inject(
        "raise",
        model="stock.picking",
        method="write",
        error=("odoo.exceptions.ValidationError", "The operation cannot be completed: duplicate"),
    )
    with pytest.raises(errors.ValidationError):
        gateway.write("stock.picking", [1], {"origin": "y"})


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("drop_before", errors.Offline),
        ("drop_after_commit", errors.Offline),
        ("http_502", errors.ServerError),
        ("http_503", errors.ServerError),
        # Half an answer then a TCP reset: a cut-off body or a reset, depending on timing.
        ("reset_mid_body", (errors.ProtocolError, errors.Offline)),
    ],
)
def test_network_faults_are_transient(sim, gateway, kind, expected):
    gateway.connect()
    sim.faults.inject(kind, model="stock.picking", method="write")
    with pytest.raises(expected) as info:
        gateway.write("stock.picking", [1], {"origin": "first try"})
    assert info.value.transient
    assert gateway.write("stock.picking", [1], {"origin": "second try"})  # the next call works


def test_a_read_on_a_dropped_keep_alive_connection_is_sent_again(memory_keyring):
    from odoosim import OdooSim

    server = OdooSim(seed="demo", test_mode=True, keep_alive=True).start(port=0)
    gw = OdooGateway(gateway_settings(server), secret=server.device.api_key)
    try:
        gw.connect()
        opened = gw.stats.connections_opened
        assert opened == 1  # the sign-in requests shared one connection
        server.faults.inject("drop_before", model="stock.picking", method="search_count")
        assert gw.search_count("stock.picking", []) > 0
        assert gw.stats.connections_opened == opened + 1
        server.faults.inject("drop_before", model="stock.picking", method="write")
        with pytest.raises(errors.Offline):  # a write is never sent twice by the transport
            gw.write("stock.picking", [1], {"origin": "x"})
    finally:
        gw.close()
        server.stop()


def test_timeout_is_per_call_type(sim, credentials):
    gw = OdooGateway(gateway_settings(sim, timeout_read=0.3), credentials)
    try:
        gw.connect()
        sim.faults.inject("delay", model="stock.picking", method="search_count", delay=0.8)
        with pytest.raises(errors.Timeout) as info:
            gw.search_count("stock.picking", [])
        assert info.value.in_flight  # Odoo is still running it: wait before looking again
        # A longer per-call timeout lets the same slow call through.
        sim.faults.inject("delay", model="stock.picking", method="search_count", delay=0.5)
        assert gw.execute("stock.picking", "search_count", [], timeout=3) > 0
    finally:
        gw.close()


def test_server_down_is_offline_and_probe_says_so(sim, gateway):
    gateway.connect()
    sim.down()
    with pytest.raises(errors.Offline) as info:
        gateway.search_count("stock.picking", [])
    assert "saved on this PC" in str(info.value)
    assert not info.value.in_flight  # refused at connect: nothing reached Odoo
    with pytest.raises(errors.Offline):
        gateway.probe()
    sim.up()
    assert gateway.probe() >= 0


def test_wrong_key_is_auth_failed(sim, memory_keyring):
    store = CredentialStore()
    store.set(sim.url, sim.db_name, sim.device.login, "not-the-key")
    gw = OdooGateway(gateway_settings(sim), store)
    try:
        with pytest.raises(errors.AuthFailed, match="API key"):
            gw.connect()
    finally:
        gw.close()


def test_missing_key_and_missing_keyring_say_what_to_do(sim, memory_keyring):
    gw = OdooGateway(gateway_settings(sim), CredentialStore())
    try:
        with pytest.raises(errors.CredentialsMissing, match="Setup"):
            gw.connect()
    finally:
        gw.close()
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(errors.CredentialsMissing, match="keyring"):
            CredentialStore().get(sim.url, sim.db_name, sim.device.login)
        with pytest.raises(errors.CredentialsMissing, match="Secret Service"):
            CredentialStore().set(sim.url, sim.db_name, sim.device.login, "k")
    finally:
        keyring.set_keyring(previous)


def test_bad_address_is_refused_before_any_request():
    with pytest.raises(errors.UnsupportedServer, match="web address"):
        OdooGateway(gateway_settings_for("ftp://erp.example.com"), secret="x")


def gateway_settings_for(url):
    from storeapp.sync.gateway import GatewaySettings

    return GatewaySettings(url=url, database="db", login="device")


# --------------------------------------------------------------------------- keep-alive


class _KeepAliveHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        body = json.dumps({"jsonrpc": "2.0", "id": 1, "result": len(self.rfile.read(length))})
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        if self.headers.get("X-Test-Close"):  # like a server whose keep-alive timeout expired
            self.close_connection = True

    def log_message(self, *args):
        return


@pytest.fixture
def keep_alive_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _KeepAliveHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _post(opener, url, *, then_close=False):
    request = urllib.request.Request(url + "/jsonrpc", data=b'{"x": 1}')
    request.add_header("Content-Type", "application/json")
    if then_close:
        request.add_header("X-Test-Close", "1")
    return json.loads(opener.open(request, timeout=5).read())


def _url(server):
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_keep_alive_reuses_one_connection(keep_alive_server):
    url = _url(keep_alive_server)
    opener = KeepAliveOpener(url)
    for _ in range(20):
        assert _post(opener, url)["result"] == 8
    assert opener.stats.connections_opened == 1
    assert opener.stats.requests == 20
    opener.close()


def test_keep_alive_resends_reads_but_never_writes_on_a_closed_connection(keep_alive_server):
    url = _url(keep_alive_server)
    opener = KeepAliveOpener(url)
    _post(opener, url, then_close=True)  # answered, then the server closes the connection
    opener.retry_safe = False
    with pytest.raises(ConnectionError):
        _post(opener, url)  # a write: whether it arrived is unknown, so it is not resent
    assert _post(opener, url)["result"] == 8  # the next request opens a new connection
    _post(opener, url, then_close=True)
    opener.retry_safe = True
    assert _post(opener, url)["result"] == 8  # a read is simply sent again
    assert opener.stats.connections_opened == 3 and opener.stats.requests == 4
    opener.close()
