"""Returns policy: document validation, every rule and level, combinations, what-if replay."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storeapp.core.policy import (
    Decision,
    Destination,
    Level,
    PastCase,
    PastReturn,
    PolicyError,
    PolicyHolder,
    ReturnLine,
    ReturnRequest,
    SaleFacts,
    SaleLineFacts,
    evaluate,
    load_policy,
    simulate,
)

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "policy" / "sample-policy.toml"
BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture(scope="module")
def policy():
    return load_policy(SAMPLE.read_text(encoding="utf-8"), source="sample-policy.toml")


def local(*args) -> datetime:
    return datetime(*args, tzinfo=BRUSSELS)


SOLD_AT = local(2026, 10, 2, 0, 30)  # 22:30 UTC on 1 October


def sale(*lines: SaleLineFacts, channel="Store", customer=77, sold_at=SOLD_AT) -> SaleFacts:
    return SaleFacts("S00042", sold_at, lines, channel=channel, customer_id=customer)


MUG_SOLD = SaleLineFacts(
    501, 1, sold=3, category="All / Home / Kitchen", unit_price=Decimal("12.50")
)
PHONE_SOLD = SaleLineFacts(
    502,
    2,
    sold=2,
    tracking="serial",
    sold_serials=("SN1", "SN2"),
    category="All / Electronics / Phones",
    unit_price=Decimal("399.00"),
)


def mug(qty=1.0, condition="resellable", **kw) -> ReturnLine:
    return ReturnLine(
        1, qty, condition, Decimal("12.50"), "Blue mug", "All / Home / Kitchen", 501, **kw
    )


def phone(serials=("SN1",), condition="resellable", qty=None) -> ReturnLine:
    return ReturnLine(
        2,
        float(len(serials)) if qty is None else qty,
        condition,
        Decimal("399.00"),
        "Phone X",
        "All / Electronics / Phones",
        502,
        tuple(serials),
        "serial",
    )


def decide(policy, lines, facts=None, *, now=None, online=True, history=(), customer=None):
    # Default: 11 days after the sale, inside every window of the sample policy.
    now = now or local(2026, 10, 13, 12, 0)
    return evaluate(policy, ReturnRequest(tuple(lines), customer), facts, history, now, online)


def fired(decision: Decision, rule: str) -> list:
    return [f for f in decision.all_findings() if f.rule == rule]


# -- the document ----------------------------------------------------------------------------


def test_sample_policy_loads(policy):
    assert policy.policy_version == "2026.11-sample"
    assert policy.timezone == "Europe/Brussels"
    assert policy.condition_names == ("resellable", "opened", "damaged")
    assert [r.code for r in policy.reasons][:2] == ["changed_mind", "defective"]


MINIMAL = """
schema_version = 1
policy_version = "t1"
store_timezone = "Europe/Brussels"

[[rules.window]]
days = 30

[[rules.condition]]
condition = "resellable"
destination = "stock"
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(PolicyError) as info:
        load_policy(text, source="draft.toml")
    assert "draft.toml" in str(info.value)
    return [str(p) for p in info.value.problems]


def test_minimal_policy_uses_defaults():
    p = load_policy(MINIMAL)
    assert p.windows[0].level is Level.DENY
    assert p.receipt.no_receipt_level is Level.NEEDS_APPROVAL
    assert p.frequency is None and p.values == ()


