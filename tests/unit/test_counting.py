"""Cycle count rules: scans and snapshots, tolerances and recounts, routing, arithmetic, approval."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storeapp.core import ops
from storeapp.core.count_lines import CountRefusalReason, CountRefused, CountUpdated, EntrySource
from storeapp.core.count_review import (
    AutoApproveRule,
    CountRules,
    Employee,
    ToleranceRule,
    check_approver,
    explain,
)
from storeapp.core.counting import COST_UNKNOWN, CountSession, Route, Submission
from storeapp.core.ops import count_adjustment
from storeapp.core.scanning import ProductRef, ScanResolution, ScanSource, Tracking

T0 = datetime(2026, 11, 26, 9, 2, tzinfo=UTC)  # 10:02 in Brussels
BRUSSELS = ZoneInfo("Europe/Brussels")
ANNA = Employee(1, "Anna")
BEN = Employee(2, "Ben")
MARIE = Employee(3, "Marie", is_manager=True)
PAUL = Employee(4, "Paul", is_manager=True)

MUG = ProductRef(1, "Blue mug")
PHONE = ProductRef(2, "Phone X", Tracking.SERIAL)
YOGURT = ProductRef(3, "Yogurt", Tracking.LOT)
VASE = ProductRef(5, "Old vase", active=False)

RULES = CountRules(
    tolerances=(
        ToleranceRule(max_qty=2, max_percent=20),
        ToleranceRule(categories=("All / Electronics",), max_qty=0),
        ToleranceRule(categories=("All / Home",), max_value=Decimal("30")),
    ),
    auto_approve=(
        AutoApproveRule(max_qty=3, max_value=Decimal("50")),
        AutoApproveRule(categories=("All / Electronics",), max_qty=0, max_value=Decimal("0")),
    ),
)


class System:
    """The cache's view of stock at the location, changeable between scans."""

    def __init__(self, **qty):
        self.qty = {int(k[1:]): v for k, v in qty.items()}
        self.calls = 0

    def __call__(self, product_id, lot_id, lot_name):
        self.calls += 1
        return self.qty.get(product_id, 0.0)


def res(product, qty=1.0, lot=None, lot_id=None, packaging=None, manual=False):
    return ScanResolution(
        product.id,
        product.name,
        qty,
        ScanSource.MANUAL if manual else ScanSource.PRODUCT,
        product.tracking,
        lot,
        lot_id,
        manual=manual,
        packaging_name=packaging,
        product_active=product.active,
    )


def ok(result) -> CountUpdated:
    assert isinstance(result, CountUpdated), result
    return result


def refused(result, reason) -> CountRefused:
    assert isinstance(result, CountRefused), result
    assert result.reason is reason and result.message and result.action
    return result


def new(rules=RULES) -> CountSession:
    return CountSession(12, "WH/Stock/A-01", rules)


def scan(
    s, product, n=1, *, by=ANNA, at=T0, system=None, unit_cost=Decimal("0"), category=None, **kw
):
    system = system or System()
    for i in range(n):
        r = ok(
            s.add_scan(
                res(product, **kw),
                by=by,
                now=at + timedelta(seconds=i),
                snapshot=system,
                unit_cost=unit_cost,
                category=category,
            )
        )
    return r


def test_scans_packaging_typed_and_undo():
    s = new()
    system = System(p1=12)
    assert scan(s, MUG, 3, system=system).counted == 3
    r = ok(s.add_scan(res(MUG, 6, packaging="Box of 6"), by=ANNA, now=T0, snapshot=system))
    assert (r.counted, r.source) == (9, EntrySource.PACKAGING)
    r = ok(s.set_quantity(MUG, 10, by=ANNA, now=T0, snapshot=system))
    assert (r.counted, r.source) == (10, EntrySource.TYPED)
    assert ok(s.undo_last()).counted == 9
    assert ok(s.undo_last()).counted == 3
    assert system.calls == 1  # the snapshot is taken once, at the first scan
    for _ in range(3):
        s.undo_last()
    assert s.lines == {}
    refused(s.undo_last(), CountRefusalReason.NOTHING_TO_UNDO)


