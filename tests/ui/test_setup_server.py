"""Device setup against a real server (odoosim over HTTP, real odoorpc): a good server, a
server that is not there, a web server that is not Odoo, wrong credentials, missing rights."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from odoosim import OdooSim
from storeapp.core.identity import IdentityMode
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.setup import probe
from storeapp.ui.setup.view import SetupDialog
from tests.ui.test_setup import _presenter

# Qt warnings fail these tests; the offscreen platform's size-hint notice is not a warning about us.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture(scope="module")
def sim() -> Iterator[OdooSim]:
    server = OdooSim(seed="demo", test_mode=True)
    server.start(port=0)
    yield server
    server.stop()


@pytest.fixture
def not_odoo() -> Iterator[str]:
    """A plain web server answering 404 to everything: "a server, but not Odoo"."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_good_server_reports_version_rights_stores_and_modes(sim):
    d = sim.device
    report = probe.probe(sim.url, sim.db_name, d.login, d.api_key)
    assert report.ok, report.findings
    assert report.version.startswith("17")
    assert report.rights.stock_user and report.rights.hr_officer
    codes = {w.code for w in report.warehouses}
    assert {s["code"] for s in sim.facts.stores} <= codes
    assert report.modes == [IdentityMode.ODOO_BADGES, IdentityMode.LOCAL_ENROLLMENT]
    texts = " ".join(text for _level, text in report.findings)
    assert "Connected to Odoo 17.0" in texts and "badges and PINs" in texts


def test_click_collect_carriers_taken_and_their_open_orders_are_shown(sim):
    """A community store's carriers are `fixed` ones named for the store: Test connection
    says which were taken, why, and how many open orders each has; IT's names win."""
    d = sim.device
    report = probe.probe(sim.url, sim.db_name, d.login, d.api_key)
    found = [text for level, text in report.findings if "Click-and-collect" in text]
    assert found == [
        "Click-and-collect delivery methods (recognised by type or name): "
        "Click & Collect – Lyon Part-Dieu (name has 'collect'): 10 open orders; "
        "Click & Collect – Paris Marais (name has 'collect'): 10 open orders."
    ]
    report = probe.probe(
        sim.url, sim.db_name, d.login, d.api_key, ["click & collect – paris marais", "Pickup"]
    )
    texts = [(level, text) for level, text in report.findings if "delivery method" in text]
    assert texts == [
        (
            "warn",
            "store.click_collect_carriers names 'Pickup', which is not a delivery method in "
            "this Odoo: correct the name (IT).",
        ),
        (
            "ok",
            "Click-and-collect delivery methods (named by IT): Click & Collect – Paris Marais "
            "(named in store.click_collect_carriers): 10 open orders.",
        ),
    ]
    report = probe.probe(sim.url, sim.db_name, d.login, d.api_key, ["Pickup"])
    assert any(
        level == "warn" and "so no orders will be found" in text for level, text in report.findings
    )


def test_database_list_is_offered(sim):
    assert sim.db_name in probe.list_databases(sim.url)


def test_wrong_api_key_says_so_in_words(sim):
    report = probe.probe(sim.url, sim.db_name, sim.device.login, "not-the-key")
    assert not report.ok and report.uid is None
    level, text = report.findings[-1]
    assert level == "error" and "refused the device login or API key" in text


def test_server_that_is_not_there(sim):
    report = probe.probe("http://127.0.0.1:9", sim.db_name, "x", "y")
    assert not report.ok
    level, text = report.findings[-1]
    assert level == "error" and "No Odoo server answered at http://127.0.0.1:9" in text


def test_web_server_that_is_not_odoo(not_odoo):
    report = probe.probe(not_odoo, "db", "x", "y")
    assert not report.ok
    assert report.findings[-1][0] == "error"
    assert probe.list_databases(not_odoo) is None


def test_not_a_web_address():
    report = probe.probe("odoo.example.com", "db", "x", "y")
    assert not report.ok and "web address" in report.findings[-1][1]


def test_device_user_without_hr_officer_gets_local_enrollment_only(sim):
    uid = sim.device.uid
    users = sim.server.db.table("res.users").rows
    _model, hr_officer = sim.server.db.xmlids["hr.group_hr_user"]
    before = list(users[uid]["groups_id"])
    users[uid]["groups_id"] = [g for g in before if g != hr_officer]
    try:
        report = probe.probe(sim.url, sim.db_name, sim.device.login, sim.device.api_key)
    finally:
        users[uid]["groups_id"] = before
    assert report.ok
    assert report.modes == [IdentityMode.LOCAL_ENROLLMENT]
    assert any("Local enrollment" in text for _level, text in report.findings)


def test_setup_dialog_end_to_end_against_the_server(
    qtbot, qloop, stores, executors, memory_keyring, sim, until
):
    from storeapp.offline.device_setup import DeviceSetup

    dialog = SetupDialog(
        _presenter(stores, executors), ErrorPresenter(interactive=False), DeviceSetup()
    )
    qtbot.addWidget(dialog)
    dialog.url.setText(sim.url)
    dialog.list_databases()
    until(lambda: dialog.database.count() > 0)
    assert dialog.database.currentText() == sim.db_name
    dialog.login.setText(sim.device.login)
    dialog.secret.setText("wrong")
    dialog.test()
    until(lambda: dialog.report is not None)
    assert not dialog.save_button.isEnabled() and "refused" in dialog.findings.text()
    dialog.secret.setText(sim.device.api_key)
    dialog.secret.textEdited.emit(sim.device.api_key)
    dialog.test()
    until(lambda: dialog.report is not None and dialog.report.ok)
    assert dialog.store.count() >= 1 and dialog.save_button.isEnabled()