def test_invalid_documents_name_the_rule_and_the_problem():
    text = MINIMAL + '\n[[rules.window]]\nchannel = "Website"\ndays = -3\n'
    assert problems_of(text) == ["rules.window[2].days: expected a positive integer, got -3"]
    assert problems_of(MINIMAL.replace("days = 30", "dayz = 30")) == [
        "rules.window[1].days: is missing",
        "rules.window[1].dayz: unknown key (known here: categories, channel, days, grace_days, "
        "grace_level, level)",
    ]
    bad_level = MINIMAL + '\n[rules.frequency]\nreturns = 3\ndays = 30\nlevel = "maybe"\n'
    assert problems_of(bad_level) == [
        "rules.frequency.level: expected one of allow, warn, needs_approval, deny, got 'maybe'"
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("Europe/Brussels", "Mars/Olympus"), "store_timezone: 'Mars/Olympus' is not a known"),
        (
            ("schema_version = 1", "schema_version = 2"),
            "schema_version: this app reads schema version 1",
        ),
        (('policy_version = "t1"', ""), "policy_version: expected a version label"),
        (('destination = "stock"', 'destination = "bin"'), "expected stock, quarantine or scrap"),
        (('condition = "resellable"', 'condition = "opened"'), 'for "resellable" is needed'),
        (
            ("[[rules.window]]\ndays = 30", '[[rules.window]]\nchannel = "Web"\ndays = 30'),
            "must apply to every sale",
        ),
        (("days = 30", "days = 30.5"), "expected a positive integer, got 30.5"),
        (("days = 30", "days = true"), "expected a positive integer, got true"),
        (
            ('store_timezone = "Europe/Brussels"', 'store_timezone = "Europe/Brussels"\nfoo = 1'),
            "foo: unknown key",
        ),
        (("[[rules.window]]", "[rules.window"), "not valid TOML"),
    ],
)
def test_invalid_documents(change, expected):
    problems = problems_of(MINIMAL.replace(*change))
    assert any(expected in p for p in problems), problems


def test_value_and_offline_amounts_validated():
    text = MINIMAL + '\n[[rules.value]]\nscope = "order"\nabove = -5\nlevel = "warn"\n'
    problems = problems_of(text)
    assert 'rules.value[1].scope: expected "line" or "total", got \'order\'' in problems
    assert "rules.value[1].above: expected an amount of 0 or more, got -5" in problems
    text = MINIMAL + '\n[rules.offline]\nline_value_above = "lots"\n'
    assert problems_of(text) == [
        "rules.offline.line_value_above: expected an amount such as 150.00, got 'lots'"
    ]


def test_condition_needs_catch_all_category():
    text = MINIMAL.replace(
        'destination = "stock"', 'destination = "stock"\ncategories = ["All / X"]'
    )
    assert any('needs one rule with categories = ["*"]' in p for p in problems_of(text))


def test_holder_keeps_last_valid_policy(policy):
    holder = PolicyHolder(policy)
    update = holder.offer(MINIMAL.replace("days = 30", "days = 0"), source="new.toml")
    assert not update.accepted
    assert holder.policy is policy
    assert "2026.11-sample stays in force" in update.message
    assert "rules.window[1].days: expected a positive integer, got 0" in update.message
    update = holder.offer(MINIMAL)
    assert update.accepted and holder.policy.policy_version == "t1"
    assert PolicyHolder().offer("x = ").message.endswith("Fix the file and load it again.")


# -- window ----------------------------------------------------------------------------------


def test_window_day_30_in_day_31_out_in_store_time_zone():
    p = load_policy(MINIMAL)
    facts = sale(MUG_SOLD)
    # 30 local calendar days after 2 October: still in, although it is 31 days in UTC terms.
    d30 = decide(p, [mug()], facts, now=local(2026, 11, 1, 23, 59))
    assert d30.level is Level.ALLOW
    assert "[allow] line 1: bought 30 days ago; window is 30 days" in d30.trace()
    d31 = decide(p, [mug()], facts, now=local(2026, 11, 2, 0, 1))
    assert d31.level is Level.DENY
    assert "[deny] line 1: bought 31 days ago; window is 30 days" in d31.trace()


def test_window_grace_and_well_past(policy):
    facts = sale(MUG_SOLD)
    d = decide(policy, [mug()], facts, now=local(2026, 11, 5, 10))
    assert d.level is Level.NEEDS_APPROVAL
    assert any(
        "bought 34 days ago; window is 30 days, plus 7 days of grace" in t for t in d.trace()
    )
    d = decide(policy, [mug()], facts, now=SOLD_AT + timedelta(days=41))
    assert d.denied
    assert any("bought 41 days ago; window is 30 days" in t for t in d.trace())