def test_snapshot_recorded_at_first_scan_of_the_line():
    s = new()
    system = System(p1=12, p3=4)
    scan(s, MUG, system=system)
    system.qty[1] = 10  # two sold while counting
    scan(s, MUG, 8, system=system)
    line = s.lines["1"]
    assert (line.snapshot_qty, line.counted) == (12, 9)
    # A line first scanned later gets the system quantity of that moment.
    system.qty[3] = 3
    scan(s, YOGURT, system=system, lot="L1", lot_id=31)
    assert s.lines["3/L1"].snapshot_qty == 3


def test_blind_results_carry_no_system_quantity():
    r = scan(new(), MUG, system=System(p1=12))
    assert not hasattr(r, "snapshot_qty")
    assert CountRules().blind is True


def test_bad_quantities_refused():
    s = new()
    refused(
        s.set_quantity(MUG, -1, by=ANNA, now=T0, snapshot=System()), CountRefusalReason.BAD_QUANTITY
    )
    refused(
        s.set_quantity(MUG, float("nan"), by=ANNA, now=T0, snapshot=System()),
        CountRefusalReason.BAD_QUANTITY,
    )
    refused(
        s.add_scan(res(MUG, 0), by=ANNA, now=T0, snapshot=System()), CountRefusalReason.BAD_QUANTITY
    )
    assert s.lines == {}
    ok(s.set_quantity(MUG, 0, by=ANNA, now=T0, snapshot=System(p1=2)))
    assert s.lines["1"].counted == 0  # "the shelf is empty" is a count too


def test_tracked_products_count_per_lot_and_serial():
    s = new()
    refused(
        s.add_scan(res(YOGURT), by=ANNA, now=T0, snapshot=System()), CountRefusalReason.LOT_REQUIRED
    )
    scan(s, YOGURT, 2, lot="L1", lot_id=31)
    scan(s, YOGURT, 1, lot="L2", lot_id=32)
    scan(s, PHONE, lot="SN1", lot_id=5)
    refused(
        s.add_scan(res(PHONE, lot="SN1", lot_id=5), by=ANNA, now=T0, snapshot=System()),
        CountRefusalReason.SERIAL_TWICE,
    )
    refused(
        s.set_quantity(PHONE, 0.5, lot_name="SN2", by=ANNA, now=T0, snapshot=System()),
        CountRefusalReason.BAD_QUANTITY,
    )
    assert {k: line.counted for k, line in s.lines.items()} == {"3/L1": 2, "3/L2": 1, "2/SN1": 1}
    assert s.lines["2/SN1"].label() == "Phone X, serial SN1"


def test_tolerance_by_category():
    rules = RULES
    assert rules.tolerance_for("All / Electronics / Phones").max_qty == 0
    assert rules.tolerance_for("All / Home / Kitchen").max_value == Decimal("30")
    assert rules.tolerance_for("All / Food").max_percent == 20
    default = rules.tolerance_for(None)
    assert default.breaches(-3, 12, Decimal(1)) == [
        "difference 3 is above 2 units",
        "difference 25% is above 20%",
    ]
    assert default.breaches(2, 12, Decimal(1)) == []
    assert default.breaches(1, 0, Decimal(1)) == ["the system expected none here"]
    assert default.breaches(0, 0, Decimal(1)) == []
    home = rules.tolerance_for("All / Home")
    assert home.breaches(2, 12, Decimal("20")) == ["difference worth 40.00 is above 30.00"]


