"""Click-and-collect data: the queue from the cache and journal, pick sessions, and the ops.

Reads join what Odoo said (cache.sqlite) with what this PC did (journal.sqlite). Every change a
person makes is written in ONE journal transaction with the ops it implies, so "saved" on the
screen means the work session, the ops for Odoo and the audit entry are all on disk:

- claim:     work session (open, with the claim) + a chatter note op when online;
- ready:     work session (ready) + `picking.set_picked` (absolute quantities) + chatter note;
- handover:  work session (collected) + `picking.validate`;
- put back:  work session (put_back) + the order's waiting ops cancelled.

Work sessions have kind "pick" and subject "picking:<id>"; their `data` is the PickSession JSON.
"""

from __future__ import annotations

import json
import logging
import uuid as uuid_module
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from storeapp.core import click_collect as cc
from storeapp.core.ops import (
    MESSAGE_POST,
    PICKING_SET_PICKED,
    PICKING_VALIDATE,
    aggregate_for,
    validate_payload,
)
from storeapp.core.pick_lines import ClaimWarning, PickLine, ShortPolicy
from storeapp.core.picking import PickSession
from storeapp.core.quantities import format_qty
from storeapp.core.scanning import Tracking
from storeapp.offline import audit
from storeapp.offline.barcode_index import CacheBarcodeIndex
from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import (
    Location,
    Move,
    MoveLine,
    Picking,
    Product,
)
from storeapp.offline.click_collect_index import OrderIndex, build_order_index
from storeapp.offline.click_collect_queue import (
    SESSION_KIND,
    ClickCollectQueue,
    ClickCollectSettings,
    Freshness,
    subject_of,
)
from storeapp.offline.clock import to_iso, utcnow
from storeapp.offline.journal_models import Op, OpState, WorkSession
from storeapp.offline.outbox import UNFINISHED, Actor, OpNotFound, OpRecord, Outbox
from storeapp.offline.products_repo import SEARCH_LIMIT, ProductHit, ProductsRepo
from storeapp.offline.store import Writable
from storeapp.offline.units import roundings

log = logging.getLogger(__name__)

__all__ = [
    "CacheBarcodeIndex",
    "ClaimedByOther",
    "ClickCollectRepo",
    "ClickCollectSettings",
    "Freshness",
    "OrderIndex",
    "OrderUnavailable",
]

CLOSED_MOVE_STATES = ("cancel", "done")


class OrderUnavailable(Exception):
    """The order cannot be worked on (gone from the cache, cancelled, already done).
    The message says why and what to do."""


class ClaimedByOther(Exception):
    """Someone else holds the order; `warning` says who and since when."""

    def __init__(self, warning: ClaimWarning) -> None:
        super().__init__(warning.message)
        self.warning = warning


