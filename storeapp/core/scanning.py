"""From a scan to "which product, how many, which lot": the resolver every store job calls.

The resolver knows nothing about the cache: the caller hands it a `BarcodeIndex` (three lookups
over whatever store holds products, packagings and lots). It returns a `ScanResolution` or a
`ScanRefusal` carrying a plain-language message and what to do about it.

Order of precedence, and why:
1. A location or badge (by the store's prefix rules) is never a product.
2. The text exactly as scanned, if a product or packaging carries it: the store's own data
   wins, so an internal code that happens to fail a check digit still works.
3. A malformed scan is refused (a misread EAN must never match a different product).
4. GS1: the GTIN of AI 01 (or 02 for contents of a case), as product, then as packaging.
5. EAN/UPC/GTIN in every equivalent form (13, 12, 8, 14 digits), as product, then packaging.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

from storeapp.core.barcodes import (
    Barcode,
    BarcodeKind,
    BarcodeRejected,
    Measure,
    RejectReason,
    ScanSettings,
    gtin_forms,
    parse_barcode,
)
from storeapp.core.quantities import UnitOfMeasure, format_qty, round_qty, unit_of
from storeapp.core.text import echo


class Tracking(StrEnum):
    NONE = "none"
    LOT = "lot"
    SERIAL = "serial"


@dataclass(frozen=True)
class ProductRef:
    """What the rules need to know about a product variant."""

    id: int
    name: str
    tracking: Tracking = Tracking.NONE
    active: bool = True
    uom_name: str = "Units"
    category_id: int | None = None
    uom_rounding: float | None = None  # `uom.uom.rounding`; None: not known (see `unit_of`)

    @property
    def unit(self) -> UnitOfMeasure:
        return unit_of(self.uom_name, self.uom_rounding)


@dataclass(frozen=True)
class PackagingRef:
    """A packaging barcode (`product.packaging`): scanning it counts `qty` units."""

    product: ProductRef
    qty: float
    name: str = ""


@dataclass(frozen=True)
class LotRef:
    id: int
    name: str
    product_id: int


class BarcodeIndex(Protocol):
    """Lookups the resolver needs; the cache repository implements them."""

    def product_by_barcode(self, code: str) -> ProductRef | None: ...

    def packaging_by_barcode(self, code: str) -> PackagingRef | None: ...

    def lot_by_name(self, product_id: int, name: str) -> LotRef | None: ...


@dataclass(frozen=True)
class FunctionIndex:
    """A `BarcodeIndex` made of three plain functions (handy for dict-backed indexes)."""

    product: Callable[[str], ProductRef | None]
    packaging: Callable[[str], PackagingRef | None] | None = None
    lot: Callable[[int, str], LotRef | None] | None = None

    def product_by_barcode(self, code: str) -> ProductRef | None:
        return self.product(code)

    def packaging_by_barcode(self, code: str) -> PackagingRef | None:
        return self.packaging(code) if self.packaging else None

    def lot_by_name(self, product_id: int, name: str) -> LotRef | None:
        return self.lot(product_id, name) if self.lot else None


# Odoo's `stock.lot.name` is a Char without a size; no real lot or serial is longer than this.
LOT_NAME_MAX = 128


class ScanSource(StrEnum):
    PRODUCT = "product"
    PACKAGING = "packaging"
    GS1 = "gs1"
    MANUAL = "manual"


@dataclass(frozen=True)
class ScanResolution:
    """A scan (or a typed entry) resolved to a product, a quantity and maybe a lot/serial.

    `lot_name` is the lot or serial number as the barcode gave it; `lot_id` is set when the
    store's data knows that lot. `quantity` is in the product's unit of measure.
    """

    product_id: int
    product_name: str
    quantity: float
    source: ScanSource
    tracking: Tracking = Tracking.NONE
    lot_name: str | None = None
    lot_id: int | None = None
    manual: bool = False
    barcode: str = ""
    packaging_name: str | None = None
    expiry: date | None = None
    product_active: bool = True
    category_id: int | None = None
    embedded_price: Decimal | None = None  # price printed in an in-store barcode
    uom_name: str = "Units"
    uom_rounding: float | None = None

    @property
    def unit(self) -> UnitOfMeasure:
        return unit_of(self.uom_name, self.uom_rounding)

    @classmethod
    def typed(
        cls, product: ProductRef, quantity: float, lot_name: str | None = None
    ) -> ScanResolution:
        """An entry typed by a person rather than scanned: always recorded as manual."""
        return cls(
            product_id=product.id,
            product_name=product.name,
            quantity=round_qty(quantity),
            source=ScanSource.MANUAL,
            tracking=product.tracking,
            lot_name=lot_name,
            manual=True,
            product_active=product.active,
            category_id=product.category_id,
            uom_name=product.uom_name,
            uom_rounding=product.uom_rounding,
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["expiry"] = self.expiry.isoformat() if self.expiry else None
        data["embedded_price"] = str(self.embedded_price) if self.embedded_price else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScanResolution:
        values = dict(data)
        values["source"] = ScanSource(values["source"])
        values["tracking"] = Tracking(values.get("tracking", "none"))
        if values.get("expiry"):
            values["expiry"] = date.fromisoformat(values["expiry"])
        if values.get("embedded_price"):
            values["embedded_price"] = Decimal(values["embedded_price"])
        return cls(**values)


class RefusalReason(StrEnum):
    UNKNOWN_BARCODE = "unknown_barcode"
    INVALID_CHECK_DIGIT = "invalid_check_digit"
    UNREADABLE = "unreadable"
    NOT_A_PRODUCT = "not_a_product"
    SERIAL_QUANTITY = "serial_quantity"


@dataclass(frozen=True)
class ScanRefusal:
    """Why a scan gives no product, and what the associate should do."""

    reason: RefusalReason
    message: str
    action: str
    barcode: str = ""
    kind: BarcodeKind | None = None
    details: dict[str, str] = field(default_factory=dict)


_WEIGHT_UNITS = {"kg": Decimal(1), "g": Decimal(1000), "lb": Decimal("2.20462262185")}
_WEIGHT_UNITS["lbs"] = _WEIGHT_UNITS["lb"]


def _from_rejection(rejected: BarcodeRejected) -> ScanRefusal:
    reason = (
        RefusalReason.INVALID_CHECK_DIGIT
        if rejected.reason is RejectReason.INVALID_CHECK_DIGIT
        else RefusalReason.UNREADABLE
    )
    details = dict(rejected.details)
    if rejected.expected_check_digit:
        details["expected"] = rejected.expected_check_digit
    return ScanRefusal(reason, rejected.message, rejected.action, rejected.raw, details=details)


def _lookup(
    index: BarcodeIndex, keys: tuple[str, ...] | list[str]
) -> tuple[ProductRef | None, PackagingRef | None]:
    """First the product barcodes in every form, then the packagings: a product's own
    barcode must win over a packaging that happens to share a form of it."""
    for key in keys:
        product = index.product_by_barcode(key)
        if product is not None:
            return product, None
    for key in keys:
        packaging = index.packaging_by_barcode(key)
        if packaging is not None:
            return packaging.product, packaging
    return None, None


def _resolution(
    index: BarcodeIndex,
    product: ProductRef,
    packaging: PackagingRef | None,
    source: ScanSource,
    code: str,
    quantity: float,
    lot_name: str | None = None,
    expiry: date | None = None,
) -> ScanResolution:
    lot_id = None
    if product.tracking is Tracking.NONE:
        lot_name = None  # a lot on the label of an untracked product means nothing to Odoo
    elif lot_name:
        lot = index.lot_by_name(product.id, lot_name)
        lot_id = lot.id if lot else None
    return ScanResolution(
        product_id=product.id,
        product_name=product.name,
        quantity=round_qty(quantity),
        source=source,
        tracking=product.tracking,
        lot_name=lot_name,
        lot_id=lot_id,
        barcode=code,
        packaging_name=packaging.name if packaging else None,
        expiry=expiry,
        product_active=product.active,
        category_id=product.category_id,
        uom_name=product.uom_name,
        uom_rounding=product.uom_rounding,
    )


def _unknown(barcode: Barcode) -> ScanRefusal:
    return ScanRefusal(
        RefusalReason.UNKNOWN_BARCODE,
        f"No product or packaging in this store's data has the barcode {echo(barcode.text)}.",
        "Try another barcode on the item or search the product by name. A product created "
        "in Odoo very recently appears after the next update.",
        barcode.raw,
        barcode.kind,
    )


def _resolve_gs1(barcode: Barcode, index: BarcodeIndex) -> ScanResolution | ScanRefusal:
    message = barcode.gs1
    assert message is not None
    gtin = message.gtin or message.contained_gtin
    if gtin is None:
        what = "a pallet or parcel label (SSCC)" if message.sscc else "not a product barcode"
        return ScanRefusal(
            RefusalReason.NOT_A_PRODUCT,
            f"This is {what}: it does not say which product it holds.",
            "Scan the barcode on the item itself.",
            barcode.raw,
            barcode.kind,
        )
    product, packaging = _lookup(index, gtin_forms(gtin))
    if product is None:
        return _unknown(barcode)
    quantity = Decimal(str(packaging.qty)) if packaging else Decimal(1)
    if message.count is not None:
        # AI 30/37: the label states how many units (of the GTIN's level) it stands for.
        quantity *= message.count
    weight_factor = _WEIGHT_UNITS.get(product.uom_name.strip().lower())
    if weight_factor is not None and message.net_weight_kg is not None:
        # A product sold by weight: the label's net weight is the quantity.
        quantity = message.net_weight_kg * weight_factor
    if product.tracking is Tracking.SERIAL:
        lot_name = message.serial or message.lot
        if lot_name and quantity != 1:
            return ScanRefusal(
                RefusalReason.SERIAL_QUANTITY,
                f"The barcode gives serial {lot_name} for {format_qty(float(quantity))} units, "
                "but a serial number identifies a single unit.",
                "Scan the serial number on each unit separately.",
                barcode.raw,
                barcode.kind,
            )
    else:
        lot_name = message.lot or message.serial
    expiry = message.expiry or message.best_before
    return _resolution(
        index, product, packaging, ScanSource.GS1, barcode.text, float(quantity), lot_name, expiry
    )


def resolve_lot_number(
    raw: str, products: Sequence[ProductRef], index: BarcodeIndex
) -> ScanResolution | None:
    """A lot or serial number scanned (or typed) on its own, as one unit of the tracked product
    it belongs to among `products` (give the ones still wanting a lot first). Screens that ask
    for a serial call this when `resolve_scan` finds no product: a serial label carries only
    the serial. None when no product in `products` has a lot by that name in the store's data."""
    name = raw.strip("\r\n\t ")
    if not name or len(name) > LOT_NAME_MAX:
        return None
    for product in products:
        if product.tracking is Tracking.NONE:
            continue
        lot = index.lot_by_name(product.id, name)
        if lot is not None:
            return _resolution(index, product, None, ScanSource.PRODUCT, name, 1.0, lot.name)
    return None


