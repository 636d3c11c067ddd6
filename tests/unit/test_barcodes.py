"""Barcode reading: check digits, GS1 element strings, symbology identifiers, scan resolution."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storeapp.core import gs1
from storeapp.core.barcodes import (
    Barcode,
    BarcodeKind,
    BarcodeRejected,
    PrefixRule,
    RejectReason,
    ScanSettings,
    gtin_forms,
    make_gtin,
    parse_barcode,
)
from storeapp.core.scanning import (
    FunctionIndex,
    LotRef,
    PackagingRef,
    ProductRef,
    RefusalReason,
    ScanRefusal,
    ScanResolution,
    ScanSource,
    Tracking,
    resolve_scan,
)

TODAY = date(2026, 11, 26)
GS = "\x1d"


def parsed(raw: str, settings: ScanSettings | None = None) -> Barcode:
    result = parse_barcode(raw, settings, today=TODAY)
    assert isinstance(result, Barcode), result
    return result


def rejected(raw: str, settings: ScanSettings | None = None) -> BarcodeRejected:
    result = parse_barcode(raw, settings, today=TODAY)
    assert isinstance(result, BarcodeRejected), result
    return result


# -- check digits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    ["4006381333931", "5901234123457", "036000291452", "96385074", "10614141000415", "73513537"],
)
def test_known_valid_gtins(code):
    assert gs1.has_valid_check_digit(code)
    assert gs1.check_digit(code[:-1]) == code[-1]


@given(st.text(alphabet="0123456789", min_size=7, max_size=17))
def test_check_digit_round_trip(body):
    code = make_gtin(body)
    assert gs1.has_valid_check_digit(code)
    # Changing any single digit breaks the check (mod 10 catches every single-digit error).
    for i in range(len(code)):
        for d in "0123456789":
            if d != code[i]:
                assert not gs1.has_valid_check_digit(code[:i] + d + code[i + 1 :])


def test_check_digit_refuses_non_digits():
    with pytest.raises(ValueError):
        gs1.check_digit("12a4")


# -- linear barcodes -------------------------------------------------------------------------


def test_ean13():
    b = parsed("4006381333931\r\n")
    assert b.kind is BarcodeKind.EAN13
    assert b.text == "4006381333931"
    assert b.gtin == "04006381333931"


def test_ean13_bad_check_digit_names_expected_digit():
    r = rejected("4006381333932")
    assert r.reason is RejectReason.INVALID_CHECK_DIGIT
    assert r.expected_check_digit == "1"
    assert "should be 1" in r.message
    assert r.action


def test_upca_twelve_digits_and_as_ean13_with_symbology():
    b = parsed("036000291452")
    assert b.kind is BarcodeKind.UPCA
    assert b.gtin == "00036000291452"
    as13 = parsed("]E00036000291452")
    assert as13.kind is BarcodeKind.UPCA
    assert as13.symbology == "]E0"
    assert as13.gtin == b.gtin
    assert "036000291452" in as13.lookup_keys


def test_ean8_and_gtin14():
    assert parsed("96385074").kind is BarcodeKind.EAN8
    b = parsed("10614141000415")
    assert b.kind is BarcodeKind.GTIN14
    assert b.lookup_keys == ("10614141000415",)
    assert rejected("96385075").expected_check_digit == "4"


def test_gtin_forms():
    assert gtin_forms("00000096385074") == [
        "00000096385074",
        "0000096385074",
        "000096385074",
        "96385074",
    ]
    assert gtin_forms("04006381333931") == ["04006381333931", "4006381333931"]


def test_plain_text_and_empty():
    assert parsed("SKU-1234").kind is BarcodeKind.TEXT
    assert parsed("12345").kind is BarcodeKind.TEXT  # not a GTIN length
    assert rejected("   \r\n").reason is RejectReason.EMPTY
    assert rejected("]E0").reason is RejectReason.EMPTY


def test_ean_symbology_with_letters_is_malformed():
    assert rejected("]E0ABCDEFGHIJKLM").reason is RejectReason.MALFORMED


def test_control_characters_refused():
    assert rejected("AB\x07CD").reason is RejectReason.MALFORMED


# -- GS1 -------------------------------------------------------------------------------------


def test_gs1_128_with_separators_and_symbology():
    b = parsed(f"]C10109506000134352{GS}10LOT-42{GS}21SN1")
    assert b.kind is BarcodeKind.GS1
    assert b.gtin == "09506000134352"
    assert b.gs1.lot == "LOT-42"
    assert b.gs1.serial == "SN1"


def test_gs1_without_separators_fixed_fields_first():
    b = parsed("]d20109506000134352172612311527011510BATCH7")
    assert b.gs1.expiry == date(2026, 12, 31)
    assert b.gs1.best_before == date(2027, 1, 15)
    assert b.gs1.lot == "BATCH7"


def test_gs1_without_symbology_identifier():
    b = parsed("010950600013435217261231")
    assert b.kind is BarcodeKind.GS1
    assert b.gs1.expiry == date(2026, 12, 31)


def test_gs1_leading_fnc1_and_other_symbologies():
    for prefix in (GS, "]Q3", "]e0", "]d2"):
        b = parsed(f"{prefix}0109506000134352{GS}10ABC")
        assert b.gs1.lot == "ABC"


def test_gs1_human_readable_form():
    b = parsed("(01)09506000134352(17)261200(10)ABC123(21)X9")
    assert b.gs1.expiry == date(2026, 12, 31)  # day 00: last day of the month
    assert b.gs1.lot == "ABC123"
    assert b.gs1.serial == "X9"
    assert b.gs1.human_readable() == "(01)09506000134352(17)261200(10)ABC123(21)X9"


def test_gs1_counts_and_weights():
    b = parsed(f"]C10209506000134352{GS}3712")
    assert b.gtin == "09506000134352"
    assert b.gs1.count == 12
    w = parsed("]C101095060001343523103001250")
    assert w.gs1.net_weight_kg == Decimal("1.250")
    lb = parsed("]C101095060001343523202000100")
    assert lb.gs1.net_weight_kg == Decimal("0.453592")


def test_gs1_sscc():
    b = parsed("]C100106141411234567897")
    assert b.gs1.sscc == "106141411234567897"
    assert b.gtin is None


def test_gs1_bad_gtin_check_digit():
    r = rejected(f"]C10109506000134353{GS}10A")
    assert r.reason is RejectReason.INVALID_CHECK_DIGIT
    assert r.expected_check_digit == "2"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("]C1019506000134352", "needs 14 characters"),
        ("]C1010950600013435223X", "does not know"),
        ("]C1010950600013435217261331", "month 13"),
        ("]C1010950600013435217260230", "day 30"),
        ("]C1010950600013435210" + "A" * 21, "separator missing"),
        ("]C1010950600013435210AB#C", "not allow"),
        (f"]C10109506000134352{GS}10A{GS}10B", "twice"),
        (f"]C10109506000134352{GS}10", "empty"),
    ],
)
def test_gs1_malformed(raw, fragment):
    r = rejected(raw)
    assert r.reason is RejectReason.MALFORMED_GS1
    assert fragment in r.message


def test_gs1_same_ai_twice_with_same_value_is_tolerated():
    b = parsed(f"]C10109506000134352{GS}10A{GS}10A")
    assert b.gs1.lot == "A"


def test_gs1_configured_fnc1_substitute():
    settings = ScanSettings(fnc1_substitutes=("|",))
    b = parsed("]C10109506000134352|10LOT|21S", settings)
    assert (b.gs1.lot, b.gs1.serial) == ("LOT", "S")


def test_sixteen_digit_internal_code_that_is_not_gs1_stays_text():
    # Starts like AI 01 but the "GTIN" check digit is wrong: refused, not silently taken.
    assert rejected("0112345678901234").reason is RejectReason.INVALID_CHECK_DIGIT
    # Starts like AI 02 but too short for it: an internal code.
    assert parsed("02ABCDEFGHIJKLMNOP").kind is BarcodeKind.TEXT


def test_century_sliding_window():
    today = date(2026, 6, 1)
    assert gs1.resolve_year(26, today) == 2026
    assert gs1.resolve_year(76, today) == 2076  # 50 ahead
    assert gs1.resolve_year(77, today) == 1977  # 51 ahead -> previous century
    assert gs1.resolve_year(0, date(2095, 1, 1)) == 2100


_ALNUM = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-./_", min_size=1
)


@st.composite
def element_lists(draw):
    gtin = make_gtin(draw(st.text(alphabet="0123456789", min_size=13, max_size=13)))
    pairs = [("01", gtin)]
    if draw(st.booleans()):
        y, m, d = draw(st.integers(0, 99)), draw(st.integers(1, 12)), draw(st.integers(0, 28))
        pairs.append(("17", f"{y:02d}{m:02d}{d:02d}"))
    if draw(st.booleans()):
        pairs.append(("3103", f"{draw(st.integers(0, 999999)):06d}"))
    variable = []
    if draw(st.booleans()):
        variable.append(("10", draw(_ALNUM.filter(lambda s: len(s) <= 20))))
    if draw(st.booleans()):
        variable.append(("21", draw(_ALNUM.filter(lambda s: len(s) <= 20))))
    if draw(st.booleans()):
        variable.append(("30", str(draw(st.integers(0, 99999999)))))
    order = draw(st.permutations(pairs + variable))
    return list(order)


@given(element_lists(), st.booleans())
def test_gs1_encode_parse_round_trip(pairs, human):
    text = gs1.encode(pairs, human=human)
    message = (
        gs1.parse_human_readable(text, today=TODAY)
        if human
        else gs1.parse_element_string(text, today=TODAY)
    )
    assert [(e.ai, e.raw) for e in message.elements] == pairs


# -- prefix rules ----------------------------------------------------------------------------


def test_location_and_badge_prefixes():
    settings = ScanSettings(
        prefix_rules=(
            PrefixRule(BarcodeKind.LOCATION, "LOC-", strip_prefix=True),
            PrefixRule(BarcodeKind.BADGE, "041"),
        )
    )
    loc = parsed("LOC-A-01-3", settings)
    assert (loc.kind, loc.payload) == (BarcodeKind.LOCATION, "A-01-3")
    badge = parsed("0410012345", settings)
    assert (badge.kind, badge.payload) == (BarcodeKind.BADGE, "0410012345")
    # GS1 symbologies never match prefix rules.
    assert parsed("]C10109506000134352", settings).kind is BarcodeKind.GS1


def test_prefix_rule_validation():
    with pytest.raises(ValueError):
        PrefixRule(BarcodeKind.EAN13, "X")
    with pytest.raises(ValueError):
        PrefixRule(BarcodeKind.LOCATION, "")


# -- resolution ------------------------------------------------------------------------------

MUG = ProductRef(1, "Blue mug", category_id=7)
PHONE = ProductRef(2, "Phone X", Tracking.SERIAL)
YOGURT = ProductRef(3, "Yogurt", Tracking.LOT)
CHEESE = ProductRef(4, "Cheese by weight", uom_name="kg")
OLD = ProductRef(5, "Old vase", active=False)

PRODUCTS = {
    "4006381333931": MUG,
    "09506000134352": PHONE,  # stored as GTIN-14
    "036000291452": YOGURT,  # stored as UPC-A
    "96385074": CHEESE,
    "INT-0001": OLD,
    "1234567890128": OLD,
    "4006381333932": MUG,  # an internal code with a wrong check digit, on purpose
}
PACKS = {"10614141000415": PackagingRef(MUG, 6, "Box of 6")}
LOTS = {(3, "L1"): LotRef(31, "L1", 3), (2, "SN1"): LotRef(21, "SN1", 2)}

INDEX = FunctionIndex(PRODUCTS.get, PACKS.get, lambda pid, name: LOTS.get((pid, name)))


def resolve(raw, settings=None):
    return resolve_scan(raw, INDEX, settings, today=TODAY)


def test_resolve_product_by_ean():
    r = resolve("5901234123457")
    assert isinstance(r, ScanRefusal) and r.reason is RefusalReason.UNKNOWN_BARCODE
    assert "5901234123457" in r.message and r.action
    r = resolve("]E04006381333931")
    assert isinstance(r, ScanResolution)
    assert (r.product_id, r.quantity, r.source, r.manual) == (1, 1.0, ScanSource.PRODUCT, False)


def test_resolve_in_equivalent_forms():
    assert resolve("0036000291452").product_id == 3  # EAN-13 form of a stored UPC-A
    assert resolve("9506000134352").product_id == 2  # EAN-13 form of a stored GTIN-14


def test_exact_store_code_wins_over_check_digit():
    r = resolve("4006381333932")
    assert isinstance(r, ScanResolution) and r.product_id == 1


def test_invalid_check_digit_refusal_says_expected_digit():
    r = resolve("5901234123458")
    assert r.reason is RefusalReason.INVALID_CHECK_DIGIT
    assert r.details["expected"] == "7"


def test_resolve_packaging():
    r = resolve("10614141000415")
    assert (r.product_id, r.quantity, r.source, r.packaging_name) == (
        1,
        6.0,
        ScanSource.PACKAGING,
        "Box of 6",
    )


def test_resolve_gs1_serial_and_lot():
    r = resolve(f"]C10109506000134352{GS}21SN1")
    assert (r.product_id, r.lot_name, r.lot_id, r.source) == (2, "SN1", 21, ScanSource.GS1)
    r = resolve(f"]C10100036000291452{GS}10L1{GS}17261231")
    assert (r.product_id, r.lot_name, r.lot_id, r.expiry) == (3, "L1", 31, date(2026, 12, 31))
    unknown_lot = resolve("]C1010003600029145210L2")
    assert (unknown_lot.lot_name, unknown_lot.lot_id) == ("L2", None)


def test_resolve_gs1_lot_of_untracked_product_is_dropped():
    r = resolve("]C1010400638133393110L9")
    assert r.product_id == 1 and r.lot_name is None


def test_resolve_gs1_packaging_gtin_with_count():
    r = resolve(f"]C10110614141000415{GS}302")
    assert (r.product_id, r.quantity) == (1, 12.0)
    contents = resolve(f"]C10204006381333931{GS}3710")
    assert (contents.product_id, contents.quantity) == (1, 10.0)


def test_resolve_gs1_weight_for_product_sold_by_kg():
    r = resolve("]C101000000963850743103001250")
    assert (r.product_id, r.quantity) == (4, 1.25)
    # A weight on a unit-of-measure product does not change the quantity.
    r = resolve("]C101040063813339313103001250")
    assert r.quantity == 1.0


def test_resolve_serial_with_quantity_is_refused():
    r = resolve(f"]C10109506000134352{GS}21SN1{GS}303")
    assert r.reason is RefusalReason.SERIAL_QUANTITY


def test_resolve_sscc_is_not_a_product():
    r = resolve("]C100106141411234567897")
    assert r.reason is RefusalReason.NOT_A_PRODUCT
    assert "SSCC" in r.message


def test_resolve_location_and_badge_are_not_products():
    settings = ScanSettings(prefix_rules=(PrefixRule(BarcodeKind.LOCATION, "LOC-"),))
    r = resolve("LOC-A1", settings)
    assert r.reason is RefusalReason.NOT_A_PRODUCT and r.kind is BarcodeKind.LOCATION


def test_resolve_archived_product_is_flagged_not_refused():
    r = resolve("INT-0001")
    assert r.product_id == 5 and r.product_active is False


def test_resolve_malformed_gs1():
    r = resolve("]C1019506000134352")
    assert r.reason is RefusalReason.UNREADABLE


def test_typed_resolution_is_manual_and_round_trips():
    r = ScanResolution.typed(YOGURT, 2.5, "L1")
    assert r.manual and r.source is ScanSource.MANUAL
    again = ScanResolution.from_dict(r.to_dict())
    assert again == r
    g = resolve(f"]C10100036000291452{GS}10L1{GS}17261231")
    assert ScanResolution.from_dict(g.to_dict()) == g


# -- UPC-E and in-store variable-measure barcodes -------------------------------------------


@pytest.mark.parametrize(
    ("upce7", "upca11"),
    [
        ("0123456", "01234500006"),  # last digit 5-9: five manufacturer digits
        ("0425261", "04210000526"),  # last digit 0-2
        ("0123453", "01230000045"),  # last digit 3
        ("0123454", "01234000005"),  # last digit 4
    ],
)
def test_upce_expansion(upce7, upca11):
    from storeapp.core.barcodes import expand_upce

    check = gs1.check_digit(upca11)
    assert expand_upce(upce7 + check) == upca11 + check
    assert expand_upce("2123456" + check) is None


def test_upce_under_its_symbology_identifier():
    b = parsed("]E001234565")
    assert b.kind is BarcodeKind.UPCE
    assert b.gtin == "00012345000065"
    assert b.lookup_keys[0] == "01234565" and "012345000065" in b.lookup_keys
    r = rejected("]E001234566")
    assert r.reason is RejectReason.INVALID_CHECK_DIGIT and r.expected_check_digit == "5"
    assert rejected("]E021234565").reason is RejectReason.MALFORMED
    # Without the identifier eight digits are an EAN-8.
    assert parsed("96385074").kind is BarcodeKind.EAN8


def _scale_settings():
    from storeapp.core.barcodes import Measure, VariableMeasureRule

    return ScanSettings(
        variable_measures=(
            VariableMeasureRule("21", 5, Measure.WEIGHT),
            VariableMeasureRule("22", 5, Measure.PRICE, decimals=2),
            VariableMeasureRule("23", 5, Measure.COUNT),
        )
    )


def test_variable_measure_parsing():
    b = parsed(make_gtin("211234501250"), _scale_settings())
    assert (b.measure, b.measure_value) == ("weight", Decimal("1.250"))
    assert b.item_code == make_gtin("211234500000")
    assert b.lookup_keys == (b.item_code,)
    # Without a rule for the prefix it is an ordinary EAN-13.
    assert parsed(make_gtin("211234501250")).measure is None


def test_variable_measure_rule_validation():
    from storeapp.core.barcodes import Measure, VariableMeasureRule

    with pytest.raises(ValueError):
        VariableMeasureRule("40", 5, Measure.WEIGHT)
    with pytest.raises(ValueError):
        VariableMeasureRule("21", 10, Measure.WEIGHT)


def test_resolve_scale_labels():
    ham = ProductRef(40, "Ham", uom_name="g")
    pie = ProductRef(41, "Pie")
    products = {
        make_gtin("211234500000"): ham,
        make_gtin("221111100000"): pie,
        make_gtin("232222200000"): pie,
        make_gtin("213333300000"): pie,
    }
    index = FunctionIndex(products.get)
    settings = _scale_settings()
    r = resolve_scan(make_gtin("211234501250"), index, settings)
    assert (r.product_id, r.quantity, r.embedded_price) == (40, 1250.0, None)  # grams
    r = resolve_scan(make_gtin("221111100799"), index, settings)
    assert (r.product_id, r.quantity, r.embedded_price) == (41, 1.0, Decimal("7.99"))
    assert ScanResolution.from_dict(r.to_dict()) == r
    r = resolve_scan(make_gtin("232222200004"), index, settings)
    assert r.quantity == 4.0
    r = resolve_scan(make_gtin("213333300500"), index, settings)
    assert r.reason is RefusalReason.NOT_A_PRODUCT and "not by weight" in r.message
    r = resolve_scan(make_gtin("211234500000"), index, settings)
    assert r.reason is RefusalReason.UNREADABLE


def test_a_runaway_scan_is_not_echoed_in_full():
    """A 5,000-character scan used to be repeated whole in the message, pushing the page wide."""
    from storeapp.core.scanning import ScanRefusal, resolve_scan
    from storeapp.core.text import echo

    class Empty:
        def product_by_barcode(self, code):
            return None

        def packaging_by_barcode(self, code):
            return None

        def lot_by_name(self, product_id, name):
            return None

    for raw in ("7" * 5000, "A" * 5000, "0" + "9" * 4999, "]C1" + "01" * 2500):
        refusal = resolve_scan(raw, Empty())
        assert isinstance(refusal, ScanRefusal)
        assert len(refusal.message) < 200 and refusal.action
    assert echo("ABCDEFGHIJ", 5) == "AB…IJ" and echo("a\nb\x00c") == "a b c"
