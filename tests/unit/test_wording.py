"""Counts in words: one is singular, everything else plural."""

from __future__ import annotations

from storeapp.core import click_collect as cc
from storeapp.core.wording import plural, plural_qty
from tests.unit.test_click_collect import NOW, PARIS


def test_plural_and_quantities():
    assert plural(1, "item") == "1 item"
    assert plural(0, "item") == "0 items"
    assert plural(2.0, "open order") == "2 open orders"
    assert plural(1, "try left", "tries left") == "1 try left"
    assert plural(3, "try left", "tries left") == "3 tries left"
    assert plural_qty(1.0, "item") == "1 item"
    assert plural_qty(2.5, "item") == "2.5 items"


def test_bag_label_says_1_item_on_1_line():
    label = cc.BagLabel(
        order="WH/OUT/00013",
        customer="Léa Girard",
        sale_name="S00013",
        items=1,
        lines=1,
        ready_at=NOW,
        picked_by="Rose Vincent",
    )
    assert label.detail_lines(PARIS)[0] == "1 item on 1 line"