def test_window_by_channel_and_category(policy):
    web = sale(MUG_SOLD, PHONE_SOLD, channel="website")  # channels match case-insensitively
    now = SOLD_AT + timedelta(days=45)
    d = decide(policy, [mug()], web, now=now)
    assert fired(d, "window")[0].level is Level.ALLOW  # 60 days for web orders
    d = decide(policy, [phone()], web, now=SOLD_AT + timedelta(days=20))
    # Category beats channel: electronics have 14 days (+16 grace) even online.
    assert fired(d, "window")[0].level is Level.NEEDS_APPROVAL
    assert fired(d, "window")[0].path == "rules.window[3]"


def test_naive_datetimes_are_refused(policy):
    with pytest.raises(ValueError, match="time-zone aware"):
        decide(policy, [mug()], sale(MUG_SOLD), now=datetime(2026, 10, 20))


# -- quantity --------------------------------------------------------------------------------


def test_partial_and_repeated_returns(policy):
    facts = sale(SaleLineFacts(501, 1, sold=3, returned=1, category="All / Home / Kitchen"))
    d = decide(policy, [mug(2)], facts)
    assert d.allowed and d.lines[0].returnable == 2
    assert any("2 can still be returned (sold 3, already returned 1)" in t for t in d.trace())
    d = decide(policy, [mug(3)], facts)
    assert d.denied
    assert any("returning 3 but only 2 can still be returned on S00042" in t for t in d.trace())
    # Two lines of the same sale line (different conditions) are checked together.
    d = decide(policy, [mug(1), mug(2, "opened")], facts)
    assert d.denied
    assert any("returning 3 (all lines together)" in t for t in d.trace())


def test_not_delivered_cannot_be_returned(policy):
    facts = sale(SaleLineFacts(501, 1, sold=3, delivered=1, category="All / Home / Kitchen"))
    d = decide(policy, [mug(2)], facts)
    assert d.denied and "handed over 1" in " ".join(d.trace())


def test_line_not_on_the_sale_or_other_product(policy):
    facts = sale(MUG_SOLD)
    line = ReturnLine(1, 1, "resellable", Decimal(1), "Blue mug", None, 999)
    assert decide(policy, [line], facts).denied
    other = ReturnLine(5, 1, "resellable", Decimal(1), "Vase", None, 501)
    d = decide(policy, [other], facts)
    assert d.denied and "not the one sold" in " ".join(d.trace())
    assert decide(policy, [mug(0)], facts).denied
    assert decide(policy, [], facts).denied


@given(
    sold=st.integers(0, 20),
    returned=st.integers(0, 30),
    delivered=st.one_of(st.none(), st.integers(0, 25)),
    asked=st.lists(st.integers(1, 10), min_size=1, max_size=3),
)
def test_returned_never_exceeds_sold(sold, returned, delivered, asked):
    p = load_policy(MINIMAL)
    facts = SaleLineFacts(501, 1, sold=sold, returned=returned, delivered=delivered)
    assert 0 <= facts.returnable <= sold
    lines = [mug(q) for q in asked]
    d = decide(p, lines, sale(facts))
    if sum(asked) > facts.returnable:
        assert d.denied
    else:
        assert sum(asked) + returned <= sold
        assert d.allowed


# -- tracking --------------------------------------------------------------------------------


def test_serial_must_match_the_sale(policy):
    facts = sale(PHONE_SOLD)
    assert fired(decide(policy, [phone(("SN1",))], facts), "tracking")[0].level is Level.ALLOW
    d = decide(policy, [phone(("SN9",))], facts)
    assert d.denied and "serial SN9 was not sold on S00042" in " ".join(d.trace())
    d = decide(policy, [phone(("SN1",), qty=2)], facts)
    assert d.denied and "need 2 serial numbers, 1 scanned" in " ".join(d.trace())
    d = decide(policy, [phone(("SN1", "SN1"))], facts)
    assert d.denied and "scanned twice" in " ".join(d.trace())
    unknown = sale(SaleLineFacts(502, 2, sold=2, tracking="serial", category="All / Electronics"))
    d = decide(policy, [phone(("SN1",))], unknown)
    assert d.level is Level.NEEDS_APPROVAL
    assert "cannot be checked" in " ".join(d.trace())


