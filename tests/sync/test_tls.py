"""TLS: verified by default; a private CA is trusted only when IT names it (odoo.ca_bundle)."""

from __future__ import annotations

import http.server
import json
import shutil
import threading

import pytest

from storeapp.sync import errors
from storeapp.sync.gateway import GatewaySettings, OdooGateway
from tests.sync.tls_helpers import make_certificates

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl tool")


class _VersionHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        body = json.dumps(
            {"jsonrpc": "2.0", "id": 1, "result": {"server_version": "17.0"}}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        return


@pytest.fixture
def https_server(tmp_path):
    """An HTTPS server whose certificate is signed by a private CA made for the test."""

    certificates = make_certificates(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _VersionHandler)
    server.socket = certificates.server_context().wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{server.server_address[1]}", certificates.ca
    server.shutdown()
    server.server_close()


def test_unknown_certificate_is_refused(https_server):
    url, _ca = https_server
    gw = OdooGateway(GatewaySettings(url=url, database="db", login="device"), secret="k")
    try:
        with pytest.raises(errors.TlsError, match="ca_bundle"):
            gw.probe()
    finally:
        gw.close()


def test_private_ca_is_trusted_when_named(https_server):
    url, ca = https_server
    settings = GatewaySettings(url=url, database="db", login="device", ca_bundle=str(ca))
    gw = OdooGateway(settings, secret="k")
    try:
        assert gw.probe() >= 0
        assert gw.probe() >= 0
    finally:
        gw.close()