def resolve_scan(
    raw: str,
    index: BarcodeIndex,
    settings: ScanSettings | None = None,
    *,
    today: date | None = None,
) -> ScanResolution | ScanRefusal:
    """Resolve what the scanner typed. See the module docstring for the order of lookups."""
    parsed = parse_barcode(raw, settings, today=today)
    if isinstance(parsed, Barcode) and parsed.kind in (BarcodeKind.LOCATION, BarcodeKind.BADGE):
        what = "a location" if parsed.kind is BarcodeKind.LOCATION else "an employee badge"
        return ScanRefusal(
            RefusalReason.NOT_A_PRODUCT,
            f"{echo(parsed.text)} is {what}, not a product.",
            "Scan the barcode on the item.",
            raw,
            parsed.kind,
        )
    text = parsed.text if isinstance(parsed, Barcode) else raw.strip("\r\n\t ")
    if text.startswith("]") and len(text) > 3:
        text = text[3:]
    structured = isinstance(parsed, Barcode) and (
        parsed.kind is BarcodeKind.GS1 or parsed.measure is not None
    )
    if text and not structured:
        product, packaging = _lookup(index, [text])
        if product is not None:
            source = ScanSource.PACKAGING if packaging else ScanSource.PRODUCT
            quantity = packaging.qty if packaging else 1.0
            return _resolution(index, product, packaging, source, text, quantity)
    if isinstance(parsed, BarcodeRejected):
        return _from_rejection(parsed)
    if parsed.kind is BarcodeKind.GS1:
        return _resolve_gs1(parsed, index)
    product, packaging = _lookup(index, parsed.lookup_keys)
    if product is None:
        return _unknown(parsed)
    source = ScanSource.PACKAGING if packaging else ScanSource.PRODUCT
    quantity = packaging.qty if packaging else 1.0
    if parsed.measure is not None and parsed.measure_value is not None:
        return _variable_measure(index, product, parsed)
    return _resolution(index, product, packaging, source, parsed.text, quantity)