def test_lot_tracked(policy):
    facts = sale(SaleLineFacts(503, 3, sold=4, tracking="lot", sold_serials=("L1",)))
    line = ReturnLine(3, 2, "resellable", Decimal(2), "Yogurt", None, 503, ("L1",), "lot")
    assert fired(decide(policy, [line], facts), "tracking")[0].level is Level.ALLOW
    no_lot = ReturnLine(3, 2, "resellable", Decimal(2), "Yogurt", None, 503, (), "lot")
    assert fired(decide(policy, [no_lot], facts), "tracking")[0].level is Level.NEEDS_APPROVAL


# -- categories, receipt, value, frequency, condition, offline ------------------------------


def test_final_sale(policy):
    clearance = SaleLineFacts(504, 4, sold=1, category="All / Clearance / Summer")
    line = ReturnLine(4, 1, "resellable", Decimal(5), "Hat", None, 504)
    d = decide(policy, [line], sale(clearance))
    assert d.denied and "All / Clearance / Summer is a final-sale category" in " ".join(d.trace())
    lipstick = SaleLineFacts(505, 5, sold=1, category="All / Health & Beauty / Cosmetics")
    line = ReturnLine(5, 1, "resellable", Decimal(5), "Lipstick", None, 505)
    assert decide(policy, [line], sale(lipstick)).needs_approval


def test_no_receipt_path_is_stricter(policy):
    line = ReturnLine(1, 2, "resellable", Decimal("12.50"), "Blue mug", "All / Home")
    d = decide(policy, [line], None)
    assert d.needs_approval
    assert "no receipt: the purchase date, price and quantity cannot be checked" in " ".join(
        d.trace()
    )
    assert d.lines[0].returnable is None
    big = ReturnLine(1, 8, "resellable", Decimal("12.50"), "Blue mug", "All / Home")
    d = decide(policy, [big], None)
    assert d.denied and "above the no-receipt limit of 75.00 EUR" in " ".join(d.trace())
    d = decide(policy, [line], None, online=False)
    assert d.denied and "offline: returns without a receipt" in " ".join(d.trace())


def test_value_thresholds(policy):
    facts = sale(PHONE_SOLD)
    d = decide(policy, [phone(("SN1",))], facts)
    assert d.level is Level.WARN  # total 399 > 300
    assert "return total 399.00 EUR is above 300.00 EUR" in " ".join(d.trace())
    expensive = SaleLineFacts(506, 6, sold=3, category="All / Furniture")
    line = ReturnLine(6, 3, "resellable", Decimal("400"), "Sofa", None, 506)
    d = decide(policy, [line], sale(expensive))
    assert d.needs_approval
    assert {f.rule for f in d.all_findings() if f.level is not Level.ALLOW} == {
        "value.line",
        "value.total",
    }
    assert d.total_value == Decimal("1200.00") and d.lines[0].value == Decimal("1200.00")


def test_frequency(policy):
    now = local(2026, 10, 20, 12)
    recent = [PastReturn(now - timedelta(days=d)) for d in (1, 10, 29)]
    d = decide(policy, [mug()], sale(MUG_SOLD), now=now, history=recent)
    assert d.needs_approval
    assert "this customer made 3 returns in the last 30 days (limit 3)" in " ".join(d.trace())
    older = [*recent[:2], PastReturn(now - timedelta(days=30))]
    d = decide(policy, [mug()], sale(MUG_SOLD), now=now, history=older)
    assert d.allowed and "2 earlier returns" in " ".join(d.trace())
    # Unknown customer on the no-receipt path: the rule cannot apply.
    line = ReturnLine(1, 1, "resellable", Decimal(1), "Blue mug", None)
    d = decide(policy, [line], None, now=now, history=recent)
    assert not fired(d, "frequency")
    d = decide(policy, [line], None, now=now, history=recent, customer=77)
    assert fired(d, "frequency")[0].level is Level.NEEDS_APPROVAL


