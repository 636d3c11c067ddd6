"""Rules of a click-and-collect pick: what a scan does to an order, and what is refused.

A `PickSession` holds the order's lines (one per stock move) and everything the associate did:
scans, typed quantities, short marks, and a history that `undo_last` walks back. It never talks
to Odoo: when the order is ready, `summary()` gives the absolute picked quantities per move and
lot, which is the payload of the `picking.set_picked` op. Absolute quantities make the push
naturally idempotent: replaying it writes the same numbers again.

Quantities are in the product's unit of measure. The session is saved as JSON in the journal
after every action (`to_dict`/`from_dict`), so a crash loses at most the scan in flight.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from storeapp.core.pick_lines import (
    DEFAULT_SHORT_REASONS,
    Claim,
    ClaimWarning,
    LineUpdated,
    PickedLot,
    PickedMove,
    PickLine,
    PickRefusalReason,
    PickStatus,
    PickSummary,
    Refused,
    ShortMark,
    ShortPolicy,
    ShortReason,
    describe_age,
)
from storeapp.core.quantities import (
    Quantity,
    check_quantity,
    format_qty,
    qty_compare,
    qty_is_zero,
    round_qty,
)
from storeapp.core.scanning import ScanResolution, Tracking
from storeapp.core.text import Listing, msg, translatable

__all__ = [
    "DEFAULT_SHORT_REASONS",
    "Claim",
    "ClaimWarning",
    "LineUpdated",
    "PickLine",
    "PickRefusalReason",
    "PickSession",
    "PickStatus",
    "PickSummary",
    "Refused",
    "ShortPolicy",
    "ShortReason",
]

SESSION_VERSION = 1


# ---------------------------------------------------------------------------------------------


def _bad_quantity(quantity: float) -> str | None:
    if isinstance(quantity, bool) or not isinstance(quantity, int | float):
        return "the quantity must be a number"
    if math.isnan(quantity) or math.isinf(quantity):
        return "the quantity must be a number"
    if quantity < 0:
        return "the quantity cannot be negative"
    return None


def _lot_not_here(
    line: PickLine,
    resolution: ScanResolution,
    lot_not_here: Callable[[int, int], str | None] | None,
) -> Refused | None:
    if lot_not_here is None or resolution.lot_id is None or line.tracking is Tracking.NONE:
        return None
    where = lot_not_here(line.product_id, resolution.lot_id)
    if where is None:
        return None
    values = {"lot": resolution.lot_name, "product": line.product_name, "where": where}
    if line.tracking is Tracking.SERIAL:
        told = msg(
            "Serial {lot} of {product} is not in stock at {where} (as of the last update from "
            "Odoo).",
            **values,
        )
        todo = msg(
            "Check the serial on the item and pick a unit from this store's shelves; if this one "
            "really is here, ask a manager to correct the stock in Odoo."
        )
    else:
        told = msg(
            "Lot {lot} of {product} is not in stock at {where} (as of the last update from Odoo).",
            **values,
        )
        todo = msg(
            "Check the lot on the item and pick a unit from this store's shelves; if this one "
            "really is here, ask a manager to correct the stock in Odoo."
        )
    return Refused(PickRefusalReason.LOT_NOT_HERE, told, todo, line.move_id)


class PickSession:
    """A pick in progress for one outgoing picking. See the module docstring."""

    def __init__(
        self,
        picking_id: int,
        picking_name: str,
        lines: Sequence[PickLine],
        *,
        short_policy: ShortPolicy = ShortPolicy.BACKORDER,
        short_reasons: Sequence[ShortReason] = DEFAULT_SHORT_REASONS,
        allow_unknown_lots: bool = False,
        stale_claim_after: timedelta = timedelta(minutes=30),
    ) -> None:
        if not lines:
            raise ValueError(f"{picking_name} has nothing to pick")
        ids = [line.move_id for line in lines]
        if len(set(ids)) != len(ids):
            raise ValueError(f"{picking_name}: a stock move appears twice")
        self.picking_id = picking_id
        self.picking_name = picking_name
        self.lines = list(lines)
        self.short_policy = ShortPolicy(short_policy)
        self.short_reasons = tuple(short_reasons)
        # Odoo refuses an unknown lot on an outgoing picking, so by default we refuse it too.
        self.allow_unknown_lots = allow_unknown_lots
        self.stale_claim_after = stale_claim_after
        self.claim: Claim | None = None
        self.closed = False
        # Undo stack: (move_id, line state before the action, what was done).
        self._history: list[tuple[int, dict[str, Any], str]] = []

    # -- reading -------------------------------------------------------------------------------

    def line(self, move_id: int) -> PickLine | None:
        return next((line for line in self.lines if line.move_id == move_id), None)

    @property
    def status(self) -> PickStatus:
        if all(line.complete for line in self.lines):
            return PickStatus.READY
        if all(line.resolved for line in self.lines):
            return PickStatus.EXCEPTION
        touched = self._history or any(line.picked > 0 or line.short for line in self.lines)
        return PickStatus.PICKING if touched else PickStatus.TO_PICK

    def missing(self) -> list[str]:
        """What is short, in words: "2 × Blue mug (Not found on the shelf)"."""
        return [
            msg(
                "{qty} × {product} ({reason})",
                qty=Quantity(line.missing),
                product=line.product_name,
                reason=line.short.reason_label,
            )
            for line in self.lines
            if line.short and line.missing > 0
        ]

    # -- claims --------------------------------------------------------------------------------

    def check_claim(self, employee_id: int, now: datetime) -> ClaimWarning | None:
        """A warning when someone else holds the claim; None when free or ours."""
        claim = self.claim
        if claim is None or claim.employee_id == employee_id:
            return None
        age = now - claim.since
        idle = now - claim.last_activity
        stale = idle >= self.stale_claim_after
        values = {"name": claim.employee_name, "age": describe_age(age), "idle": describe_age(idle)}
        if stale:
            message = msg(
                "{name} has been picking this order for {age} (last scan {idle} ago). Nothing has "
                "happened for a while: you can take it over.",
                **values,
            )
        else:
            message = msg(
                "{name} has been picking this order for {age} (last scan {idle} ago). Check with "
                "{name} before you take it over.",
                **values,
            )
        return ClaimWarning(claim.employee_id, claim.employee_name, age, idle, stale, message)

    def take_claim(self, employee_id: int, employee_name: str, now: datetime) -> Claim:
        """Claim the order (or take it over after the warning was shown)."""
        if self.claim and self.claim.employee_id == employee_id:
            self.claim = Claim(employee_id, employee_name, self.claim.since, now)
        else:
            self.claim = Claim(employee_id, employee_name, now, now)
        return self.claim

    def release_claim(self) -> None:
        self.claim = None

    def _touch(self, now: datetime | None) -> None:
        if self.claim and now:
            self.claim = Claim(
                self.claim.employee_id, self.claim.employee_name, self.claim.since, now
            )

    # -- actions -------------------------------------------------------------------------------

    def _refuse_if_closed(self) -> Refused | None:
        if self.closed:
            return Refused(
                PickRefusalReason.CLOSED,
                msg("{order} is already marked ready.", order=self.picking_name),
                msg("Reopen the order to change what was picked."),
            )
        return None

    def _serial_taken(self, product_id: int, serial: str) -> bool:
        return any(
            line.product_id == product_id and line.lots.get(serial, 0) > 0 for line in self.lines
        )

    def _check_lot(
        self, line: PickLine, lot_name: str | None, lot_id: int | None
    ) -> Refused | None:
        if line.tracking is Tracking.NONE:
            return None
        serial = line.tracking is Tracking.SERIAL
        if not lot_name:
            if serial:
                return Refused(
                    PickRefusalReason.SERIAL_REQUIRED,
                    msg(
                        "{product} is tracked by serial number: the serial number is needed.",
                        product=line.product_name,
                    ),
                    msg(
                        "Scan the serial number barcode on the item (or its GS1 label), or type "
                        "the serial number."
                    ),
                    line.move_id,
                )
            return Refused(
                PickRefusalReason.LOT_REQUIRED,
                msg("{product} is tracked by lot: the lot is needed.", product=line.product_name),
                msg("Scan the lot barcode on the item (or its GS1 label), or type the lot."),
                line.move_id,
            )
        if lot_id is None and not self.allow_unknown_lots:
            values = {"lot": lot_name, "product": line.product_name}
            if serial:
                told = msg(
                    "Serial number {lot} of {product} is not in this store's data.", **values
                )
                todo = msg(
                    "Check the serial number on the item; if it is right, wait for the next "
                    "update from Odoo or ask a manager."
                )
            else:
                told = msg("Lot {lot} of {product} is not in this store's data.", **values)
                todo = msg(
                    "Check the lot on the item; if it is right, wait for the next update from "
                    "Odoo or ask a manager."
                )
            return Refused(PickRefusalReason.UNKNOWN_LOT, told, todo, line.move_id)
        if line.tracking is Tracking.SERIAL and self._serial_taken(line.product_id, lot_name):
            return Refused(
                PickRefusalReason.SERIAL_TWICE,
                msg("Serial {lot} already picked on this order.", lot=lot_name),
                msg("Scan the serial number of another unit."),
                line.move_id,
            )
        return None

    def _record(self, line: PickLine, what: str) -> None:
        self._history.append((line.move_id, line.to_dict(), what))

    def _updated(self, line: PickLine, message: str, manual: bool = False) -> LineUpdated:
        return LineUpdated(
            line.move_id, message, line.picked, line.demand, line.complete, self.status, manual
        )

    def _add(
        self, line: PickLine, quantity: float, lot_name: str | None, lot_id: int | None
    ) -> None:
        line.picked = round_qty(line.picked + quantity)
        if line.tracking is not Tracking.NONE and lot_name:
            line.lots[lot_name] = round_qty(line.lots.get(lot_name, 0.0) + quantity)
            line.lot_ids[lot_name] = lot_id if lot_id is not None else line.lot_ids.get(lot_name)
        if line.short and line.complete:
            line.short = None  # found after all

    def apply_scan(
        self,
        resolution: ScanResolution,
        *,
        now: datetime | None = None,
        other_order: Callable[[int], str | None] | None = None,
        lot_not_here: Callable[[int, int], str | None] | None = None,
    ) -> LineUpdated | Refused:
        """Apply a resolved scan to the first matching line that still needs it.

        `other_order(product_id)` names another open order that wants this product, so the
        associate hears "belongs to WH/OUT/00042" rather than just "not on this order".
        `lot_not_here(product_id, lot_id)` names the order's source location when the store's
        data has that lot/serial nowhere in stock there: Odoo would take it from a shelf where
        it is not, so the scan is refused.
        """
        if refused := self._refuse_if_closed():
            return refused
        candidates = [line for line in self.lines if line.product_id == resolution.product_id]
        if not candidates:
            elsewhere = other_order(resolution.product_id) if other_order else None
            if elsewhere:
                return Refused(
                    PickRefusalReason.OTHER_ORDER,
                    msg(
                        "{product} is not on this order: it belongs to {order}.",
                        product=resolution.product_name,
                        order=elsewhere,
                    ),
                    msg("Put it aside for {order}, or back on the shelf.", order=elsewhere),
                )
            return Refused(
                PickRefusalReason.WRONG_PRODUCT,
                msg("{product} is not on this order.", product=resolution.product_name),
                translatable("Put it back and check the product name and bin on the list."),
            )
        quantity = resolution.quantity
        if problem := _bad_quantity(quantity):
            return Refused(
                PickRefusalReason.BAD_QUANTITY, problem.capitalize() + ".", "Scan again."
            )
        open_lines = [line for line in candidates if not line.complete]
        line = open_lines[0] if open_lines else candidates[0]
        if (check := check_quantity(quantity, line.unit, confirmed=True)).value is None:
            return Refused(
                PickRefusalReason.BAD_QUANTITY,
                msg("{product}: {problem}", product=line.product_name, problem=check.problem),
                msg("Scan the item's own barcode, or type the quantity."),
                line.move_id,
            )
        if line.tracking is Tracking.SERIAL and qty_compare(quantity, 1) != 0:
            return Refused(
                PickRefusalReason.SERIAL_QUANTITY,
                msg(
                    "{product} is tracked by serial number: one scan is one unit, but this "
                    "barcode counts {qty}.",
                    product=line.product_name,
                    qty=Quantity(quantity),
                ),
                msg("Scan the serial number of each unit."),
                line.move_id,
            )
        if refused := self._check_lot(line, resolution.lot_name, resolution.lot_id):
            return refused
        if refused := _lot_not_here(line, resolution, lot_not_here):
            return refused
        if qty_compare(quantity, line.remaining) > 0:
            remaining_all = sum(c.remaining for c in candidates)
            if not open_lines or qty_is_zero(remaining_all):
                message = msg(
                    "{product}: already {picked} of {demand} picked.",
                    product=line.product_name,
                    picked=Quantity(line.picked),
                    demand=Quantity(line.demand),
                )
            else:
                values = {
                    "product": line.product_name,
                    "qty": Quantity(quantity),
                    "more": Quantity(line.remaining),
                }
                message = (
                    msg(
                        "{product}: this scan counts {qty} but only {more} more is needed.",
                        **values,
                    )
                    if line.remaining == 1
                    else msg(
                        "{product}: this scan counts {qty} but only {more} more are needed.",
                        **values,
                    )
                )
            return Refused(
                PickRefusalReason.OVER_PICK,
                message,
                msg("Put the extra back. If a pack was scanned, scan the single items instead."),
                line.move_id,
            )
        self._record(line, "scan")
        self._add(line, quantity, resolution.lot_name, resolution.lot_id)
        if resolution.manual:
            line.manual = True
        self._touch(now)
        return self._updated(line, line.progress(), manual=resolution.manual)

    def set_quantity(
        self,
        move_id: int,
        quantity: float,
        *,
        lot_name: str | None = None,
        lot_id: int | None = None,
        now: datetime | None = None,
    ) -> LineUpdated | Refused:
        """Type an absolute quantity for a line (or for one lot of it). Recorded as manual."""
        if refused := self._refuse_if_closed():
            return refused
        line = self.line(move_id)
        if line is None:
            return Refused(
                PickRefusalReason.UNKNOWN_LINE,
                "That line is not on this order any more.",
                "Reload the order.",
            )
        check = check_quantity(quantity, line.unit, confirmed=True)
        if check.value is None:
            return Refused(
                PickRefusalReason.BAD_QUANTITY, check.problem or "", check.hint or "", move_id
            )
        quantity = check.value
        if line.tracking is not Tracking.NONE:
            if not lot_name:
                return self._check_lot(line, None, None) or Refused(
                    PickRefusalReason.LOT_REQUIRED,
                    msg("A lot is needed."),
                    msg("Type the lot."),
                    move_id,
                )
            if line.tracking is Tracking.SERIAL and not (
                qty_is_zero(quantity) or qty_compare(quantity, 1) == 0
            ):
                return Refused(
                    PickRefusalReason.SERIAL_QUANTITY,
                    msg(
                        "A serial number is a single unit of {product}.", product=line.product_name
                    ),
                    msg("Enter each serial number with quantity 1."),
                    move_id,
                )
            previous = line.lots.get(lot_name, 0.0)
            if qty_is_zero(previous) and quantity > 0:
                known_id = lot_id if lot_id is not None else line.lot_ids.get(lot_name)
                if refused := self._check_lot(line, lot_name, known_id):
                    return refused
            new_total = round_qty(line.picked - previous + quantity)
        else:
            previous = line.picked
            new_total = quantity
        if qty_compare(new_total, line.demand) > 0:
            return Refused(
                PickRefusalReason.OVER_PICK,
                msg(
                    "{product}: the order asks for {demand}, {total} would be too many.",
                    product=line.product_name,
                    demand=Quantity(line.demand),
                    total=Quantity(new_total),
                ),
                msg("Enter at most {qty}.", qty=Quantity(line.demand - (line.picked - previous))),
                move_id,
            )
        self._record(line, "manual")
        if line.tracking is not Tracking.NONE and lot_name:
            if qty_is_zero(quantity):
                line.lots.pop(lot_name, None)
                line.lot_ids.pop(lot_name, None)
            else:
                line.lots[lot_name] = quantity
                line.lot_ids[lot_name] = (
                    lot_id if lot_id is not None else line.lot_ids.get(lot_name)
                )
        line.picked = new_total
        line.manual = True
        if line.short and line.complete:
            line.short = None
        self._touch(now)
        return self._updated(line, line.progress() + " (typed)", manual=True)

    def mark_short(
        self,
        move_id: int,
        reason_code: str,
        *,
        note: str = "",
        by_id: int | None = None,
        by_name: str | None = None,
        now: datetime,
    ) -> LineUpdated | Refused:
        """Declare that the rest of a line cannot be picked, with a reason code."""
        if refused := self._refuse_if_closed():
            return refused
        line = self.line(move_id)
        if line is None:
            return Refused(
                PickRefusalReason.UNKNOWN_LINE,
                msg("That line is not on this order."),
                msg("Reload it."),
            )
        reason = next((r for r in self.short_reasons if r.code == reason_code), None)
        if reason is None:
            return Refused(
                PickRefusalReason.UNKNOWN_REASON,
                msg("“{code}” is not one of the store's short-pick reasons.", code=reason_code),
                msg(
                    "Choose one of: {reasons}.",
                    reasons=Listing((r.label for r in self.short_reasons), ", "),
                ),
                move_id,
            )
        if reason.needs_note and not note.strip():
            return Refused(
                PickRefusalReason.NOTE_REQUIRED,
                msg("The reason “{reason}” needs a short note.", reason=reason.label),
                msg("Say in a few words why the item cannot be picked."),
                move_id,
            )
        if line.complete:
            return Refused(
                PickRefusalReason.OVER_PICK,
                msg("{product} is fully picked; nothing is missing.", product=line.product_name),
                msg("Undo a scan first if too many were picked."),
                move_id,
            )
        self._record(line, "short")
        line.short = ShortMark(reason.code, reason.label, note.strip(), by_id, by_name, now)
        self._touch(now)
        template = translatable(
            "{product}: {missing} short ({reason}); the rest will be kept on a backorder."
            if self.short_policy is ShortPolicy.BACKORDER
            else "{product}: {missing} short ({reason}); the rest will be cancelled."
        )
        return self._updated(
            line,
            msg(
                template,
                product=line.product_name,
                missing=format_qty(line.missing),
                reason=reason.label,
            ),
        )

    def clear_short(self, move_id: int, *, now: datetime | None = None) -> LineUpdated | Refused:
        line = self.line(move_id)
        if line is None or line.short is None:
            return Refused(
                PickRefusalReason.UNKNOWN_LINE, "That line is not marked short.", "Nothing to do."
            )
        if refused := self._refuse_if_closed():
            return refused
        self._record(line, "clear_short")
        line.short = None
        self._touch(now)
        return self._updated(line, line.progress())

    def undo_last(self, *, now: datetime | None = None) -> LineUpdated | Refused:
        """Put the line touched by the last action back as it was."""
        if refused := self._refuse_if_closed():
            return refused
        if not self._history:
            return Refused(
                PickRefusalReason.NOTHING_TO_UNDO,
                msg("There is nothing to undo."),
                msg("Carry on picking."),
            )
        move_id, before, what = self._history.pop()
        index = next(i for i, line in enumerate(self.lines) if line.move_id == move_id)
        self.lines[index] = PickLine.from_dict(before)
        line = self.lines[index]
        self._touch(now)
        return self._updated(line, f"Undone ({what}). {line.progress()}")

    # -- finishing -----------------------------------------------------------------------------

    def summary(self) -> PickSummary:
        moves = []
        for line in self.lines:
            lots = tuple(
                PickedLot(name, line.lot_ids.get(name), qty)
                for name, qty in sorted(line.lots.items())
                if qty > 0
            )
            moves.append(
                PickedMove(
                    move_id=line.move_id,
                    product_id=line.product_id,
                    quantity=round_qty(line.picked),
                    demand=line.demand,
                    lots=lots,
                    manual=line.manual,
                    short_quantity=line.missing,
                    short_reason=line.short.reason_code if line.short else None,
                )
            )
        return PickSummary(self.picking_id, self.picking_name, self.short_policy, tuple(moves))

    def close(self) -> PickSummary:
        """Finish the pick (ready, or ready with shorts). Refuses while lines are open."""
        open_lines = [line for line in self.lines if not line.resolved]
        if open_lines:
            names = ", ".join(line.progress() for line in open_lines)
            raise ValueError(f"{self.picking_name} still has lines to pick: {names}")
        self.closed = True
        return self.summary()

    def reopen(self) -> None:
        self.closed = False

    # -- persistence ---------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "v": SESSION_VERSION,
            "picking_id": self.picking_id,
            "picking_name": self.picking_name,
            "short_policy": str(self.short_policy),
            "short_reasons": [
                {"code": r.code, "label": r.label, "needs_note": r.needs_note}
                for r in self.short_reasons
            ],
            "allow_unknown_lots": self.allow_unknown_lots,
            "stale_claim_after_s": self.stale_claim_after.total_seconds(),
            "claim": self.claim.to_dict() if self.claim else None,
            "closed": self.closed,
            "lines": [line.to_dict() for line in self.lines],
            "history": [
                {"move_id": m, "before": before, "what": what} for m, before, what in self._history
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PickSession:
        version = data.get("v")
        if version != SESSION_VERSION:
            raise ValueError(f"pick session format {version!r} is not supported")
        session = cls(
            int(data["picking_id"]),
            str(data["picking_name"]),
            [PickLine.from_dict(line) for line in data["lines"]],
            short_policy=ShortPolicy(data["short_policy"]),
            short_reasons=[ShortReason(**r) for r in data["short_reasons"]],
            allow_unknown_lots=bool(data.get("allow_unknown_lots", False)),
            stale_claim_after=timedelta(seconds=float(data.get("stale_claim_after_s", 1800))),
        )
        session.claim = Claim.from_dict(data["claim"]) if data.get("claim") else None
        session.closed = bool(data.get("closed", False))
        session._history = [(int(h["move_id"]), h["before"], h["what"]) for h in data["history"]]
        return session
