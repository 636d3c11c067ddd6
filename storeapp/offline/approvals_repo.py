"""The manager's approval inbox: ops waiting for a decision, and the decisions.

Waiting items are outbox ops in `pending_approval` (stock adjustments from counts and return
exceptions). Each comes with what a manager needs to decide — product, location, expected,
counted, difference, value, who counted, the recount history, how long it has waited — and,
for a count, the sentence that states how the adjustment will land given the stock the cache
knows now ("counted 9 at 10:02, system showed 12, 2 sold since: adjusting −3 from 10 to 7").

Decisions go through `Outbox.approve/reject`, which record the approval and the audit entry in
the op's own transaction, so they work offline and reach Odoo at the next push. Nobody
approves a count they took part in (core rule `check_approver`), nor their own return.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from storeapp.core import ops
from storeapp.core.count_review import Employee, check_approver, explain
from storeapp.core.message_data import message_from
from storeapp.core.quantities import Quantity, money, round_qty
from storeapp.core.store_clock import store_zone
from storeapp.core.text import Message, msg
from storeapp.offline import audit
from storeapp.offline.cache import CacheStore
from storeapp.offline.clock import from_iso, utcnow
from storeapp.offline.journal_models import Approval, Op, OpState
from storeapp.offline.outbox import Actor, Outbox, OutboxError
from storeapp.offline.store import Writable

log = logging.getLogger(__name__)

KINDS = (ops.COUNT_APPLY, ops.RETURN_CREATE)


@dataclass(frozen=True)
class RecountAttempt:
    counted: float
    snapshot_qty: float
    counted_by: str
    at: datetime | None


@dataclass(frozen=True)
class ApprovalItem:
    """One decision waiting in the inbox."""

    op_uuid: str
    kind: str  # count.apply | return.create
    product: str
    location: str
    expected: float | None  # the system quantity the count was judged against
    counted: float | None
    difference: float | None
    value_impact: Decimal
    counter: str
    counter_ids: tuple[int, ...]  # everyone who counted (or recorded) it: none may approve
    history: tuple[RecountAttempt, ...]
    requested_at: datetime
    reasons: tuple[str, ...]
    explanation: str
    lot: str | None = None

    def age_seconds(self, now: datetime) -> float:
        return max(0.0, (now - self.requested_at).total_seconds())


@dataclass(frozen=True)
class Decision:
    """What one bulk approve or reject did: decided op uuids and refusals with reasons."""

    decided: tuple[str, ...] = ()
    refused: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (op uuid, message)


def _moment(text: Any) -> datetime | None:
    """An ISO time from a payload; empty or damaged reads as unknown (None)."""
    if not text or not isinstance(text, str):
        return None
    try:
        return from_iso(text)
    except ValueError:
        return None


def _unreadable_item(op: Op, error: Exception) -> ApprovalItem:
    """An inbox line for an op whose saved details cannot be read: shown, never hidden."""
    return ApprovalItem(
        op_uuid=op.uuid,
        kind=op.kind,
        product=msg("(details cannot be read)"),
        location=op.aggregate,
        expected=None,
        counted=None,
        difference=None,
        value_impact=Decimal("0"),
        counter=op.actor_name or "",
        counter_ids=(op.actor_id,) if op.actor_id is not None else (),
        history=(),
        requested_at=_moment(op.created_at) or datetime.now(UTC),
        reasons=(),
        explanation=msg(
            "This saved change is damaged and cannot be shown ({error}). Reject it, and do the "
            "work again if it is still needed.",
            error=f"{type(error).__name__}: {error}",
        ),
    )


def _reasons(payload: dict[str, Any]) -> tuple[str, ...]:
    """Why a manager must look, translatable when the op kept the reasons' templates (ops
    saved before that keep their English)."""
    kept = payload.get("reason_texts")
    if isinstance(kept, list) and len(kept) == len(payload.get("reasons", [])):
        return tuple(message_from(r) for r in kept)
    return tuple(str(r) for r in payload.get("reasons", []))


def _return_explanation(quantity: Quantity, delivery: str | None, reason: str) -> Message:
    units = msg("{n} unit", n=quantity) if float(quantity) == 1 else msg("{n} units", n=quantity)
    if not delivery:
        told = msg("return of {units} from a delivery", units=units)
    else:
        told = msg("return of {units} from {delivery}", units=units, delivery=delivery)
    return msg("{told}: {reason}", told=told, reason=reason) if reason else told


class ApprovalsRepo:
    """Reads the inbox from the journal (and current stock from the cache); decides via the
    outbox."""

    def __init__(
        self,
        journal: Writable,
        outbox: Outbox,
        cache: CacheStore | None = None,
        clock: Callable[[], datetime] = utcnow,
        tz: tzinfo | None = None,
    ) -> None:
        self.journal = journal
        self.outbox = outbox
        self.cache = cache
        self.clock = clock
        # Times in the explanation are the store's wall clock (store.timezone; the app passes
        # it), this PC's zone only when none is given.
        self.tz = tz or store_zone(None)

    def _server_qty(self, payload: dict[str, Any]) -> float | None:
        if self.cache is None:
            return None
        from storeapp.offline.counts_repo import CountsRepo  # same package, avoids a cycle

        repo = CountsRepo(self.cache, self.journal, self.outbox)
        # What Odoo has (as last pulled): this PC's unsent counts are not in it yet.
        return repo.cached_quantity(
            payload["location_id"], payload["product_id"], payload.get("lot_id")
        )

    def _count_item(self, op: Op, approval: Approval | None) -> ApprovalItem:
        p = json.loads(op.payload)
        counted = round_qty(float(p["counted"]))
        snapshot = round_qty(float(p["snapshot_qty"]))
        history = tuple(
            RecountAttempt(
                float(a.get("counted", 0.0)),
                float(a.get("snapshot_qty", 0.0)),
                str(a.get("counted_by_name", "")),
                from_iso(a.get("last_at")),
            )
            for a in p.get("attempts", [])
        )
        counted_at = _moment(p.get("counted_at")) or from_iso(op.created_at)
        current = self._server_qty(p)
        explanation = explain(
            counted, counted_at, snapshot, snapshot if current is None else current, self.tz
        )
        counters = tuple(int(c) for c in p.get("counters", []) if c is not None)
        if op.actor_id is not None and op.actor_id not in counters:
            counters += (op.actor_id,)
        value = p.get("value_impact")
        if value is None and approval is not None and approval.value_impact is not None:
            value = approval.value_impact
        return ApprovalItem(
            op_uuid=op.uuid,
            kind=op.kind,
            product=p.get("product_name") or f"product #{p['product_id']}",
            location=p.get("location_name") or f"location #{p['location_id']}",
            expected=snapshot,
            counted=counted,
            difference=round_qty(counted - snapshot),
            value_impact=money(value or 0),
            counter=op.actor_name or p.get("counted_by") or "",
            counter_ids=counters,
            history=history,
            requested_at=from_iso(op.created_at),
            reasons=_reasons(p),
            explanation=explanation,
            lot=p.get("lot_name"),
        )

    def _return_item(self, op: Op, approval: Approval | None) -> ApprovalItem:
        p = json.loads(op.payload)
        lines = p.get("lines", [])
        quantity = round_qty(sum(float(line.get("quantity", 0.0)) for line in lines))
        names = [
            str(line.get("product_name") or f"product #{line.get('product_id')}") for line in lines
        ]
        value = approval.value_impact if approval and approval.value_impact is not None else 0
        reason = p.get("reason") or ""
        return ApprovalItem(
            op_uuid=op.uuid,
            kind=op.kind,
            product=", ".join(names) or "—",
            location=p.get("delivery_name") or f"delivery #{p.get('delivery_id')}",
            expected=None,
            counted=quantity,
            difference=quantity,
            value_impact=money(value),
            counter=op.actor_name or "",
            counter_ids=(op.actor_id,) if op.actor_id is not None else (),
            history=(),
            requested_at=from_iso(op.created_at),
            reasons=(reason,) if reason else (),
            explanation=_return_explanation(Quantity(quantity), p.get("delivery_name"), reason),
        )

    def pending(self) -> list[ApprovalItem]:
        """Every op waiting for a manager, oldest first."""
        with self.journal.read() as j:
            rows = j.scalars(
                select(Op)
                .where(Op.state == OpState.PENDING_APPROVAL.value, Op.kind.in_(KINDS))
                .order_by(Op.seq)
            ).all()
            approvals = {
                a.op_uuid: a
                for a in j.scalars(
                    select(Approval).where(
                        Approval.op_uuid.in_([r.uuid for r in rows]), Approval.decision.is_(None)
                    )
                )
            }
        items = []
        for row in rows:
            approval = approvals.get(row.uuid)
            build = self._count_item if row.kind == ops.COUNT_APPLY else self._return_item
            try:
                items.append(build(row, approval))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                # One damaged op must not hide the others: it is listed, readable or not, so
                # a manager can reject it (nothing is dropped without a person deciding).
                log.warning("approval item %s (%s) cannot be read: %r", row.uuid, row.kind, exc)
                items.append(_unreadable_item(row, exc))
        return items

    def _refusal(self, item: ApprovalItem, approver: Employee) -> str | None:
        refused = check_approver(approver, item.counter_ids)
        return f"{refused.message} {refused.action}" if refused else None

    def approve(self, op_uuids: Sequence[str], approver: Employee, note: str = "") -> Decision:
        """Approve each op the approver may approve; the others are refused with a reason.
        Each approval is its own transaction, so one refusal does not undo the others."""
        return self._decide(op_uuids, approver, note, approve=True)

    def reject(self, op_uuids: Sequence[str], approver: Employee, note: str) -> Decision:
        """Reject with a note saying why (required). Rejected ops are never sent."""
        if not note.strip():
            raise ValueError("A rejection needs a note saying why, for the person who counted.")
        return self._decide(op_uuids, approver, note, approve=False)

    def _decide(
        self, op_uuids: Sequence[str], approver: Employee, note: str, *, approve: bool
    ) -> Decision:
        items = {i.op_uuid: i for i in self.pending()}
        actor = Actor(approver.id, approver.name)
        decided, refused = [], []
        for op_uuid in op_uuids:
            item = items.get(op_uuid)
            if item is None:
                refused.append((op_uuid, "This item was already decided or is gone."))
                continue
            if approve:
                problem = self._refusal(item, approver)
            elif not approver.is_manager:
                problem = f"{approver.name} is not a manager. Ask a manager to sign in."
            else:
                problem = None
            if problem:
                refused.append((op_uuid, problem))
                # A refused attempt is part of the story too (who tried to approve what).
                with self.journal.write() as j:
                    audit.append(
                        j,
                        actor,
                        "op.approval_refused",
                        f"op:{op_uuid}",
                        {"decision": "approve" if approve else "reject", "reason": problem},
                        at=self.clock(),
                    )
                continue
            try:
                if approve:
                    self.outbox.approve(op_uuid, actor, note.strip() or None)
                else:
                    self.outbox.reject(op_uuid, actor, note.strip())
            except OutboxError as exc:
                refused.append((op_uuid, str(exc)))
                continue
            decided.append(op_uuid)
        return Decision(tuple(decided), tuple(refused))
