"""Quantity and money arithmetic shared by the store-job rules.

Odoo keeps quantities as floats rounded to the unit of measure's precision; summing scans
(0.1 + 0.2 ...) in floats drifts, so every comparison here goes through a tolerance and every
stored sum is rounded. Money uses `Decimal` rounded half-up to cents, the way a till does, so a
threshold of 100.00 is never missed by a binary fraction.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import SupportsIndex

from storeapp.core.text import Message, echo, msg

# Odoo's default "Product Unit of Measure" precision is 2 decimals; 1e-6 keeps us well inside it.
QTY_DIGITS = 6
_EPSILON = 10**-QTY_DIGITS
CENT = Decimal("0.01")


def round_qty(value: float) -> float:
    """Round a quantity to the internal precision (and turn -0.0 into 0.0)."""
    rounded = round(float(value), QTY_DIGITS)
    return rounded + 0.0


def qty_compare(a: float, b: float) -> int:
    """-1, 0 or 1 like `cmp`, treating quantities within the precision as equal."""
    diff = float(a) - float(b)
    if abs(diff) < _EPSILON:
        return 0
    return -1 if diff < 0 else 1


def qty_is_zero(value: float) -> bool:
    return qty_compare(value, 0.0) == 0


def format_qty(value: float) -> str:
    """Plain-language quantity: "3" for whole numbers, "2.5" otherwise, never "3.0"."""
    rounded = round_qty(value)
    if float(rounded).is_integer():
        return str(int(rounded))
    return f"{rounded:.6f}".rstrip("0").rstrip(".")


def format_signed_qty(value: float) -> str:
    """Differences read better with an explicit sign and a real minus: "+2", "−3", "0"."""
    if qty_is_zero(value):
        return "0"
    text = format_qty(abs(value))
    return f"+{text}" if value > 0 else f"\u2212{text}"


class Quantity(float):
    """A quantity inside a message (`msg(..., qty=Quantity(2.5))`): reads as `format_qty`
    ("2.5", "3") in English and in logs; a screen writes it with the decimal separator of the
    person's language ("2,5") when it shows the message (storeapp.ui.language.translated)."""

    def __str__(self) -> str:
        return format_qty(self)

    def __format__(self, spec: str) -> str:
        return format(float(self), spec) if spec else str(self)


class SignedQuantity(Quantity):
    """A difference inside a message: "+2", "−3", "0" (`format_signed_qty`)."""

    def __str__(self) -> str:
        return format_signed_qty(self)


class Amount(Decimal):
    """An amount of money inside a message: reads as `format_money` ("129.90", "129.90 EUR");
    a screen writes it as the person's locale writes money ("129,90 €")."""

    currency: str | None

    def __new__(cls, value: float | int | str | Decimal, currency: str | None = None) -> Amount:
        made = super().__new__(cls, money(value))
        made.currency = currency
        return made

    def __str__(self) -> str:
        return format_money(self, self.currency)

    def __format__(self, spec: str, context: Context | None = None, /) -> str:
        if not spec:
            return str(self)
        return super().__format__(spec) if context is None else super().__format__(spec, context)

    # Pickled with its currency: Decimal's own `__reduce__` is typed to give the number alone,
    # so the protocol-aware hook (which pickle and copy call first) carries both.
    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[type[Amount], tuple[str, str | None]]:
        return (Amount, (format_money(self), self.currency))


def money(value: float | int | str | Decimal) -> Decimal:
    """An amount rounded half-up to cents. Floats go through `repr` so 0.1 stays 0.10."""
    if isinstance(value, float):
        value = repr(value)
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal | float, currency: str | None = None) -> str:
    """ "129.90" or "129.90 EUR"; the UI may format with the locale, the trace stays stable."""
    text = f"{money(amount):.2f}"
    return f"{text} {currency}" if currency else text


# --------------------------------------------------------------------------- the quantity rule

# Odoo's "Product Unit of Measure" decimal precision and `uom.uom.rounding` default: 2 decimals.
UOM_PRECISION_DIGITS = 2
# Above this no store quantity is believable: it is a mis-scan (a barcode typed into a quantity)
# and is refused outright, whatever the store's confirmation setting says.
QTY_HARD_LIMIT = 1_000_000
# Store default for `store.confirm_quantity_above`: a larger number needs a second "yes".
QTY_CONFIRM_ABOVE = 500
# A typed quantity is a plain decimal: digits, one separator, digits. No sign, exponent, "inf".
_QTY_TEXT = re.compile(r"^(\d{1,40})(?:[.,](\d{0,12}))?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")


