"""Which carriers mean click-and-collect: by delivery type, by a name word, or named by IT."""

from __future__ import annotations

import pytest

from storeapp.core.cc_carriers import CarrierInfo, choose_carriers
from storeapp.core.wording import fold

CARRIERS = [
    CarrierInfo(1, "Home Delivery", "fixed"),
    CarrierInfo(2, "Click & Collect – Brussels", "fixed"),
    CarrierInfo(3, "Retrait en magasin", "base_on_rule"),
    CarrierInfo(4, "Afhalen in de winkel", "fixed"),
    CarrierInfo(5, "ABHOLUNG im Geschäft", "fixed"),
    CarrierInfo(6, "Ophalen Gent", "fixed"),
    CarrierInfo(7, "Store", "onsite"),
    CarrierInfo(8, "Magasin", "in_store"),
    CarrierInfo(9, "Express 24h", "fixed"),
    CarrierInfo(10, "Odbiór osobisty", "fixed"),
]


def test_fold_drops_case_accents_and_extra_spaces():
    assert fold("  ABHOLUNG  im Geschäft ") == "abholung im geschaft"
    assert fold("Rétrait") == fold("RETRAIT") == "retrait"


def test_detection_by_type_or_name_with_reasons():
    choice = choose_carriers(CARRIERS)
    assert not choice.overridden
    assert choice.ids == (2, 3, 4, 5, 6, 7, 8, 10)
    reasons = {t.carrier.id: t.reason for t in choice.taken}
    assert reasons[2] == "name has 'collect'"
    assert reasons[5] == "name has 'abholung'"
    assert reasons[7] == "delivery type onsite"
    assert reasons[10] == "name has 'odbior'"
    assert choice.describe()[0] == "Click & Collect – Brussels (name has 'collect')"


@pytest.mark.parametrize(
    ("configured", "ids", "unknown"),
    [
        (["home delivery"], (1,), ()),
        (["EXPRESS 24H", "Retrait en Magasín"], (3, 9), ()),
        (["Click and Collect"], (), ("Click and Collect",)),
    ],
)
def test_it_override_replaces_detection(configured, ids, unknown):
    choice = choose_carriers(CARRIERS, configured)
    assert choice.overridden
    assert choice.ids == ids
    assert choice.unknown_names == unknown
    assert all(t.reason == "named in store.click_collect_carriers" for t in choice.taken)
