"""Judging a count: tolerances, recount need, auto-approve limits, approvals, and the words.

A count line's *difference* is `counted − snapshot_qty`, both taken at the same moment (the
snapshot is the system quantity when the line was first scanned). What reaches Odoo later is
`current_server_qty + difference` (docs/architecture.md, "Counts push the difference"), so units
sold between the count and the push stay sold. This module states those numbers in words a
manager can check: "counted 9 at 10:02, system showed 12, 2 sold since: adjusting −3 from 10
to 7".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import Protocol, TypeVar

from storeapp.core.actor import Actor
from storeapp.core.ops import CountAdjustment, count_adjustment
from storeapp.core.quantities import (
    Amount,
    Quantity,
    SignedQuantity,
    money,
    qty_compare,
    qty_is_zero,
    round_qty,
)
from storeapp.core.text import Message, msg

ANY = "*"
# Why a line of a count needs a manager whatever its difference.
ARCHIVED = msg("the product is archived in Odoo")


def _category_depth(pattern: str, category: str | None) -> int | None:
    """How deep `pattern` matches `category` (None: no match; 0: the catch-all)."""
    if pattern == ANY:
        return 0
    if not category:
        return None
    want = [p.strip().casefold() for p in pattern.split("/")]
    have = [p.strip().casefold() for p in category.split("/")]
    return len(want) if have[: len(want)] == want else None


class _CategoryRule(Protocol):
    @property
    def categories(self) -> tuple[str, ...]: ...


_Rule = TypeVar("_Rule", bound=_CategoryRule)


def _most_specific(rules: Sequence[_Rule], category: str | None) -> _Rule | None:
    best, best_depth = None, -1
    for rule in rules:
        depths = [_category_depth(p, category) for p in rule.categories]
        depth = max((d for d in depths if d is not None), default=None)
        if depth is not None and depth > best_depth:
            best, best_depth = rule, depth
    return best


@dataclass(frozen=True)
class ToleranceRule:
    """Differences within every set limit are accepted as counted; beyond any, a recount.

    `max_percent` is relative to the snapshot; a difference on a snapshot of 0 is always
    beyond it (something was found where the system knew nothing)."""

    categories: tuple[str, ...] = (ANY,)
    max_qty: float | None = None
    max_percent: float | None = None
    max_value: Decimal | None = None

    def breaches(
        self, difference: float, snapshot: float, unit_cost: Decimal | None
    ) -> list[Message]:
        """Why the line must be counted again. An unknown cost is no reason to recount (the
        quantity is what a recount checks); the submission sends it to a manager instead."""
        size = abs(difference)
        if qty_is_zero(size):
            return []
        out = []
        if self.max_qty is not None and qty_compare(size, self.max_qty) > 0:
            out.append(
                msg(
                    "difference {qty} is above {limit} units",
                    qty=Quantity(size),
                    limit=Quantity(self.max_qty),
                )
            )
        if self.max_percent is not None:
            if qty_is_zero(snapshot):
                out.append(msg("the system expected none here"))
            elif size / abs(snapshot) * 100 > self.max_percent + 1e-9:
                percent = size / abs(snapshot) * 100
                out.append(
                    msg(
                        "difference {percent}% is above {limit}%",
                        percent=round(percent),
                        limit=Quantity(self.max_percent),
                    )
                )
        if self.max_value is not None and unit_cost is not None:
            value = money(Decimal(str(size)) * unit_cost)
            if value > self.max_value:
                out.append(
                    msg(
                        "difference worth {value} is above {limit}",
                        value=Amount(value),
                        limit=Amount(self.max_value),
                    )
                )
        return out


@dataclass(frozen=True)
class AutoApproveRule:
    """Adjustments within both limits go to Odoo without a manager."""

    categories: tuple[str, ...] = (ANY,)
    max_qty: float = 0.0
    max_value: Decimal = Decimal("0")


@dataclass(frozen=True)
class CountRules:
    """A store's counting settings. The first rule of each list with categories ["*"] is the
    default; a rule for a category path covers its sub-categories."""

    tolerances: tuple[ToleranceRule, ...] = (ToleranceRule(max_qty=2, max_percent=10),)
    auto_approve: tuple[AutoApproveRule, ...] = (
        AutoApproveRule(max_qty=2, max_value=Decimal("50")),
    )
    max_recounts: int = 1
    blind: bool = True

    def tolerance_for(self, category: str | None) -> ToleranceRule | None:
        return _most_specific(self.tolerances, category)

    def auto_approve_for(self, category: str | None) -> AutoApproveRule | None:
        return _most_specific(self.auto_approve, category)


# The counting and approval rules' name for who counted or approves: the one `Actor`.
Employee = Actor


@dataclass(frozen=True)
class ApprovalRefused:
    message: str
    action: str


def check_approver(approver: Employee, counted_by: Sequence[int]) -> ApprovalRefused | None:
    """A manager who did not count (or recount) the line may approve it."""
    if not approver.is_manager:
        return ApprovalRefused(
            f"{approver.name} is not a manager, so cannot approve stock adjustments.",
            "Ask a manager to sign in and approve it.",
        )
    if approver.id in counted_by:
        return ApprovalRefused(
            f"{approver.name} counted this line, and nobody approves their own count.",
            "Ask another manager to approve it.",
        )
    return None


def _clock(at: datetime, tz: tzinfo | None) -> str:
    local = at.astimezone(tz) if tz is not None and at.tzinfo is not None else at
    return local.strftime("%H:%M")


def explain(
    counted: float,
    counted_at: datetime | None,
    snapshot_qty: float,
    current_server_qty: float,
    tz: tzinfo | None = None,
) -> Message:
    """The one sentence for the manager and for Odoo's move name, stating every number of
    `count_adjustment` (storeapp.core.ops). `counted_at` is None only for ops written before
    counts recorded their time: the sentence then leaves the time out."""
    t = count_adjustment(current_server_qty, counted, snapshot_qty)
    if counted_at is not None:
        seen = msg(
            "counted {counted} at {time}, system showed {snapshot}",
            counted=Quantity(t.counted),
            time=_clock(counted_at, tz),
            snapshot=Quantity(t.snapshot_qty),
        )
    else:
        seen = msg(
            "counted {counted}, system showed {snapshot}",
            counted=Quantity(t.counted),
            snapshot=Quantity(t.snapshot_qty),
        )
    moved = round_qty(t.current_server_qty - t.snapshot_qty)
    if qty_compare(moved, 0) < 0:
        seen = msg("{seen}, {n} sold since", seen=seen, n=Quantity(-moved))
    elif qty_compare(moved, 0) > 0:
        seen = msg("{seen}, {n} received since", seen=seen, n=Quantity(moved))
    return msg("{seen}: {outcome}", seen=seen, outcome=_outcome(t))


def _outcome(t: CountAdjustment) -> Message:
    """What the adjustment does, the second half of `explain`'s sentence."""
    applied = round_qty(t.target - t.current_server_qty)
    if qty_is_zero(t.difference):
        return msg("no adjustment, stays at {qty}", qty=Quantity(t.current_server_qty))
    change = SignedQuantity(applied)
    current, target = Quantity(t.current_server_qty), Quantity(t.target)
    if t.clamped:
        return msg(
            "adjusting {change} from {current} to {target} (the count's {difference} would "
            "have gone below 0, so the quantity is set to 0)",
            change=change,
            current=current,
            target=target,
            difference=SignedQuantity(t.difference),
        )
    return msg(
        "adjusting {change} from {current} to {target}",
        change=change,
        current=current,
        target=target,
    )
