"""Chatter notes against odoosim over HTTP: Odoo 17 refuses a note whose author (the device
user) has no e-mail address. Setup and doctor say so, and a refused note never holds back the
stock changes of the same order."""

from __future__ import annotations

from storeapp.core.ops import MESSAGE_POST, PICKING_VALIDATE, aggregate_for, validate_payload
from storeapp.diagnostics.doctor import Status, run_checks
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor
from storeapp.ui.setup import probe
from tests.sync.conftest import make_engine, store_credentials
from tests.sync.helpers import drain

ANA = Actor(2, "Ana")
NO_EMAIL = "Unable to send message, please configure the sender's email address."


def _without_email(sim) -> None:
    sim.execute("res.users", "write", [sim.device.uid], {"email": False})


def test_setup_and_doctor_say_the_device_user_needs_an_email(sim, tmp_path, memory_keyring):
    d = sim.device
    report = probe.probe(sim.url, sim.db_name, d.login, d.api_key)
    assert ("ok", "The device user has an e-mail address, so notes on orders reach Odoo.") in (
        report.findings
    )
    _without_email(sim)
    report = probe.probe(sim.url, sim.db_name, d.login, d.api_key)
    assert report.ok, report.findings  # a warning: everything else works
    warnings = [text for level, text in report.findings if level == "warn"]
    assert any(f"The device user {d.login} has no e-mail address in Odoo" in t for t in warnings)
    assert any("fill in its e-mail address" in t for t in warnings)

    store_credentials(sim)
    env = {
        "STOREAPP_CONFIG": "",
        "STOREAPP_DATA_DIR": str(tmp_path / "data"),
        "STOREAPP_ODOO_URL": sim.url,
        "STOREAPP_ODOO_DATABASE": sim.db_name,
        "STOREAPP_ODOO_LOGIN": d.login,
        "STOREAPP_ODOO_ALLOW_HTTP": "true",
        "STOREAPP_STORE_WAREHOUSE_CODE": "LYO",
    }
    # Doctor's live check is Test connection's probe: the same line, with what to do.
    found = [f for f in run_checks(env) if f.topic == "odoo" and "e-mail" in f.text]
    assert len(found) == 1 and found[0].status is Status.WARN
    assert f"{d.login} has no e-mail address" in found[0].text
    assert "Users & Companies" in found[0].text


def test_a_refused_note_does_not_hold_back_the_handover(sim, tmp_path, memory_keyring):
    """The handover of a ready order waited behind a parked note: now only the note waits."""
    _without_email(sim)
    order = sim.facts["click_collect_orders"]["ready"][0]
    wiring = make_engine(sim, tmp_path / "pc")
    try:
        note_payload = validate_payload(
            MESSAGE_POST,
            {"model": "stock.picking", "res_id": order["picking_id"], "body": "Ready for pickup"},
        )
        handover_payload = validate_payload(
            PICKING_VALIDATE,
            {"picking_id": order["picking_id"], "picking_name": order["name"]},
        )
        note = wiring.outbox.enqueue(
            MESSAGE_POST, note_payload, aggregate_for(MESSAGE_POST, note_payload), ANA
        )
        handover = wiring.outbox.enqueue(
            PICKING_VALIDATE,
            handover_payload,
            aggregate_for(PICKING_VALIDATE, handover_payload),
            ANA,
        )
        assert note.aggregate == handover.aggregate
        drain(wiring.engine)
        parked = wiring.outbox.get(note.uuid)
        assert parked.state is OpState.PARKED
        assert NO_EMAIL in parked.park_reason
        assert "e-mail address" in parked.park_action
        assert wiring.outbox.get(handover.uuid).state is OpState.DONE
        state = sim.execute("stock.picking", "read", [order["picking_id"]], ["state"])[0]
        assert state["state"] == "done"

        # IT sets the e-mail address; a manager retries the note and it goes through.
        sim.execute("res.users", "write", [sim.device.uid], {"email": "lyon@example.com"})
        wiring.outbox.retry(note.uuid, Actor(1, "Max"))
        drain(wiring.engine)
        assert wiring.outbox.get(note.uuid).state is OpState.DONE
    finally:
        wiring.close()