def _variable_measure(
    index: BarcodeIndex, product: ProductRef, barcode: Barcode
) -> ScanResolution | ScanRefusal:
    """A scale label: the weight or count is the quantity; a price is carried along (a
    returns screen refunds what the label says was paid)."""
    value = barcode.measure_value
    assert value is not None
    quantity = Decimal(1)
    price = None
    if barcode.measure is Measure.WEIGHT:
        factor = _WEIGHT_UNITS.get(product.uom_name.strip().lower())
        if factor is None:
            return ScanRefusal(
                RefusalReason.NOT_A_PRODUCT,
                f"This scale label gives a weight, but {product.name} is counted in "
                f"{product.uom_name}, not by weight.",
                "Scan the product's own barcode, or ask a manager to fix the product's unit.",
                barcode.raw,
                barcode.kind,
            )
        quantity = value * factor
    elif barcode.measure is Measure.COUNT:
        quantity = value
    else:
        price = value
    if quantity <= 0:
        return ScanRefusal(
            RefusalReason.UNREADABLE,
            f"The label {echo(barcode.text)} gives a quantity of 0.",
            "Weigh or label the item again.",
            barcode.raw,
            barcode.kind,
        )
    resolution = _resolution(
        index, product, None, ScanSource.PRODUCT, barcode.text, float(quantity)
    )
    return replace(resolution, embedded_price=price)
