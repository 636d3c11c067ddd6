"""The IT day, end to end, the way docs/it-guide.md tells IT to do it, with the installed
`storeapp` program against odoosim over HTTPS (a private CA, as in many companies):

1. as root: `storeapp provision --only config` writes the machine file;
2. as the store PC's user: `storeapp provision --only credential` stores the key;
3. `storeapp doctor` is all green (exit 0), live checks included;
4. first start: no setup dialog, the first sync, the store's name in the header;
5. IT enrolls the first manager with the device key; the manager enrolls an associate;
6. the associate signs in and picks a click-and-collect order; it reaches Odoo.

The keyring is one file shared by the processes (tests/installer/vault_keyring.py), standing in
for the store user's desktop keyring.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

import storeapp
from odoosim import OdooSim
from storeapp.app import StoreApp
from storeapp.config import load_config
from storeapp.offline.journal_models import OpState
from tests.installer.vault_keyring import VAULT_ENV, SessionVault
from tests.sync.tls_helpers import make_certificates
from tests.ui.shell_helpers import enroll_associate, enroll_first_manager
from tests.ui.test_click_collect_flow import _pyside_refcount_guard, open_queue, pick_order, scan

REPO = Path(storeapp.__file__).resolve().parent.parent
STOREAPP = Path(sys.executable).with_name("storeapp")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl tool"),
    pytest.mark.skipif(not STOREAPP.is_file(), reason="storeapp is not installed in this env"),
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def odoo(tmp_path) -> Iterator[tuple[OdooSim, Path]]:
    certificates = make_certificates(tmp_path / "pki")
    # The device user as the IT guide's table says for Odoo 17 (Inventory: Administrator too).
    sim = OdooSim(seed="demo", test_mode=True, device_stock_manager=True)
    sim.start(port=0, tls=certificates.server_context())
    yield sim, certificates.ca
    sim.stop()


@pytest.fixture
def pc(tmp_path, monkeypatch) -> Iterator[dict[str, str]]:
    """The environment of the store PC: its machine file, data folder and user keyring."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("STOREAPP_", "PYTHON"))}
    env.update(
        STOREAPP_CONFIG=str(tmp_path / "etc" / "storeapp.toml"),
        STOREAPP_DATA_DIR=str(tmp_path / "home" / "data"),
        PYTHON_KEYRING_BACKEND="tests.installer.vault_keyring.SessionVault",
        PYTHONPATH=str(REPO),
        **{VAULT_ENV: str(tmp_path / "vault.json")},
    )
    for name in ("STOREAPP_CONFIG", "STOREAPP_DATA_DIR", VAULT_ENV):
        monkeypatch.setenv(name, env[name])
    previous = keyring.get_keyring()
    keyring.set_keyring(SessionVault())
    yield env
    keyring.set_keyring(previous)


def storeapp_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(STOREAPP), *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=180
    )


def test_it_day(qtbot, qloop, until, odoo, pc):
    sim, ca = odoo
    account = ["--url", sim.url, "--db", sim.db_name, "--store", "LYO"]
    account += ["--login", sim.device.login]

    # 1-2. The machine file as root, the key as the store user (from the MDM's secret).
    done = storeapp_cli(
        pc, "provision", "--only", "config", *account, "--set", f"odoo.ca_bundle={ca}"
    )
    assert done.returncode == 0, done.stderr
    key_env = dict(pc, STOREAPP_DEVICE_KEY=sim.device.api_key)
    done = storeapp_cli(
        key_env,
        "provision",
        "--only",
        "credential",
        *account,
        "--secret-env",
        "STOREAPP_DEVICE_KEY",
    )
    assert done.returncode == 0, done.stderr
    assert "stored in the keyring" in done.stdout

    # 3. Compliance: all green, Odoo checked live.
    done = storeapp_cli(pc, "doctor")
    assert done.returncode == 0, done.stdout
    assert "Connected to Odoo 17.0" in done.stdout and "warehouse LYO" in done.stdout
    assert done.stdout.rstrip().endswith("0 problems, 0 warnings.")

    # 4. First start, as the store user: no setup dialog, the first sync, the store's name.
    cfg = load_config(os.environ)
    app = StoreApp(cfg, cfg.data_dir, interactive=False)
    assert qloop.run_until_complete(app.start()) is None
    try:
        shell = app.shell
        qtbot.addWidget(shell.window)
        assert shell.window.store_label.text() == "Lyon Part-Dieu"

        # 5. IT enrolls the first manager with the device key; the manager enrolls the others.
        manager = enroll_first_manager(shell, until, sim.device.api_key, "135790")
        signin = shell.sign_in.presenter
        result = qloop.run_until_complete(signin.submit_pin(manager.employee_id, "135790"))
        assert result.ok and result.employee.is_manager
        shell.session.sign_in(result.employee)
        associate = enroll_associate(shell, until, "2468")
        shell.enroll_dialog.close()
        shell.session.sign_out("switch")
        done = storeapp_cli(pc, "employees", "list")
        assert manager.name in done.stdout and associate.name in done.stdout

        # 6. The associate signs in and picks an order; the outbox reaches Odoo.
        result = qloop.run_until_complete(signin.submit_pin(associate.employee_id, "2468"))
        assert result.ok and not result.employee.is_manager
        shell.session.sign_in(result.employee)
        shell.window.show_page("click_collect")
        view = open_queue(shell, until)
        scan(qtbot, view.queue.search, "LYO/OUT/00001")
        until(lambda: view.stack.currentWidget() is view.pick)
        # The app's own sync runs beside the pick: give each scan time on a busy machine.
        pick_order(qtbot, lambda done, _t=5.0: until(done, 30), sim, view, 1)
        view.pick.ready_button.click()
        until(lambda: app.outbox.counts_by_state().get(OpState.DONE, 0) >= 3, 60)
        moves = sim.execute("stock.move", "search_read", [("picking_id", "=", 1)], ["picked"])
        assert moves and all(m["picked"] for m in moves)
    finally:
        qloop.run_until_complete(app.stop())


@pytest.fixture(scope="module", autouse=True)
def pyside_refcount_guard() -> None:
    _pyside_refcount_guard()
