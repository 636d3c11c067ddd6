"""The one quantity rule: parse, validate and round by the product's unit of measure."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from storeapp.core.quantities import (
    QTY_HARD_LIMIT,
    UNITS,
    UnitOfMeasure,
    check_quantity,
)

KG = UnitOfMeasure("kg", 0.001)


def test_non_finite_and_mis_scans_are_refused_with_a_clear_message():
    for raw in ("inf", "nan", "-inf", "Infinity", float("inf"), float("nan"), "1e400", "1" * 400):
        check = check_quantity(raw)
        assert not check.ok and check.problem and check.hint, raw
    assert len(check_quantity("7" * 5000).problem) < 80, "a long scan is not echoed in full"


def test_negative_and_implausible_are_refused():
    assert check_quantity(-1).problem == "A quantity cannot be negative."
    assert not check_quantity("-1").ok
    huge = check_quantity(1_000_000_000)
    assert not huge.ok and "1000000000 Units cannot be right" in huge.problem


def test_units_take_whole_numbers_only():
    for raw in (0.5, "2.5", "0.001", "1,5"):
        check = check_quantity(raw, UNITS)
        assert check.problem == "This product is counted in Units: whole numbers only.", raw
    assert check_quantity("3", UNITS).value == 3.0
    assert check_quantity("3,0", UNITS).value == 3.0
    assert UNITS.decimals == 0


def test_finer_units_keep_their_decimals_and_float_drift_is_absorbed():
    assert KG.decimals == 3
    assert check_quantity("0,125", KG).value == 0.125
    assert not check_quantity("0.0005", KG).ok
    assert check_quantity(0.1 + 0.2, UnitOfMeasure("kg", 0.01)).value == 0.3
    assert KG.round(0.0005) == 0.001 and UNITS.round(2.5) == 3.0


def test_large_but_possible_quantities_need_a_confirmation_naming_the_number():
    check = check_quantity("1200", UNITS, confirm_above=500)
    assert check.value == 1200.0 and check.confirm == "1200 Units: is that right?"
    assert check_quantity("1200", UNITS, confirm_above=500, confirmed=True).confirm is None
    assert check_quantity("500", UNITS, confirm_above=500).confirm is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.floats(), st.integers(), st.decimals()))
def test_any_input_gets_a_verdict_and_a_value_is_always_plain_and_on_the_grid(raw):
    for unit in (UNITS, KG):
        check = check_quantity(raw, unit, confirmed=True)
        assert (check.value is None) != (check.problem is None)
        if check.ok:
            assert math.isfinite(check.value) and 0 <= check.value < QTY_HARD_LIMIT
            assert unit.round(check.value) == check.value
        else:
            assert check.hint and len(check.problem) < 120