def test_recount_needed_then_submitted_with_history():
    s = new()
    system = System(p1=12)
    scan(s, MUG, 9, system=system, unit_cost=Decimal("4.00"), category="All / Food")
    review = s.review()
    assert review[0].needs_recount
    assert (
        "recount needed (difference 3 is above 2 units; difference 25% is above 20%)"
        in review[0].message
    )
    r = refused(s.submit(now=T0), CountRefusalReason.RECOUNT_NEEDED)
    assert "Blue mug" in r.message
    # Same associate: allowed, but warned.
    warn = ok(s.start_recount("1", by=ANNA, now=T0))
    assert "Anna already counted this line" in warn.warning
    ok(s.start_recount("1", by=BEN, now=T0))
    system.qty[1] = 11  # one sold between count and recount
    scan(s, MUG, 8, by=BEN, at=T0 + timedelta(minutes=5), system=system)
    line = s.lines["1"]
    assert [a.counted for a in line.attempts] == [9, 8]
    assert [a.snapshot_qty for a in line.attempts] == [12, 11]
    review = s.review()[0]
    assert not review.needs_recount and review.recounts_done == 1
    assert "still off after recount" in review.message
    sub = s.submit(now=T0 + timedelta(minutes=6))
    assert isinstance(sub, Submission)
    adj = sub.adjustments[0]
    assert (adj.counted, adj.snapshot_qty, adj.difference) == (8, 11, -3)
    assert adj.route is Route.APPROVAL
    assert adj.counters == (1, 2)
    assert adj.counted_by_name == "Ben"
    assert [a["counted"] for a in adj.attempts] == [9, 8]
    assert adj.value_impact == Decimal("-12.00")
    assert s.submitted_at == T0 + timedelta(minutes=6)
    assert CountSession.from_dict(s.to_dict(), RULES).submitted_at == s.submitted_at
    refused(s.add_scan(res(MUG), by=ANNA, now=T0, snapshot=system), CountRefusalReason.SUBMITTED)
    refused(s.submit(now=T0), CountRefusalReason.SUBMITTED)


def test_undo_of_the_first_recount_scan_keeps_the_recount_open():
    s = new()
    system = System(p1=12)
    scan(s, MUG, 9, system=system, category="All / Food")
    ok(s.start_recount("1", by=BEN, now=T0))
    scan(s, MUG, by=BEN, system=system)
    ok(s.undo_last())
    assert len(s.lines["1"].attempts) == 1 and s.lines["1"].attempts[0].closed
    scan(s, MUG, 2, by=BEN, system=system)
    assert [a.counted for a in s.lines["1"].attempts] == [9, 2]
    refused(s.start_recount("nope", by=BEN, now=T0), CountRefusalReason.UNKNOWN_LINE)


def test_routing_auto_and_approval():
    s = new()
    scan(s, MUG, 11, system=System(p1=12), unit_cost=Decimal("2.00"))  # -1, within limits
    scan(s, YOGURT, 5, system=System(p3=5), lot="L1", lot_id=31)  # no difference
    sub = s.submit(now=T0)
    assert [a.route for a in sub.adjustments] == [Route.AUTO, Route.AUTO]
    assert sub.auto == sub.adjustments and sub.for_approval == ()
    assert sub.value_impact == Decimal("-2.00")

    s = new()
    scan(s, MUG, 15, system=System(p1=14), unit_cost=Decimal("60"))  # within tolerance, 60 value
    adj = s.submit(now=T0).adjustments[0]
    assert adj.route is Route.APPROVAL
    assert adj.reasons == ("value 60.00 is above the auto-approve limit of 50.00",)


def test_unknown_cost_never_slips_under_the_value_limit():
    """A product whose cost this PC has not read from Odoo yet: its difference is within the
    quantity limit, but its value cannot be shown to be within the value limit."""
    s = new()
    scan(s, MUG, 11, system=System(p1=12), unit_cost=None)  # -1: auto if the cost were known
    review = s.review()[0]
    assert not review.needs_recount  # an unknown cost is no reason to count again
    adj = s.submit(now=T0).adjustments[0]
    assert adj.route is Route.APPROVAL
    assert adj.reasons == (COST_UNKNOWN,)
    assert adj.unit_cost is None
    saved = CountSession.from_dict(json.loads(json.dumps(s.to_dict())), RULES)
    assert saved.lines["1"].unit_cost is None  # saved and reloaded: still unknown, not 0


