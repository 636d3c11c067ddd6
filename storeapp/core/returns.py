"""Returns intake rules beyond the policy: turning a decided return into Odoo returns.

The policy engine (storeapp/core/policy) says *whether* a return may go ahead. This module
says *how* it reaches Odoo and what is kept of it:

- a sale line can have left the store in several deliveries (backorders), and Odoo returns
  one delivery at a time, so the quantity is spread over the delivered moves, oldest first,
  never above what each move still has to give back;
- items go to a location chosen by their condition, and one Odoo return picking has one
  destination, so a return of a resellable and a damaged item becomes two `return.create`
  ops: one picking per delivery and destination;
- the request, the sale as it was known and the decision are recorded as plain JSON with the
  return, so the what-if replay and an auditor see exactly what the associate saw.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from storeapp.core.policy import (
    Decision,
    Destination,
    Level,
    ReturnLine,
    ReturnRequest,
    SaleFacts,
    SaleLineFacts,
)
from storeapp.core.quantities import format_qty, money, qty_compare, round_qty

# Levels a manager may lift on the spot with badge/PIN and a note. A deny is final: the
# policy's author chose it so that nobody in the store can override it.
OVERRIDABLE = (Level.NEEDS_APPROVAL,)


class ReturnPlanError(ValueError):
    """The return cannot be turned into Odoo returns; the message says why in plain words."""


@dataclass(frozen=True)
class DeliveredMove:
    """One delivery move of a sale line, with what is already back from it (Odoo and this PC)."""

    move_id: int
    delivery_id: int
    delivery_name: str
    quantity: float
    returned: float = 0.0

    @property
    def remaining(self) -> float:
        return max(0.0, round_qty(self.quantity - self.returned))


def allocate(quantity: float, moves: Sequence[DeliveredMove]) -> list[tuple[DeliveredMove, float]]:
    """Spread `quantity` over `moves` in order, each up to what it still has to give back."""
    left = round_qty(quantity)
    out: list[tuple[DeliveredMove, float]] = []
    for move in moves:
        if qty_compare(left, 0) <= 0:
            break
        take = min(left, move.remaining)
        if qty_compare(take, 0) > 0:
            out.append((move, round_qty(take)))
            left = round_qty(left - take)
    if qty_compare(left, 0) > 0:
        raise ReturnPlanError(
            f"only {format_qty(round_qty(quantity - left))} of {format_qty(quantity)} can be "
            "matched to a delivery of this sale"
        )
    return out


@dataclass(frozen=True)
class PlannedReturn:
    """One `return.create` op: a return picking of one delivery into one location."""

    delivery_id: int
    delivery_name: str
    destination: Destination
    location_id: int
    lines: tuple[dict[str, Any], ...]
    reason: str = ""

    def payload(self) -> dict[str, Any]:
        return {
            "delivery_id": self.delivery_id,
            "delivery_name": self.delivery_name,
            "location_id": self.location_id,
            "validate": True,
            "reason": self.reason,
            "lines": [dict(line) for line in self.lines],
        }


def _lots(
    line: ReturnLine, taken: int, qty: float, lot_ids: Mapping[str, int]
) -> list[dict[str, Any]]:
    scanned = [s.strip() for s in line.serials if s and s.strip()]
    if not scanned:
        return []
    if line.tracking == "serial":
        names = scanned[taken : taken + int(round(qty))]
        return [{"lot_id": lot_ids.get(n), "lot_name": n, "quantity": 1.0} for n in names]
    # A lot-tracked line carries one lot for its whole quantity.
    return [{"lot_id": lot_ids.get(scanned[0]), "lot_name": scanned[0], "quantity": qty}]


def plan_returns(
    request: ReturnRequest,
    decision: Decision,
    moves: Mapping[int, Sequence[DeliveredMove]],
    locations: Mapping[Destination, int],
    lot_ids: Mapping[tuple[int, str], int] | None = None,
    reason_labels: Mapping[str, str] | None = None,
    to_refund: bool = True,
) -> list[PlannedReturn]:
    """The ops for an accepted return with a receipt, one per delivery and destination.

    `moves` maps each sale line to its delivered moves (oldest first); `locations` maps each
    destination to the store's Odoo location; `lot_ids` maps (product, lot name) to lot ids.
    """
    if decision.denied:
        raise ReturnPlanError("a refused return is not sent to Odoo")
    if not request.has_receipt:
        raise ReturnPlanError("a return without a receipt has no delivery to return in Odoo")
    lot_ids = lot_ids or {}
    labels = reason_labels or {}
    # Moves already drawn on by earlier lines of this request (same sale line twice).
    drawn: dict[int, float] = {}
    groups: dict[tuple[int, Destination], dict[int, dict[str, Any]]] = {}
    names: dict[int, str] = {}
    reasons: dict[tuple[int, Destination], list[str]] = {}
    for line, line_decision in zip(request.lines, decision.lines, strict=True):
        destination = line_decision.destination
        if destination is None:
            raise ReturnPlanError(f"{line.product_name or 'a line'} has no destination")
        if destination not in locations:
            raise ReturnPlanError(
                f"the store has no {destination} location; ask IT to set it up in Odoo"
            )
        assert line.sale_line_id is not None
        available = [
            DeliveredMove(
                m.move_id,
                m.delivery_id,
                m.delivery_name,
                m.quantity,
                round_qty(m.returned + drawn.get(m.move_id, 0.0)),
            )
            for m in moves.get(line.sale_line_id, ())
        ]
        try:
            chunks = allocate(line.quantity, available)
        except ReturnPlanError as error:
            raise ReturnPlanError(f"{line.product_name or 'a line'}: {error}") from error
        taken = 0
        for move, qty in chunks:
            drawn[move.move_id] = round_qty(drawn.get(move.move_id, 0.0) + qty)
            key = (move.delivery_id, destination)
            names[move.delivery_id] = move.delivery_name
            lots = _lots(
                line, taken, qty, {n: i for (p, n), i in lot_ids.items() if p == line.product_id}
            )
            taken += int(round(qty))
            entry = groups.setdefault(key, {}).setdefault(
                move.move_id,
                {
                    "move_id": move.move_id,
                    "product_id": line.product_id,
                    "quantity": 0.0,
                    "to_refund": to_refund,
                    "lots": [],
                },
            )
            entry["quantity"] = round_qty(entry["quantity"] + qty)
            entry["lots"].extend(lots)
            if line.reason_code:
                label = labels.get(line.reason_code, line.reason_code)
                if label not in reasons.setdefault(key, []):
                    reasons[key].append(label)
    return [
        PlannedReturn(
            delivery_id=delivery_id,
            delivery_name=names[delivery_id],
            destination=destination,
            location_id=locations[destination],
            lines=tuple(by_move.values()),
            reason=", ".join(reasons.get((delivery_id, destination), [])),
        )
        for (delivery_id, destination), by_move in groups.items()
    ]


# --------------------------------------------------------------------------- the record


def line_to_dict(line: ReturnLine) -> dict[str, Any]:
    return {
        "product_id": line.product_id,
        "quantity": line.quantity,
        "condition": line.condition,
        "unit_price": str(line.unit_price),
        "product_name": line.product_name,
        "category": line.category,
        "sale_line_id": line.sale_line_id,
        "serials": list(line.serials),
        "tracking": line.tracking,
        "reason_code": line.reason_code,
    }


def line_from_dict(data: Mapping[str, Any]) -> ReturnLine:
    return ReturnLine(
        product_id=int(data["product_id"]),
        quantity=float(data["quantity"]),
        condition=str(data["condition"]),
        unit_price=money(data["unit_price"]),
        product_name=str(data.get("product_name") or ""),
        category=data.get("category"),
        sale_line_id=data.get("sale_line_id"),
        serials=tuple(data.get("serials") or ()),
        tracking=str(data.get("tracking") or "none"),
        reason_code=data.get("reason_code"),
    )


def request_to_dict(request: ReturnRequest) -> dict[str, Any]:
    return {
        "lines": [line_to_dict(line) for line in request.lines],
        "customer_id": request.customer_id,
        "channel": request.channel,
    }


def request_from_dict(data: Mapping[str, Any]) -> ReturnRequest:
    return ReturnRequest(
        lines=tuple(line_from_dict(line) for line in data["lines"]),
        customer_id=data.get("customer_id"),
        channel=data.get("channel"),
    )


def sale_to_dict(sale: SaleFacts) -> dict[str, Any]:
    return {
        "order_name": sale.order_name,
        "sold_at": sale.sold_at.isoformat(),
        "channel": sale.channel,
        "customer_id": sale.customer_id,
        "lines": [
            {
                "sale_line_id": s.sale_line_id,
                "product_id": s.product_id,
                "sold": s.sold,
                "returned": s.returned,
                "delivered": s.delivered,
                "sold_serials": list(s.sold_serials),
                "tracking": s.tracking,
                "category": s.category,
                "unit_price": str(s.unit_price) if s.unit_price is not None else None,
            }
            for s in sale.lines
        ],
    }


def sale_from_dict(data: Mapping[str, Any]) -> SaleFacts:
    return SaleFacts(
        order_name=data["order_name"],
        sold_at=datetime.fromisoformat(data["sold_at"]),
        channel=data.get("channel"),
        customer_id=data.get("customer_id"),
        lines=tuple(
            SaleLineFacts(
                sale_line_id=int(s["sale_line_id"]),
                product_id=int(s["product_id"]),
                sold=float(s["sold"]),
                returned=float(s.get("returned") or 0.0),
                delivered=s.get("delivered"),
                sold_serials=tuple(s.get("sold_serials") or ()),
                tracking=s.get("tracking") or "none",
                category=s.get("category"),
                unit_price=money(s["unit_price"]) if s.get("unit_price") is not None else None,
            )
            for s in data["lines"]
        ),
    )


@dataclass(frozen=True)
class ReceiptLine:
    product_name: str
    quantity: float
    condition: str
    destination: str
    value: Decimal
    reason: str = ""
    serials: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReturnReceipt:
    """What the customer's return receipt says (the screen prints it, PDF or printer)."""

    reference: str  # short id of the return, printed as text and kept in the journal
    store_name: str
    at: datetime
    order_name: str | None  # None: no receipt
    customer_name: str
    lines: tuple[ReceiptLine, ...]
    total: Decimal
    currency: str | None
    taken_by: str
    approved_by: str | None = None
    policy_version: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
