"""Pick session rules: scans, refusals, manual entry, short picks, undo, claims, persistence."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storeapp.core.picking import (
    LineUpdated,
    PickLine,
    PickRefusalReason,
    PickSession,
    PickStatus,
    Refused,
    ShortPolicy,
    ShortReason,
)
from storeapp.core.scanning import ProductRef, ScanResolution, ScanSource, Tracking

T0 = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)

MUG = ProductRef(1, "Blue mug")
PHONE = ProductRef(2, "Phone X", Tracking.SERIAL)
YOGURT = ProductRef(3, "Yogurt", Tracking.LOT)
SOCKS = ProductRef(9, "Socks")


def scan(product: ProductRef, qty: float = 1.0, lot: str | None = None, lot_id: int | None = None):
    return ScanResolution(
        product_id=product.id,
        product_name=product.name,
        quantity=qty,
        source=ScanSource.PACKAGING if qty > 1 else ScanSource.PRODUCT,
        tracking=product.tracking,
        lot_name=lot,
        lot_id=lot_id,
    )


def session(**kwargs) -> PickSession:
    return PickSession(
        4711,
        "WH/OUT/00042",
        [
            PickLine(11, 1, "Blue mug", 2, location_name="A-01"),
            PickLine(12, 2, "Phone X", 2, Tracking.SERIAL, "SAFE"),
            PickLine(13, 3, "Yogurt", 3, Tracking.LOT, "FRIDGE"),
        ],
        **kwargs,
    )


def ok(result) -> LineUpdated:
    assert isinstance(result, LineUpdated), result
    return result


def refused(result, reason: PickRefusalReason) -> Refused:
    assert isinstance(result, Refused), result
    assert result.reason is reason, result
    assert result.message and result.action
    return result


def test_scan_fills_the_matching_line():
    s = session()
    assert s.status is PickStatus.TO_PICK
    r = ok(s.apply_scan(scan(MUG)))
    assert (r.move_id, r.picked, r.demand, r.line_complete) == (11, 1, 2, False)
    assert r.message == "Blue mug: 1 of 2"
    assert s.status is PickStatus.PICKING


def test_wrong_product_and_product_of_another_order():
    s = session()
    r = refused(s.apply_scan(scan(SOCKS)), PickRefusalReason.WRONG_PRODUCT)
    assert r.message == "Socks is not on this order."
    r = refused(
        s.apply_scan(scan(SOCKS), other_order=lambda pid: "WH/OUT/00050" if pid == 9 else None),
        PickRefusalReason.OTHER_ORDER,
    )
    assert "WH/OUT/00050" in r.message


def test_over_pick_is_refused_with_counts():
    s = session()
    ok(s.apply_scan(scan(MUG)))
    ok(s.apply_scan(scan(MUG)))
    r = refused(s.apply_scan(scan(MUG)), PickRefusalReason.OVER_PICK)
    assert "already 2 of 2 picked" in r.message
    assert s.line(11).picked == 2


def test_packaging_larger_than_remaining_is_refused():
    s = session()
    r = refused(s.apply_scan(scan(MUG, 6)), PickRefusalReason.OVER_PICK)
    assert "counts 6 but only 2 more are needed" in r.message
    assert s.line(11).picked == 0


def test_serial_required_and_serial_twice():
    s = session()
    refused(s.apply_scan(scan(PHONE)), PickRefusalReason.SERIAL_REQUIRED)
    ok(s.apply_scan(scan(PHONE, lot="SN123", lot_id=5)))
    r = refused(s.apply_scan(scan(PHONE, lot="SN123", lot_id=5)), PickRefusalReason.SERIAL_TWICE)
    assert r.message == "Serial SN123 already picked on this order."
    ok(s.apply_scan(scan(PHONE, lot="SN124", lot_id=6)))
    assert s.line(12).lots == {"SN123": 1, "SN124": 1}


def test_serial_scan_counting_several_units_is_refused():
    s = session()
    refused(s.apply_scan(scan(PHONE, 2, lot="SN1", lot_id=1)), PickRefusalReason.SERIAL_QUANTITY)


def test_lot_required_and_unknown_lot():
    s = session()
    refused(s.apply_scan(scan(YOGURT)), PickRefusalReason.LOT_REQUIRED)
    refused(s.apply_scan(scan(YOGURT, lot="NEW")), PickRefusalReason.UNKNOWN_LOT)
    ok(s.apply_scan(scan(YOGURT, lot="L1", lot_id=31)))
    ok(s.apply_scan(scan(YOGURT, lot="L1", lot_id=31)))
    ok(s.apply_scan(scan(YOGURT, lot="L2", lot_id=32)))
    assert s.line(13).lots == {"L1": 2, "L2": 1}
    lenient = session(allow_unknown_lots=True)
    ok(lenient.apply_scan(scan(YOGURT, lot="NEW")))


def test_manual_quantity_is_marked_manual():
    s = session()
    r = ok(s.set_quantity(11, 2))
    assert r.manual and s.line(11).manual
    assert r.message.endswith("(typed)")
    refused(s.set_quantity(11, 3), PickRefusalReason.OVER_PICK)
    refused(s.set_quantity(11, -1), PickRefusalReason.BAD_QUANTITY)
    refused(s.set_quantity(11, float("nan")), PickRefusalReason.BAD_QUANTITY)
    refused(s.set_quantity(99, 1), PickRefusalReason.UNKNOWN_LINE)
    ok(s.set_quantity(11, 0))
    assert s.line(11).picked == 0


def test_manual_quantity_on_tracked_lines():
    s = session()
    refused(s.set_quantity(13, 2), PickRefusalReason.LOT_REQUIRED)
    ok(s.set_quantity(13, 2, lot_name="L1", lot_id=31))
    ok(s.set_quantity(13, 1, lot_name="L2", lot_id=32))
    refused(s.set_quantity(13, 2, lot_name="L2", lot_id=32), PickRefusalReason.OVER_PICK)
    ok(s.set_quantity(13, 0, lot_name="L1"))
    assert s.line(13).lots == {"L2": 1} and s.line(13).picked == 1
    refused(s.set_quantity(12, 2, lot_name="SN1", lot_id=1), PickRefusalReason.SERIAL_QUANTITY)
    refused(s.set_quantity(12, 0.5, lot_name="SN1", lot_id=1), PickRefusalReason.BAD_QUANTITY)
    ok(s.set_quantity(12, 1, lot_name="SN1", lot_id=1))
    # Typing the same absolute quantity again changes nothing.
    ok(s.set_quantity(12, 1, lot_name="SN1", lot_id=1))
    assert s.line(12).picked == 1


def test_serial_twice_across_two_lines_of_the_same_product():
    s = PickSession(
        1,
        "WH/OUT/1",
        [
            PickLine(1, 2, "Phone X", 1, Tracking.SERIAL),
            PickLine(2, 2, "Phone X", 1, Tracking.SERIAL),
        ],
    )
    ok(s.apply_scan(scan(PHONE, lot="SN1", lot_id=1)))
    refused(s.apply_scan(scan(PHONE, lot="SN1", lot_id=1)), PickRefusalReason.SERIAL_TWICE)
    refused(s.set_quantity(2, 1, lot_name="SN1", lot_id=1), PickRefusalReason.SERIAL_TWICE)
    r = ok(s.apply_scan(scan(PHONE, lot="SN2", lot_id=2)))
    assert r.move_id == 2 and s.status is PickStatus.READY


def test_manual_scan_resolution_marks_line_manual():
    s = session()
    r = ok(s.apply_scan(ScanResolution.typed(MUG, 1)))
    assert r.manual and s.line(11).manual


def test_undo_last_restores_the_line():
    s = session()
    refused(s.undo_last(), PickRefusalReason.NOTHING_TO_UNDO)
    ok(s.apply_scan(scan(PHONE, lot="SN1", lot_id=1)))
    ok(s.apply_scan(scan(MUG)))
    ok(s.undo_last())
    assert s.line(11).picked == 0
    ok(s.undo_last())
    assert s.line(12).lots == {} and s.line(12).picked == 0
    # The serial can be picked again after the undo.
    ok(s.apply_scan(scan(PHONE, lot="SN1", lot_id=1)))


def test_ready_status_and_summary_payload():
    s = session()
    for _ in range(2):
        ok(s.apply_scan(scan(MUG)))
    ok(s.apply_scan(scan(PHONE, lot="SN1", lot_id=1)))
    ok(s.apply_scan(scan(PHONE, lot="SN2", lot_id=2)))
    ok(s.set_quantity(13, 3, lot_name="L1", lot_id=31))
    assert s.status is PickStatus.READY
    summary = s.close()
    payload = summary.to_payload()
    assert payload["picking_id"] == 4711 and payload["v"] == 1
    moves = {m["move_id"]: m for m in payload["moves"]}
    assert moves[11]["quantity"] == 2 and moves[11]["lots"] == []
    assert moves[12]["lots"] == [
        {"lot_id": 1, "lot_name": "SN1", "quantity": 1},
        {"lot_id": 2, "lot_name": "SN2", "quantity": 1},
    ]
    assert moves[13]["manual"] is True
    assert not summary.has_shorts
    refused(s.apply_scan(scan(MUG)), PickRefusalReason.CLOSED)
    s.reopen()
    refused(s.apply_scan(scan(MUG)), PickRefusalReason.OVER_PICK)


def test_short_pick_with_reason_and_policy():
    s = session(short_policy=ShortPolicy.CANCEL)
    ok(s.apply_scan(scan(MUG)))
    refused(s.mark_short(11, "lost_in_space", now=T0), PickRefusalReason.UNKNOWN_REASON)
    refused(s.mark_short(11, "other", now=T0), PickRefusalReason.NOTE_REQUIRED)
    r = ok(s.mark_short(11, "not_found", now=T0, by_id=7, by_name="Anna"))
    assert "1 short (Not found on the shelf)" in r.message and "cancelled" in r.message
    assert s.status is PickStatus.PICKING  # other lines still to pick
    with pytest.raises(ValueError, match="still has lines to pick"):
        s.close()
    ok(s.mark_short(12, "insufficient_stock", now=T0))
    ok(s.mark_short(13, "damaged", now=T0))
    assert s.status is PickStatus.EXCEPTION
    assert s.missing() == [
        "1 × Blue mug (Not found on the shelf)",
        "2 × Phone X (Not enough in stock)",
        "3 × Yogurt (Damaged)",
    ]
    summary = s.close()
    assert summary.has_shorts and summary.short_policy is ShortPolicy.CANCEL
    move = summary.moves[0]
    assert (move.quantity, move.short_quantity, move.short_reason) == (1, 1, "not_found")


def test_short_line_found_after_all_clears_the_mark():
    s = session()
    ok(s.mark_short(11, "not_found", now=T0))
    ok(s.apply_scan(scan(MUG)))
    assert s.line(11).short is not None
    ok(s.apply_scan(scan(MUG)))
    assert s.line(11).short is None
    refused(s.mark_short(11, "damaged", now=T0), PickRefusalReason.OVER_PICK)


def test_clear_short_and_undo_short():
    s = session()
    ok(s.mark_short(11, "damaged", now=T0))
    ok(s.clear_short(11))
    assert s.line(11).short is None
    ok(s.undo_last())
    assert s.line(11).short is not None
    ok(s.undo_last())
    assert s.line(11).short is None
    refused(s.clear_short(11), PickRefusalReason.UNKNOWN_LINE)


def test_custom_short_reasons():
    s = session(short_reasons=[ShortReason("gone", "Gone")])
    refused(s.mark_short(11, "damaged", now=T0), PickRefusalReason.UNKNOWN_REASON)
    ok(s.mark_short(11, "gone", now=T0))


def test_claims_warn_with_name_and_age():
    s = session()
    assert s.check_claim(1, T0) is None
    s.take_claim(1, "Anna", T0)
    assert s.check_claim(1, T0 + timedelta(minutes=5)) is None
    ok(s.apply_scan(scan(MUG), now=T0 + timedelta(minutes=10)))
    w = s.check_claim(2, T0 + timedelta(minutes=12))
    assert w is not None and not w.stale
    assert w.holder_name == "Anna" and w.age == timedelta(minutes=12)
    assert "Anna has been picking this order for 12 minutes (last scan 2 minutes ago)" in w.message
    stale = s.check_claim(2, T0 + timedelta(hours=1, minutes=15))
    assert stale.stale and "take it over" in stale.message
    assert "1 hour 15 min" in stale.message
    s.take_claim(2, "Ben", T0 + timedelta(hours=2))
    assert s.claim.employee_name == "Ben" and s.check_claim(1, T0 + timedelta(hours=2))
    s.release_claim()
    assert s.claim is None


def test_session_validation():
    with pytest.raises(ValueError):
        PickSession(1, "X", [])
    with pytest.raises(ValueError):
        PickSession(1, "X", [PickLine(1, 1, "a", 1), PickLine(1, 2, "b", 1)])


def test_round_trip_through_json():
    s = session(short_policy=ShortPolicy.CANCEL)
    s.take_claim(1, "Anna", T0)
    ok(s.apply_scan(scan(MUG), now=T0))
    ok(s.apply_scan(scan(PHONE, lot="SN1", lot_id=1), now=T0))
    ok(s.mark_short(13, "other", note="shelf empty", now=T0, by_id=1, by_name="Anna"))
    data = json.loads(json.dumps(s.to_dict()))
    again = PickSession.from_dict(data)
    assert again.to_dict() == s.to_dict()
    assert again.status is s.status
    # The undo history survives too.
    ok(again.undo_last())
    assert again.line(13).short is None
    ok(again.undo_last())
    assert again.line(12).picked == 0
    with pytest.raises(ValueError):
        PickSession.from_dict({**data, "v": 99})


actions = st.lists(
    st.one_of(
        st.tuples(st.just("scan"), st.sampled_from([1, 2, 3]), st.sampled_from([1.0, 2.0, 6.0])),
        st.tuples(st.just("set"), st.sampled_from([11, 12, 13]), st.floats(-2, 8)),
        st.tuples(st.just("undo"), st.none(), st.none()),
        st.tuples(st.just("short"), st.sampled_from([11, 12, 13]), st.none()),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(actions, st.lists(st.sampled_from(["L1", "L2", "SN1", "SN2", "SN3"]), min_size=40))
def test_picked_never_exceeds_demand(steps, lots):
    s = session(allow_unknown_lots=True)
    products = {1: MUG, 2: PHONE, 3: YOGURT}
    for i, (kind, target, qty) in enumerate(steps):
        lot = lots[i]
        if kind == "scan":
            s.apply_scan(scan(products[target], qty, lot=lot))
        elif kind == "set":
            s.set_quantity(target, qty, lot_name=lot)
        elif kind == "undo":
            s.undo_last()
        else:
            s.mark_short(target, "damaged", now=T0)
        for line in s.lines:
            assert 0 <= line.picked <= line.demand + 1e-9
            if line.tracking is not Tracking.NONE:
                assert abs(sum(line.lots.values()) - line.picked) < 1e-9
            if line.tracking is Tracking.SERIAL:
                assert all(q == 1 for q in line.lots.values())
        assert PickSession.from_dict(s.to_dict()).to_dict() == s.to_dict()