def test_a_cost_read_during_the_count_is_used():
    """The cost arrives from Odoo after the first scan: a later scan, or the submission, uses it."""
    s = new()
    scan(s, MUG, 11, system=System(p1=12), unit_cost=None)
    adj = s.submit(now=T0, unit_cost=lambda product_id: Decimal("2.00")).adjustments[0]
    assert adj.route is Route.AUTO and adj.value_impact == Decimal("-2.00")

    s = new()
    scan(s, MUG, 1, system=System(p1=12), unit_cost=None)
    scan(s, MUG, 10, system=System(p1=12), unit_cost=Decimal("2.00"))
    assert s.lines["1"].unit_cost == Decimal("2.00")
    assert s.submit(now=T0).adjustments[0].route is Route.AUTO

    s = new()
    scan(s, MUG, 12, system=System(p1=12), unit_cost=None)  # no difference: nothing to value
    assert s.submit(now=T0).adjustments[0].route is Route.AUTO


def test_electronics_never_auto_approved():
    s = new()
    scan(s, PHONE, lot="SN7", lot_id=None, category="All / Electronics / Phones")
    review = s.review()[0]
    assert review.needs_recount  # found a unit the system did not know
    ok(s.start_recount("2/SN7", by=BEN, now=T0))
    scan(s, PHONE, by=BEN, lot="SN7")
    adj = s.submit(now=T0).adjustments[0]
    assert adj.route is Route.APPROVAL
    assert "lot SN7 is new to Odoo and will be created" in adj.reasons
    assert "difference 1 is above the auto-approve limit of 0" in adj.reasons


def test_archived_products():
    s = new()
    scan(s, VASE, 2, system=System(p5=2))
    review = s.review()[0]
    assert review.needs_recount and "archived" in review.message
    ok(s.start_recount("5", by=BEN, now=T0))
    scan(s, VASE, 2, by=BEN, system=System(p5=2))
    adj = s.submit(now=T0).adjustments[0]
    assert adj.route is Route.APPROVAL and "the product is archived in Odoo" in adj.reasons
    # Archived while the count was going on.
    s = new()
    scan(s, MUG, 12, system=System(p1=12))
    adj = s.submit(now=T0, product_active=lambda pid: False).adjustments[0]
    assert adj.route is Route.APPROVAL and adj.reasons == ("the product is archived in Odoo",)


def test_empty_count_cannot_be_submitted():
    refused(new().submit(now=T0), CountRefusalReason.EMPTY)


# -- arithmetic and words --------------------------------------------------------------------


def test_explanation_with_sales_in_between():
    text = explain(9, T0, 12, 10, BRUSSELS)
    assert text == "counted 9 at 10:02, system showed 12, 2 sold since: adjusting −3 from 10 to 7"
    assert explain(9, T0, 12, 14, BRUSSELS).endswith("2 received since: adjusting −3 from 14 to 11")
    assert explain(12, T0, 12, 12, BRUSSELS) == (
        "counted 12 at 10:02, system showed 12: no adjustment, stays at 12"
    )


def test_count_that_would_go_negative_is_clamped_and_says_so():
    t = count_adjustment(current_server_qty=1, counted=0, snapshot_qty=4)
    assert (t.target, t.clamped, t.difference) == (0, True, -4)
    text = explain(0, T0, 4, 1, BRUSSELS)
    assert text == (
        "counted 0 at 10:02, system showed 4, 3 sold since: adjusting −1 from 1 to 0 "
        "(the count's −4 would have gone below 0, so the quantity is set to 0)"
    )


def test_proposal_payload_is_a_valid_count_apply_op():
    s = new()
    scan(s, YOGURT, 8, system=System(p3=9), lot="L1", lot_id=31, unit_cost=Decimal("1.10"))
    adj = s.submit(now=T0).adjustments[0]
    payload = ops.validate_payload(ops.COUNT_APPLY, adj.payload(approved_by="Marie"))
    assert (payload["product_id"], payload["location_id"], payload["lot_id"]) == (3, 12, 31)
    assert (payload["counted"], payload["snapshot_qty"]) == (8, 9)
    assert adj.route is Route.AUTO and adj.value_impact == Decimal("-1.10")
    assert adj.target(current_server_qty=8) == 7
    assert adj.explanation(8, BRUSSELS) == (
        "counted 8 at 10:02, system showed 9, 1 sold since: adjusting −1 from 8 to 7"
    )


