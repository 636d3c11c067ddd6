"""First run on a new PC: no setup yet, so the setup dialog comes first; after Save the app
signs in to Odoo with the key from the keyring, runs the first sync and opens the window."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QApplication

from odoosim import OdooSim
from storeapp.app import StoreApp
from storeapp.config import load_config
from storeapp.ui.setup.view import SetupDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def sim():
    server = OdooSim(seed="demo", test_mode=True)
    server.start(port=0)
    yield server
    server.stop()


def _setup_dialog() -> SetupDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SetupDialog) and widget.isVisible():
            return widget
    return None


def test_setup_then_first_sync_then_sign_in(qtbot, qloop, tmp_path, memory_keyring, sim, until):
    cfg = load_config({"STOREAPP_DATA_DIR": str(tmp_path)})
    app = StoreApp(cfg, tmp_path, interactive=True)
    started = asyncio.ensure_future(app.start(), loop=qloop)
    until(lambda: _setup_dialog() is not None, 20)
    dialog = _setup_dialog()
    dialog.url.setText(sim.url)
    dialog.database.setCurrentText(sim.db_name)
    dialog.login.setText(sim.device.login)
    dialog.secret.setText(sim.device.api_key)
    dialog.test()
    until(lambda: dialog.save_button.isEnabled(), 30)
    lyon = next(i for i in range(dialog.store.count()) if dialog.store.itemData(i).code == "LYO")
    dialog.store.setCurrentIndex(lyon)
    dialog.save_button.click()
    until(started.done, 120)
    assert started.result() is None
    try:
        shell = app.shell
        assert app.setup.warehouse_code == "LYO" and app.setup.identity_mode == "odoo_badges"
        people = [e for e in sim.facts.employees if e["store"] == "LYO"]
        until(lambda: shell.sign_in.model.rowCount() == len(people), 30)
        first = people[0]
        cred = next(c for c in shell.sign_in._all if c.name == first["name"])
        result = qloop.run_until_complete(
            shell.sign_in.presenter.submit_pin(cred.employee_id, first["pin"])
        )
        assert result.ok
        # The key went to the keyring, and only there.
        assert (
            memory_keyring.get_password(
                "storeapp-odoo", f"{sim.device.login}@{sim.db_name}@{sim.url}"
            )
            == sim.device.api_key
        )
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert sim.device.api_key.encode() not in path.read_bytes(), path
    finally:
        qloop.run_until_complete(app.stop())
