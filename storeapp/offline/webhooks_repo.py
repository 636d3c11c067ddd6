"""The webhook delivery queue in the journal, and the facts events are derived from.

Events are not emitted by the screens: `collect` reads what the journal already records — new
audit entries past a cursor (pick.ready, return.refused, return.override, op.enqueued /
op.approved of count adjustments, op.parked) — plus two states (orders past their promised
time in the cache; an outbox that stopped draining) and queues one delivery per interested
endpoint. Event ids derive from the fact, and (event, endpoint) is unique, so scanning the same
fact twice queues it once. The cursor moves in the same transaction as the rows it produced.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from storeapp.core import webhooks as wh
from storeapp.core.ops import COUNT_APPLY
from storeapp.offline import odoo_key
from storeapp.offline.cache_models import Picking
from storeapp.offline.clock import from_iso, to_iso, utcnow
from storeapp.offline.journal_models import AuditEntry, JournalMeta, Op, OpState, WebhookDelivery
from storeapp.offline.store import Readable, Writable

CURSOR_KEY = "webhooks.audit_seq"
PENDING, DELIVERED, REFUSED, EXPIRED = "pending", "delivered", "refused", "expired"
_OPEN_PICKING = ("draft", "waiting", "confirmed", "assigned")
_WAITING = (OpState.QUEUED.value, OpState.SENDING.value, OpState.FAILED.value)


@dataclass(frozen=True)
class Delivery:
    """A queued delivery as the sender needs it."""

    id: int
    event_uuid: str
    event_type: str
    endpoint: str
    body: bytes
    attempts: int
    created_at: datetime


@dataclass(frozen=True)
class QueueStats:
    """How the webhook queue stands, for the dashboard and the support bundle."""

    by_state: dict[str, int]
    oldest_pending_at: datetime | None
    last_error: str | None


# One event found: (webhook type, its data, the source that names it once, when it happened).
Found = tuple[str, dict[str, Any], str, datetime]


def _subject_id(subject: str | None) -> int | None:
    if not subject or ":" not in subject:
        return None
    try:
        return int(subject.split(":", 1)[1])
    except ValueError:
        return None


def _odoo_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


class WebhooksRepo:
    """Queue and cursor of webhook events (journal), reading facts from journal and cache."""

    def __init__(
        self, journal: Writable, cache: Readable | None, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.journal = journal
        self.cache = cache
        self.clock = clock

    # ------------------------------------------------------------------ deriving events

    def _picking_names(self, ids: set[int]) -> dict[int, str]:
        if not ids or self.cache is None:
            return {}
        with self.cache.read() as s:
            rows = s.execute(select(Picking.id, Picking.name).where(Picking.id.in_(ids))).all()
        return {r[0]: r[1] for r in rows}

    def _from_audit(self, entries: Sequence[AuditEntry], ops: dict[str, Op]) -> list[Found]:
        """(type, data, source, occurred_at) for each audit entry that is an event."""
        picking_ids = {
            pid for e in entries if e.action == "pick.ready" for pid in [_subject_id(e.subject)]
        }
        names = self._picking_names({p for p in picking_ids if p})
        found = []
        for e in entries:
            details = json.loads(e.details or "{}")
            at = from_iso(e.at) or self.clock()
            source = f"audit:{e.hash}"
            op_uuid = (e.subject or "").removeprefix("op:")
            op = ops.get(op_uuid)
            payload = json.loads(op.payload) if op is not None else {}
            if e.action == "pick.ready":
                pid = _subject_id(e.subject)
                data = {
                    "picking_id": pid,
                    "order": names.get(pid or 0),
                    "units": details.get("units"),
                    "short_lines": len(details.get("missing") or []),
                    "picked_by_employee_id": e.actor_id,
                }
                found.append((wh.PICKUP_READY, data, source, at))
            elif e.action == "return.refused":
                data = {
                    "reference": (e.subject or "").removeprefix("return:"),
                    "order": details.get("order"),
                    "level": details.get("level"),
                    "policy_version": details.get("policy_version"),
                    "reasons": details.get("reasons") or [],
                }
                found.append((wh.RETURN_REFUSED, data, source, at))
            elif e.action == "return.override":
                data = {
                    "reference": (e.subject or "").removeprefix("return:"),
                    "level": details.get("level"),
                    "approver_employee_id": e.actor_id,
                }
                found.append((wh.RETURN_OVERRIDE, data, source, at))
            elif e.action in ("op.enqueued", "op.approved") and details.get("kind") == COUNT_APPLY:
                if e.action == "op.enqueued" and details.get("state") != "pending_approval":
                    continue
                data = {
                    "op_uuid": op_uuid,
                    "product_id": payload.get("product_id"),
                    "location_id": payload.get("location_id"),
                    "lot_id": payload.get("lot_id"),
                    "difference": payload.get("difference"),
                }
                if e.action == "op.enqueued":
                    data["counted_by_employee_id"] = op.actor_id if op is not None else None
                    found.append((wh.COUNT_ADJUSTMENT_PENDING, data, source, at))
                else:
                    data["approver_employee_id"] = e.actor_id
                    found.append((wh.COUNT_ADJUSTMENT_APPROVED, data, source, at))
            elif e.action == "op.parked":
                data = {
                    "op_uuid": op_uuid,
                    "kind": details.get("kind"),
                    "aggregate": op.aggregate if op is not None else None,
                    "reason": details.get("reason"),
                    "action": details.get("action"),
                }
                found.append((wh.OUTBOX_PARKED, data, source, at))
        return found

    def _overdue(self, now: datetime) -> list[Found]:
        if self.cache is None:
            return []
        deadline = func.coalesce(Picking.date_deadline, Picking.scheduled_date)
        with self.cache.read() as s:
            rows = s.execute(
                select(Picking.id, Picking.name, deadline).where(
                    Picking.picking_type_code == "outgoing",
                    Picking.state.in_(_OPEN_PICKING),
                    deadline < _odoo_time(now),
                )
            ).all()
        found = []
        for pid, name, promised in rows:
            promised_at = datetime.fromisoformat(promised).replace(tzinfo=now.tzinfo)
            data = {
                "picking_id": pid,
                "order": name,
                "promised_at": promised_at.isoformat(),
                "overdue_minutes": int((now - promised_at).total_seconds() // 60),
            }
            found.append((wh.PICKUP_OVERDUE, data, f"overdue:{pid}:{promised}", now))
        return found

    @staticmethod
    def _key_expiring(s: Session, now: datetime) -> list[Found]:
        """The device key expires within 14 days: one event per expiry date."""
        row = s.get(JournalMeta, odoo_key.META_KEY)
        if row is None or row.value == odoo_key.NEVER:
            return []
        expires_at = datetime.fromisoformat(row.value)
        days = odoo_key.days_left_to_warn(expires_at, now)
        if days is None:
            return []
        data = {"expires_at": expires_at.isoformat(), "days_left": days}
        return [(wh.ODOO_KEY_EXPIRING, data, f"odoo-key:{row.value}", now)]

    def _degraded(self, s: Session, now: datetime, after: timedelta) -> list[Found]:
        """One event per episode: an episode is named by the oldest op still waiting."""
        oldest = s.execute(
            select(Op.uuid, Op.created_at).where(Op.state.in_(_WAITING)).order_by(Op.seq).limit(1)
        ).first()
        if oldest is None:
            return []
        created = from_iso(oldest[1]) or now
        if now - created < after:
            return []
        by_state = dict(s.execute(select(Op.state, func.count()).group_by(Op.state)).all())
        data = {
            "waiting_ops": sum(by_state.get(st, 0) for st in _WAITING),
            "failed_ops": by_state.get(OpState.FAILED.value, 0),
            "parked_ops": by_state.get(OpState.PARKED.value, 0),
            "oldest_waiting_minutes": int((now - created).total_seconds() // 60),
        }
        return [(wh.SYNC_DEGRADED, data, f"degraded:{oldest[0]}", now)]

    def collect(
        self,
        endpoints: Sequence[wh.Endpoint],
        *,
        device_id: str,
        store: str = "",
        degraded_after: timedelta = timedelta(minutes=15),
        limit: int = 500,
    ) -> int:
        """Queue deliveries for new facts; returns how many rows were added. On the very first
        run the cursor starts at the end of the audit chain (history is not replayed)."""
        now = self.clock()
        overdue = self._overdue(now)
        with self.journal.write() as s:
            meta = s.get(JournalMeta, CURSOR_KEY)
            last_seq = s.scalar(select(func.max(AuditEntry.seq))) or 0
            if meta is None:
                s.add(JournalMeta(key=CURSOR_KEY, value=str(last_seq)))
                entries: list[AuditEntry] = []
            else:
                entries = list(
                    s.scalars(
                        select(AuditEntry)
                        .where(AuditEntry.seq > int(meta.value))
                        .order_by(AuditEntry.seq)
                        .limit(limit)
                    )
                )
                if entries:
                    meta.value = str(entries[-1].seq)
            uuids = [(e.subject or "")[3:] for e in entries if (e.subject or "").startswith("op:")]
            ops = {o.uuid: o for o in s.scalars(select(Op).where(Op.uuid.in_(uuids)))}
            events = self._from_audit(entries, ops) + overdue
            events += self._degraded(s, now, degraded_after)
            events += self._key_expiring(s, now)
            added = 0
            for type_, data, source, at in events:
                event = wh.make_event(
                    type_, data, device_id=device_id, source=source, occurred_at=at, store=store
                )
                body = event.body().decode("utf-8")
                for endpoint in endpoints:
                    if not endpoint.wants(type_):
                        continue
                    # An INSERT answers a CursorResult (with rowcount); Session.execute is
                    # typed for any statement, so it says Result.
                    result = cast(
                        "CursorResult[Any]",
                        s.execute(
                            insert(WebhookDelivery)
                            .values(
                                event_uuid=event.id,
                                event_type=type_,
                                endpoint=endpoint.name,
                                body=body,
                                state=PENDING,
                                attempts=0,
                                next_attempt_at=to_iso(now),
                                created_at=to_iso(now),
                            )
                            .on_conflict_do_nothing()
                        ),
                    )
                    added += result.rowcount or 0
        return added

    # ------------------------------------------------------------------ the queue

    def due(self, now: datetime | None = None, limit: int = 50) -> list[Delivery]:
        """Pending deliveries whose time has come, oldest first."""
        moment = to_iso(now or self.clock())
        with self.journal.read() as s:
            rows = s.scalars(
                select(WebhookDelivery)
                .where(WebhookDelivery.state == PENDING, WebhookDelivery.next_attempt_at <= moment)
                .order_by(WebhookDelivery.id)
                .limit(limit)
            ).all()
            return [
                Delivery(
                    r.id,
                    r.event_uuid,
                    r.event_type,
                    r.endpoint,
                    r.body.encode("utf-8"),
                    r.attempts,
                    from_iso(r.created_at) or self.clock(),
                )
                for r in rows
            ]

    def record(
        self,
        delivery_id: int,
        outcome: str,
        *,
        status: int | None = None,
        error: str | None = None,
        retry_in: float = 0.0,
    ) -> None:
        """Store an attempt's outcome: "delivered", "retry", "refused" or "expired"."""
        now = self.clock()
        with self.journal.write() as s:
            row = s.get(WebhookDelivery, delivery_id)
            if row is None:
                return
            row.attempts += 1
            row.last_status = status
            row.last_error = error
            if outcome == "delivered":
                row.state = DELIVERED
                row.delivered_at = to_iso(now)
                row.next_attempt_at = None
            elif outcome == "retry":
                row.next_attempt_at = to_iso(now + timedelta(seconds=retry_in))
            else:
                row.state = REFUSED if outcome == "refused" else EXPIRED
                row.next_attempt_at = None

    def stats(self) -> QueueStats:
        with self.journal.read() as s:
            by_state = dict(
                s.execute(
                    select(WebhookDelivery.state, func.count()).group_by(WebhookDelivery.state)
                ).all()
            )
            oldest = s.scalar(
                select(func.min(WebhookDelivery.created_at)).where(WebhookDelivery.state == PENDING)
            )
            error = s.scalar(
                select(WebhookDelivery.last_error)
                .where(WebhookDelivery.last_error.is_not(None))
                .order_by(WebhookDelivery.id.desc())
                .limit(1)
            )
        return QueueStats(by_state, from_iso(oldest), error)
