"""Rules of a cycle count at one location: scans, snapshots, recounts and the adjustments.

A `CountSession` counts one location (a shelf or bin). Each line is a product (and lot/serial
for tracked products). A line holds one or more *attempts*: the first count and any recounts.
Every attempt records the system quantity at its first scan (`snapshot_qty`), who counted and
when, and its entries (+1 per scan, a packaging's quantity, or a typed quantity), so undo and
the audit both see exactly what happened.

`review()` says which lines are over tolerance and still need a recount; `submit()` turns the
lines into `AdjustmentProposal`s, each routed to Odoo at once (within the auto-approve limits)
or to a manager. The quantity finally written in Odoo is computed at push time from the
difference (see `storeapp.core.count_review`). Serializable to/from dict for the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import Any

from storeapp.core.count_lines import (
    CountAttempt,
    CountEntry,
    CountLine,
    CountRefusalReason,
    CountRefused,
    CountUpdated,
    EntrySource,
)
from storeapp.core.count_review import ARCHIVED, CountRules, Employee, explain
from storeapp.core.ops import count_adjustment
from storeapp.core.quantities import (
    Amount,
    Quantity,
    UnitOfMeasure,
    check_quantity,
    money,
    qty_compare,
    qty_is_zero,
)
from storeapp.core.scanning import ProductRef, ScanResolution, Tracking
from storeapp.core.text import Listing, msg

SESSION_VERSION = 1
# Why an adjustment whose product has no known cost goes to a manager: its value is unknown.
COST_UNKNOWN = msg("cost unknown (not read from Odoo yet): approval needed")

# (product_id, lot_id, lot_name) -> system quantity at this location right now (from the cache)
SnapshotLookup = Callable[[int, int | None, str | None], float]


def _counter_id(by: Employee) -> int:
    """The employee who counts: a count is always someone's, never the app's (id None)."""
    if by.id is None:
        raise ValueError("a count line is counted by an employee, not by the app")
    return by.id


class Route(StrEnum):
    AUTO = "auto"  # queued for Odoo at once
    APPROVAL = "approval"  # waits for a manager


@dataclass(frozen=True)
class LineReview:
    key: str
    product_name: str
    needs_recount: bool
    breaches: tuple[str, ...]
    recounts_done: int
    message: str


@dataclass(frozen=True)
class AdjustmentProposal:
    """One counted line, ready to become a `count.apply` op (at once or after approval)."""

    product_id: int
    product_name: str
    location_id: int
    location_name: str
    lot_id: int | None
    lot_name: str | None
    counted: float
    snapshot_qty: float
    difference: float
    unit_cost: Decimal | None  # None: unknown on this PC, so a manager approves
    value_impact: Decimal
    counted_at: datetime
    counted_by_id: int
    counted_by_name: str
    counters: tuple[int, ...]  # everyone who counted, typed or recounted: none may approve
    attempts: tuple[dict[str, Any], ...]  # every count and recount, for the inbox
    route: Route
    reasons: tuple[str, ...]  # why a manager must look (empty when auto)

    def explanation(self, current_server_qty: float, tz: tzinfo | None = None) -> str:
        return explain(self.counted, self.counted_at, self.snapshot_qty, current_server_qty, tz)

    def target(self, current_server_qty: float) -> float:
        return count_adjustment(current_server_qty, self.counted, self.snapshot_qty).target

    def payload(self, approved_by: str = "") -> dict[str, Any]:
        """The `count.apply` payload (schema version 1, see storeapp.core.ops)."""
        return {
            "v": 1,
            "product_id": self.product_id,
            "location_id": self.location_id,
            "lot_id": self.lot_id,
            "lot_name": self.lot_name,
            "counted": self.counted,
            "snapshot_qty": self.snapshot_qty,
            "product_name": self.product_name,
            "location_name": self.location_name,
            "counted_by": self.counted_by_name,
            "counted_at": self.counted_at.isoformat(),
            "approved_by": approved_by,
            "value_impact": str(self.value_impact),
        }


@dataclass(frozen=True)
class Submission:
    adjustments: tuple[AdjustmentProposal, ...]

    @property
    def auto(self) -> tuple[AdjustmentProposal, ...]:
        return tuple(a for a in self.adjustments if a.route is Route.AUTO)

    @property
    def for_approval(self) -> tuple[AdjustmentProposal, ...]:
        return tuple(a for a in self.adjustments if a.route is Route.APPROVAL)

    @property
    def value_impact(self) -> Decimal:
        return sum((a.value_impact for a in self.adjustments), Decimal("0.00"))


@dataclass
class CountSession:
    """Counting one location. See the module docstring."""

    location_id: int
    location_name: str
    rules: CountRules = field(default_factory=CountRules)
    lines: dict[str, CountLine] = field(default_factory=dict)
    submitted: bool = False
    submitted_at: datetime | None = None
    # Undo stack: keys of the lines that got an entry, in order.
    _undo: list[str] = field(default_factory=list)

    # -- counting ------------------------------------------------------------------------------

    def _refuse_if_submitted(self) -> CountRefused | None:
        if self.submitted:
            return CountRefused(
                CountRefusalReason.SUBMITTED,
                msg("The count of {location} was already submitted.", location=self.location_name),
                msg("Start a new count of this location to count it again."),
            )
        return None

    def _line_for(
        self,
        product: ProductRef,
        lot_name: str | None,
        lot_id: int | None,
        unit_cost: Decimal | None,
    ) -> CountLine | CountRefused:
        tracking = product.tracking
        if tracking is not Tracking.NONE and not lot_name:
            if tracking is Tracking.SERIAL:
                return CountRefused(
                    CountRefusalReason.LOT_REQUIRED,
                    msg(
                        "{product} is tracked by serial number: each serial number is counted "
                        "separately.",
                        product=product.name,
                    ),
                    msg("Scan the serial number on the item (or its GS1 label), or type it."),
                )
            return CountRefused(
                CountRefusalReason.LOT_REQUIRED,
                msg(
                    "{product} is tracked by lot: each lot is counted separately.",
                    product=product.name,
                ),
                msg("Scan the lot on the item (or its GS1 label), or type it."),
            )
        key = CountLine.make_key(product.id, lot_name if tracking is not Tracking.NONE else None)
        line = self.lines.get(key)
        if line is None:
            line = CountLine(
                key=key,
                product_id=product.id,
                product_name=product.name,
                category=None,
                tracking=tracking,
                lot_name=lot_name if tracking is not Tracking.NONE else None,
                lot_id=lot_id if tracking is not Tracking.NONE else None,
                unit_cost=None if unit_cost is None else money(unit_cost),
                product_active=product.active,
            )
        elif line.unit_cost is None and unit_cost is not None:
            line.unit_cost = money(unit_cost)  # read from Odoo since the line's first scan
        return line

    def _add_entry(
        self,
        line: CountLine,
        quantity: float,
        source: EntrySource,
        by: Employee,
        now: datetime,
        snapshot: SnapshotLookup,
        *,
        unit: UnitOfMeasure,
        absolute: bool = False,
    ) -> CountUpdated | CountRefused:
        attempt = line.current
        taken_over: str | None = None
        if attempt is not None and attempt.closed:
            attempt = None  # a recount was started: this entry opens a new attempt
        elif attempt is not None and attempt.counted_by_id != by.id:
            # Nobody types into another person's attempt: what they counted stays theirs, and
            # this entry starts an attempt of its own (a recount, with a fresh snapshot).
            attempt.closed, attempt.closed_by_id = True, by.id
            taken_over = attempt.counted_by_name
            attempt = None
        new_total = quantity if absolute else (attempt.counted if attempt else 0.0) + quantity
        if qty_compare(new_total, 0) < 0:
            return CountRefused(
                CountRefusalReason.BAD_QUANTITY,
                msg("A counted quantity cannot be below 0."),
                msg("Type 0 or more."),
            )
        # The one quantity rule: a count is never "inf", 0.5 of a hammer or a mis-scan.
        check = check_quantity(new_total, unit, confirmed=True)
        if check.value is None:
            return CountRefused(
                CountRefusalReason.BAD_QUANTITY, check.problem or "", check.hint or ""
            )
        new_total = check.value
        if line.tracking is Tracking.SERIAL and qty_compare(new_total, 1) > 0:
            return CountRefused(
                CountRefusalReason.SERIAL_TWICE,
                msg("Serial {serial} is already counted.", serial=line.lot_name),
                msg("Scan the serial number of another unit."),
            )
        if line.tracking is Tracking.SERIAL and not (
            qty_is_zero(new_total) or qty_compare(new_total, 1) == 0
        ):
            return CountRefused(
                CountRefusalReason.BAD_QUANTITY,
                msg(
                    "Serial {serial} is a single unit: it is counted as 1 (or 0 if missing).",
                    serial=line.lot_name,
                ),
                msg("Type 1 or 0."),
            )
        if attempt is None:
            # The snapshot is taken at the first scan of the line, not when the count began:
            # that is the moment the count and the system describe the same shelf.
            attempt = CountAttempt(
                snapshot_qty=float(snapshot(line.product_id, line.lot_id, line.lot_name)),
                counted_by_id=_counter_id(by),
                counted_by_name=by.name,
                started_at=now,
            )
            line.attempts.append(attempt)
        if line.key not in self.lines:
            self.lines[line.key] = line
        delta = new_total - attempt.counted
        attempt.entries.append(CountEntry(delta, source, now, _counter_id(by)))
        self._undo.append(line.key)
        warning = None
        if taken_over is not None:
            warning = msg(
                "{name} was counting this line: your count starts over as a recount of your own "
                "({qty} so far). Count the whole line.",
                name=taken_over,
                qty=Quantity(attempt.counted),
            )
        return CountUpdated(
            line.key, line.product_name, attempt.counted, source, line.label(), warning=warning
        )

    def add_scan(
        self,
        resolution: ScanResolution,
        *,
        by: Employee,
        now: datetime,
        snapshot: SnapshotLookup,
        unit_cost: Decimal | None = Decimal("0"),
        category: str | None = None,
    ) -> CountUpdated | CountRefused:
        """A scan adds its quantity (1, or the packaging's) to the line."""
        if refused := self._refuse_if_submitted():
            return refused
        product = ProductRef(
            resolution.product_id,
            resolution.product_name,
            resolution.tracking,
            resolution.product_active,
        )
        line = self._line_for(product, resolution.lot_name, resolution.lot_id, unit_cost)
        if isinstance(line, CountRefused):
            return line
        line.category = line.category or category
        if qty_compare(resolution.quantity, 0) <= 0:
            return CountRefused(
                CountRefusalReason.BAD_QUANTITY, "This scan counts nothing.", "Scan again."
            )
        source = (
            EntrySource.TYPED
            if resolution.manual
            else (EntrySource.PACKAGING if resolution.packaging_name else EntrySource.SCAN)
        )
        return self._add_entry(
            line, resolution.quantity, source, by, now, snapshot, unit=resolution.unit
        )

    def set_quantity(
        self,
        product: ProductRef,
        quantity: float,
        *,
        by: Employee,
        now: datetime,
        snapshot: SnapshotLookup,
        lot_name: str | None = None,
        lot_id: int | None = None,
        unit_cost: Decimal | None = Decimal("0"),
        category: str | None = None,
    ) -> CountUpdated | CountRefused:
        """Type the quantity counted (absolute) for a line."""
        if refused := self._refuse_if_submitted():
            return refused
        check = check_quantity(quantity, product.unit, confirmed=True)
        if check.value is None:
            return CountRefused(
                CountRefusalReason.BAD_QUANTITY, check.problem or "", check.hint or ""
            )
        line = self._line_for(product, lot_name, lot_id, unit_cost)
        if isinstance(line, CountRefused):
            return line
        line.category = line.category or category
        return self._add_entry(
            line,
            check.value,
            EntrySource.TYPED,
            by,
            now,
            snapshot,
            unit=product.unit,
            absolute=True,
        )

    def undo_last(self) -> CountUpdated | CountRefused:
        if refused := self._refuse_if_submitted():
            return refused
        if not self._undo:
            return CountRefused(
                CountRefusalReason.NOTHING_TO_UNDO,
                "There is nothing to undo.",
                "Carry on counting.",
            )
        key = self._undo.pop()
        line = self.lines[key]
        attempt = line.attempts[-1]
        attempt.entries.pop()
        if not attempt.entries:
            # Back to before the first scan of this attempt: forget its snapshot too, so the
            # next scan takes a fresh one.
            line.attempts.pop()
            if line.attempts:
                line.attempts[-1].closed = True
        if not line.attempts:
            del self.lines[key]
            return CountUpdated(key, line.product_name, 0.0, EntrySource.UNDO, line.label())
        return CountUpdated(key, line.product_name, line.counted, EntrySource.UNDO, line.label())

    # -- recounts ------------------------------------------------------------------------------

    def review(self) -> list[LineReview]:
        """Which lines are over their tolerance and still need a recount."""
        out = []
        for line in self.lines.values():
            tolerance = self.rules.tolerance_for(line.category)
            breaches = (
                tolerance.breaches(line.difference, line.snapshot_qty, line.unit_cost)
                if tolerance
                else []
            )
            if not line.product_active:
                breaches = [ARCHIVED, *breaches]
            recounts = len(line.attempts) - 1
            needs = bool(breaches) and recounts < self.rules.max_recounts
            if needs:
                message = msg(
                    "{line}: recount needed ({why})", line=line.label(), why=Listing(breaches)
                )
            elif breaches:
                message = msg(
                    "{line}: still off after recount ({why})",
                    line=line.label(),
                    why=Listing(breaches),
                )
            else:
                message = msg("{line}: within tolerance", line=line.label())
            out.append(
                LineReview(line.key, line.product_name, needs, tuple(breaches), recounts, message)
            )
        return out

    def start_recount(
        self, key: str, *, by: Employee, now: datetime
    ) -> CountUpdated | CountRefused:
        """Open a new attempt on a line. The first count is kept in the history."""
        if refused := self._refuse_if_submitted():
            return refused
        line = self.lines.get(key)
        if line is None:
            return CountRefused(
                CountRefusalReason.UNKNOWN_LINE,
                msg("That line is not in this count."),
                msg("Reload it."),
            )
        earlier = {a.counted_by_id for a in line.attempts}
        last = line.attempts[-1]
        if not last.closed:
            last.closed, last.closed_by_id = True, by.id
        warning = None
        if by.id in earlier:
            names = ", ".join(sorted({a.counted_by_name for a in line.attempts}))
            warning = msg(
                "{names} already counted this line; a recount by someone else catches more "
                "mistakes.",
                names=names,
            )
        return CountUpdated(
            key, line.product_name, 0.0, EntrySource.RECOUNT, line.label(), warning=warning
        )

    # -- submission ----------------------------------------------------------------------------

    def submit(
        self,
        *,
        now: datetime,
        product_active: Callable[[int], bool] | None = None,
        unit_cost: Callable[[int], Decimal | None] | None = None,
    ) -> Submission | CountRefused:
        """Turn the lines into adjustments. Refused while a line still needs its recount.

        `product_active(product_id)` reports archiving that happened during the count;
        `unit_cost(product_id)` a cost read from Odoo since a line was scanned without one."""
        if refused := self._refuse_if_submitted():
            return refused
        pending = [r for r in self.review() if r.needs_recount]
        if pending:
            return CountRefused(
                CountRefusalReason.RECOUNT_NEEDED,
                msg(
                    "Some lines must be counted again before the count can be submitted: {lines}",
                    lines=Listing(r.message for r in pending),
                ),
                msg("Recount those lines, ideally by another associate."),
            )
        if not self.lines:
            return CountRefused(
                CountRefusalReason.EMPTY,
                msg("Nothing was counted at {location}.", location=self.location_name),
                msg("Scan the products on the shelf, or type 0 for an empty one."),
            )
        proposals = []
        reviews = {r.key: r for r in self.review()}
        for line in self.lines.values():
            attempt = line.attempts[-1]
            reasons = list(reviews[line.key].breaches)
            active = product_active(line.product_id) if product_active else line.product_active
            if not active and ARCHIVED not in reasons:
                reasons.append(ARCHIVED)
            if line.tracking is not Tracking.NONE and line.lot_id is None and line.counted > 0:
                reasons.append(
                    msg("lot {lot} is new to Odoo and will be created", lot=line.lot_name)
                )
            limit = self.rules.auto_approve_for(line.category)
            size = abs(line.difference)
            if line.unit_cost is None and unit_cost is not None:
                line.unit_cost = unit_cost(line.product_id)
            cost = line.unit_cost
            value = money(Decimal(str(line.difference)) * (cost or 0))
            if cost is None and not qty_is_zero(line.difference):
                # The value cannot be known, so it cannot be shown to be under the limit.
                reasons.append(COST_UNKNOWN)
            if limit is None:
                reasons.append(msg("no auto-approve limit applies"))
            else:
                if qty_compare(size, limit.max_qty) > 0:
                    reasons.append(
                        msg(
                            "difference {qty} is above the auto-approve limit of {limit}",
                            qty=Quantity(size),
                            limit=Quantity(limit.max_qty),
                        )
                    )
                if abs(value) > limit.max_value:
                    reasons.append(
                        msg(
                            "value {value} is above the auto-approve limit of {limit}",
                            value=Amount(abs(value)),
                            limit=Amount(limit.max_value),
                        )
                    )
            if qty_is_zero(line.difference) and active:
                reasons = []
            proposals.append(
                AdjustmentProposal(
                    product_id=line.product_id,
                    product_name=line.product_name,
                    location_id=self.location_id,
                    location_name=self.location_name,
                    lot_id=line.lot_id,
                    lot_name=line.lot_name,
                    counted=line.counted,
                    snapshot_qty=line.snapshot_qty,
                    difference=line.difference,
                    unit_cost=line.unit_cost,
                    value_impact=value,
                    counted_at=attempt.last_at or attempt.started_at,
                    counted_by_id=attempt.counted_by_id,
                    counted_by_name=attempt.counted_by_name,
                    counters=line.authors,
                    attempts=tuple(a.summary() for a in line.attempts),
                    route=Route.APPROVAL if reasons else Route.AUTO,
                    reasons=tuple(reasons),
                )
            )
        self.submitted = True
        self.submitted_at = now
        return Submission(tuple(proposals))

    # -- persistence ---------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "v": SESSION_VERSION,
            "location_id": self.location_id,
            "location_name": self.location_name,
            "submitted": self.submitted,
            "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None,
            "lines": [line.to_dict() for line in self.lines.values()],
            "undo": list(self._undo),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], rules: CountRules | None = None) -> CountSession:
        """Rules are store settings, not saved with the session: pass the ones in force."""
        if data.get("v") != SESSION_VERSION:
            raise ValueError(f"count session format {data.get('v')!r} is not supported")
        session = cls(int(data["location_id"]), str(data["location_name"]), rules or CountRules())
        session.submitted = bool(data.get("submitted", False))
        if data.get("submitted_at"):
            session.submitted_at = datetime.fromisoformat(data["submitted_at"])
        for raw in data["lines"]:
            line = CountLine.from_dict(raw)
            session.lines[line.key] = line
        session._undo = [str(k) for k in data.get("undo", [])]
        return session
