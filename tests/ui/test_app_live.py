"""The whole app in-process on the demo store: boot, first sync, Odoo-badge sign-in
credentials, offline sign-in, and the status bar following the real connection."""

from __future__ import annotations

import pytest

from storeapp.app import StoreApp
from storeapp.config import load_config
from tests.ui.shell_helpers import enroll_associate

# Qt warnings fail these tests; the offscreen platform's size-hint notice is not a warning about us.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def live(qtbot, qloop, tmp_path, memory_keyring):
    cfg = load_config({"STOREAPP_DATA_DIR": str(tmp_path)})
    app = StoreApp(cfg, tmp_path / "demo", demo=True, interactive=False)
    assert qloop.run_until_complete(app.start()) is None
    qtbot.addWidget(app.shell.window)
    yield app
    qloop.run_until_complete(app.stop())


def _sync(qloop, app) -> None:
    qloop.run_until_complete(app.shell.outbox_presenter.sync_now())
    qloop.run_until_complete(app.shell.status_now())


def test_demo_boots_signs_in_offline_and_shows_the_connection(live, qloop, until):
    shell = live.shell
    # First sync filled the cache; badges and PINs became verifiers for the store's people.
    until(lambda: shell.sign_in.model.rowCount() == len(live.demo_store.people), 30)
    manager = next(p for p in live.demo_store.people if p.role == "manager")
    associate = next(p for p in live.demo_store.people if p.role == "associate")

    # Odoo goes away: the status bar says so within a few tries.
    live.demo_store.sim.down()
    for _ in range(5):
        _sync(qloop, live)
        if "Offline" in shell.status_bar.text_of("connectivity"):
            break
    assert "Offline" in shell.status_bar.text_of("connectivity")

    # Sign-in needs no server: the badge scan and the PIN are checked on this PC.
    found = qloop.run_until_complete(shell.sign_in.presenter.find_badge(associate.badge))
    assert found is not None and found.name == associate.name
    result = qloop.run_until_complete(
        shell.sign_in.presenter.submit_pin(found.employee_id, associate.pin)
    )
    assert result.ok and result.employee.role == "associate"
    shell.session.sign_in(result.employee)
    assert "approvals" not in shell.window.visible_pages()
    assert shell.status_bar.text_of("employee") == associate.name

    # Back online: the next sync says so.
    live.demo_store.sim.up()
    live.engine.connectivity.reset_backoff()
    _sync(qloop, live)
    assert "Online" in shell.status_bar.text_of("connectivity")

    shell.session.sign_out("switch")
    cred = next(c for c in shell.sign_in._all if c.name == manager.name)
    result = qloop.run_until_complete(
        shell.sign_in.presenter.submit_pin(cred.employee_id, manager.pin)
    )
    assert result.ok and result.employee.is_manager
    shell.session.sign_in(result.employee)
    assert "approvals" in shell.window.visible_pages()


def test_local_enrollment_mode_from_first_manager_to_associate(
    qtbot, qloop, tmp_path, memory_keyring, until
):
    cfg = load_config(
        {"STOREAPP_DATA_DIR": str(tmp_path), "STOREAPP_IDENTITY_MODE": "local_enrollment"}
    )
    app = StoreApp(cfg, tmp_path / "demo", demo=True, interactive=False)
    assert qloop.run_until_complete(app.start()) is None
    try:
        shell = app.shell
        qtbot.addWidget(shell.window)
        assert app.setup.identity_mode == "local_enrollment" and app.identity is None
        # Nobody can sign in yet; IT enrolls the first manager with the device key.
        until(lambda: shell.sign_in.first_manager_button.isVisibleTo(shell.window))
        shell.sign_in.first_manager_button.click()
        dialog = shell.enroll_dialog
        until(lambda: dialog.employee.count() > 0)
        dialog.pin.setText("135792")
        dialog.pin_again.setText("135792")
        dialog.device_key.setText(app.demo_store.api_key)
        manager_name = dialog.employee.currentData().name
        dialog.save_button.click()
        until(lambda: "can now sign in" in dialog.message.text())
        dialog.close()
        until(lambda: shell.sign_in.model.rowCount() == 1)
        cred = shell.sign_in._all[0]
        result = qloop.run_until_complete(
            shell.sign_in.presenter.submit_pin(cred.employee_id, "135792")
        )
        assert result.ok and result.employee.is_manager and result.employee.name == manager_name
        shell.session.sign_in(result.employee)
        assert shell.window.enroll_button.isVisibleTo(shell.window)
        assert shell.window.setup_button.isVisibleTo(shell.window)
        # The manager enrolls an associate of the store.
        enroll_associate(shell, until, "2468", badge="LOCAL-0042")
        dialog = shell.enroll_dialog
        found = qloop.run_until_complete(shell.sign_in.presenter.find_badge("LOCAL-0042"))
        assert found is not None and found.role == "associate"
        # Locking the screen closes the manager's enrollment dialog.
        shell.session.sign_out("idle")
        assert not dialog.isVisible()
    finally:
        qloop.run_until_complete(app.stop())


def test_demo_plays_odoo_19_over_json2_only(qtbot, qloop, tmp_path, memory_keyring, until):
    """`storeapp --demo --odoo-version 19.0`: the demo store on the 19 personality syncs its
    people and stock without a single /jsonrpc request."""
    from storeapp.cli import build_parser

    args = build_parser().parse_args(["--demo", "--odoo-version", "19.0"])
    assert args.demo and args.odoo_version == "19.0"
    cfg = load_config({"STOREAPP_DATA_DIR": str(tmp_path)})
    app = StoreApp(cfg, tmp_path / "demo", demo=True, demo_version="19.0", interactive=False)
    assert qloop.run_until_complete(app.start()) is None
    qtbot.addWidget(app.shell.window)
    try:
        until(lambda: app.shell.sign_in.model.rowCount() == len(app.demo_store.people), 30)
        assert app.demo_store.sim.version == "19.0"
        assert app.demo_store.sim.json2_calls > 0
        assert app.demo_store.sim.jsonrpc_calls == 0
    finally:
        qloop.run_until_complete(app.stop())
