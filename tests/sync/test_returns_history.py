"""The per-customer return limit counts the returns that happened: one whose ops a manager
cancelled (or rejected) never reached Odoo and is not held against the customer."""

from __future__ import annotations

from storeapp.offline.journal_models import OpState
from tests.sync.conftest import make_engine
from tests.sync.test_returns_intake import MANAGER, _delivery, _repo, _take_back


def test_a_return_whose_ops_were_cancelled_is_not_counted(sim, tmp_path, memory_keyring):
    wiring = make_engine(sim, tmp_path / "pc")
    try:
        wiring.engine.run_once(push=False)
        repo = _repo(wiring)
        delivery = _delivery(sim, within_30_days=True)
        order = sim.execute("sale.order", "read", [delivery["sale_order_id"]], ["name"])[0]
        customer = delivery["partner_id"]
        before = len(repo.customer_history(customer))
        saved, decision, _ = _take_back(repo, order["name"], [(0, 1.0, "resellable")])
        assert decision.allowed, decision.trace()
        assert len(repo.customer_history(customer)) == before + 1  # saved, not yet sent
        [op_uuid] = saved.op_uuids
        wiring.outbox.park(op_uuid, "Odoo refused it", "Cancel it")
        assert len(repo.customer_history(customer)) == before + 1  # parked: may still go
        wiring.outbox.cancel(op_uuid, MANAGER)
        assert wiring.outbox.get(op_uuid).state is OpState.CANCELLED
        assert len(repo.customer_history(customer)) == before
    finally:
        wiring.close()
