"""The one many2one decoder: strict for the mirror, lenient for the push handlers, an id or
nothing for joining a page to its linked records."""

from __future__ import annotations

import pytest

from storeapp.sync.many2one import BadRow, m2o, m2o_lenient, m2o_name


@pytest.mark.parametrize(
    ("value", "expected"),
    [([7, "WH/Stock"], 7), ((7, "WH/Stock"), 7), (7, 7), (False, None), (None, None), ([], None)],
)
def test_both_read_the_shapes_odoo_sends_the_same(value, expected):
    assert m2o(value) == expected
    assert m2o_lenient(value) == expected


@pytest.mark.parametrize("value", ["WH/Stock", [False, "WH/Stock"], ["7", "WH/Stock"], True, 2.5])
def test_the_mirror_sets_a_row_aside_rather_than_store_no_value(value):
    with pytest.raises(BadRow, match="many2one field came as"):
        m2o(value)


@pytest.mark.parametrize("value", ["WH/Stock", [False, "WH/Stock"], True, 2.5, 0, ""])
def test_a_handler_never_stops_an_op_on_a_shape(value):
    m2o_lenient(value)  # no exception: what it gives back is compared or passed on


def test_the_display_name_only_comes_with_the_pair():
    assert m2o_name([7, "WH/Stock"]) == "WH/Stock"
    assert m2o_name(7) is None and m2o_name(False) is None


def test_a_link_to_join_on_is_an_id_or_nothing_never_an_error():
    from storeapp.sync.many2one import m2o_id_or_none

    assert m2o_id_or_none(7) == 7
    assert m2o_id_or_none([7, "Chair"]) == 7
    for other in (False, None, 0.0, True, "Chair", [], ["7", "Chair"], (7, "Chair"), {"id": 7}):
        assert m2o_id_or_none(other) is None, other
