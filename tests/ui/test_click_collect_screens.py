"""Click & Collect without a server: presenters (no widgets), table models (qtmodeltester) and
the bag label PDF, over a small cache written by hand in tmp_path."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from storeapp.core import click_collect as cc
from storeapp.offline.cache_models import (
    Carrier,
    Location,
    Lot,
    Move,
    Packaging,
    Partner,
    Picking,
    PickingType,
    Product,
    Warehouse,
)
from storeapp.offline.click_collect_repo import (
    ClaimedByOther,
    ClickCollectRepo,
    ClickCollectSettings,
)
from storeapp.offline.journal_models import WorkSession
from storeapp.offline.outbox import Actor, Outbox
from storeapp.ui.click_collect import label as bag_label
from storeapp.ui.click_collect.model import PickLinesModel, QueueModel
from storeapp.ui.click_collect.presenter import QueuePresenter

ANA = Actor(11, "Ana Associate")
MAX = Actor(12, "Max Manager")
MUG, EARBUDS, JAR, PAN = "4006381333931", "3769551871152", "4000000000006", "5901234123457"
PACK_OF_6 = "3771638210471"


def fill_cache(cache) -> None:
    stamp = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S")
    with cache.write() as s:
        s.add(Warehouse(id=1, name="Test store", code="TS", out_type_id=2))
        s.add(PickingType(id=2, name="Delivery", code="outgoing", warehouse_id=1))
        s.add(Location(id=9, name="Stock", complete_name="TS/Stock/A-01", usage="internal"))
        s.add(Carrier(id=1, name="Click & Collect", delivery_type="onsite"))
        s.add(Partner(id=1, name="Léa Girard", phone_last4="6620"))
        for pid, name, code, tracking in (
            (1, "Blue mug", MUG, "none"),
            (31, "Earbuds", EARBUDS, "serial"),
            (4, "Glass jar", JAR, "none"),
            (7, "Frying pan", PAN, "none"),
        ):
            s.add(Product(id=pid, name=name, barcode=code, tracking=tracking, uom_name="Units"))
        s.add(Packaging(id=1, product_id=4, name="6-pack", qty=6, barcode=PACK_OF_6))
        s.add(Lot(id=70, name="SN0001", product_id=31))
        s.add(Lot(id=71, name="SN0002", product_id=31))
        for pick_id, name, moves in (
            (12, "TS/OUT/00012", [(1, 1, 2), (2, 31, 2), (3, 4, 6)]),
            (13, "TS/OUT/00013", [(4, 7, 1)]),
        ):
            s.add(
                Picking(
                    id=pick_id,
                    name=name,
                    state="assigned",
                    picking_type_id=2,
                    picking_type_code="outgoing",
                    partner_id=1,
                    carrier_id=1,
                    scheduled_date=stamp,
                    location_id=9,
                )
            )
            for move_id, product_id, qty in moves:
                s.add(
                    Move(
                        id=move_id,
                        picking_id=pick_id,
                        product_id=product_id,
                        product_uom_qty=qty,
                        state="assigned",
                        location_id=9,
                    )
                )


@pytest.fixture
def repo(stores) -> ClickCollectRepo:
    cache, journal = stores
    fill_cache(cache)
    return ClickCollectRepo(cache, journal, Outbox(journal), ClickCollectSettings("TS"))


def run(qloop, coro):
    return qloop.run_until_complete(coro)


def test_presenter_scans_refuses_and_saves_every_change(qloop, repo, executors):
    who = {"actor": ANA}
    queue = QueuePresenter(repo, executors, lambda: who["actor"], online=lambda: False)
    run(qloop, queue.refresh())
    assert [e.facts.name for e in queue.visible()] == ["TS/OUT/00012", "TS/OUT/00013"]
    queue.query = "6620"
    assert len(queue.visible()) == 2
    queue.query = "00013"
    assert [e.facts.name for e in queue.visible()] == ["TS/OUT/00013"]

    pick = run(qloop, queue.start_pick(12))
    ok = run(qloop, pick.scan(MUG))
    assert ok.ok and ok.message == "Blue mug: 1 of 2"
    pack = run(qloop, pick.scan(PACK_OF_6))
    assert pack.ok and pack.message == "Glass jar: 6 of 6"
    elsewhere = run(qloop, pick.scan(PAN))
    assert not elsewhere.ok and "belongs to TS/OUT/00013" in elsewhere.message
    unknown = run(qloop, pick.scan("9999999999994"))
    assert not unknown.ok and "No product or packaging" in unknown.message
    bad_digit = run(qloop, pick.scan("4006381333932"))
    assert not bad_digit.ok and "check digit" in bad_digit.message.lower()
    serial = run(qloop, pick.scan("0103769551871152" + "21SN0001"))
    assert serial.ok
    again = run(qloop, pick.scan("0103769551871152" + "21SN0001"))
    assert not again.ok and "already picked" in again.message
    typed = run(qloop, pick.scan(MUG, typed=True))
    assert typed.ok and pick.session.line(typed.subject).manual
    run(qloop, pick.flush())

    with repo.journal.read() as s:
        row = s.scalar(select(WorkSession).where(WorkSession.subject == "picking:12"))
    saved = json.loads(row.data)
    assert {line["move_id"]: line["picked"] for line in saved["lines"]} == {1: 2, 2: 1, 3: 6}
    assert saved["claim"]["employee_name"] == "Ana Associate"
    assert repo.outbox.list() == []  # offline: the claim is local only

    # A second associate is warned; taking over is a choice.
    who["actor"] = MAX
    with pytest.raises(ClaimedByOther) as claimed:
        run(qloop, queue.start_pick(12))
    assert "Ana Associate has been picking this order" in str(claimed.value)
    taken = run(qloop, queue.start_pick(12, take_over=True))
    assert taken.session.claim.employee_name == "Max Manager"
    assert taken.session.line(1).picked == 2  # the work done so far stays


def test_ready_queues_quantities_and_note_in_one_go(qloop, repo, executors):
    queue = QueuePresenter(repo, executors, lambda: ANA, online=lambda: True)
    run(qloop, queue.refresh())
    pick = run(qloop, queue.start_pick(13))
    run(qloop, pick.scan(PAN))
    assert pick.can_finish
    ops = run(qloop, pick.mark_ready())
    assert [op.kind for op in ops] == ["picking.set_picked", "message.post"]
    assert ops[0].payload["moves"] == [
        {
            "move_id": 4,
            "product_id": 7,
            "quantity": 1.0,
            "lots": [],
            "manual": False,
            "short_quantity": 0.0,
            "short_reason": None,
        }
    ]
    assert "Ready for pickup" in ops[1].payload["body"]
    run(qloop, queue.refresh())
    assert queue.entry(13).group is cc.QueueGroup.READY
    label = run(qloop, pick.bag_label("Test store"))
    assert (label.order, label.customer, label.items) == ("TS/OUT/00013", "Léa Girard", 1)


def test_models(qtmodeltester, qloop, repo, executors):
    queue = QueuePresenter(repo, executors, lambda: ANA, online=lambda: False)
    run(qloop, queue.refresh())
    model = QueueModel()
    model.set_rows(queue.visible())
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "TS/OUT/00012"
    assert model.row_of(13) == 1

    pick = run(qloop, queue.start_pick(12))
    lines = PickLinesModel()
    lines.follow(lambda: pick.session.lines)
    qtmodeltester.check(lines)
    run(qloop, pick.scan(MUG))
    lines.line_changed(1)
    row = lines.row_of(1)
    assert lines.data(lines.index(row, 3)) == "1"
    assert lines.data(lines.index(lines.row_of(2), 4)) == "Scan the serial number"
    run(qloop, pick.flush())


def test_bag_label_pdf(tmp_path: Path, qapp):
    label = cc.BagLabel(
        order="TS/OUT/00012",
        customer="Léa Girard",
        sale_name="S00012",
        items=9,
        lines=3,
        ready_at=datetime(2026, 11, 26, 14, 2, tzinfo=UTC),
        picked_by="Ana Associate",
        store="Test store",
    )
    path = bag_label.write_pdf(label, tmp_path / "labels" / "bag.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1  # exactly one page
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box is not None
    width_mm, height_mm = (float(v) / 72 * 25.4 for v in box.groups())
    assert (round(width_mm), round(height_mm)) == (100, 150)
    assert len(data) > 2000  # text and the frame were drawn, not an empty page

    with pytest.raises(bag_label.LabelPrintError) as missing:
        bag_label.print_label(label, "No Such Printer")
    assert "'No Such Printer' is not installed" in str(missing.value)
    assert "saved as a PDF" in str(missing.value)


def test_handover_needs_a_ready_order(qloop, repo, executors):
    queue = QueuePresenter(repo, executors, lambda: ANA)
    with pytest.raises(Exception, match="not ready for pickup"):
        run(qloop, queue.hand_over(12, ["name"]))


@pytest.mark.parametrize(
    ("units", "lines", "expected"),
    [(1, 1, "1 item on 1 line"), (3, 2, "3 items on 2 lines")],
)
def test_handover_summary_says_1_item_not_1_items(qapp, units, lines, expected):
    from storeapp.ui.click_collect.handover_view import HandoverPage
    from tests.unit.test_click_collect import order

    page = HandoverPage(cc.checklist(["name"]))
    facts = order(units=units, lines=lines)
    page.show_entry(cc.QueueEntry(facts, cc.QueueGroup.READY))
    assert page.summary.text().split(" · ")[-1] == expected
