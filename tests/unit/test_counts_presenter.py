"""Counting and approving without widgets: the presenters over a real cache and journal in
tmp_path, with the store data written as a pull would have left it."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from storeapp.core.count_review import AutoApproveRule, CountRules, ToleranceRule
from storeapp.offline import audit
from storeapp.offline.approvals_repo import ApprovalsRepo
from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import (
    Location,
    Lot,
    Packaging,
    Product,
    ProductCategory,
    ProductCost,
    Quant,
)
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import AuditEntry, OpState, WorkSession
from storeapp.offline.outbox import Outbox
from storeapp.ui.approvals.presenter import ApprovalsPresenter, NotAllowed
from storeapp.ui.counts.presenter import CountsPresenter, NotSignedIn
from storeapp.ui.executors import Executors
from storeapp.ui.session import SignedInEmployee

ROSE = SignedInEmployee(2, "Rose Vincent", "associate")
THEO = SignedInEmployee(5, "Théo Girard", "associate")
JULES = SignedInEmployee(1, "Jules Dubois", "manager")
CHLOE = SignedInEmployee(4, "Chloé Garcia", "manager")

SHELF, BACK = 10, 11
MUG, WINE, YOGURT, PHONE, VASE = 1, 2, 3, 4, 5
RULES = CountRules(
    tolerances=(ToleranceRule(max_qty=2, max_percent=10),),
    auto_approve=(AutoApproveRule(max_qty=2, max_value=Decimal("50")),),
)


def seed_cache(cache: CacheStore) -> None:
    with cache.write() as s:
        s.add(ProductCategory(id=1, name="Home", complete_name="All / Home"))
        for loc_id, name, code in ((SHELF, "A-01", "LYO-A01"), (BACK, "Back room", "LYO-BACK")):
            s.add(
                Location(
                    id=loc_id,
                    name=name,
                    complete_name=f"LYO/Stock/{name}",
                    usage="internal",
                    barcode=code,
                    active=True,
                )
            )
        products = (
            (MUG, "Blue mug", "3760000000017", "none", 4.0, True),
            (WINE, "Wine glass", "3760000000024", "none", 10.0, True),
            (YOGURT, "Yogurt", "3760000000031", "lot", 1.0, True),
            (PHONE, "Phone X", "3760000000048", "serial", 300.0, True),
            (VASE, "Old vase", "3760000000055", "none", 20.0, False),
        )
        for pid, name, code, tracking, cost, active in products:
            s.add(
                Product(
                    id=pid,
                    name=name,
                    barcode=code,
                    tracking=tracking,
                    categ_id=1,
                    active=active,
                )
            )
            s.add(ProductCost(product_id=pid, standard_price=cost, read_at="2026-11-26T08:00:00"))
        s.add(Packaging(id=1, product_id=MUG, name="Box of 6", qty=6, barcode="13760000000014"))
        s.add(Lot(id=7, name="L-2026-11", product_id=YOGURT))
        quants = (
            (1, MUG, SHELF, None, 12.0, "2026-11-20"),
            (2, WINE, SHELF, None, 20.0, None),
            (3, YOGURT, SHELF, 7, 8.0, None),
            (4, VASE, SHELF, None, 3.0, None),
            (5, MUG, BACK, None, 30.0, None),
        )
        # Assigned to someone in Odoo without a date: a count request too.
        s.add(Quant(id=6, product_id=WINE, location_id=BACK, quantity=7.0, user_id=9))
        for qid, pid, loc, lot, qty, due in quants:
            s.add(
                Quant(
                    id=qid,
                    product_id=pid,
                    location_id=loc,
                    lot_id=lot,
                    quantity=qty,
                    inventory_date=due,
                )
            )


class World:
    def __init__(self, tmp_path) -> None:
        self.cache = CacheStore.open(tmp_path)
        self.journal = JournalStore.open(tmp_path)
        self.outbox = Outbox(self.journal)
        seed_cache(self.cache)
        self.executors = Executors.inline()  # timing does not matter here: one thread
        self.who = ROSE
        self.repo = CountsRepo(self.cache, self.journal, self.outbox, RULES)
        self.counts = CountsPresenter(self.repo, self.executors, lambda: self.who)
        self.approvals = ApprovalsPresenter(
            ApprovalsRepo(self.journal, self.outbox, self.cache), self.executors, lambda: self.who
        )

    def run(self, coro):
        return asyncio.run(coro)

    def close(self) -> None:
        self.executors.shutdown()
        self.cache.close()
        self.journal.close()


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


def counted(w: World) -> dict[str, float]:
    return {r.key: r.counted for r in w.counts.rows()}


def test_tasks_list_odoo_requests_then_counts_in_progress(world):
    tasks = world.run(world.counts.load_tasks())
    assert [(t.kind, t.location_name, t.products) for t in tasks] == [
        ("request", "LYO/Stock/A-01", 1),
        ("request", "LYO/Stock/Back room", 1),
    ]
    world.run(world.counts.open_task(tasks[0]))
    assert world.counts.session.location_id == SHELF
    tasks = world.run(world.counts.load_tasks())
    assert [(t.kind, t.started_by) for t in tasks] == [
        ("in_progress", "Rose Vincent"),
        ("request", None),
    ]


def test_packaging_scan_adds_its_quantity_and_typed_quantity_replaces(world):
    world.run(world.counts.scan("LYO-A01"))
    world.run(world.counts.scan("3760000000017"))
    world.run(world.counts.scan("13760000000014"))  # a box of 6
    assert counted(world) == {str(MUG): 7}
    world.run(world.counts.set_quantity(str(MUG), 11))
    assert counted(world) == {str(MUG): 11}
    feedback = world.run(world.counts.undo())
    assert feedback.level == "ok" and counted(world) == {str(MUG): 7}


def test_lot_capture_for_tracked_products_and_serials_counted_once(world):
    world.run(world.counts.scan("LYO-A01"))
    ask = world.run(world.counts.scan("3760000000031"))
    assert ask.level == "warn" and "lot" in ask.message
    world.run(world.counts.scan("L-2026-11"))  # typed or scanned lot number
    line = world.counts.session.lines[f"{YOGURT}/L-2026-11"]
    assert line.lot_id == 7 and line.counted == 1 and line.snapshot_qty == 8
    world.run(world.counts.scan("3760000000048"))
    world.run(world.counts.scan("SN-0001"))
    assert world.counts.session.lines[f"{PHONE}/SN-0001"].lot_id is None
    world.run(world.counts.scan("3760000000048"))
    again = world.run(world.counts.scan("SN-0001"))
    assert again.level == "error" and "already counted" in again.message


def test_refusals_say_what_to_do(world):
    unknown = world.run(world.counts.scan("999999"))
    assert unknown.level == "error" and "neither a location nor a product" in unknown.message
    world.run(world.counts.scan("LYO-A01"))
    other = world.run(world.counts.scan("LYO-BACK"))
    assert other.level == "error" and other.action
    bad = world.run(world.counts.scan("3760000000018"))  # wrong check digit
    assert bad.level == "error" and bad.action
    world.who = None
    with pytest.raises(NotSignedIn):
        world.run(world.counts.scan("3760000000017"))


def test_counting_a_product_opens_a_count_in_each_location_holding_it(world):
    feedback = world.run(world.counts.start_from_scan("3760000000017"))
    assert "Back room" in feedback.action or "A-01" in feedback.action
    assert world.counts.session.location_id == BACK  # most stock first
    refused = world.run(world.counts.scan("3760000000024"))
    assert refused.level == "warn" and "only for Blue mug" in refused.message
    tasks = world.run(world.counts.load_tasks())
    assert sorted(t.location_id for t in tasks if t.kind == "in_progress") == [SHELF, BACK]


def test_count_survives_a_restart(world):
    world.run(world.counts.scan("LYO-A01"))
    world.run(world.counts.scan("3760000000017"))
    world.run(world.counts.scan("3760000000017"))
    fresh = CountsPresenter(world.repo, world.executors, lambda: world.who)
    task = world.run(fresh.load_tasks())[0]
    world.run(fresh.open_task(task))
    assert {r.key: r.counted for r in fresh.rows()} == {str(MUG): 2}


def test_recount_then_submit_routes_auto_and_approval_with_archived_product(world):
    world.run(world.counts.scan("LYO-A01"))
    world.run(world.counts.scan("3760000000024"))  # wine: 1 of 20
    world.run(world.counts.set_quantity(str(WINE), 19))  # −1 (5%), worth 10: auto
    world.run(world.counts.scan("3760000000017"))
    world.run(world.counts.set_quantity(str(MUG), 2))  # −10 of 12: recount
    world.run(world.counts.scan("3760000000055"))
    world.run(world.counts.set_quantity(str(VASE), 3))  # archived: a manager looks
    refused = world.run(world.counts.submit())
    assert refused.level == "warn" and "Blue mug" in refused.message
    assert "Old vase" in refused.message and "Wine glass" not in refused.message
    assert "12" not in refused.message  # blind: no system figure
    world.who = THEO
    world.run(world.counts.recount(str(MUG)))
    blocked = world.run(world.counts.submit())
    assert blocked.level == "error" and "not begun" in blocked.message
    world.run(world.counts.scan("3760000000017"))
    world.run(world.counts.set_quantity(str(MUG), 3))
    world.run(world.counts.recount(str(VASE)))
    world.run(world.counts.scan("3760000000055"))
    world.run(world.counts.set_quantity(str(VASE), 3))
    done = world.run(world.counts.submit())
    assert done.level == "ok"
    outcome = world.counts.last_outcome
    assert len(outcome.queued) == 1 and len(outcome.for_approval) == 2
    ops = {op.payload["product_id"]: op for op in world.outbox.list()}
    assert ops[WINE].state is OpState.QUEUED
    assert ops[MUG].state is OpState.PENDING_APPROVAL
    assert ops[VASE].payload["reasons"] == ["the product is archived in Odoo"]
    assert ops[MUG].payload["counters"] == [ROSE.employee_id, THEO.employee_id]
    with world.journal.read() as s:
        row = s.scalar(select(WorkSession))
        actions = [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    assert row.state == "submitted" and json.loads(row.data)["session"]["submitted"]
    assert actions[0] == "count.started" and "count.recount_started" in actions
    assert actions[-1] == "count.submitted" and actions.count("op.enqueued") == 3
    assert actions.count("count.recount_started") == 2


def submit_mug(world: World, who: SignedInEmployee, qty: float) -> str:
    world.who = who
    world.run(world.counts.scan("LYO-A01"))
    world.run(world.counts.scan("3760000000017"))
    world.run(world.counts.set_quantity(str(MUG), qty))
    world.run(world.counts.submit())
    world.who = THEO
    world.run(world.counts.recount(str(MUG)))
    world.run(world.counts.scan("3760000000017"))
    world.run(world.counts.set_quantity(str(MUG), qty))
    world.who = who
    world.run(world.counts.submit())
    return world.counts.last_outcome.for_approval[0]


def test_inbox_shows_the_story_and_refuses_self_approval(world):
    own = submit_mug(world, JULES, 2)
    world.who = JULES
    items = world.run(world.approvals.load())
    assert len(items) == 1
    item = items[0]
    assert (item.expected, item.counted, item.difference) == (12, 2, -10)
    assert item.value_impact == Decimal("-40.00")
    assert [a.counted_by for a in item.history] == ["Jules Dubois", "Théo Girard"]
    assert item.explanation.startswith("counted 2 at ")
    assert "adjusting -10 from 12 to 2" in item.explanation.replace("−", "-")
    assert not world.approvals.may_approve(item)
    decision = world.run(world.approvals.approve([own], "ok"))
    assert decision.decided == () and "nobody approves their own count" in decision.refused[0][1]
    with world.journal.read() as s:
        last = s.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))
    assert (last.action, last.actor_name) == ("op.approval_refused", "Jules Dubois")
    world.who = ROSE
    with pytest.raises(NotAllowed):
        world.run(world.approvals.approve([own]))
    world.who = CHLOE
    with pytest.raises(ValueError):
        world.run(world.approvals.reject([own], "  "))
    decision = world.run(world.approvals.reject([own], "Recount tomorrow with the delivery"))
    assert decision.decided == (own,)
    assert world.outbox.get(own).state is OpState.REJECTED
    assert world.run(world.approvals.load()) == []
    assert audit.verify(world.journal).ok


def test_bulk_approval_decides_what_it_may_and_explains_the_rest(world):
    own = submit_mug(world, JULES, 2)
    # A second adjustment, by an associate, at another location.
    world.who = ROSE
    world.run(world.counts.scan("LYO-BACK"))
    world.run(world.counts.scan("3760000000017"))
    world.run(world.counts.set_quantity(str(MUG), 20))
    world.run(world.counts.submit())
    world.who = THEO
    world.run(world.counts.recount(str(MUG)))
    world.run(world.counts.scan("3760000000017"))
    world.run(world.counts.set_quantity(str(MUG), 20))
    world.run(world.counts.submit())
    other = world.counts.last_outcome.for_approval[0]
    world.who = JULES
    decision = world.run(world.approvals.approve([own, other], "checked"))
    assert decision.decided == (other,)
    assert [uuid for uuid, _ in decision.refused] == [own]
    level, text = world.approvals.summary(decision, "approved")
    assert level == "warn" and "1 approved" in text and "another manager" in text
    approved = world.outbox.get(other)
    assert approved.state is OpState.QUEUED and approved.approver_name == "Jules Dubois"


@pytest.mark.parametrize("typed", ["inf", "nan", "1e400", "9" * 400, "-3", 1e9, "2.5", "0.001"])
def test_a_count_refuses_what_is_not_a_quantity_and_keeps_working(world, typed):
    """Typing "inf" or a 400-digit mis-scan as a count used to poison the line for good (inf, then nan
    after every entry and Undo, then a payload Odoo cannot read); 2.5 mugs counted in Units."""
    world.run(world.counts.scan("LYO-A01"))
    world.run(world.counts.scan("3760000000017"))
    refused = world.run(world.counts.set_quantity(str(MUG), typed))
    assert refused.level == "error" and refused.action and len(refused.message) < 120
    assert counted(world) == {str(MUG): 1}
    world.run(world.counts.scan("3760000000017"))
    assert counted(world) == {str(MUG): 2}
    assert world.run(world.counts.undo()).level == "ok" and counted(world) == {str(MUG): 1}
    world.run(world.counts.set_quantity(str(MUG), "12"))
    assert counted(world) == {str(MUG): 12}
    assert world.run(world.counts.submit()).level in ("ok", "warn")
    with world.journal.engine.connect() as conn:
        saved = conn.exec_driver_sql("SELECT payload FROM op").all()
        saved += conn.exec_driver_sql("SELECT details FROM audit_entry").all()
    assert saved and all("Infinity" not in text and "NaN" not in text for (text,) in saved)


def test_a_large_count_asks_for_a_confirmation_naming_the_number(world):
    world.run(world.counts.scan("LYO-A01"))
    world.run(world.counts.scan("3760000000017"))
    ask = world.run(world.counts.set_quantity(str(MUG), "1000000"))
    assert ask.level == "error" and "cannot be right" in ask.message
    ask = world.run(world.counts.set_quantity(str(MUG), "1200"))
    assert ask.level == "confirm" and ask.message == "1200 Units: is that right?"
    assert counted(world) == {str(MUG): 1}, "nothing is saved before the yes"
    done = world.run(world.counts.set_quantity(str(MUG), "1200", confirmed=True))
    assert done.level == "ok" and counted(world) == {str(MUG): 1200}


def test_a_product_chosen_in_the_search_counts_as_one_typed_scan(world):
    world.run(world.counts.scan("LYO-A01"))
    hits = world.run(world.counts.search_products("blue"))
    assert [h.id for h in hits] == [MUG]
    feedback = world.run(world.counts.choose_product(MUG))
    assert feedback.level == "ok" and counted(world) == {str(MUG): 1}
    ask = world.run(world.counts.choose_product(YOGURT))
    assert ask.level == "warn" and "lot" in ask.message


def test_a_lot_number_scanned_without_its_product_counts_that_product(world):
    """A lot or serial label carries only its number: scanned into the scan field with no
    product asked for, it is counted as one of the product whose lot it is."""
    world.run(world.counts.scan("LYO-A01"))
    feedback = world.run(world.counts.scan("L-2026-11"))
    assert feedback.level == "ok", feedback.message
    line = world.counts.session.lines[f"{YOGURT}/L-2026-11"]
    assert line.lot_id == 7 and line.counted == 1


def test_a_product_barcode_scanned_when_a_lot_is_asked_for_counts_that_product(world):
    """The screen asks for the yogurt's lot; the associate scans the mug instead: the mug is
    counted as a product scan, and no lot named like the mug's barcode is made up."""
    world.run(world.counts.scan("LYO-A01"))
    ask = world.run(world.counts.scan("3760000000031"))
    assert ask.level == "warn" and world.counts.awaiting_lot is not None
    feedback = world.run(world.counts.scan("3760000000017"))
    assert feedback.level == "ok", feedback.message
    assert counted(world) == {str(MUG): 1}
    assert world.counts.awaiting_lot is None
