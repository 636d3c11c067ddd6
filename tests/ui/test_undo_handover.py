"""Undo after a handover, short of a manager cancelling it in the outbox: while Odoo does
not have the validation, the person who recorded it (or a manager) takes it back from the
screen and the order is ready for pickup again; once Odoo has it, the screen says what to do.
Real stores, odoosim over HTTP."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storeapp.core import click_collect as cc
from storeapp.offline.click_collect_repo import (
    ClickCollectRepo,
    ClickCollectSettings,
    OrderUnavailable,
)
from storeapp.offline.journal_models import AuditEntry, OpState
from storeapp.offline.outbox import Actor
from storeapp.ui.click_collect.presenter import QueuePresenter
from tests.ui.test_pick_scans import ROSE, sim, wiring  # noqa: F401 - fixtures

THEO = Actor(3, "Théo Girard")
JULES = Actor(1, "Jules Dubois")


@pytest.fixture
def queue_for(wiring, executors):  # noqa: F811
    """The order list as `who` sees it (`manager`: they may undo anyone's handover)."""

    def make(who: Actor, manager: bool = False) -> QueuePresenter:
        repo = ClickCollectRepo(
            wiring.cache, wiring.journal, wiring.outbox, ClickCollectSettings(warehouse_code="LYO")
        )
        return QueuePresenter(repo, executors, lambda: who, manager=lambda: manager)

    return make


def _ready_order(sim, queue: QueuePresenter) -> int:  # noqa: F811
    ready = {e.picking_id for e in queue.repo.queue() if e.group is cc.QueueGroup.READY}
    for order in sim.facts["click_collect_orders"]["ready"]:
        if order["picking_id"] in ready:
            return order["picking_id"]
    raise AssertionError("the demo data has an order ready for pickup")


def _group(queue: QueuePresenter, picking_id: int) -> cc.QueueGroup | None:
    entry = next((e for e in queue.repo.queue() if e.picking_id == picking_id), None)
    return entry.group if entry else None


def test_a_handover_is_undone_while_odoo_does_not_have_it(sim, wiring, queue_for, qloop):  # noqa: F811
    rose = queue_for(ROSE)
    picking = _ready_order(sim, rose)
    op = qloop.run_until_complete(rose.hand_over(picking, ["name"]))
    assert _group(rose, picking) is cc.QueueGroup.COLLECTED
    with pytest.raises(OrderUnavailable, match="only they or a manager"):
        qloop.run_until_complete(queue_for(THEO).undo_handover(op))
    said = qloop.run_until_complete(rose.undo_handover(op)).message
    assert "undone" in said and "ready for pickup again" in said
    assert wiring.outbox.get(op.uuid).state is OpState.CANCELLED
    assert _group(rose, picking) is cc.QueueGroup.READY
    with wiring.journal.read() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.actor_name == ROSE.name)
        ).all()
    assert "op.withdrawn" in actions and "pick.handover_undone" in actions
    wiring.engine.run_once(pull=False)
    state = sim.execute("stock.picking", "read", [picking], ["state"])[0]["state"]
    assert state != "done"  # Odoo never got the validation
    # Handed over again (the customer came back): a manager may undo anyone's handover.
    again = qloop.run_until_complete(rose.hand_over(picking, ["name"]))
    undone = qloop.run_until_complete(queue_for(JULES, manager=True).undo_handover(again))
    assert undone.level == "warn" and "undone" in undone.message


def test_a_handover_odoo_has_says_what_to_do_instead(sim, wiring, queue_for, qloop):  # noqa: F811
    rose = queue_for(ROSE)
    picking = _ready_order(sim, rose)
    op = qloop.run_until_complete(rose.hand_over(picking, ["name"]))
    wiring.engine.run_once(pull=False)
    assert wiring.outbox.get(op.uuid).state is OpState.DONE
    with pytest.raises(OrderUnavailable) as refused:
        qloop.run_until_complete(rose.undo_handover(op))
    assert "Odoo already has" in str(refused.value) and "return" in str(refused.value)
    assert _group(rose, picking) is cc.QueueGroup.COLLECTED
