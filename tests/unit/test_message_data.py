"""Core messages kept as data: a count's reasons saved with the op come back as messages, so the
approval inbox can show them in the manager's language, and ops saved as plain English still
read."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

from storeapp.core.count_review import ToleranceRule, explain
from storeapp.core.message_data import message_data, message_from
from storeapp.core.quantities import Amount, Quantity, UnitOfMeasure, check_quantity
from storeapp.core.text import Listing, Message, msg


def roundtrip(text: str) -> str:
    return message_from(json.loads(json.dumps(message_data(text))))


def test_tolerance_breaches_come_back_from_json_with_their_templates_and_typed_values():
    rule = ToleranceRule(max_qty=2, max_percent=10, max_value=Decimal("20"))
    breaches = rule.breaches(-12.5, 40, Decimal("3.10"))
    assert [str(b) for b in breaches] == [
        "difference 12.5 is above 2 units",
        "difference 31% is above 10%",
        "difference worth 38.75 is above 20.00",
    ]
    for breach in breaches:
        back = roundtrip(breach)
        assert isinstance(back, Message) and back == breach
        assert back.template == breach.template
    assert isinstance(roundtrip(breaches[0]).values["qty"], Quantity)
    assert isinstance(roundtrip(breaches[2]).values["value"], Amount)


def test_nested_messages_and_listings_survive_and_plain_text_stays_plain():
    at = datetime(2026, 12, 4, 15, 5, tzinfo=UTC)
    sentence = explain(7, at, 10, 9, UTC)
    assert sentence == (
        "counted 7 at 15:05, system showed 10, 1 sold since: adjusting −3 from 9 to 6"
    )
    back = roundtrip(sentence)
    assert back == sentence and back.values["seen"].template == sentence.values["seen"].template
    listed = msg("{line}: recount needed ({why})", line="Mug", why=Listing([msg("a"), "b"]))
    assert roundtrip(listed) == "Mug: recount needed (a; b)"
    assert roundtrip("difference 3 is above 2 units") == "difference 3 is above 2 units"
    assert not isinstance(roundtrip("plain"), Message)


def test_quantity_rule_messages_are_messages_that_read_as_before():
    kg = UnitOfMeasure("kg", 0.01)
    check = check_quantity("2.555", kg)
    assert isinstance(check.problem, Message) and isinstance(check.hint, Message)
    assert check.problem == "This product is counted in kg to 2 decimals at most."
    assert check.hint == "Round to 0.01 kg."
    assert check_quantity("1.25", UnitOfMeasure("m", 0.1)).problem.endswith("to 1 decimal at most.")
    assert check_quantity(750, confirm_above=500).confirm == "750 Units: is that right?"
    assert check_quantity("abc").problem.template == "“{text}” is not a quantity."


def test_a_count_in_words_keeps_both_forms_for_the_readers_rule():
    from storeapp.core.text import Counted
    from storeapp.core.wording import plural

    back = roundtrip(msg("{late} waiting", late=plural(0, "op")))
    count = back.values["late"]
    assert isinstance(count, Counted) and count.forms == ("{n} op", "{n} ops")
    assert back == "0 ops waiting"
