"""What a count is made of: lines, attempts (count and recounts), entries, and results.

The rules that change these live in `storeapp.core.counting`. Everything here round-trips
through plain dicts, because count sessions are saved as JSON in the journal after each scan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from storeapp.core.quantities import format_qty, money, round_qty
from storeapp.core.scanning import Tracking


class EntrySource(StrEnum):
    SCAN = "scan"  # +1
    PACKAGING = "packaging"  # + the packaging's quantity
    TYPED = "typed"  # an absolute quantity typed by the associate
    UNDO = "undo"
    RECOUNT = "recount"


class CountRefusalReason(StrEnum):
    LOT_REQUIRED = "lot_required"
    SERIAL_TWICE = "serial_twice"
    BAD_QUANTITY = "bad_quantity"
    NOTHING_TO_UNDO = "nothing_to_undo"
    UNKNOWN_LINE = "unknown_line"
    RECOUNT_NEEDED = "recount_needed"
    SUBMITTED = "submitted"
    EMPTY = "empty"


@dataclass(frozen=True)
class CountRefused:
    reason: CountRefusalReason
    message: str
    action: str


@dataclass(frozen=True)
class CountUpdated:
    """A line changed. Carries no system quantity: counts are blind by default."""

    key: str
    product_name: str
    counted: float
    source: EntrySource
    label: str
    warning: str | None = None


@dataclass(frozen=True)
class CountEntry:
    delta: float
    source: EntrySource
    at: datetime
    by_id: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "delta": self.delta,
            "source": str(self.source),
            "at": self.at.isoformat(),
            "by_id": self.by_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CountEntry:
        return cls(
            float(data["delta"]),
            EntrySource(data["source"]),
            datetime.fromisoformat(data["at"]),
            int(data["by_id"]),
        )


@dataclass
class CountAttempt:
    """One count of a line (the first, or a recount) with the system quantity at its first
    scan. A closed attempt takes no more entries: the next one starts a recount."""

    snapshot_qty: float
    counted_by_id: int
    counted_by_name: str
    started_at: datetime
    entries: list[CountEntry] = field(default_factory=list)
    closed: bool = False
    # Who closed it by starting a recount (or by counting on while someone else's attempt was
    # open): they took part in the line too, so they may not approve it.
    closed_by_id: int | None = None

    @property
    def authors(self) -> tuple[int, ...]:
        """Everyone who touched this attempt: its counter, each entry's author, its closer."""
        ids = [self.counted_by_id, *(e.by_id for e in self.entries)]
        if self.closed_by_id is not None:
            ids.append(self.closed_by_id)
        return tuple(dict.fromkeys(ids))

    @property
    def counted(self) -> float:
        return round_qty(sum(e.delta for e in self.entries))

    @property
    def last_at(self) -> datetime | None:
        return self.entries[-1].at if self.entries else None

    def summary(self) -> dict[str, Any]:
        """For the approval inbox's recount history."""
        return {
            "counted": self.counted,
            "snapshot_qty": self.snapshot_qty,
            "counted_by_id": self.counted_by_id,
            "counted_by_name": self.counted_by_name,
            "started_at": self.started_at.isoformat(),
            "last_at": (self.last_at or self.started_at).isoformat(),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "snapshot_qty": self.snapshot_qty,
            "counted_by_id": self.counted_by_id,
            "counted_by_name": self.counted_by_name,
            "started_at": self.started_at.isoformat(),
            "entries": [e.to_dict() for e in self.entries],
            "closed": self.closed,
            "closed_by_id": self.closed_by_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CountAttempt:
        return cls(
            snapshot_qty=float(data["snapshot_qty"]),
            counted_by_id=int(data["counted_by_id"]),
            counted_by_name=str(data["counted_by_name"]),
            started_at=datetime.fromisoformat(data["started_at"]),
            entries=[CountEntry.from_dict(e) for e in data["entries"]],
            closed=bool(data.get("closed", False)),
            closed_by_id=data.get("closed_by_id"),
        )


@dataclass
class CountLine:
    """A product (and lot/serial) counted at the location."""

    key: str
    product_id: int
    product_name: str
    category: str | None
    tracking: Tracking
    lot_name: str | None
    lot_id: int | None
    # None while this PC does not know the product's cost (read from Odoo when counted): the
    # value of the difference is then unknown, and the adjustment goes to a manager.
    unit_cost: Decimal | None
    product_active: bool = True
    attempts: list[CountAttempt] = field(default_factory=list)

    @staticmethod
    def make_key(product_id: int, lot_name: str | None) -> str:
        return f"{product_id}/{lot_name}" if lot_name else str(product_id)

    @property
    def current(self) -> CountAttempt | None:
        return self.attempts[-1] if self.attempts else None

    @property
    def counted(self) -> float:
        return self.attempts[-1].counted if self.attempts else 0.0

    @property
    def authors(self) -> tuple[int, ...]:
        """Everyone who counted, typed into, or started a recount of this line, first first."""
        return tuple(dict.fromkeys(i for a in self.attempts for i in a.authors))

    @property
    def snapshot_qty(self) -> float:
        return self.attempts[-1].snapshot_qty if self.attempts else 0.0

    @property
    def difference(self) -> float:
        return round_qty(self.counted - self.snapshot_qty)

    def label(self) -> str:
        if self.lot_name:
            word = "serial" if self.tracking is Tracking.SERIAL else "lot"
            return f"{self.product_name}, {word} {self.lot_name}"
        return self.product_name

    def progress(self) -> str:
        return f"{self.label()}: {format_qty(self.counted)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "product_id": self.product_id,
            "product_name": self.product_name,
            "category": self.category,
            "tracking": str(self.tracking),
            "lot_name": self.lot_name,
            "lot_id": self.lot_id,
            "unit_cost": None if self.unit_cost is None else str(self.unit_cost),
            "product_active": self.product_active,
            "attempts": [a.to_dict() for a in self.attempts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CountLine:
        return cls(
            key=str(data["key"]),
            product_id=int(data["product_id"]),
            product_name=str(data["product_name"]),
            category=data.get("category"),
            tracking=Tracking(data.get("tracking", "none")),
            lot_name=data.get("lot_name"),
            lot_id=data.get("lot_id"),
            unit_cost=_cost(data.get("unit_cost", "0")),
            product_active=bool(data.get("product_active", True)),
            attempts=[CountAttempt.from_dict(a) for a in data["attempts"]],
        )


def _cost(raw: Any) -> Decimal | None:
    """A saved unit cost; None (unknown) stays unknown rather than becoming a cost of 0."""
    return None if raw is None else money(raw)
