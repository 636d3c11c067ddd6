"""TLS against local HTTPS servers with `trustme` certificates.

A self-signed certificate, a certificate for another host name and an expired one are refused
(TlsError, nothing sent), even with IT's private CA configured; a certificate from that private
CA, configured with odoo.ca_bundle, is accepted. tests/sync/test_tls.py covers the unknown CA
with openssl; this adds the three ways a certificate is wrong.
"""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
import trustme

from storeapp.sync import errors
from storeapp.sync.gateway import GatewaySettings, OdooGateway
from tests.sync.test_tls import _VersionHandler

NOW = datetime.now(UTC)


class _Counting(_VersionHandler):
    requests = 0

    def do_POST(self):  # http.server API
        type(self).requests += 1
        super().do_POST()


@contextmanager
def https(cert_pem: bytes, key_pem: bytes, tmp_path) -> Iterator[str]:
    (tmp_path / "server.pem").write_bytes(cert_pem)
    (tmp_path / "server.key").write_bytes(key_pem)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "server.pem", tmp_path / "server.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@pytest.fixture
def company_ca(tmp_path):
    """IT's private CA, configured on the PC as odoo.ca_bundle."""
    ca = trustme.CA(organization_name="Maison Durand IT")
    path = tmp_path / "company-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return ca, path


def _leaf(ca: trustme.CA, *names: str, **kw) -> tuple[bytes, bytes]:
    cert = ca.issue_cert(*names, **kw)
    chain = b"".join(blob.bytes() for blob in cert.cert_chain_pems)
    return chain, cert.private_key_pem.bytes()


def _probe(url: str, ca_bundle) -> int:
    gw = OdooGateway(
        GatewaySettings(url=url, database="db", login="device", ca_bundle=ca_bundle), secret="k"
    )
    try:
        return gw.probe()
    finally:
        gw.close()


def _cases(ca: trustme.CA) -> dict[str, tuple[tuple[bytes, bytes], str]]:
    """name -> (server certificate and key, what SSL says is wrong)."""
    stranger = trustme.CA(organization_name="Nobody")
    return {
        "self-signed": (
            (stranger.cert_pem.bytes(), stranger.private_key_pem.bytes()),
            "self-signed",
        ),
        "wrong host": (_leaf(ca, "odoo.other-company.example"), "mismatch"),
        "expired": (
            _leaf(
                ca,
                "127.0.0.1",
                not_before=NOW - timedelta(days=30),
                not_after=NOW - timedelta(days=1),
            ),
            "expired",
        ),
    }


def test_bad_certificates_are_refused_and_the_private_ca_accepted(tmp_path, company_ca, record):
    ca, bundle = company_ca
    refused = 0
    for name, ((cert, key), why) in _cases(ca).items():
        for ca_bundle in (None, str(bundle)):  # system trust, then with IT's CA too
            _Counting.requests = 0
            with https(cert, key, tmp_path) as url:
                with pytest.raises(errors.TlsError) as caught:
                    _probe(url, ca_bundle)
            error = caught.value
            assert "certificate could not be verified" in str(error), (name, str(error))
            if ca_bundle is None:  # an unknown authority: IT's fix is the CA bundle
                assert "odoo.ca_bundle" in str(error)
            detail = (error.detail or "").lower()
            # Without IT's CA the chain already fails; with it, SSL names the real fault.
            expected = why if ca_bundle else "certificate verify failed"
            assert expected in detail, (name, ca_bundle, error.detail)
            assert _Counting.requests == 0, f"{name}: a request went out"
            refused += 1
    with https(*_leaf(ca, "127.0.0.1", "localhost"), tmp_path) as url:
        with pytest.raises(errors.TlsError):
            _probe(url, None)  # the company's CA is not trusted unless IT names it
        assert _probe(url, str(bundle)) >= 0
        assert _probe(url, str(bundle)) >= 0
    record(
        refused + 2,
        0,
        f"self-signed, wrong host, expired refused ({refused}/6, 0 requests sent); "
        "private CA accepted only when configured",
        test="TLS (trustme)",
    )


def test_expired_and_wrong_host_messages_name_the_reason(tmp_path, company_ca):
    ca, bundle = company_ca
    cases = _cases(ca)
    for name, words in (("expired", ("expired",)), ("wrong host", ("host", "name"))):
        (cert, key), _why = cases[name]
        with https(cert, key, tmp_path) as url:
            with pytest.raises(errors.TlsError) as caught:
                _probe(url, str(bundle))
        assert all(w in str(caught.value).lower() for w in words), str(caught.value)
