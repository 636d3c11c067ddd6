"""Rules of the click-and-collect queue and handover (storeapp/core/click_collect.py), plus
the pick rules and barcodes exactly as the click-and-collect screens use them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from storeapp.core import click_collect as cc
from storeapp.core.click_collect import LocalState, OrderFacts, QueueGroup
from storeapp.core.pick_lines import PickLine, PickRefusalReason, PickStatus, Refused
from storeapp.core.picking import PickSession
from storeapp.core.scanning import (
    FunctionIndex,
    LotRef,
    PackagingRef,
    ProductRef,
    ScanRefusal,
    Tracking,
    resolve_scan,
)

NOW = datetime(2026, 11, 26, 14, 2, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


def order(**kw) -> OrderFacts:
    values = {
        "picking_id": 12,
        "name": "WH/OUT/00012",
        "odoo_state": "assigned",
        "customer": "Léa Girard",
        "sale_name": "S00012",
        "phone_last4": "6620",
        "promised_at": NOW + timedelta(hours=2),
        "lines": 2,
        "units": 3,
    }
    values.update(kw)
    return OrderFacts(**values)


def group_of(facts: OrderFacts, **kw) -> QueueGroup | None:
    entry = cc.classify(facts, NOW, tz=PARIS, **kw)
    return entry.group if entry else None


# --------------------------------------------------------------------------- grouping


def test_untouched_order_is_to_pick_and_overdue_once_promised_time_passed():
    assert group_of(order()) is QueueGroup.TO_PICK
    assert not cc.classify(order(), NOW).overdue
    late = cc.classify(order(promised_at=NOW - timedelta(minutes=1)), NOW)
    assert late.group is QueueGroup.TO_PICK and late.overdue


def test_local_work_wins_over_the_lagging_cache():
    assert group_of(order(local_state=LocalState.OPEN)) is QueueGroup.PICKING
    assert group_of(order(local_state=LocalState.READY, local_changed_at=NOW)) is QueueGroup.READY
    collected = order(local_state=LocalState.COLLECTED, local_changed_at=NOW)
    assert group_of(collected) is QueueGroup.COLLECTED
    assert group_of(order(validation_sent=True, local_changed_at=NOW)) is QueueGroup.COLLECTED


def test_picked_in_odoo_counts_as_ready():
    assert group_of(order(lines_picked_in_odoo=2)) is QueueGroup.READY
    assert group_of(order(lines_picked_in_odoo=1)) is QueueGroup.TO_PICK


def test_collected_shows_only_on_the_day_in_the_store_time_zone():
    # 23:30 UTC on the 25th is 00:30 on the 26th in Paris: today there.
    late_evening = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
    done = order(odoo_state="done", date_done=late_evening)
    assert group_of(done) is QueueGroup.COLLECTED
    assert cc.classify(done, NOW, tz=ZoneInfo("UTC")) is None
    assert group_of(order(odoo_state="done", date_done=NOW - timedelta(days=2))) is None


def test_cancelled_orders_matter_only_when_work_started_here():
    cancelled_at = datetime(2026, 11, 26, 13, 2, tzinfo=UTC)  # 14:02 in Paris
    assert group_of(order(odoo_state="cancel", odoo_changed_at=cancelled_at)) is None
    entry = cc.classify(
        order(odoo_state="cancel", odoo_changed_at=cancelled_at, local_state=LocalState.OPEN),
        NOW,
        tz=PARIS,
    )
    assert entry.group is QueueGroup.EXCEPTION
    assert entry.exception == "Order WH/OUT/00012 was cancelled in Odoo at 14:02."
    assert entry.action.startswith("Put the items back")
    assert entry.needs_put_back and not entry.can_hand_over and not entry.can_pick


def test_parked_op_makes_an_exception_with_its_reason():
    entry = cc.classify(
        order(local_state=LocalState.READY, parked_reason="Odoo refused", parked_action="Fix it"),
        NOW,
    )
    assert (entry.group, entry.exception, entry.action) == (
        QueueGroup.EXCEPTION,
        "Odoo refused",
        "Fix it",
    )
    assert not entry.can_hand_over


def test_short_picked_order_is_an_exception_that_can_still_be_handed_over():
    entry = cc.classify(
        order(
            local_state=LocalState.READY,
            local_changed_at=NOW,
            missing=("1 × Blue mug (Damaged)",),
        ),
        NOW,
    )
    assert entry.group is QueueGroup.EXCEPTION
    assert "1 × Blue mug (Damaged)" in entry.exception
    assert entry.can_hand_over


def test_uncollected_after_n_days_is_listed_for_return_to_stock():
    ready = order(local_state=LocalState.READY, local_changed_at=NOW - timedelta(days=7, hours=1))
    entry = cc.classify(ready, NOW, uncollected_after_days=7)
    assert entry.group is QueueGroup.EXCEPTION
    assert entry.uncollected_days == 7
    assert "return the items to stock" in entry.action
    assert cc.classify(ready, NOW, uncollected_after_days=8).group is QueueGroup.READY


def test_put_back_orders_leave_the_queue():
    assert group_of(order(odoo_state="cancel", local_state=LocalState.PUT_BACK)) is None


def test_queue_is_sorted_by_group_then_promised_time():
    orders = [
        order(picking_id=1, name="A", promised_at=NOW + timedelta(hours=3)),
        order(picking_id=2, name="B", promised_at=NOW - timedelta(hours=1)),
        order(picking_id=3, name="C", promised_at=None),
        order(picking_id=4, name="D", lines_picked_in_odoo=2, odoo_changed_at=NOW),
        order(picking_id=5, name="E", parked_reason="refused"),
    ]
    names = [e.facts.name for e in cc.build_queue(orders, NOW)]
    assert names == ["E", "B", "A", "C", "D"]
    counts = cc.group_counts(cc.build_queue(orders, NOW))
    assert counts[QueueGroup.TO_PICK] == 3 and counts[QueueGroup.COLLECTED] == 0


# --------------------------------------------------------------------------- search


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("", True),
        ("lea", True),  # accents ignored
        ("GIRARD", True),
        ("6620", True),  # last four digits of the phone
        ("20", True),
        ("00012", True),  # order number digits
        ("12", True),
        ("s00012", True),
        ("wh/out/00012", True),
        ("Moreau", False),
        ("1234", False),
    ],
)
def test_search(query: str, found: bool):
    assert cc.matches(order(), query) is found


def test_find_for_handover_needs_an_exact_order_number():
    entries = cc.build_queue([order(), order(picking_id=13, name="WH/OUT/00013")], NOW)
    assert cc.find_for_handover(entries, "WH/OUT/00013").picking_id == 13
    assert cc.find_for_handover(entries, "s00012").picking_id == 12
    assert cc.find_for_handover(entries, "WH/OUT/0001") is None


# --------------------------------------------------------------------------- handover


def test_checklist_uses_standard_words_and_the_store_own():
    items = cc.checklist(["name", "id_shown", "Signature on the receipt", "name"])
    assert [i.key for i in items] == ["name", "id_shown", "Signature on the receipt"]
    assert items[1].label == "The customer showed a photo ID"
    assert items[2].label == "Signature on the receipt"
    assert [i.key for i in cc.missing_checks(items, ["name"])] == [
        "id_shown",
        "Signature on the receipt",
    ]
    assert [i.key for i in cc.checklist([])] == ["name"]


def test_bag_label_lines():
    label = cc.BagLabel(
        order="WH/OUT/00012",
        customer="Léa Girard",
        sale_name="S00012",
        items=3,
        lines=2,
        ready_at=NOW,
        picked_by="Rose Vincent",
        missing=("1 × Blue mug (Damaged)",),
    )
    rows = label.detail_lines(PARIS)
    assert rows[0] == "3 items on 2 lines"
    assert rows[1] == "Ready 26/11/2026 15:02 · picked by Rose Vincent"
    assert rows[-1] == "Missing: 1 × Blue mug (Damaged)"


# --------------------------------------------------------------------------- pick rules


MUG = ProductRef(1, "Blue mug")
EARBUDS = ProductRef(31, "Earbuds", Tracking.SERIAL)
JAR = ProductRef(4, "Glass jar")
INDEX = FunctionIndex(
    product=lambda code: {"4006381333931": MUG, "3769551871152": EARBUDS, "4000000000006": JAR}.get(
        code
    ),
    packaging=lambda code: PackagingRef(JAR, 6, "6-pack") if code == "3771638210471" else None,
    lot=lambda product_id, name: LotRef(100, name, product_id) if name.startswith("SN") else None,
)


def session() -> PickSession:
    return PickSession(
        12,
        "WH/OUT/00012",
        [
            PickLine(1, 1, "Blue mug", 2),
            PickLine(2, 31, "Earbuds", 2, Tracking.SERIAL),
            PickLine(3, 4, "Glass jar", 6),
        ],
    )


def scan(s: PickSession, code: str):
    resolved = resolve_scan(code, INDEX)
    assert not isinstance(resolved, ScanRefusal), resolved
    return s.apply_scan(resolved, now=NOW)


def test_barcodes_check_digits_and_gs1():
    bad = resolve_scan("4006381333932", INDEX)
    assert isinstance(bad, ScanRefusal) and bad.reason == "invalid_check_digit"
    assert isinstance(resolve_scan("9999999999994", INDEX), ScanRefusal)  # valid, unknown
    with_separator = resolve_scan("0103769551871152\x1d21SN1", INDEX)
    without = resolve_scan("010376955187115221SN1", INDEX)
    assert with_separator.lot_name == without.lot_name == "SN1"


def test_pick_rules_wrong_product_over_pick_serials_packaging_and_short():
    s = session()
    wrong = s.apply_scan(
        resolve_scan("9999999999994", FunctionIndex(lambda c: ProductRef(9, "Pan")))
    )
    assert isinstance(wrong, Refused) and wrong.reason is PickRefusalReason.WRONG_PRODUCT
    assert scan(s, "4006381333931").picked == 1
    scan(s, "4006381333931")
    over = scan(s, "4006381333931")
    assert over.reason is PickRefusalReason.OVER_PICK and "already 2 of 2" in over.message
    no_serial = scan(s, "3769551871152")
    assert no_serial.reason is PickRefusalReason.SERIAL_REQUIRED
    assert scan(s, "010376955187115221SN1").picked == 1
    twice = scan(s, "010376955187115221SN1")
    assert twice.reason is PickRefusalReason.SERIAL_TWICE
    assert scan(s, "3771638210471").picked == 6  # a 6-pack counts six
    assert s.status is PickStatus.PICKING
    short = s.mark_short(2, "not_found", now=NOW)
    assert "1 short" in short.message
    assert s.status is PickStatus.EXCEPTION
    payload = s.close().to_payload()
    assert [m["quantity"] for m in payload["moves"]] == [2, 1, 6]
    assert payload["moves"][1]["short_quantity"] == 1
