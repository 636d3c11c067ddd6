"""Device setup: keyring rules here; the server cases (good, bad server, bad credentials) run
against odoosim in test_setup_server.py."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from storeapp.core.identity import DeviceRights, IdentityMode
from storeapp.offline import device_setup
from storeapp.offline.device_setup import DeviceSetup
from storeapp.sync.credentials import NO_KEYRING_MESSAGE, CredentialStore
from storeapp.sync.errors import CredentialsMissing
from storeapp.ui.device_keys import BadgeKey
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.setup.presenter import SetupPresenter
from storeapp.ui.setup.probe import ProbeReport, Warehouse
from storeapp.ui.setup.view import SetupDialog

# Qt warnings fail these tests; the offscreen platform's size-hint notice is not a warning about us.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

SETUP = DeviceSetup("http://odoo.test", "prod", "store-1", 1, "ST1", "Store One", "odoo_badges")


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _presenter(stores, executors) -> SetupPresenter:
    _cache, journal = stores
    return SetupPresenter(executors, CredentialStore(), journal, BadgeKey(journal.device_id))


def _good_report() -> ProbeReport:
    report = ProbeReport(version="17.0", uid=5)
    report.rights = DeviceRights(stock_user=True, stock_manager=True, hr_officer=True)
    report.warehouses = [Warehouse(1, "Store One", "ST1")]
    report.modes = [IdentityMode.ODOO_BADGES, IdentityMode.LOCAL_ENROLLMENT]
    report.add("ok", "Connected to Odoo 17.0 as store-1.")
    return report


def test_without_a_keyring_setup_says_how_to_fix_it_and_saves_nothing(
    qtbot, qloop, stores, executors, no_keyring
):
    presenter = _presenter(stores, executors)
    dialog = SetupDialog(presenter, ErrorPresenter(interactive=False), SETUP)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keyring_banner.isVisible()
    assert dialog.keyring_banner.text() == NO_KEYRING_MESSAGE
    dialog.show_report(_good_report())
    assert not dialog.save_button.isEnabled()
    with pytest.raises(CredentialsMissing):
        qloop.run_until_complete(presenter.save(SETUP, "secret-key"))
    _cache, journal = stores
    assert not device_setup.load(journal).complete  # never half set up


def test_with_a_keyring_the_key_goes_there_and_nowhere_else(
    qtbot, qloop, stores, executors, memory_keyring, tmp_path, until
):
    presenter = _presenter(stores, executors)
    dialog = SetupDialog(presenter, ErrorPresenter(interactive=False), SETUP)
    qtbot.addWidget(dialog)
    dialog.secret.setText("k3y-s3cret")
    dialog.show_report(_good_report())
    assert dialog.save_button.isEnabled()
    saved = []
    dialog.saved.connect(saved.append)
    dialog.save_button.click()
    until(lambda: bool(saved))
    _cache, journal = stores
    assert device_setup.load(journal) == SETUP
    assert CredentialStore().get(SETUP.url, SETUP.database, SETUP.login) == "k3y-s3cret"
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"k3y-s3cret" not in path.read_bytes(), path


def test_values_fixed_by_it_are_read_only(qtbot, qloop, stores, executors, memory_keyring):
    dialog = SetupDialog(
        _presenter(stores, executors),
        ErrorPresenter(interactive=False),
        SETUP,
        fixed={"url": "https://erp.example.com", "database": "main"},
    )
    qtbot.addWidget(dialog)
    assert dialog.url.isReadOnly() and dialog.url.text() == "https://erp.example.com"
    assert not dialog.database.isEnabled() and dialog.database.currentText() == "main"
    assert "machine file" in dialog.url.toolTip()
    assert not dialog.login.isReadOnly()
