"""Webhook events from real store work: the click-and-collect repository marks an order ready,
Odoo (odoosim) refuses it because the customer cancelled, the real engine parks it — and the
receiver gets pickup.ready and outbox.parked, signed, with the words the store sees."""

from __future__ import annotations

import json

from odoosim import OdooSim
from storeapp.core import webhooks as wh
from storeapp.sync.webhooks import WebhookDispatcher
from tests.sync.conftest import Wiring
from tests.sync.helpers import drain
from tests.sync.test_click_collect_sync import ROSE, _pick_all, _repo
from tests.sync.test_webhooks import SECRET, Receiver


def test_real_pick_and_park_reach_the_receiver(sim: OdooSim, wiring: Wiring):
    receiver = Receiver()
    receiver.up()
    try:
        endpoint = wh.parse_endpoint(
            f"hq url={receiver.url} secret=env:HOOK events=pickup.ready,outbox.parked"
        )
        dispatcher = WebhookDispatcher(
            wiring.journal, wiring.cache, [endpoint], store="LYO", secrets=lambda ref: SECRET
        )
        wiring.engine.run_once(pull=True)
        dispatcher.run_once()  # the cursor starts here: the first sync's entries are history
        repo = _repo(wiring)
        session = repo.claim(repo.load_pick(12), ROSE, online=False)
        _pick_all(sim, repo, session)
        sim.execute("stock.picking", "action_cancel", [12])
        repo.mark_ready(session, ROSE)
        drain(wiring.engine, pull=True)
        result = dispatcher.run_once()
        assert result.delivered == 2, result
    finally:
        receiver.down()
    events = {}
    for headers, body in receiver.requests:
        assert wh.verify(body, SECRET, headers[wh.SIGNATURE_HEADER])
        event = json.loads(body)
        events[event["type"]] = event
    ready, parked = events[wh.PICKUP_READY]["data"], events[wh.OUTBOX_PARKED]["data"]
    assert ready["picking_id"] == 12 and ready["order"] == "LYO/OUT/00012"
    assert ready["picked_by_employee_id"] == ROSE.id and ready["units"] > 0
    assert parked["kind"] == "picking.set_picked" and parked["aggregate"] == "picking:12"
    assert parked["reason"].startswith("Order LYO/OUT/00012 was cancelled in Odoo at ")
    assert "Put the items back" in parked["action"]
    assert ROSE.name not in b"".join(body for _h, body in receiver.requests).decode()
