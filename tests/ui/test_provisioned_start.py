"""First start of a PC provisioned the way the IT guide says (machine file + key in the keyring,
nothing else): no setup dialog, the default sign-in mode applies, IT enrolls the first manager
with the device key, and the header names the store as Odoo calls it."""

from __future__ import annotations

import pytest

from odoosim import OdooSim
from storeapp.app import StoreApp
from storeapp.config import load_config
from storeapp.sync.credentials import CredentialStore
from tests.sync.conftest import start_sim
from tests.ui.shell_helpers import enroll_first_manager

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def sim():
    server = start_sim()
    yield server
    server.stop()


def _provisioned(sim: OdooSim, tmp_path) -> object:
    machine = tmp_path / "storeapp.toml"
    machine.write_text(
        f'[odoo]\nurl = "{sim.url}"\ndatabase = "{sim.db_name}"\nlogin = "{sim.device.login}"\n'
        'allow_http = true\n[store]\nwarehouse_code = "LYO"\n'
    )
    CredentialStore().set(sim.url, sim.db_name, sim.device.login, sim.device.api_key)
    return load_config({"STOREAPP_CONFIG": str(machine), "STOREAPP_DATA_DIR": str(tmp_path)})


def test_provisioned_pc_starts_in_local_enrollment_with_the_store_name(
    qtbot, qloop, tmp_path, memory_keyring, sim, until
):
    app = StoreApp(_provisioned(sim, tmp_path), tmp_path / "data", interactive=False)
    assert qloop.run_until_complete(app.start()) is None
    try:
        shell = app.shell
        qtbot.addWidget(shell.window)
        assert app.setup.identity_mode == "local_enrollment"
        assert shell.enroll_dialog is None or not shell.enroll_dialog.isVisible()
        # The store as Odoo names it, in the header and the title, once the first sync ran.
        until(lambda: shell.window.store_label.text() == "Lyon Part-Dieu", 30)
        assert "Lyon Part-Dieu" in shell.window.windowTitle()
        # Nobody can sign in yet: IT enrolls the first manager with the device key.
        enroll_first_manager(shell, until, sim.device.api_key, "135790")
    finally:
        qloop.run_until_complete(app.stop())
    # The name is kept: the next start shows it before any sync.
    again = StoreApp(_provisioned(sim, tmp_path), tmp_path / "data", interactive=False)
    assert qloop.run_until_complete(again.start(sync_first=False)) is None
    try:
        assert again.shell.window.store_label.text() == "Lyon Part-Dieu"
    finally:
        qloop.run_until_complete(again.stop())


def test_a_configuration_mistake_is_its_own_state_in_the_status_bar():
    from datetime import UTC, datetime

    from storeapp.ui.statusbar import ShellStatus, StatusTexts

    texts = StatusTexts.of(ShellStatus("misconfigured"), None, datetime.now(UTC))
    assert texts.connectivity == ("Setup problem: Odoo cannot be used as configured", "error")


def test_a_stop_request_during_device_setup_ends_the_start(
    qtbot, qloop, until, tmp_path, memory_keyring
):
    import asyncio

    cfg = load_config({"STOREAPP_DATA_DIR": str(tmp_path), "STOREAPP_CONFIG": ""})
    app = StoreApp(cfg, tmp_path / "data", interactive=True)
    started = asyncio.ensure_future(app.start(), loop=qloop)
    until(lambda: getattr(app, "_setup_dialog", None) is not None)
    assert not started.done()  # the setup dialog waits for a person
    app._close_requested()  # what Ctrl+C or SIGTERM does
    assert qloop.run_until_complete(asyncio.wait_for(started, 10)) == 0
    qloop.run_until_complete(app.stop())
