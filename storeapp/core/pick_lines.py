"""What a pick is made of: lines, claims, short reasons, results and the ready summary.

The rules that change these live in `storeapp.core.picking`; this module holds the data, its
plain-language descriptions and its JSON form (pick sessions are saved in the journal).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from storeapp.core.quantities import UnitOfMeasure, format_qty, qty_compare, round_qty, unit_of
from storeapp.core.scanning import Tracking
from storeapp.core.text import translatable


class PickStatus(StrEnum):
    TO_PICK = "to_pick"
    PICKING = "picking"
    READY = "ready"  # every line picked in full
    EXCEPTION = "exception"  # every line done, some of them short


class ShortPolicy(StrEnum):
    """Store setting: what happens to the quantity that could not be picked."""

    BACKORDER = "backorder"  # Odoo keeps it on a backorder to pick later
    CANCEL = "cancel"  # Odoo cancels the remainder


@dataclass(frozen=True)
class ShortReason:
    code: str
    label: str
    needs_note: bool = False


DEFAULT_SHORT_REASONS: tuple[ShortReason, ...] = (
    ShortReason("not_found", translatable("Not found on the shelf")),
    ShortReason("damaged", translatable("Damaged")),
    ShortReason("insufficient_stock", translatable("Not enough in stock")),
    ShortReason("expired", translatable("Expired or past sell-by date")),
    ShortReason("wrong_item_on_shelf", translatable("Wrong item on the shelf")),
    ShortReason("other", translatable("Other"), needs_note=True),
)


class PickRefusalReason(StrEnum):
    WRONG_PRODUCT = "wrong_product"
    OTHER_ORDER = "other_order"
    OVER_PICK = "over_pick"
    LOT_REQUIRED = "lot_required"
    SERIAL_REQUIRED = "serial_required"
    SERIAL_TWICE = "serial_twice"
    SERIAL_QUANTITY = "serial_quantity"
    UNKNOWN_LOT = "unknown_lot"
    LOT_NOT_HERE = "lot_not_here"
    BAD_QUANTITY = "bad_quantity"
    UNKNOWN_LINE = "unknown_line"
    UNKNOWN_REASON = "unknown_reason"
    NOTE_REQUIRED = "note_required"
    NOTHING_TO_UNDO = "nothing_to_undo"
    CLOSED = "closed"


@dataclass(frozen=True)
class Refused:
    """The action was not applied. `message` says why, `action` what to do."""

    reason: PickRefusalReason
    message: str
    action: str
    move_id: int | None = None


@dataclass(frozen=True)
class LineUpdated:
    """The action was applied to one line."""

    move_id: int
    message: str
    picked: float
    demand: float
    line_complete: bool
    status: PickStatus
    manual: bool = False


@dataclass
class ShortMark:
    reason_code: str
    reason_label: str
    note: str
    by_id: int | None
    by_name: str | None
    at: datetime


@dataclass
class PickLine:
    """One stock move of the order and what has been picked for it."""

    move_id: int
    product_id: int
    product_name: str
    demand: float
    tracking: Tracking = Tracking.NONE
    location_name: str = ""
    picked: float = 0.0
    # lot/serial name -> quantity picked, and the Odoo lot id when the store's data knows it
    lots: dict[str, float] = field(default_factory=dict)
    lot_ids: dict[str, int | None] = field(default_factory=dict)
    manual: bool = False  # some quantity on this line was typed, not scanned
    short: ShortMark | None = None
    uom_name: str = "Units"
    uom_rounding: float | None = None  # `uom.uom.rounding` of the product's unit

    @property
    def unit(self) -> UnitOfMeasure:
        return unit_of(self.uom_name, self.uom_rounding)

    @property
    def remaining(self) -> float:
        return max(0.0, round_qty(self.demand - self.picked))

    @property
    def complete(self) -> bool:
        return qty_compare(self.picked, self.demand) >= 0

    @property
    def missing(self) -> float:
        """Quantity declared short (0 unless the line is marked short)."""
        return self.remaining if self.short else 0.0

    @property
    def resolved(self) -> bool:
        return self.complete or self.short is not None

    def progress(self) -> str:
        return f"{self.product_name}: {format_qty(self.picked)} of {format_qty(self.demand)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "move_id": self.move_id,
            "product_id": self.product_id,
            "product_name": self.product_name,
            "demand": self.demand,
            "tracking": str(self.tracking),
            "location_name": self.location_name,
            "picked": self.picked,
            "lots": dict(self.lots),
            "lot_ids": dict(self.lot_ids),
            "manual": self.manual,
            "uom_name": self.uom_name,
            "uom_rounding": self.uom_rounding,
            "short": None
            if self.short is None
            else {
                "reason_code": self.short.reason_code,
                "reason_label": self.short.reason_label,
                "note": self.short.note,
                "by_id": self.short.by_id,
                "by_name": self.short.by_name,
                "at": self.short.at.isoformat(),
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PickLine:
        short = data.get("short")
        return cls(
            move_id=int(data["move_id"]),
            product_id=int(data["product_id"]),
            product_name=str(data["product_name"]),
            demand=float(data["demand"]),
            tracking=Tracking(data.get("tracking", "none")),
            location_name=str(data.get("location_name", "")),
            picked=float(data.get("picked", 0.0)),
            lots={str(k): float(v) for k, v in data.get("lots", {}).items()},
            lot_ids={str(k): v for k, v in data.get("lot_ids", {}).items()},
            manual=bool(data.get("manual", False)),
            uom_name=str(data.get("uom_name") or "Units"),
            uom_rounding=data.get("uom_rounding"),
            short=None
            if not short
            else ShortMark(
                reason_code=short["reason_code"],
                reason_label=short["reason_label"],
                note=short.get("note", ""),
                by_id=short.get("by_id"),
                by_name=short.get("by_name"),
                at=datetime.fromisoformat(short["at"]),
            ),
        )


@dataclass(frozen=True)
class Claim:
    """Who is picking the order, since when, and when they last did something."""

    employee_id: int
    employee_name: str
    since: datetime
    last_activity: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "employee_id": self.employee_id,
            "employee_name": self.employee_name,
            "since": self.since.isoformat(),
            "last_activity": self.last_activity.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            employee_id=int(data["employee_id"]),
            employee_name=str(data["employee_name"]),
            since=datetime.fromisoformat(data["since"]),
            last_activity=datetime.fromisoformat(data["last_activity"]),
        )


@dataclass(frozen=True)
class ClaimWarning:
    """Someone else holds the claim. Shown before a second associate starts picking."""

    holder_id: int
    holder_name: str
    age: timedelta
    idle: timedelta
    stale: bool
    message: str


def describe_age(age: timedelta) -> str:
    minutes = int(age.total_seconds() // 60)
    if minutes < 1:
        return "less than a minute"
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours, minutes = divmod(minutes, 60)
    text = f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{text} {minutes} min" if minutes else text


@dataclass(frozen=True)
class PickedLot:
    lot_name: str
    lot_id: int | None
    quantity: float


@dataclass(frozen=True)
class PickedMove:
    move_id: int
    product_id: int
    quantity: float
    demand: float
    lots: tuple[PickedLot, ...]
    manual: bool
    short_quantity: float
    short_reason: str | None


@dataclass(frozen=True)
class PickSummary:
    """What the ready op sends: absolute picked quantities per move and lot."""

    picking_id: int
    picking_name: str
    short_policy: ShortPolicy
    moves: tuple[PickedMove, ...]

    @property
    def has_shorts(self) -> bool:
        return any(m.short_quantity > 0 for m in self.moves)

    def to_payload(self) -> dict[str, Any]:
        """JSON payload of `picking.set_picked` (schema version 1)."""
        return {
            "v": 1,
            "picking_id": self.picking_id,
            "picking_name": self.picking_name,
            "short_policy": str(self.short_policy),
            "moves": [
                {
                    "move_id": m.move_id,
                    "product_id": m.product_id,
                    "quantity": m.quantity,
                    "lots": [
                        {"lot_id": lot.lot_id, "lot_name": lot.lot_name, "quantity": lot.quantity}
                        for lot in m.lots
                    ],
                    "manual": m.manual,
                    "short_quantity": m.short_quantity,
                    "short_reason": m.short_reason,
                }
                for m in self.moves
            ],
        }
