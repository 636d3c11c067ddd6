"""Facts for the manager dashboard, read from the journal and the cache (works offline).

Each reader returns plain storeapp.core.kpi facts for the last `days` days; the arithmetic is in
storeapp/core/kpi.py. Sources:

- click-and-collect: audit entries pick.claimed / pick.ready / pick.collected (subject
  "picking:<id>"), the short lines of `picking.set_picked` ops, and the sale order date of the
  cached picking;
- returns: the return work sessions (taken or refused, with their record), return.override
  audit entries and the `return.create` ops Odoo confirmed;
- counts: count.submitted audit entries (one line per adjustment, with its route), the value of
  `count.apply` ops, and ops still waiting for a manager;
- technical: the outbox, op.failed audit entries, sync cursors and the webhook queue.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, select

from storeapp.core import kpi
from storeapp.core.ops import COUNT_APPLY, PICKING_SET_PICKED, RETURN_CREATE
from storeapp.core.quantities import qty_is_zero
from storeapp.offline import store_figures
from storeapp.offline.cache_models import Picking, SaleOrder
from storeapp.offline.clock import from_iso, to_iso, utcnow
from storeapp.offline.journal_models import AuditEntry, Op, OpState, WorkSession
from storeapp.offline.store import Readable, Writable
from storeapp.offline.store_figures import parse_time
from storeapp.offline.webhooks_repo import WebhooksRepo

_PICK_ACTIONS = ("pick.claimed", "pick.ready", "pick.collected")


def _picking_id(subject: str | None) -> int | None:
    try:
        return int((subject or "").split(":", 1)[1])
    except (IndexError, ValueError):
        return None


class KpiRepo:
    """Reads the facts behind the dashboard's numbers."""

    def __init__(
        self, journal: Writable, cache: Readable, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.journal = journal
        self.cache = cache
        self.clock = clock

    def _since(self, days: int) -> str:
        return to_iso(self.clock() - timedelta(days=days))

    # ------------------------------------------------------------------ click-and-collect

    def orders(self, days: int = 31) -> list[kpi.OrderFact]:
        since = self._since(days)
        steps: dict[int, dict[str, datetime]] = {}
        shorts: dict[int, tuple[str, ...]] = {}
        with self.journal.read() as s:
            rows = s.execute(
                select(AuditEntry.action, AuditEntry.subject, AuditEntry.at)
                .where(AuditEntry.action.in_(_PICK_ACTIONS), AuditEntry.at >= since)
                .order_by(AuditEntry.seq)
            ).all()
            for action, subject, at in rows:
                pid = _picking_id(subject)
                if pid is None:
                    continue
                mine = steps.setdefault(pid, {})
                if action == "pick.claimed":
                    mine.setdefault(action, from_iso(at))  # the pick started at the first claim
                else:
                    mine[action] = from_iso(at)  # the last time it became ready / collected
            for payload in s.scalars(
                select(Op.payload)
                .where(Op.kind == PICKING_SET_PICKED, Op.created_at >= since)
                .order_by(Op.seq)
            ):
                body = json.loads(payload)
                shorts[int(body["picking_id"])] = tuple(
                    sorted(
                        {
                            m["short_reason"]
                            for m in body.get("moves", [])
                            if m.get("short_reason") and (m.get("short_quantity") or 0) > 0
                        }
                    )
                )
        ordered: dict[int, datetime | None] = {}
        odoo_since = (self.clock() - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S")
        with self.cache.read() as s:
            sales = s.execute(
                select(Picking.id, SaleOrder.date_order)
                .join(SaleOrder, SaleOrder.id == Picking.sale_id)
                .where(
                    Picking.picking_type_code == "outgoing",
                    Picking.return_id.is_(None),
                    (SaleOrder.date_order >= odoo_since) | Picking.id.in_(list(steps)),
                )
            ).all()
            for pid, date_order in sales:
                ordered[pid] = parse_time(date_order)
        facts = []
        for pid in sorted(set(steps) | set(ordered)):
            mine = steps.get(pid, {})
            facts.append(
                kpi.OrderFact(
                    pid,
                    ordered_at=ordered.get(pid),
                    started_at=mine.get("pick.claimed"),
                    ready_at=mine.get("pick.ready"),
                    collected_at=mine.get("pick.collected"),
                    short_reasons=shorts.get(pid, ()),
                )
            )
        return facts

    def overdue_now(self) -> int:
        return store_figures.overdue_orders(self.cache, self.clock())

    # ------------------------------------------------------------------ returns

    def returns(self, days: int = 31) -> list[kpi.ReturnFact]:
        since = self._since(days)
        with self.journal.read() as s:
            sessions = s.execute(
                select(
                    WorkSession.uuid, WorkSession.state, WorkSession.data, WorkSession.created_at
                )
                .where(
                    WorkSession.kind == "return",
                    WorkSession.state.in_(("confirmed", "refused")),
                    WorkSession.created_at >= since,
                )
                .order_by(WorkSession.id)
            ).all()
            overridden = set(
                s.scalars(
                    select(AuditEntry.subject).where(
                        AuditEntry.action == "return.override", AuditEntry.at >= since
                    )
                )
            )
            done = dict(
                s.execute(
                    select(Op.uuid, Op.done_at).where(
                        Op.kind == RETURN_CREATE, Op.created_at >= since
                    )
                ).all()
            )
        facts = []
        for reference, state, data, created in sessions:
            record = json.loads(data or "{}")
            lines = (record.get("request") or {}).get("lines") or []
            op_uuids = record.get("op_uuids") or []
            # Confirmed in Odoo when every op of the return is done: at the last one's moment.
            finished = [t for u in op_uuids if (t := done.get(u))]
            all_done = op_uuids and len(finished) == len(op_uuids)
            confirmed = max(from_iso(t) for t in finished) if all_done else None
            facts.append(
                kpi.ReturnFact(
                    at=from_iso(created),
                    taken=state == "confirmed",
                    value=float(record.get("total") or 0),
                    overridden=f"return:{reference}" in overridden,
                    reasons=tuple(ln["reason_code"] for ln in lines if ln.get("reason_code")),
                    confirmed_at=confirmed,
                )
            )
        return facts

    # ------------------------------------------------------------------ counts

    def count_lines(self, days: int = 31) -> list[kpi.CountLineFact]:
        with self.journal.read() as s:
            rows = s.execute(
                select(AuditEntry.at, AuditEntry.details).where(
                    AuditEntry.action == "count.submitted", AuditEntry.at >= self._since(days)
                )
            ).all()
        return [
            kpi.CountLineFact(
                from_iso(at),
                within_tolerance=line.get("route") == "auto",
                exact=qty_is_zero(float(line.get("difference") or 0.0)),
            )
            for at, details in rows
            for line in json.loads(details or "{}").get("lines", [])
        ]

    def adjustments(self, days: int = 31) -> list[kpi.AdjustmentFact]:
        with self.journal.read() as s:
            rows = s.execute(
                select(Op.created_at, Op.payload).where(
                    Op.kind == COUNT_APPLY,
                    Op.created_at >= self._since(days),
                    Op.state.not_in((OpState.REJECTED.value, OpState.CANCELLED.value)),
                )
            ).all()
        return [
            kpi.AdjustmentFact(from_iso(at), float(json.loads(p).get("value_impact") or 0))
            for at, p in rows
        ]

    def approvals_waiting_since(self) -> list[datetime]:
        with self.journal.read() as s:
            rows = s.scalars(
                select(Op.created_at).where(Op.state == OpState.PENDING_APPROVAL.value)
            ).all()
        return [from_iso(t) for t in rows]

    # ------------------------------------------------------------------ technical

    def technical(self, period_start: datetime) -> kpi.TechnicalKpis:
        now = self.clock()
        waiting = (OpState.QUEUED.value, OpState.SENDING.value, OpState.FAILED.value)
        with self.journal.read() as s:
            by_state = dict(s.execute(select(Op.state, func.count()).group_by(Op.state)).all())
            oldest = s.scalar(
                select(func.min(Op.created_at)).where(
                    Op.state.in_((*waiting, OpState.PARKED.value))
                )
            )
            failures = s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "op.failed", AuditEntry.at >= to_iso(period_start))
            )
        oldest_at = from_iso(oldest)
        hooks = WebhooksRepo(self.journal, None, clock=self.clock).stats().by_state
        return kpi.TechnicalKpis(
            outbox_depth=sum(by_state.get(st, 0) for st in (*waiting, OpState.PARKED.value)),
            oldest_waiting_minutes=(now - oldest_at).total_seconds() / 60 if oldest_at else None,
            parked=by_state.get(OpState.PARKED.value, 0),
            sync_failures=int(failures or 0),
            last_sync=[
                kpi.ModelSync(f.model, f.last_success_at)
                for f in store_figures.freshness(self.cache)
            ],
            webhooks_waiting=hooks.get("pending", 0),
            webhooks_failed=hooks.get("refused", 0) + hooks.get("expired", 0),
        )

    # ------------------------------------------------------------------ the whole page

    def dashboards(self, day_start: datetime) -> list[kpi.Dashboard]:
        """Today (from the store's midnight `day_start`), 7 and 30 days: one read of each
        source, then the arithmetic per period."""
        now = self.clock()
        orders, overdue = self.orders(), self.overdue_now()
        returns, lines, adjustments = self.returns(), self.count_lines(), self.adjustments()
        waiting = self.approvals_waiting_since()
        boards = []
        for period in kpi.periods(now, day_start):
            boards.append(
                kpi.Dashboard(
                    period,
                    kpi.click_collect(orders, period, overdue=overdue),
                    kpi.returns(returns, period),
                    kpi.counts(
                        lines, period, adjustments=adjustments, waiting_since=waiting, now=now
                    ),
                    self.technical(period.start),
                )
            )
        return boards
