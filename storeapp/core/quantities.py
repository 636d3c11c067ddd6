"""Quantity and money arithmetic shared by the store-job rules.

Odoo keeps quantities as floats rounded to the unit of measure's precision; summing scans
(0.1 + 0.2 ...) in floats drifts, so every comparison here goes through a tolerance and every
stored sum is rounded. Money uses `Decimal` rounded half-up to cents, the way a till does, so a
threshold of 100.00 is never missed by a binary fraction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

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


def money(value: float | int | str | Decimal) -> Decimal:
    """An amount rounded half-up to cents. Floats go through `repr` so 0.1 stays 0.10."""
    if isinstance(value, float):
        value = repr(value)
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal | float, currency: str | None = None) -> str:
    """ "129.90" or "129.90 EUR"; the UI may format with the locale, the trace stays stable."""
    text = f"{money(amount):.2f}"
    return f"{text} {currency}" if currency else text