class ClickCollectRepo(ClickCollectQueue):
    """Queries and saves of the click-and-collect job. Blocking: call it on the db executor."""

    def __init__(
        self,
        cache: CacheStore,
        journal: Writable,
        outbox: Outbox,
        settings: ClickCollectSettings | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.cache = cache
        self.journal = journal
        self.outbox = outbox
        self.settings = settings or ClickCollectSettings()
        self.clock = clock
        self.index = CacheBarcodeIndex(cache)

    # ------------------------------------------------------------------ picking

    def _lines_from_cache(self, picking_id: int) -> tuple[Picking, list[PickLine]]:
        with self.cache.read() as s:
            picking = s.get(Picking, picking_id)
            if picking is None:
                raise OrderUnavailable(
                    f"Order #{picking_id} is no longer in this store's data. "
                    "Refresh the list; it may have been deleted in Odoo."
                )
            moves = s.execute(
                select(Move, Product)
                .join(Product, Product.id == Move.product_id, isouter=True)
                .where(Move.picking_id == picking_id, Move.state.not_in(CLOSED_MOVE_STATES))
                .order_by(Move.id)
            ).all()
            names: dict[int | None, str | None] = dict(
                s.execute(select(Location.id, Location.complete_name)).all()
            )
            unit_roundings = roundings(s)
            bins: dict[int, list[str]] = {}
            for ml in s.execute(
                select(MoveLine.move_id, MoveLine.location_id).where(
                    MoveLine.picking_id == picking_id
                )
            ):
                label = names.get(ml.location_id)
                if label and label not in bins.setdefault(ml.move_id, []):
                    bins[ml.move_id].append(label)
        lines = []
        for move, product in moves:
            where = bins.get(move.id) or [names.get(move.location_id) or ""]
            lines.append(
                PickLine(
                    move_id=move.id,
                    product_id=move.product_id,
                    product_name=product.name if product else (move.name or f"#{move.product_id}"),
                    demand=move.product_uom_qty,
                    tracking=Tracking(product.tracking if product else "none"),
                    location_name=", ".join(where),
                    uom_name=(product.uom_name if product else None) or "Units",
                    uom_rounding=(
                        unit_roundings.get(product.uom_id) if product and product.uom_id else None
                    ),
                )
            )
        # Walk the shop floor in bin order rather than in the order the lines were typed.
        lines.sort(key=lambda line: (line.location_name, line.product_name))
        return picking, lines

    def search_products(self, text: str) -> list[ProductHit]:
        """Products by name, internal reference or barcode for the pick screen's search."""
        return ProductsRepo(self.cache).search(text, SEARCH_LIMIT)

    def _session_row(self, s: Session, picking_id: int) -> WorkSession | None:
        return s.scalars(
            select(WorkSession)
            .where(WorkSession.kind == SESSION_KIND, WorkSession.subject == subject_of(picking_id))
            .order_by(WorkSession.id.desc())
            .limit(1)
        ).first()

    def load_pick(self, picking_id: int) -> PickSession:
        """The order's pick as saved on this PC, or a fresh one from the cache."""
        with self.journal.read() as s:
            row = self._session_row(s, picking_id)
            if row is not None and row.state in (cc.LocalState.OPEN, cc.LocalState.READY):
                return PickSession.from_dict(json.loads(row.data))
        picking, lines = self._lines_from_cache(picking_id)
        if picking.state == "cancel":
            raise OrderUnavailable(f"Order {picking.name} was cancelled in Odoo: nothing to pick.")
        if picking.state == "done":
            raise OrderUnavailable(f"Order {picking.name} is already done in Odoo.")
        if not lines:
            raise OrderUnavailable(f"Order {picking.name} has no lines left to pick.")
        return PickSession(
            picking.id,
            picking.name,
            lines,
            short_policy=ShortPolicy(self.settings.short_policy),
        )

    def order_index(self, session: PickSession) -> OrderIndex:
        """The in-memory index of the order's products (see OrderIndex)."""
        return build_order_index(self.cache, {line.product_id for line in session.lines})

    def other_order(self, picking_id: int) -> Callable[[int], str | None]:
        """For refusals: the name of another open order wanting a product."""

        def lookup(product_id: int) -> str | None:
            with self.cache.engine.connect() as conn:
                row = conn.execute(
                    text(
                        "SELECT p.name FROM move m JOIN picking p ON p.id = m.picking_id "
                        "WHERE m.product_id = :pid AND p.id != :me "
                        "AND p.picking_type_code = 'outgoing' "
                        "AND p.state IN ('confirmed', 'waiting', 'assigned') "
                        "ORDER BY p.scheduled_date LIMIT 1"
                    ),
                    {"pid": product_id, "me": picking_id},
                ).first()
            return row[0] if row else None

        return lookup

    def lot_not_here(self, picking_id: int) -> Callable[[int, int], str | None]:
        """For refusals: the source location of the order's moves of a product when the
        cache has stock of that product there but none of the scanned lot/serial."""

        def lookup(product_id: int, lot_id: int) -> str | None:
            with self.cache.engine.connect() as conn:
                row = conn.execute(
                    text(
                        "WITH RECURSIVE tree(id) AS ("
                        " SELECT m.location_id FROM move m"
                        " WHERE m.picking_id = :picking AND m.product_id = :pid"
                        " UNION SELECT l.id FROM location l JOIN tree ON l.parent_id = tree.id) "
                        "SELECT COALESCE(SUM(CASE WHEN q.lot_id = :lot THEN q.quantity END), 0),"
                        " COUNT(q.id) "
                        "FROM quant q WHERE q.product_id = :pid AND q.quantity > 0"
                        " AND q.location_id IN (SELECT id FROM tree)"
                    ),
                    {"picking": picking_id, "pid": product_id, "lot": lot_id},
                ).first()
                if row is None or not row[1] or row[0] > 0:
                    return None  # in stock there, or the cache knows no stock there at all
                source = conn.execute(
                    text(
                        "SELECT l.complete_name FROM move m JOIN location l"
                        " ON l.id = m.location_id"
                        " WHERE m.picking_id = :picking AND m.product_id = :pid LIMIT 1"
                    ),
                    {"picking": picking_id, "pid": product_id},
                ).first()
            return source[0] if source and source[0] else "this store"

        return lookup

    def _write_session(
        self,
        s: Session,
        session: PickSession | dict[str, Any],
        state: cc.LocalState,
        actor: Actor,
    ) -> WorkSession:
        now = to_iso(self.clock())
        data = session if isinstance(session, dict) else session.to_dict()
        picking_id = int(data["picking_id"])
        row = self._session_row(s, picking_id)
        if row is None or row.state not in (cc.LocalState.OPEN, cc.LocalState.READY):
            row = WorkSession(
                uuid=str(uuid_module.uuid4()),
                kind=SESSION_KIND,
                subject=subject_of(picking_id),
                created_at=now,
            )
            s.add(row)
        row.state = state.value
        row.data = json.dumps(data, sort_keys=True)
        row.employee_id = actor.id
        row.employee_name = actor.name
        row.updated_at = now
        return row

    def save(self, session: PickSession | dict[str, Any], actor: Actor) -> None:
        """Save the pick as it is now (after every scan): a crash loses at most one scan.
        `session` may be its `to_dict()` taken on the screen's thread."""
        with self.journal.write() as s:
            self._write_session(s, session, cc.LocalState.OPEN, actor)

    def _note(self, s: Session, picking_id: int, body: str, actor: Actor) -> OpRecord:
        payload = validate_payload(
            MESSAGE_POST, {"model": "stock.picking", "res_id": picking_id, "body": body}
        )
        return self.outbox.enqueue(
            MESSAGE_POST, payload, aggregate_for(MESSAGE_POST, payload), actor, session=s
        )

    def claim(
        self, session: PickSession, actor: Actor, *, online: bool, take_over: bool = False
    ) -> PickSession:
        """Record who picks the order. Raises ClaimedByOther unless `take_over` (after the
        person saw the warning). When online, Odoo's chatter gets a note too."""
        now = self.clock()
        warning = session.check_claim(actor.id or 0, now)
        if warning is not None and not take_over:
            raise ClaimedByOther(warning)
        already_mine = session.claim is not None and session.claim.employee_id == actor.id
        session.take_claim(actor.id or 0, actor.name, now)
        with self.journal.write() as s:
            self._write_session(s, session, cc.LocalState.OPEN, actor)
            details = {"took_over_from": warning.holder_name if warning else None}
            audit.append(s, actor, "pick.claimed", subject_of(session.picking_id), details, at=now)
            if online and not already_mine:
                verb = f"took over from {warning.holder_name}" if warning else "started picking"
                self._note(
                    s, session.picking_id, f"{actor.name} {verb} this order in the store.", actor
                )
        return session

    def release(self, session: PickSession, actor: Actor) -> None:
        """Leave the order for someone else: the claim goes, the picked quantities stay."""
        session.release_claim()
        with self.journal.write() as s:
            self._write_session(s, session, cc.LocalState.OPEN, actor)
            audit.append(s, actor, "pick.released", subject_of(session.picking_id), {})

    def mark_ready(self, session: PickSession, actor: Actor) -> list[OpRecord]:
        """Close the pick and queue the picked quantities and the customer note, together."""
        summary = session.close()
        payload = validate_payload(PICKING_SET_PICKED, summary.to_payload())
        units = sum(m.quantity for m in summary.moves)
        body = (
            f"Ready for pickup: {format_qty(units)} item{'s' if units != 1 else ''} picked in the "
            f"store by {actor.name}."
        )
        if summary.has_shorts:
            body += " Missing: " + "; ".join(session.missing()) + "."
        try:
            with self.journal.write() as s:
                self._write_session(s, session, cc.LocalState.READY, actor)
                picked = self.outbox.enqueue(
                    PICKING_SET_PICKED,
                    payload,
                    aggregate_for(PICKING_SET_PICKED, payload),
                    actor,
                    session=s,
                )
                note = self._note(s, session.picking_id, body, actor)
                audit.append(
                    s,
                    actor,
                    "pick.ready",
                    subject_of(session.picking_id),
                    {"units": units, "missing": session.missing()},
                )
        except BaseException:
            session.reopen()  # nothing was saved: the screen must still allow changes
            raise
        return [picked, note]

    def handover(
        self, picking_id: int, actor: Actor, checks: Sequence[str], *, note: str = ""
    ) -> OpRecord:
        """Mark the order collected: queue the validation. Works offline for ready orders."""
        entry = next((e for e in self.queue() if e.picking_id == picking_id), None)
        if entry is None or not entry.can_hand_over:
            name = entry.facts.name if entry else f"#{picking_id}"
            raise OrderUnavailable(
                f"Order {name} is not ready for pickup. Pick it first, or refresh the list."
            )
        payload = validate_payload(
            PICKING_VALIDATE,
            {
                "picking_id": picking_id,
                "picking_name": entry.facts.name,
                "short_policy": self.settings.short_policy,
            },
        )
        now = to_iso(self.clock())
        with self.journal.write() as s:
            row = self._session_row(s, picking_id)
            if row is None or row.state != cc.LocalState.READY:
                # Picked elsewhere (Odoo's own screens): keep a record of the handover anyway.
                row = WorkSession(
                    uuid=str(uuid_module.uuid4()),
                    kind=SESSION_KIND,
                    subject=subject_of(picking_id),
                    created_at=now,
                    data="{}",
                )
                s.add(row)
            row.state = cc.LocalState.COLLECTED.value
            row.employee_id = actor.id
            row.employee_name = actor.name
            row.updated_at = now
            op = self.outbox.enqueue(
                PICKING_VALIDATE,
                payload,
                aggregate_for(PICKING_VALIDATE, payload),
                actor,
                session=s,
            )
            audit.append(
                s,
                actor,
                "pick.collected",
                subject_of(picking_id),
                {"checks": list(checks), "note": note or None},
            )
        return op

    def undo_handover(self, op_uuid: str, actor: Actor, *, manager: bool = False) -> int:
        """Take back a handover while Odoo does not have it (`Outbox.withdraw`): its
        validation is withdrawn and the order is ready for pickup again, in one transaction.
        A record made only for the handover (picked in Odoo's own screens) is removed; the
        audit keeps both steps. Returns the order's picking id."""
        with self.journal.write() as s:
            op = s.scalar(select(Op).where(Op.uuid == op_uuid, Op.kind == PICKING_VALIDATE))
            if op is None:
                raise OpNotFound("This handover is not in the journal of this PC.")
            picking_id = int(json.loads(op.payload)["picking_id"])
            self.outbox.withdraw([op_uuid], actor, manager=manager, session=s)
            row = self._session_row(s, picking_id)
            if row is not None and row.state == cc.LocalState.COLLECTED:
                if json.loads(row.data or "{}"):
                    row.state = cc.LocalState.READY.value
                    row.updated_at = to_iso(self.clock())
                else:
                    s.delete(row)
            audit.append(s, actor, "pick.handover_undone", subject_of(picking_id), {"op": op_uuid})
        return picking_id

    def put_back(self, picking_id: int, actor: Actor) -> int:
        """The items of a cancelled (or abandoned) order went back to the shelf: close the
        work and cancel the order's ops that are still waiting. Returns how many."""
        cancelled = 0
        waiting = [
            op
            for op in self.outbox.list(UNFINISHED)
            if op.aggregate in (subject_of(picking_id), f"stock.picking:{picking_id}")
        ]
        for op in waiting:
            # Only a parked op can be withdrawn; one still queued will park by itself when
            # Odoo refuses it, and stays visible in the outbox.
            if op.state is OpState.PARKED:
                self.outbox.cancel(op.uuid, actor)
                cancelled += 1
        with self.journal.write() as s:
            row = self._session_row(s, picking_id)
            if row is not None:
                row.state = cc.LocalState.PUT_BACK.value
                row.updated_at = to_iso(self.clock())
            audit.append(
                s, actor, "pick.put_back", subject_of(picking_id), {"ops_cancelled": cancelled}
            )
        return cancelled

    def product_barcodes(self, product_ids: Sequence[int]) -> dict[int, str]:
        """The barcodes of some products (for demos and the scan bench)."""
        with self.cache.read() as s:
            rows = s.execute(
                select(Product.id, Product.barcode).where(
                    Product.id.in_(list(product_ids)), Product.barcode.is_not(None)
                )
            ).all()
        return {row.id: row.barcode for row in rows}

    def serials_reserved(self, move_id: int) -> list[str]:
        """Lot/serial names Odoo reserved for a move (what the shelf should hold)."""
        with self.cache.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT l.name FROM move_line ml JOIN lot l ON l.id = ml.lot_id "
                    "WHERE ml.move_id = :mid ORDER BY ml.id"
                ),
                {"mid": move_id},
            ).all()
        return [r[0] for r in rows]

    def bag_label(self, session: PickSession, actor_name: str, store: str = "") -> cc.BagLabel:
        facts = next((f for f in self.orders() if f.picking_id == session.picking_id), None)
        summary = session.summary()
        return cc.BagLabel(
            order=session.picking_name,
            customer=facts.customer if facts else "",
            sale_name=facts.sale_name if facts else None,
            items=sum(m.quantity for m in summary.moves),
            lines=len(summary.moves),
            ready_at=self.clock(),
            picked_by=actor_name,
            store=store,
            promised_at=facts.promised_at if facts else None,
            missing=tuple(session.missing()),
        )
