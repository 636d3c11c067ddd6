"""Read-only figures from the cache: what it holds, how fresh it is, how many orders are late.

Each function answers one question the shell, the sync page or the dashboard asks ("has this PC
synced yet?", "how many click-and-collect orders are past their promised time?") with plain counts
read straight from the database. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from storeapp.offline.cache_models import Employee, Picking, Product, SyncCursor, Warehouse
from storeapp.offline.store import Readable

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
class CacheFacts:
    """How much Odoo data this PC holds and when it last synced."""

    products: int = 0
    employees: int = 0
    last_sync_at: datetime | None = None
    models_synced: int = 0

    @property
    def empty(self) -> bool:
        return self.products == 0 and self.models_synced == 0


def overdue_orders(cache: Readable, now: datetime) -> int:
    """Click-and-collect orders still open whose promised time (deadline, else scheduled) passed."""
    deadline = func.coalesce(Picking.date_deadline, Picking.scheduled_date)
    with cache.read() as s:
        overdue = s.scalar(
            select(func.count())
            .select_from(Picking)
            .where(
                Picking.picking_type_code == "outgoing",
                Picking.state.in_(OPEN_PICKING_STATES),
                deadline < _odoo_time(now),
            )
        )
    return int(overdue or 0)


def warehouse_name(cache: Readable, code: str) -> str | None:
    """Odoo's name of the store's warehouse, once a sync brought it."""
    with cache.read() as s:
        return s.scalar(select(Warehouse.name).where(Warehouse.code == code))


def cache_facts(cache: Readable) -> CacheFacts:
    """What the shell needs to tell a never-synced PC from a synced one."""
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


def freshness(cache: Readable) -> list[ModelFreshness]:
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