def test_condition_decides_destination(policy):
    facts = sale(MUG_SOLD, PHONE_SOLD)
    d = decide(policy, [mug(1), mug(1, "opened"), mug(1, "damaged")], facts)
    assert [line.destination for line in d.lines] == [
        Destination.STOCK,
        Destination.QUARANTINE,
        Destination.QUARANTINE,
    ]
    assert [line.level for line in d.lines] == [Level.ALLOW, Level.ALLOW, Level.NEEDS_APPROVAL]
    assert d.needs_approval
    d = decide(policy, [phone(("SN1",), "opened")], facts)
    assert d.lines[0].level is Level.WARN  # opened electronics
    d = decide(policy, [mug(1, "smelly")], facts)
    assert d.denied and d.lines[0].destination is None
    assert "condition 'smelly' is not in the policy" in " ".join(d.trace())


def test_offline_limits(policy):
    facts = sale(PHONE_SOLD)
    online = decide(policy, [phone(("SN1",))], facts, online=True)
    offline = decide(policy, [phone(("SN1",))], facts, online=False)
    assert online.level is Level.WARN
    assert offline.needs_approval
    words = " ".join(offline.trace())
    assert "offline: line value 399.00 EUR is above the offline limit of 200.00 EUR" in words
    assert "offline: returns of this sale made at other stores" in words
    assert not fired(online, "offline")


def test_strictest_level_wins_and_trace_is_ordered(policy):
    facts = sale(MUG_SOLD, PHONE_SOLD)
    d = decide(
        policy,
        [mug(1), phone(("SN9",))],
        facts,
        now=SOLD_AT + timedelta(days=20),
    )
    assert d.level is Level.DENY
    assert d.lines[0].level is Level.ALLOW
    assert d.lines[1].level is Level.DENY
    ranks = [t.split("]")[0] for t in d.trace()]
    order = ["[deny", "[needs_approval", "[warn", "[allow"]
    assert ranks == sorted(ranks, key=order.index)
    assert d.policy_version == "2026.11-sample"


def test_decision_round_trip(policy):
    d = decide(policy, [mug(1, "opened"), phone(("SN1",))], sale(MUG_SOLD, PHONE_SOLD))
    again = Decision.from_dict(json.loads(json.dumps(d.to_dict())))
    assert again == d


# -- what-if ---------------------------------------------------------------------------------


def test_simulate_against_baseline_and_recorded(policy):
    strict = load_policy(
        SAMPLE.read_text(encoding="utf-8")
        .replace('policy_version = "2026.11-sample"', 'policy_version = "draft"')
        .replace(
            'days = 30\nlevel = "deny"\ngrace_days = 7', 'days = 14\nlevel = "deny"\ngrace_days = 0'
        )
    )
    facts = sale(MUG_SOLD)
    cases = [
        PastCase("WH/RET/1", ReturnRequest((mug(),)), facts, SOLD_AT + timedelta(days=5)),
        PastCase("WH/RET/2", ReturnRequest((mug(),)), facts, SOLD_AT + timedelta(days=20)),
        PastCase(
            "WH/RET/3", ReturnRequest((mug(1, "damaged"),)), facts, SOLD_AT + timedelta(days=25)
        ),
    ]
    report = simulate(strict, cases, baseline=policy)
    assert report.cases == 3
    assert [c.ref for c in report.changes] == ["WH/RET/2", "WH/RET/3"]
    change = report.changes[0]
    assert (change.before, change.after, change.stricter) == (Level.ALLOW, Level.DENY, True)
    assert any("bought 20 days ago; window is 14 days" in r for r in change.reasons)
    assert (report.changes[1].before, report.changes[1].after) == (Level.NEEDS_APPROVAL, Level.DENY)
    window = next(r for r in report.rules if r.rule == "window")
    assert (window.before, window.after, window.stricter) == (0, 2, ("WH/RET/2", "WH/RET/3"))
    text = "\n".join(report.lines())
    assert "Policy draft replayed on 3 past returns, compared with policy 2026.11-sample." in text
    assert "WH/RET/2: allow -> deny (stricter)" in text
    assert "WH/RET/3: needs_approval -> deny (stricter)" in text

    recorded = [
        PastCase(
            c.ref,
            c.request,
            c.sale,
            c.at,
            recorded=evaluate(policy, c.request, c.sale, (), c.at, True),
        )
        for c in cases
    ]
    assert simulate(strict, recorded).changes == report.changes
    same = simulate(policy, recorded)
    assert same.changes == () and "No return would get a different outcome." in same.lines()
    with pytest.raises(ValueError, match="no decision was recorded"):
        simulate(strict, cases)


