"""The device key's expiry date (Odoo 19 dates keys) and the rights each version asks for, as
Test connection and doctor report them, against odoosim over real HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storeapp.diagnostics.doctor import Status, run_checks
from storeapp.sync.key_expiry import KeyExpiry, read_key_expiry
from storeapp.ui.setup import probe
from tests.sync.conftest import start_sim, store_credentials, versions_fixture

odoo_version = versions_fixture()


def _doctor(sim, tmp_path) -> list:
    store_credentials(sim)
    env = {
        "STOREAPP_CONFIG": "",
        "STOREAPP_DATA_DIR": str(tmp_path / "data"),
        "STOREAPP_ODOO_URL": sim.url,
        "STOREAPP_ODOO_DATABASE": sim.db_name,
        "STOREAPP_ODOO_LOGIN": sim.device.login,
        "STOREAPP_ODOO_ALLOW_HTTP": "true",
        "STOREAPP_STORE_WAREHOUSE_CODE": "LYO",
    }
    # Doctor's live check is Test connection's probe: the same lines.
    return [f for f in run_checks(env) if f.topic == "odoo"]


def test_expiry_is_read_where_odoo_dates_keys(sim, gateway):
    expiry = read_key_expiry(gateway, gateway.connect().uid)
    now = datetime.now(UTC)
    if sim.personality.api_keys_expire:
        assert expiry.dated and expiry.expires_at is not None
        assert 89 < expiry.days_left(now) <= 90  # odoosim's 19 gives a stock user 90 days
        assert expiry.level(now) == "ok"
    else:
        assert expiry == KeyExpiry(None, dated=False)
        assert expiry.describe(now) == "This Odoo's API keys do not expire."


def test_setup_and_doctor_warn_14_days_ahead_and_say_the_rights(sim, tmp_path, memory_keyring):
    major = sim.personality.major
    if sim.personality.api_keys_expire:
        sim.set_key_expiry(sim.device.login, days=10)
    d = sim.device
    report = probe.probe(sim.url, sim.db_name, d.login, d.api_key)
    assert report.ok, report.findings
    texts = " ".join(text for _level, text in report.findings)
    if major >= 18:
        assert f"Inventory / User is enough in Odoo {major}" in texts
    found = _doctor(sim, tmp_path)
    key = next(f for f in found if "API key" in f.text)
    rights = next(f for f in found if f.text.startswith(f"Odoo {major}:"))
    assert "Employees / Officer" in rights.text and rights.status is Status.OK
    if sim.personality.api_keys_expire:
        warnings = [text for level, text in report.findings if level == "warn"]
        assert any("expires on" in t and "provision --only credential" in t for t in warnings)
        assert key.status is Status.WARN and "(in 9 days)" in key.text
        assert "provision --only credential" in key.text
    else:
        assert key.status is Status.OK and "do not expire" in key.text


def test_an_expired_key_fails_doctor_with_the_command_to_store_a_new_one(tmp_path, memory_keyring):
    sim = start_sim(version="19.0")
    try:
        sim.set_key_expiry(sim.device.login, days=-1)
        [key] = [f for f in _doctor(sim, tmp_path) if "refused" in f.text]
    finally:
        sim.stop()
    assert key.status is Status.FAIL
    assert "expired" in key.text and "provision --only credential" in key.text


def test_expiry_levels():
    now = datetime(2026, 12, 4, tzinfo=UTC)
    assert KeyExpiry(now + timedelta(days=15), dated=True).level(now) == "ok"
    assert KeyExpiry(now + timedelta(days=14), dated=True).level(now) == "warn"
    assert KeyExpiry(now - timedelta(seconds=1), dated=True).level(now) == "expired"
    assert KeyExpiry(None, dated=True).level(now) == "ok"


def test_the_engine_keeps_the_expiry_for_status_bar_and_webhooks(sim, wiring):
    """After a sync the journal knows the date; from 14 days ahead the status bar warns and a
    webhook event is queued, once per expiry date."""
    from storeapp.core import webhooks as wh
    from storeapp.offline.odoo_key import days_left_to_warn, load_key_expiry
    from storeapp.offline.webhooks_repo import WebhooksRepo
    from storeapp.ui.statusbar import ShellStatus, StatusTexts

    if sim.personality.api_keys_expire:
        sim.set_key_expiry(sim.device.login, days=10)
    wiring.engine.run_once(pull=False)
    expires_at = load_key_expiry(wiring.journal)
    now = datetime.now(UTC)
    left = days_left_to_warn(expires_at, now)
    if not sim.personality.api_keys_expire:
        assert expires_at is None and left is None
        return
    assert left == 9
    texts = StatusTexts.of(ShellStatus(connectivity="online", key_days_left=left), None, now)
    assert texts.connectivity == ("Online — Odoo key expires in 9 days (IT)", "warn")
    endpoint = wh.parse_endpoint("hq url=https://hooks.example.com/x secret=env:S events=*")
    repo = WebhooksRepo(wiring.journal, wiring.cache)
    repo.collect([endpoint], device_id="pc-1")  # the first round starts the cursor
    repo.collect([endpoint], device_id="pc-1")
    queued = [d for d in repo.due(limit=100) if d.event_type == wh.ODOO_KEY_EXPIRING]
    assert len(queued) == 1
    assert b'"days_left":9' in queued[0].body.replace(b" ", b"")
