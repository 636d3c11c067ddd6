"""The click-and-collect queue: which of Odoo's pickings are this store's orders, and how far
this PC's own work has taken each of them.

Reads only. It joins what Odoo said (cache.sqlite: pickings, carriers, picking types) with the
work sessions and ops of this PC (journal.sqlite). Mixed into `ClickCollectRepo`
(storeapp.offline.click_collect_repo), which adds pick sessions and the ops they write.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from storeapp.core import click_collect as cc
from storeapp.core.cc_carriers import CarrierChoice, CarrierInfo, choose_carriers
from storeapp.core.ops import (
    PICKING_VALIDATE,
    SHORT_PICK_BACKORDER,
)
from storeapp.core.picking import PickSession
from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import (
    Carrier,
    Move,
    Partner,
    Picking,
    PickingType,
    SaleOrder,
    SyncCursor,
    Warehouse,
)
from storeapp.offline.clock import from_iso
from storeapp.offline.journal_models import Op, OpState, WorkSession
from storeapp.offline.outbox_records import park_text
from storeapp.offline.store import Writable

if TYPE_CHECKING:
    from storeapp.config import Config

log = logging.getLogger(__name__)

SESSION_KIND = "pick"


def subject_of(picking_id: int) -> str:
    return f"picking:{int(picking_id)}"


def _odoo_dt(value: str | None) -> datetime | None:
    """Odoo's "YYYY-MM-DD HH:MM:SS" (UTC) as an aware datetime."""
    if not value:
        return None
    try:
        return datetime.strptime(value[:19], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass(frozen=True)
class ClickCollectSettings:
    """The store settings this job reads (section [store] of the configuration)."""

    warehouse_code: str = ""
    mode: str = "carrier"  # carrier | picking_type | all_outgoing
    carriers: tuple[str, ...] = ()
    short_policy: str = SHORT_PICK_BACKORDER
    uncollected_after_days: int = 7
    checklist: tuple[str, ...] = ("name", "order_number", "id_shown")
    label_printer: str = ""
    timezone: str = ""

    @classmethod
    def from_config(cls, cfg: Config) -> ClickCollectSettings:
        store = cfg.store
        return cls(
            warehouse_code=str(store.warehouse_code or ""),
            mode=str(store.click_collect_mode),
            carriers=tuple(store.click_collect_carriers or ()),
            short_policy=str(store.short_pick_policy),
            uncollected_after_days=int(store.uncollected_after_days),
            checklist=tuple(getattr(store, "handover_checklist", None) or cls.checklist),
            label_printer=str(getattr(store, "bag_label_printer", "") or ""),
            timezone=str(store.timezone or ""),
        )

    @property
    def tz(self) -> tzinfo | None:
        """The store's zone; None means this PC's own."""
        return ZoneInfo(self.timezone) if self.timezone else None


@dataclass(frozen=True)
class Freshness:
    """When the order list was last brought up to date from Odoo (None: never)."""

    pulled_at: datetime | None


class ClickCollectQueue:
    """The queue's reads; blocking, on the db executor. Expects the repository's stores,
    settings and clock."""

    cache: CacheStore
    journal: Writable
    settings: ClickCollectSettings
    clock: Callable[[], datetime]

    # ------------------------------------------------------------------ which orders

    def _store_picking_types(self, s: Session) -> tuple[set[int], int | None]:
        """Outgoing picking types of the store's warehouse, and its standard delivery type."""
        code = self.settings.warehouse_code
        query = select(Warehouse)
        if code:
            query = query.where(Warehouse.code == code)
        warehouses = s.scalars(query).all()
        if not warehouses:  # the cache holds only this store's data anyway
            warehouses = s.scalars(select(Warehouse)).all()
        ids = [w.id for w in warehouses]
        types = s.scalars(
            select(PickingType.id).where(
                PickingType.code == "outgoing", PickingType.warehouse_id.in_(ids)
            )
        ).all()
        out_type = warehouses[0].out_type_id if len(warehouses) == 1 else None
        return set(types), out_type

    def carrier_choice(self, s: Session) -> CarrierChoice:
        """The click-and-collect carriers among the cached ones, chosen as the sync does."""
        rows = s.execute(select(Carrier.id, Carrier.name, Carrier.delivery_type)).all()
        carriers = [CarrierInfo(r.id, r.name or "", r.delivery_type) for r in rows]
        return choose_carriers(carriers, self.settings.carriers)

    def _pickup_carriers(self, s: Session) -> set[int]:
        return set(self.carrier_choice(s).ids)

    def _is_click_collect(
        self,
        p: Picking,
        types: set[int],
        out_type: int | None,
        carriers: set[int],
        sale_carrier: dict[int, int | None],
    ) -> bool:
        if p.return_id is not None or (types and p.picking_type_id not in types):
            return False
        mode = self.settings.mode
        if mode == "all_outgoing":
            return True
        if mode == "picking_type":
            return p.picking_type_id != out_type
        carrier = p.carrier_id
        if not carrier and p.sale_id is not None:
            carrier = sale_carrier.get(p.sale_id)
        return carrier in carriers

    # ------------------------------------------------------------------ the queue

    def orders(self) -> list[cc.OrderFacts]:
        """Facts of every click-and-collect order the cache knows, with this PC's work."""
        with self.cache.read() as s:
            types, out_type = self._store_picking_types(s)
            carriers = self._pickup_carriers(s)
            pickings = list(
                s.execute(select(Picking).where(Picking.picking_type_code == "outgoing")).scalars()
            )
            sale_ids = {p.sale_id for p in pickings if p.sale_id}
            sales = {
                r.id: r
                for r in s.execute(
                    select(
                        SaleOrder.id,
                        SaleOrder.name,
                        SaleOrder.client_order_ref,
                        SaleOrder.carrier_id,
                    ).where(SaleOrder.id.in_(sale_ids))
                )
            }
            sale_carrier = {sid: r.carrier_id for sid, r in sales.items()}
            mine = [
                p
                for p in pickings
                if self._is_click_collect(p, types, out_type, carriers, sale_carrier)
            ]
            ids = [p.id for p in mine]
            partners = {
                r.id: r
                for r in s.execute(
                    select(Partner.id, Partner.name, Partner.phone_last4).where(
                        Partner.id.in_({p.partner_id for p in mine if p.partner_id})
                    )
                )
            }
            lines: dict[int, list[Any]] = {}
            for m in s.execute(
                select(Move.picking_id, Move.product_uom_qty, Move.picked, Move.state).where(
                    Move.picking_id.in_(ids)
                )
            ):
                lines.setdefault(m.picking_id, []).append(m)
        local = self._local_work(ids)
        facts = []
        for p in mine:
            moves = [m for m in lines.get(p.id, []) if m.state != "cancel"] or lines.get(p.id, [])
            partner = partners.get(p.partner_id)
            sale = sales.get(p.sale_id)
            work = local.get(p.id, {})
            facts.append(
                cc.OrderFacts(
                    picking_id=p.id,
                    name=p.name,
                    odoo_state=p.state,
                    customer=partner.name if partner else "",
                    sale_name=sale.name if sale else (p.origin or None),
                    client_ref=sale.client_order_ref if sale else None,
                    phone_last4=partner.phone_last4 if partner else None,
                    promised_at=_odoo_dt(p.date_deadline or p.scheduled_date),
                    lines=len(moves),
                    units=sum(m.product_uom_qty for m in moves),
                    lines_picked_in_odoo=sum(1 for m in moves if m.picked),
                    odoo_changed_at=_odoo_dt(p.write_date),
                    date_done=_odoo_dt(p.date_done),
                    **work,
                )
            )
        return facts

    def _local_work(self, picking_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Per picking: work session state, claim holder, missing lines, parked reason."""
        subjects = {subject_of(i): i for i in picking_ids}
        work: dict[int, dict[str, Any]] = {}
        with self.journal.read() as s:
            sessions = s.execute(
                select(WorkSession)
                .where(WorkSession.kind == SESSION_KIND, WorkSession.subject.in_(subjects))
                .order_by(WorkSession.id)
            ).scalars()
            for row in sessions:
                pid = subjects[row.subject]
                entry: dict[str, Any] = {
                    "local_state": cc.LocalState(row.state),
                    "local_changed_at": from_iso(row.updated_at),
                }
                if row.state in (cc.LocalState.OPEN, cc.LocalState.READY):
                    try:
                        session = PickSession.from_dict(json.loads(row.data))
                        entry["picker"] = session.claim.employee_name if session.claim else None
                        entry["missing"] = tuple(session.missing())
                    except (ValueError, KeyError, TypeError):
                        log.exception("pick session %s unreadable", row.uuid)
                work[pid] = entry
            ops = s.execute(
                select(
                    Op.aggregate,
                    Op.kind,
                    Op.state,
                    Op.park_reason,
                    Op.park_action,
                    Op.park_message,
                )
                .where(Op.aggregate.in_(subjects), Op.state != OpState.CANCELLED)
                .order_by(Op.seq)
            ).all()
        for op in ops:
            entry = work.setdefault(subjects[op.aggregate], {})
            if op.kind == PICKING_VALIDATE and op.state != OpState.REJECTED:
                entry["validation_sent"] = True
            if op.state == OpState.PARKED and "parked_reason" not in entry:
                entry["parked_reason"] = park_text(op.park_reason, op.park_message, "reason")
                entry["parked_action"] = park_text(op.park_action, op.park_message, "action")
        return work

    def queue(self, now: datetime | None = None) -> list[cc.QueueEntry]:
        return cc.build_queue(
            self.orders(),
            now or self.clock(),
            tz=self.settings.tz,
            uncollected_after_days=self.settings.uncollected_after_days,
        )

    def freshness(self) -> Freshness:
        with self.cache.read() as s:
            value = s.scalar(
                select(SyncCursor.last_success_at).where(SyncCursor.model == "stock.picking")
            )
        return Freshness(from_iso(value) if value else None)