def test_timezone_matters_for_the_boundary():
    utc_policy = load_policy(MINIMAL.replace("Europe/Brussels", "UTC"))
    brussels_policy = load_policy(MINIMAL)
    now = local(2026, 11, 1, 12)
    facts = sale(MUG_SOLD)  # 00:30 on 2 Oct in Brussels is still 1 Oct in UTC
    assert decide(brussels_policy, [mug()], facts, now=now).allowed
    assert decide(utc_policy, [mug()], facts, now=now).denied
    assert SOLD_AT.astimezone(UTC).day == 1


def test_unknown_reason_code_is_denied(policy):
    facts = sale(MUG_SOLD)
    assert decide(policy, [mug(reason_code="defective")], facts).allowed
    d = decide(policy, [mug(reason_code="bored")], facts)
    assert d.denied
    assert "reason 'bored' is not one of the policy's reasons" in " ".join(d.trace())


def test_describe_policy(policy):
    from storeapp.core.policy import describe_policy

    lines = describe_policy(policy)
    assert lines[0] == (
        "Returns policy 2026.11-sample (schema 1), days counted in Europe/Brussels."
    )
    assert "window: all sales: 30 days, then 7 more at needs_approval, then deny" in lines
    assert "window: All / Electronics: 14 days, then 16 more at needs_approval, then deny" in lines
    assert "no receipt: needs_approval; above 75.00 EUR: deny" in lines
    assert "condition opened (All / Electronics): to quarantine, warn" in lines
    assert describe_policy(load_policy(MINIMAL))[-2:] == [
        "serial/lot not sold: deny; not verifiable: needs_approval",
        "condition resellable (all products): to stock, allow",
    ]


WORDED = (
    MINIMAL.replace(
        'destination = "stock"',
        'destination = "stock"\nlabel = { en = "As new", fr = "Comme neuf", nl = "Als nieuw" }',
    )
    + """
[[reasons]]
code = "defective"
label = { fr = "Défectueux", nl = "Defect", en = "Defective" }

[[reasons]]
code = "changed_mind"
label = "Changed mind"
"""
)


def test_reasons_and_conditions_may_be_written_in_each_language():
    """A store serving customers in French and Dutch writes its own words in both; the plain
    text stays valid, and the default of a per-language label is its English one."""
    p = load_policy(WORDED)
    defective, changed = p.reasons
    assert defective.label == "Defective" and defective.label.in_language("nl") == "Defect"
    assert defective.label.in_language("de") == "Defective"  # no German: the default
    assert changed.label == "Changed mind" and changed.label.in_language("fr") == "Changed mind"
    assert p.condition_label("resellable").in_language("fr") == "Comme neuf"
    assert load_policy(MINIMAL).condition_label("resellable") == "Resellable"


def test_a_per_language_label_is_checked_like_any_other_key():
    text = WORDED.replace('en = "Defective"', 'es = "Defectuoso"').replace(
        'nl = "Als nieuw"', "nl = 3"
    )
    problems = problems_of(text)
    assert "reasons[1].label: unknown language 'es' (known: en, fr, nl, de)" in problems
    assert "rules.condition[1].label.nl: expected text, got 3" in problems
    assert "reasons[1].label: expected text, or one text per language, got an empty table" in (
        problems_of(MINIMAL + '\n[[reasons]]\ncode = "x"\nlabel = {}\n')
    )


def test_policy_check_shows_every_language_of_a_label():
    from storeapp.core.policy import describe_policy

    lines = describe_policy(load_policy(WORDED))
    assert (
        "reasons: defective (Defective; fr: Défectueux; nl: Defect), changed_mind (Changed mind)"
        in lines
    )