@dataclass(frozen=True)
class UnitOfMeasure:
    """A product's unit (`uom.uom`): its name and its rounding, 1.0 for Units (whole numbers)."""

    name: str = "Units"
    rounding: float = 1.0

    @property
    def step(self) -> Decimal:
        """The rounding as an exact decimal (Odoo's default 0.01 when the unit has none)."""
        if not (math.isfinite(self.rounding) and self.rounding > 0):
            return Decimal(1).scaleb(-UOM_PRECISION_DIGITS)
        return Decimal(repr(float(self.rounding))).normalize()

    @property
    def decimals(self) -> int:
        """Decimals a spin box for this unit shows: 0 for Units, 2 for a 0.01 rounding."""
        exponent = self.step.normalize().as_tuple().exponent
        # A finite step always has an int exponent ("n"/"N"/"F" are NaN and infinity).
        return max(0, -exponent) if isinstance(exponent, int) else 0

    def on_grid(self, value: Decimal) -> bool:
        return (value / self.step) == (value / self.step).to_integral_value()

    def round(self, value: float) -> float:
        """Half-up to the unit's rounding, as Odoo's `float_round(precision_rounding=…)`."""
        steps = (Decimal(repr(float(value))) / self.step).quantize(Decimal(1), ROUND_HALF_UP)
        return float(steps * self.step) + 0.0


UNITS = UnitOfMeasure()


def unit_of(name: str | None, rounding: float | None) -> UnitOfMeasure:
    """The unit as the store's data knows it. When the rounding is not known (data cached before
    units were mirrored), Units count whole and any other unit keeps Odoo's default 0.01."""
    name = name or UNITS.name
    if rounding is None:
        rounding = UNITS.rounding if name == UNITS.name else 0.01
    return UnitOfMeasure(name, rounding)


@dataclass(frozen=True)
class QuantityCheck:
    """The verdict on one entered quantity. Exactly one of `value` and `problem` is set; a
    value with `confirm` set must be confirmed (the question names the number) before use."""

    value: float | None = None
    problem: Message | None = None
    hint: Message | None = None
    confirm: Message | None = None

    @property
    def ok(self) -> bool:
        return self.value is not None


def _as_decimal(raw: object) -> Decimal | None:
    """Text or number to an exact decimal; None for anything that is not a plain quantity."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        # Sums of scans drift in binary (0.1 + 0.2); the internal precision absorbs that.
        return Decimal(repr(round(raw, QTY_DIGITS))) if math.isfinite(raw) else None
    if isinstance(raw, Decimal):
        if not raw.is_finite():
            return None
        return raw if abs(raw) >= QTY_HARD_LIMIT else raw.quantize(Decimal(1).scaleb(-QTY_DIGITS))
    if not isinstance(raw, str):
        return None
    text = _SPACES.sub("", raw)
    match = _QTY_TEXT.match(text)
    if match is None:
        return None
    whole, fraction = match.groups()
    return Decimal(f"{whole}.{fraction or '0'}")


def check_quantity(
    raw: object,
    unit: UnitOfMeasure = UNITS,
    *,
    confirm_above: float = QTY_CONFIRM_ABOVE,
    confirmed: bool = False,
) -> QuantityCheck:
    """The one rule for a quantity a person or a scanner gives: a finite number of 0 or more, on
    the unit's rounding (whole numbers for Units), believable (below `QTY_HARD_LIMIT`), and
    confirmed when above the store's `confirm_above`. Pick, count, returns and every payload go
    through here, so "inf", 0.5 of a hammer or a 400-digit mis-scan never reach the journal."""
    value = _as_decimal(raw)
    if value is not None and value < 0:
        return QuantityCheck(
            problem=msg("A quantity cannot be negative."), hint=msg("Type 0 or more.")
        )
    if value is None:
        return QuantityCheck(
            problem=msg("“{text}” is not a quantity.", text=echo(raw)),
            hint=msg("Type a number such as 3 or 2.5.")
            if unit.decimals
            else msg("Type a number such as 3."),
        )
    if value >= QTY_HARD_LIMIT:
        typed = echo(raw if isinstance(raw, str) else int(value))
        return QuantityCheck(
            problem=msg("{text} {unit} cannot be right.", text=typed, unit=unit.name),
            hint=msg("Check the number: a barcode may have gone into the quantity."),
        )
    if not unit.on_grid(value):
        return QuantityCheck(problem=_off_grid_problem(unit), hint=_off_grid_hint(unit))
    quantity = round_qty(float(value))
    if quantity > confirm_above and not confirmed:
        return QuantityCheck(
            value=quantity,
            confirm=msg("{qty} {unit}: is that right?", qty=Quantity(quantity), unit=unit.name),
        )
    return QuantityCheck(value=quantity)


def _off_grid_problem(unit: UnitOfMeasure) -> Message:
    if unit.decimals == 0:
        return msg("This product is counted in {unit}: whole numbers only.", unit=unit.name)
    return msg(
        "This product is counted in {unit} to {decimals} at most.",
        unit=unit.name,
        decimals=msg("{n} decimal", n=1)
        if unit.decimals == 1
        else msg("{n} decimals", n=unit.decimals),
    )


def _off_grid_hint(unit: UnitOfMeasure) -> Message:
    if unit.decimals == 0:
        return msg("Type a whole number.")
    return msg("Round to {step} {unit}.", step=Quantity(float(unit.step)), unit=unit.name)


def confirm_above(config: object) -> float:
    """The store's `store.confirm_quantity_above`, or the default when there is no config."""
    section = getattr(config, "store", None)
    value = getattr(section, "confirm_quantity_above", None) if section is not None else None
    return float(value) if isinstance(value, int | float) else float(QTY_CONFIRM_ABOVE)
