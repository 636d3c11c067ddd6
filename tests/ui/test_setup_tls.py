"""Test connection speaks to Odoo the way the app will: through IT's private CA
(odoo.ca_bundle) and with the configured timeouts, from the one `GatewaySettings` factory."""

from __future__ import annotations

import ssl

import pytest
import trustme

from odoosim import OdooSim
from storeapp.config import load_config
from storeapp.sync.credentials import CredentialStore
from storeapp.sync.gateway import GatewaySettings
from storeapp.ui.device_keys import BadgeKey
from storeapp.ui.setup import probe
from storeapp.ui.setup.presenter import SetupPresenter
from tests.reliability.test_tls import _Counting, _leaf, https


@pytest.fixture
def company_ca(tmp_path) -> tuple[trustme.CA, str]:
    """IT's private CA, written where odoo.ca_bundle points."""
    ca = trustme.CA(organization_name="Maison Durand IT")
    path = tmp_path / "company-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return ca, str(path)


def _config(tmp_path, **odoo: str):
    env = {"STOREAPP_DATA_DIR": str(tmp_path / "data")}
    env.update({f"STOREAPP_ODOO_{key.upper()}": value for key, value in odoo.items()})
    return load_config(env)


def _test_connection(qloop, stores, executors, connection: GatewaySettings, url: str):
    _cache, journal = stores
    presenter = SetupPresenter(
        executors,
        CredentialStore(),
        journal,
        BadgeKey(journal.device_id),
        connection=connection,
    )
    return qloop.run_until_complete(presenter.test(url, "db", "device", "key"))


def test_test_connection_trusts_the_configured_private_ca(
    qloop, stores, executors, tmp_path, company_ca
):
    """The app accepts Odoo's certificate from IT's CA; Test connection must too, or IT is told
    the server is broken when it is not."""
    ca, bundle = company_ca
    cert, key = _leaf(ca, "127.0.0.1")
    with https(cert, key, tmp_path) as url:
        _Counting.requests = 0
        trusted = GatewaySettings.from_config(_config(tmp_path, ca_bundle=bundle))
        report = _test_connection(qloop, stores, executors, trusted, url)
        texts = " ".join(text for _level, text in report.findings)
        assert "certificate" not in texts.lower(), texts
        # The probe got through TLS and on to the sign-in (the test server is no Odoo).
        assert _Counting.requests >= 2

        _Counting.requests = 0
        untrusted = GatewaySettings.from_config(_config(tmp_path))
        report = _test_connection(qloop, stores, executors, untrusted, url)
        texts = " ".join(text for _level, text in report.findings)
        assert "certificate" in texts.lower(), texts
        assert _Counting.requests == 0


def test_one_factory_takes_timeouts_and_ca_from_the_configuration(tmp_path, company_ca):
    _ca, bundle = company_ca
    configured = GatewaySettings.from_config(
        _config(tmp_path, ca_bundle=bundle, timeout_seconds="45")
    )
    server = configured.for_server("https://odoo.example.com/", "prod", "store-7")
    assert (server.url, server.database, server.login) == (
        "https://odoo.example.com",
        "prod",
        "store-7",
    )
    assert server.ca_bundle == bundle
    assert (server.timeout_read, server.timeout_write, server.timeout_action) == (45, 90, 180)


@pytest.fixture
def sim_behind_company_ca(company_ca):
    """odoosim over HTTPS with a certificate from IT's private CA."""
    ca, _bundle = company_ca
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    sim = OdooSim(seed="demo", test_mode=True)
    sim.start(port=0, tls=context)
    try:
        yield sim
    finally:
        sim.stop()


def test_list_databases_trusts_the_configured_private_ca(
    tmp_path, company_ca, sim_behind_company_ca
):
    """ "List databases" in the setup dialog failed against a server the app itself accepts:
    it asked without odoo.ca_bundle, so a private CA's certificate was refused."""
    _ca, bundle = company_ca
    sim = sim_behind_company_ca
    assert sim.url.startswith("https://")
    trusted = GatewaySettings.from_config(_config(tmp_path, ca_bundle=bundle))
    assert sim.db_name in probe.list_databases(sim.url, trusted)
    # Without the CA the certificate is refused: no list (the name can still be typed).
    assert probe.list_databases(sim.url, GatewaySettings.from_config(_config(tmp_path))) is None
