"""What the returns engine is asked about, what it knows, and what it answers.

`ReturnRequest` is what the associate entered; `SaleFacts` is what the cache knows about the
sale (absent on the no-receipt path); `PastReturn` rows are the customer's earlier returns.
The answer is a `Decision`: a level per line and overall, the findings of every rule that
fired in plain words, and the policy version, stored with the return for later audit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from storeapp.core.policy.model import Destination, Level
from storeapp.core.quantities import money, round_qty


@dataclass(frozen=True)
class ReturnLine:
    """One line the customer brings back.

    `sale_line_id` links it to the sale (None on the no-receipt path). `unit_price` is what
    the customer paid per unit (taxes and discounts included), or on the no-receipt path the
    price the store would refund. `serials` are the lot/serial names scanned on the items.
    """

    product_id: int
    quantity: float
    condition: str
    unit_price: Decimal
    product_name: str = ""
    category: str | None = None
    sale_line_id: int | None = None
    serials: tuple[str, ...] = ()
    tracking: str = "none"
    reason_code: str | None = None


@dataclass(frozen=True)
class ReturnRequest:
    lines: tuple[ReturnLine, ...]
    customer_id: int | None = None
    channel: str | None = None  # overrides the sale's channel on the no-receipt path

    @property
    def has_receipt(self) -> bool:
        return all(line.sale_line_id is not None for line in self.lines)


@dataclass(frozen=True)
class SaleLineFacts:
    """A sale line as the cache knows it.

    `returned` counts every return of this line the cache knows about: done in Odoo (at any
    store), plus returns confirmed on this PC that are still waiting in the outbox.
    `delivered` is what left the store; None means "same as sold" (a till sale).
    """

    sale_line_id: int
    product_id: int
    sold: float
    returned: float = 0.0
    delivered: float | None = None
    sold_serials: tuple[str, ...] = ()  # lot/serial names delivered; empty when unknown
    tracking: str = "none"
    category: str | None = None
    unit_price: Decimal | None = None

    @property
    def returnable(self) -> float:
        """Never negative, never above what was sold."""
        handed_over = self.sold if self.delivered is None else min(self.sold, self.delivered)
        return max(0.0, min(self.sold, round_qty(handed_over - self.returned)))


@dataclass(frozen=True)
class SaleFacts:
    order_name: str
    sold_at: datetime  # aware, any zone; the engine converts to the store's
    lines: tuple[SaleLineFacts, ...]
    channel: str | None = None
    customer_id: int | None = None

    def line(self, sale_line_id: int | None) -> SaleLineFacts | None:
        return next((s for s in self.lines if s.sale_line_id == sale_line_id), None)


@dataclass(frozen=True)
class PastReturn:
    """A return the customer made before (from the cache and the journal)."""

    at: datetime
    order_name: str = ""
    value: Decimal = Decimal(0)


@dataclass(frozen=True)
class Finding:
    """One rule's verdict. `rule` is a stable id ("window", "value.line"...), `path` the
    place in the policy document, `message` the plain-language reason."""

    rule: str
    level: Level
    message: str
    path: str = ""
    line_index: int | None = None  # None: about the whole return

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": str(self.level),
            "message": self.message,
            "path": self.path,
            "line_index": self.line_index,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(
            data["rule"],
            Level(data["level"]),
            data["message"],
            data.get("path", ""),
            data.get("line_index"),
        )


@dataclass(frozen=True)
class LineDecision:
    index: int
    product_id: int
    level: Level
    findings: tuple[Finding, ...]
    destination: Destination | None
    returnable: float | None  # None on the no-receipt path
    value: Decimal

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "product_id": self.product_id,
            "level": str(self.level),
            "findings": [f.to_dict() for f in self.findings],
            "destination": str(self.destination) if self.destination else None,
            "returnable": self.returnable,
            "value": str(self.value),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LineDecision:
        return cls(
            index=int(data["index"]),
            product_id=int(data["product_id"]),
            level=Level(data["level"]),
            findings=tuple(Finding.from_dict(f) for f in data["findings"]),
            destination=Destination(data["destination"]) if data.get("destination") else None,
            returnable=data.get("returnable"),
            value=money(data["value"]),
        )


@dataclass(frozen=True)
class Decision:
    """The engine's answer. `level` is the strictest of every finding."""

    level: Level
    lines: tuple[LineDecision, ...]
    findings: tuple[Finding, ...]  # about the whole return
    policy_version: str
    evaluated_at: datetime
    online: bool
    total_value: Decimal = field(default=Decimal("0.00"))

    @property
    def allowed(self) -> bool:
        return self.level in (Level.ALLOW, Level.WARN)

    @property
    def needs_approval(self) -> bool:
        return self.level is Level.NEEDS_APPROVAL

    @property
    def denied(self) -> bool:
        return self.level is Level.DENY

    def all_findings(self) -> list[Finding]:
        out = list(self.findings)
        for line in self.lines:
            out.extend(line.findings)
        return out

    def trace(self) -> list[str]:
        """Every rule that fired, in words, strictest first (for the screen and the record)."""
        findings = sorted(self.all_findings(), key=lambda f: -f.level.rank)
        out = []
        for f in findings:
            where = f"line {f.line_index + 1}: " if f.line_index is not None else ""
            out.append(f"[{f.level}] {where}{f.message}")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "v": 1,
            "level": str(self.level),
            "lines": [line.to_dict() for line in self.lines],
            "findings": [f.to_dict() for f in self.findings],
            "policy_version": self.policy_version,
            "evaluated_at": self.evaluated_at.isoformat(),
            "online": self.online,
            "total_value": str(self.total_value),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(
            level=Level(data["level"]),
            lines=tuple(LineDecision.from_dict(line) for line in data["lines"]),
            findings=tuple(Finding.from_dict(f) for f in data["findings"]),
            policy_version=data["policy_version"],
            evaluated_at=datetime.fromisoformat(data["evaluated_at"]),
            online=bool(data["online"]),
            total_value=money(data.get("total_value", "0")),
        )
