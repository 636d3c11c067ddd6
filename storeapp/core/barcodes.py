"""Reading what a scanner typed: which kind of barcode it is, and whether it is well formed.

A keyboard-wedge scanner types the data, sometimes preceded by a symbology identifier
("]E0" EAN/UPC, "]C1" GS1-128, "]d2" GS1 DataMatrix, "]Q3" GS1 QR, "]e0" GS1 DataBar) and
followed by Enter. `parse_barcode` turns that into a `Barcode` (EAN-13, UPC-A, EAN-8, GTIN-14,
a GS1 element string, a location or badge by the store's prefix rules, or plain text such as
an internal reference) or a `BarcodeRejected` that says what is wrong and what to do.

Retail numbers are one family: a UPC-A is an EAN-13 with a leading zero, and every GTIN is
also a 14-digit GTIN padded with zeros. Odoo stores whatever was typed into the product form,
so `Barcode.lookup_keys` lists every form under which the same item may be stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from storeapp.core.gs1 import (
    GROUP_SEPARATOR,
    GS1ErrorCode,
    GS1Message,
    GS1ParseError,
    check_digit,
    parse_element_string,
    parse_human_readable,
)
from storeapp.core.text import echo


class BarcodeKind(StrEnum):
    EAN13 = "ean13"
    UPCA = "upca"
    UPCE = "upce"  # zero-suppressed UPC, 8 digits under "]E0"
    EAN8 = "ean8"
    GTIN14 = "gtin14"
    GS1 = "gs1"  # a GS1 element string (GS1-128, DataMatrix, QR, DataBar)
    LOCATION = "location"
    BADGE = "badge"
    TEXT = "text"  # anything else: an internal reference, a lot name, a Code 39 label


_LINEAR_KINDS = {
    8: BarcodeKind.EAN8,
    12: BarcodeKind.UPCA,
    13: BarcodeKind.EAN13,
    14: BarcodeKind.GTIN14,
}

# Symbology identifiers (ISO/IEC 15424) whose data is a GS1 element string.
GS1_SYMBOLOGIES = frozenset({"]C1", "]d2", "]Q3", "]e0", "]J1"})
# Symbology identifiers of the EAN/UPC family: the data must be digits.
EAN_SYMBOLOGIES = frozenset({"]E0", "]E1", "]E2", "]E3", "]E4"})


_HUMAN_START = re.compile(r"\(\d{2,4}\)")


class RejectReason(StrEnum):
    EMPTY = "empty"
    INVALID_CHECK_DIGIT = "invalid_check_digit"
    MALFORMED_GS1 = "malformed_gs1"
    MALFORMED = "malformed"


@dataclass(frozen=True)
class PrefixRule:
    """A store's rule for non-product barcodes: everything starting with `prefix` is a
    location or an employee badge. With `strip_prefix`, `Barcode.payload` is what follows."""

    kind: BarcodeKind
    prefix: str
    strip_prefix: bool = False

    def __post_init__(self) -> None:
        if self.kind not in (BarcodeKind.LOCATION, BarcodeKind.BADGE):
            raise ValueError("prefix rules describe location or badge barcodes only")
        if not self.prefix:
            raise ValueError("a prefix rule needs a non-empty prefix")


class Measure(StrEnum):
    WEIGHT = "weight"  # kilograms
    COUNT = "count"
    PRICE = "price"  # in the store's currency


@dataclass(frozen=True)
class VariableMeasureRule:
    """An in-store EAN-13 with an embedded weight, count or price (GS1 restricted circulation
    numbers, prefixes 20-29), as printed by deli and produce scales.

    Layout: `prefix`, `item_digits` of item reference, the value, the check digit; for example
    "21" + 5-digit item + 5-digit weight in grams + check. The product carries the barcode with
    the value set to zeros and the check digit recomputed, as Odoo's weighted-product
    nomenclature expects.
    """

    prefix: str
    item_digits: int
    measure: Measure
    decimals: int = 3

    def __post_init__(self) -> None:
        if not (self.prefix.isdigit() and self.prefix[0] == "2"):
            raise ValueError("variable-measure prefixes are in the restricted range 20-29")
        if self.value_digits < 1:
            raise ValueError("the prefix and item reference leave no digits for the value")

    @property
    def value_digits(self) -> int:
        return 12 - len(self.prefix) - self.item_digits


@dataclass(frozen=True)
class ScanSettings:
    """Per-store reading options.

    `fnc1_substitutes`: characters a scanner was configured to send in place of the GS
    separator (some keyboard layouts cannot type ASCII 29).
    """

    prefix_rules: tuple[PrefixRule, ...] = ()
    fnc1_substitutes: tuple[str, ...] = ()
    variable_measures: tuple[VariableMeasureRule, ...] = ()

    @property
    def separators(self) -> tuple[str, ...]:
        return (GROUP_SEPARATOR, *self.fnc1_substitutes)


@dataclass(frozen=True)
class Barcode:
    """A well-formed scan. `text` is the data without symbology identifier or line ending."""

    raw: str
    text: str
    kind: BarcodeKind
    symbology: str | None = None
    gtin: str | None = None  # always 14 digits when set
    gs1: GS1Message | None = None
    payload: str | None = None  # location/badge value
    measure: Measure | None = None  # variable-measure EAN-13: what the value is
    measure_value: Decimal | None = None
    item_code: str | None = None  # variable-measure EAN-13 with the value zeroed

    @property
    def lookup_keys(self) -> tuple[str, ...]:
        """Text forms under which a product or packaging may carry this barcode in Odoo,
        the form as scanned first."""
        keys: list[str] = []
        if self.item_code:
            return (self.item_code,)
        if self.kind is not BarcodeKind.GS1:
            keys.append(self.text)
        if self.gtin:
            keys.extend(gtin_forms(self.gtin))
        return tuple(dict.fromkeys(keys))


@dataclass(frozen=True)
class BarcodeRejected:
    """A scan that cannot be read, with what happened and what to do, in plain words."""

    raw: str
    reason: RejectReason
    message: str
    action: str
    expected_check_digit: str | None = None
    details: dict[str, str] = field(default_factory=dict)


def gtin_forms(gtin14: str) -> list[str]:
    """The 14-, 13-, 12- and 8-digit forms of a GTIN that are valid for it (shortest last)."""
    forms = [gtin14]
    for length in (13, 12, 8):
        pad = 14 - length
        if gtin14[:pad] == "0" * pad:
            forms.append(gtin14[pad:])
    return forms


def expand_upce(code: str) -> str | None:
    """The 12-digit UPC-A that an 8-digit UPC-E stands for (None if not a UPC-E).

    The check digit is the UPC-A's; the caller compares it with the last digit scanned.
    """
    if len(code) != 8 or not code.isdigit() or code[0] not in "01":
        return None
    ns, d = code[0], code[1:7]
    last = d[5]
    if last in "012":
        body = ns + d[0:2] + last + "0000" + d[2:5]
    elif last == "3":
        body = ns + d[0:3] + "00000" + d[3:5]
    elif last == "4":
        body = ns + d[0:4] + "00000" + d[4]
    else:
        body = ns + d[0:5] + "0000" + last
    return body + check_digit(body)


def to_gtin14(code: str) -> str:
    return code.rjust(14, "0")


def make_gtin(body: str) -> str:
    """Append the check digit: `make_gtin("400638133393")` is "4006381333931"."""
    return body + check_digit(body)


def _reject_check_digit(
    raw: str, code: str, label: str, expected: str | None = None
) -> BarcodeRejected:
    expected = expected or check_digit(code[:-1])
    return BarcodeRejected(
        raw=raw,
        reason=RejectReason.INVALID_CHECK_DIGIT,
        message=(
            f"The {label} {code} ends in {code[-1]}, but its check digit should be {expected}: "
            "the number was misread or mistyped."
        ),
        action="Scan the barcode again, or type the number printed under it.",
        expected_check_digit=expected,
        details={"found": code[-1], "expected": expected},
    )


def _reject_gs1(raw: str, error: GS1ParseError) -> BarcodeRejected:
    if error.code is GS1ErrorCode.BAD_CHECK_DIGIT:
        return BarcodeRejected(
            raw=raw,
            reason=RejectReason.INVALID_CHECK_DIGIT,
            message=f"This GS1 barcode cannot be trusted: {error.message}.",
            action="Scan the barcode again; if it keeps failing, scan the item's EAN instead.",
            expected_check_digit=error.expected,
            details={"ai": error.ai or ""},
        )
    return BarcodeRejected(
        raw=raw,
        reason=RejectReason.MALFORMED_GS1,
        message=f"This GS1 barcode cannot be read: {error.message}.",
        action=(
            "Scan it again. If the same message comes back, scan the item's other barcode "
            "(the EAN on the unit) or enter the product by search."
        ),
        details={"ai": error.ai or "", "code": str(error.code)},
    )


def _variable_measure(
    raw: str, text: str, symbology: str | None, rule: VariableMeasureRule
) -> Barcode:
    start = len(rule.prefix) + rule.item_digits
    digits = text[start : start + rule.value_digits]
    item_body = text[:start] + "0" * rule.value_digits
    value = Decimal(int(digits)).scaleb(-rule.decimals if rule.measure is not Measure.COUNT else 0)
    return Barcode(
        raw,
        text,
        BarcodeKind.EAN13,
        symbology,
        measure=rule.measure,
        measure_value=value,
        item_code=item_body + check_digit(item_body),
    )


def _looks_like_gs1(text: str, separators: Sequence[str]) -> bool:
    if any(sep in text for sep in separators):
        return True
    # 16+ digits starting with an SSCC/GTIN AI: a GS1-128 scanned without symbology identifier.
    return len(text) >= 16 and text[:2] in ("00", "01", "02")


def parse_barcode(
    raw: str, settings: ScanSettings | None = None, *, today: date | None = None
) -> Barcode | BarcodeRejected:
    """Classify and check one scan. Never raises for bad input: bad input is a rejection."""
    settings = settings or ScanSettings()
    separators = settings.separators
    text = raw.strip("\r\n\t ")
    symbology: str | None = None
    if len(text) >= 3 and text[0] == "]":
        symbology, text = text[:3], text[3:]
    if not text or all(c in separators for c in text):
        return BarcodeRejected(
            raw=raw,
            reason=RejectReason.EMPTY,
            message="The scanner sent nothing readable.",
            action="Scan again, holding the scanner steady over the barcode.",
        )

    is_gs1_symbology = symbology in GS1_SYMBOLOGIES
    if not is_gs1_symbology:
        for rule in settings.prefix_rules:
            if text.startswith(rule.prefix):
                payload = text[len(rule.prefix) :] if rule.strip_prefix else text
                return Barcode(raw, text, rule.kind, symbology, payload=payload)

    human_form = _HUMAN_START.match(text) is not None
    if is_gs1_symbology or human_form or _looks_like_gs1(text, separators):
        try:
            if human_form:
                message = parse_human_readable(text, today=today)
            else:
                message = parse_element_string(text, separators=separators, today=today)
        except GS1ParseError as error:
            explicit = is_gs1_symbology or human_form or any(s in text for s in separators)
            if explicit or error.code is GS1ErrorCode.BAD_CHECK_DIGIT:
                return _reject_gs1(raw, error)
            # Otherwise: long digits that only happened to start like an AI, e.g. an
            # internal reference. Read on as plain text.
        else:
            gtin = message.gtin or message.contained_gtin
            return Barcode(raw, text, BarcodeKind.GS1, symbology, gtin=gtin, gs1=message)

    if symbology == "]E0" and len(text) == 8 and text.isascii() and text.isdigit():
        # Under "]E0" eight digits are a UPC-E (an EAN-8 comes as "]E4").
        upca = expand_upce(text)
        if upca is None:
            return BarcodeRejected(
                raw=raw,
                reason=RejectReason.MALFORMED,
                message=f"{echo(text)} is not a valid UPC-E: it must start with 0 or 1.",
                action="Scan again, or type the 12-digit number printed on the item.",
            )
        if upca[-1] != text[-1]:
            return _reject_check_digit(raw, text, "UPC-E", expected=upca[-1])
        return Barcode(raw, text, BarcodeKind.UPCE, symbology, gtin=to_gtin14(upca))

    if text.isascii() and text.isdigit() and len(text) in _LINEAR_KINDS:
        kind = _LINEAR_KINDS[len(text)]
        if check_digit(text[:-1]) != text[-1]:
            label = {
                BarcodeKind.EAN8: "EAN-8",
                BarcodeKind.UPCA: "UPC-A",
                BarcodeKind.EAN13: "EAN-13",
                BarcodeKind.GTIN14: "GTIN-14",
            }[kind]
            return _reject_check_digit(raw, text, label)
        if kind is BarcodeKind.EAN13 and text[0] == "0" and symbology == "]E0":
            # Scanners send a UPC-A as 13 digits with a leading 0 under "]E0".
            kind = BarcodeKind.UPCA
        if kind is BarcodeKind.EAN13:
            for measure in settings.variable_measures:
                if text.startswith(measure.prefix):
                    return _variable_measure(raw, text, symbology, measure)
        return Barcode(raw, text, kind, symbology, gtin=to_gtin14(text))

    if symbology in EAN_SYMBOLOGIES:
        return BarcodeRejected(
            raw=raw,
            reason=RejectReason.MALFORMED,
            message=f"The scanner reported an EAN/UPC barcode but sent “{echo(text)}”.",
            action="Scan again; if it repeats, check the scanner's keyboard layout setting.",
        )
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        return BarcodeRejected(
            raw=raw,
            reason=RejectReason.MALFORMED,
            message="The scan contains control characters the app cannot read.",
            action="Scan again; if it repeats, ask IT to check the scanner's settings.",
        )
    return Barcode(raw, text, BarcodeKind.TEXT, symbology)