@given(
    current=st.integers(-5, 50),
    counted=st.integers(0, 50),
    snapshot=st.integers(-5, 50),
)
def test_target_arithmetic(current, counted, snapshot):
    t = count_adjustment(current, counted, snapshot)
    assert t.target == max(0, current + counted - snapshot)
    assert t.clamped == (current + counted - snapshot < 0)


# -- approval --------------------------------------------------------------------------------


def test_approver_must_be_a_manager_who_did_not_count():
    refusal = check_approver(BEN, counted_by=(1,))
    assert "Ben is not a manager" in refusal.message
    refusal = check_approver(MARIE, counted_by=(1, 3))
    assert "Marie counted this line" in refusal.message and refusal.action
    assert check_approver(PAUL, counted_by=(1, 3)) is None


# -- persistence -----------------------------------------------------------------------------


def test_round_trip_through_json():
    s = new()
    system = System(p1=12)
    scan(s, MUG, 9, system=system, unit_cost=Decimal("4.00"), category="All / Food")
    scan(s, YOGURT, 2, lot="L1", lot_id=31)
    ok(s.start_recount("1", by=BEN, now=T0))
    scan(s, MUG, 2, by=BEN, system=system)
    data = json.loads(json.dumps(s.to_dict()))
    again = CountSession.from_dict(data, RULES)
    assert again.to_dict() == s.to_dict()
    assert ok(again.undo_last()).counted == 1
    assert [a.counted for a in again.lines["1"].attempts] == [9, 1]
    with pytest.raises(ValueError):
        CountSession.from_dict({**data, "v": 7})


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("scan"), st.sampled_from([1, 3]), st.integers(1, 6)),
            st.tuples(st.just("set"), st.sampled_from([1, 3]), st.integers(-1, 9)),
            st.tuples(st.just("undo"), st.just(0), st.just(0)),
        ),
        max_size=30,
    )
)
def test_undo_everything_returns_to_empty(steps):
    s = new()
    products = {1: MUG, 3: YOGURT}
    system = System(p1=5, p3=2)
    for kind, pid, qty in steps:
        product = products.get(pid, MUG)
        lot = "L1" if product.tracking is Tracking.LOT else None
        if kind == "scan":
            s.add_scan(res(product, qty, lot=lot, lot_id=1), by=ANNA, now=T0, snapshot=system)
        elif kind == "set":
            s.set_quantity(product, qty, lot_name=lot, by=ANNA, now=T0, snapshot=system)
        else:
            s.undo_last()
        assert all(line.counted >= 0 for line in s.lines.values())
    assert CountSession.from_dict(s.to_dict(), RULES).to_dict() == s.to_dict()
    while not isinstance(s.undo_last(), CountRefused):
        pass
    assert s.lines == {}


def test_nobody_types_into_another_persons_attempt_and_every_author_is_a_counter():
    """Ben scanning while Anna's attempt is open starts an attempt of his own (Anna's figure
    stays hers); whoever started a recount or added an entry is among the counters, so none of
    them may approve the line."""
    s = new()
    system = System(p1=12)
    scan(s, MUG, 9, system=system, category="All / Food")
    took_over = s.add_scan(res(MUG), by=BEN, now=T0, snapshot=system)  # Anna's attempt is open
    assert "Anna was counting this line" in took_over.warning
    line = s.lines["1"]
    assert [(a.counted_by_id, a.counted) for a in line.attempts] == [(1, 9), (2, 1)]
    assert line.attempts[0].closed and line.attempts[0].closed_by_id == BEN.id
    ok(s.start_recount("1", by=MARIE, now=T0))  # a manager starts the recount...
    scan(s, MUG, 12, by=BEN, system=system)
    adj = s.submit(now=T0).adjustments[0]
    assert set(adj.counters) == {ANNA.id, BEN.id, MARIE.id}
    assert check_approver(MARIE, adj.counters) is not None  # ...so she cannot approve it
    assert check_approver(PAUL, adj.counters) is None
    restored = CountSession.from_dict(s.to_dict(), RULES)
    assert restored.lines["1"].authors == line.authors
