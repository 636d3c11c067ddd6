"""Read-only figures for the app shell's overview pages, straight from the two databases.

Each function answers one question a store person asks ("how many orders are waiting to be
picked?") with plain counts, so the pages can show live numbers before — and beside — the full
workflow screens. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select

from storeapp.offline.cache_models import (
    Employee,
    Picking,
    Product,
    Quant,
    SyncCursor,
    Warehouse,
)
from storeapp.offline.journal_models import Op, OpState, WorkSession
from storeapp.offline.outbox import WAITING_FOR_ODOO

OPEN_PICKING_STATES = ("draft", "waiting", "confirmed", "assigned")


def parse_time(text: str | None) -> datetime | None:
    """A stored timestamp (ISO or Odoo's format), as aware UTC; None when absent or unreadable."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _odoo_time(moment: datetime) -> str:
    """Odoo's "YYYY-MM-DD HH:MM:SS" UTC text, comparable with cached dates as strings."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class ClickCollectFigures:
    """Click-and-collect orders of the store by where they stand."""

    to_pick: int = 0  # waiting or confirmed: not all stock reserved yet, or not started
    ready_to_pick: int = 0  # assigned: stock reserved, can be picked now
    overdue: int = 0  # promised time passed and not done
    done_today: int = 0
    in_progress_here: int = 0  # pick sessions open on this PC
    waiting_to_send: int = 0  # picking ops not yet in Odoo


@dataclass(frozen=True)
class ReturnFigures:
    """What the returns desk has to work with and what waits."""

    returnable_deliveries: int = 0  # done deliveries in the cache (the window the sync keeps)
    returns_in_odoo: int = 0
    open_here: int = 0
    waiting_to_send: int = 0
    needs_approval: int = 0


@dataclass(frozen=True)
class CountFigures:
    """Count requests from Odoo and counts in progress or waiting."""

    requests: int = 0  # quants with a scheduled count date up to today
    overdue_requests: int = 0
    open_here: int = 0
    waiting_approval: int = 0
    waiting_to_send: int = 0
    products: int = 0


@dataclass(frozen=True)
class ApprovalFigures:
    """Decisions waiting for a manager, by op kind."""

    pending: int = 0
    oldest_pending_at: datetime | None = None
    by_kind: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CacheFacts:
    """How much Odoo data this PC holds and when it last synced."""

    products: int = 0
    employees: int = 0
    last_sync_at: datetime | None = None
    models_synced: int = 0

    @property
    def empty(self) -> bool:
        return self.products == 0 and self.models_synced == 0


def _ops_by_kind_prefix(journal, prefix: str, states: tuple[str, ...]) -> int:
    with journal.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Op)
                .where(Op.kind.like(f"{prefix}%"), Op.state.in_(states))
            )
            or 0
        )


def _open_sessions(journal, kind: str) -> int:
    with journal.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(WorkSession)
                .where(WorkSession.kind == kind, WorkSession.state == "open")
            )
            or 0
        )


def click_collect(cache, journal, now: datetime) -> ClickCollectFigures:
    today = _odoo_time(now.replace(hour=0, minute=0, second=0, microsecond=0))
    stamp = _odoo_time(now)
    with cache.read() as s:
        outgoing = select(Picking.state, func.count()).where(
            Picking.picking_type_code == "outgoing"
        )
        by_state = dict(s.execute(outgoing.group_by(Picking.state)).all())
        deadline = func.coalesce(Picking.date_deadline, Picking.scheduled_date)
        overdue = s.scalar(
            select(func.count())
            .select_from(Picking)
            .where(
                Picking.picking_type_code == "outgoing",
                Picking.state.in_(OPEN_PICKING_STATES),
                deadline < stamp,
            )
        )
        done_today = s.scalar(
            select(func.count())
            .select_from(Picking)
            .where(
                Picking.picking_type_code == "outgoing",
                Picking.state == "done",
                Picking.date_done >= today,
            )
        )
    return ClickCollectFigures(
        to_pick=sum(by_state.get(k, 0) for k in ("draft", "waiting", "confirmed")),
        ready_to_pick=by_state.get("assigned", 0),
        overdue=int(overdue or 0),
        done_today=int(done_today or 0),
        in_progress_here=_open_sessions(journal, "pick"),
        waiting_to_send=_ops_by_kind_prefix(journal, "picking.", WAITING_FOR_ODOO),
    )


def returns(cache, journal, now: datetime) -> ReturnFigures:
    with cache.read() as s:
        deliveries = s.scalar(
            select(func.count())
            .select_from(Picking)
            .where(
                Picking.picking_type_code == "outgoing",
                Picking.state == "done",
                Picking.return_id.is_(None),
            )
        )
        done_returns = s.scalar(
            select(func.count()).select_from(Picking).where(Picking.return_id.is_not(None))
        )
    return ReturnFigures(
        returnable_deliveries=int(deliveries or 0),
        returns_in_odoo=int(done_returns or 0),
        open_here=_open_sessions(journal, "return"),
        waiting_to_send=_ops_by_kind_prefix(journal, "return.", WAITING_FOR_ODOO),
        needs_approval=_ops_by_kind_prefix(journal, "return.", (OpState.PENDING_APPROVAL,)),
    )


def counts(cache, journal, now: datetime) -> CountFigures:
    today = now.date().isoformat()
    with cache.read() as s:
        requested = select(func.count()).select_from(Quant).where(Quant.inventory_date.is_not(None))
        requests = s.scalar(requested.where(Quant.inventory_date <= today))
        overdue = s.scalar(requested.where(Quant.inventory_date < today))
        products = s.scalar(select(func.count()).select_from(Product).where(Product.active))
    return CountFigures(
        requests=int(requests or 0),
        overdue_requests=int(overdue or 0),
        open_here=_open_sessions(journal, "count"),
        waiting_approval=_ops_by_kind_prefix(journal, "count.", (OpState.PENDING_APPROVAL,)),
        waiting_to_send=_ops_by_kind_prefix(journal, "count.", WAITING_FOR_ODOO),
        products=int(products or 0),
    )


def approvals(journal) -> ApprovalFigures:
    with journal.read() as s:
        rows = s.execute(
            select(Op.kind, func.count(), func.min(Op.created_at))
            .where(Op.state == OpState.PENDING_APPROVAL)
            .group_by(Op.kind)
        ).all()
    oldest = min((r[2] for r in rows if r[2]), default=None)
    return ApprovalFigures(
        pending=sum(r[1] for r in rows),
        oldest_pending_at=parse_time(oldest),
        by_kind={r[0]: r[1] for r in rows},
    )


def warehouse_name(cache, code: str) -> str | None:
    """Odoo's name of the store's warehouse, once a sync brought it."""
    with cache.read() as s:
        return s.execute(select(Warehouse.name).where(Warehouse.code == code)).scalar()


def cache_facts(cache) -> CacheFacts:
    with cache.read() as s:
        products = s.scalar(select(func.count()).select_from(Product))
        employees = s.scalar(select(func.count()).select_from(Employee))
        synced = s.execute(select(SyncCursor.last_success_at).where(SyncCursor.initial_done)).all()
    stamps = [t for t in (parse_time(r[0]) for r in synced) if t]
    return CacheFacts(
        products=int(products or 0),
        employees=int(employees or 0),
        last_sync_at=max(stamps) if stamps else None,
        models_synced=len(synced),
    )


@dataclass(frozen=True)
class ModelFreshness:
    """One mirrored Odoo model: records held and last successful sync."""

    model: str
    records: int
    last_success_at: datetime | None
    initial_done: bool


def freshness(cache) -> list[ModelFreshness]:
    """Per mirrored Odoo model: how many records, and when it last synced."""
    with cache.read() as s:
        rows = s.execute(
            select(
                SyncCursor.model,
                SyncCursor.records,
                SyncCursor.last_success_at,
                SyncCursor.initial_done,
            ).order_by(SyncCursor.model)
        ).all()
    return [ModelFreshness(r[0], int(r[1] or 0), parse_time(r[2]), bool(r[3])) for r in rows]
