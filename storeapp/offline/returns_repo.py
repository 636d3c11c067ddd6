"""Returns intake storage: sale facts from the cache, returns saved to the journal.

Reading: a sale as the returns screen needs it — each line with sold, delivered, already
returned (done in Odoo at any store, plus this PC's returns still in the outbox or pushed but
not yet pulled back) and still returnable quantities, the serials that left with it, and the
customer's earlier returns for the frequency rule.

Writing: a confirmed return is one transaction holding the record of the intake (a
`WorkSession` of kind "return" with the request, the sale as known, the decision and its
trace), its `return.create` ops, the manager's override when there was one, and the audit
entry. A refused return is recorded the same way, with its reasons and no op.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from storeapp.core.ops import RETURN_CREATE, aggregate_for, validate_payload
from storeapp.core.policy import (
    Decision,
    Destination,
    PastCase,
    PastReturn,
    ReturnLine,
    ReturnRequest,
    SaleFacts,
    SaleLineFacts,
)
from storeapp.core.quantities import money, round_qty
from storeapp.core.returns import (
    DeliveredMove,
    PlannedReturn,
    request_from_dict,
    request_to_dict,
    sale_from_dict,
    sale_to_dict,
)
from storeapp.offline import audit
from storeapp.offline.cache_models import (
    Location,
    Lot,
    Move,
    MoveLine,
    Partner,
    Picking,
    Product,
    ProductCategory,
    SaleOrder,
    SaleOrderLine,
    Warehouse,
)
from storeapp.offline.clock import from_iso, to_iso, utcnow
from storeapp.offline.journal_models import Approval, Op, OpState, WorkSession
from storeapp.offline.outbox import UNFINISHED, Actor, Outbox

SESSION_KIND = "return"
CONFIRMED = "confirmed"
REFUSED = "refused"
ODOO_DT = "%Y-%m-%d %H:%M:%S"


def _odoo_time(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.strptime(value, ODOO_DT).replace(tzinfo=UTC)


@dataclass(frozen=True)
class SaleSummary:
    """One hit of a sale search."""

    sale_id: int
    order_name: str
    sold_at: datetime | None
    customer_name: str
    amount_total: float
    deliveries: int  # done deliveries the store knows; 0 means nothing to return yet


@dataclass(frozen=True)
class SaleLineView:
    """A sale line as the screen shows it, with what the engine and the ops need."""

    facts: SaleLineFacts
    product_name: str
    default_code: str | None
    barcode: str | None
    moves: tuple[DeliveredMove, ...]
    pending_here: float  # of `facts.returned`, the part still on its way from this PC


@dataclass(frozen=True)
class SaleView:
    sale_id: int
    facts: SaleFacts
    customer_name: str
    lines: tuple[SaleLineView, ...]
    amount_total: float

    def line(self, sale_line_id: int) -> SaleLineView | None:
        return next((v for v in self.lines if v.facts.sale_line_id == sale_line_id), None)


@dataclass(frozen=True)
class ProductHit:
    """A product found by scan or code for the no-receipt path."""

    product_id: int
    name: str
    category: str | None
    tracking: str
    list_price: float
    barcode: str | None = None


@dataclass(frozen=True)
class SavedReturn:
    """What saving a return changed (sent on the app-level `operation_executed` signal)."""

    reference: str
    state: str  # confirmed | refused
    op_uuids: tuple[str, ...] = ()
    at: datetime = field(default_factory=utcnow)


class ReturnsRepo:
    """Cache queries and journal writes of the returns intake. Blocking: call it on the
    `db` executor."""

    def __init__(
        self,
        cache: Any,
        journal: Any,
        outbox: Outbox,
        *,
        warehouse_code: str = "",
        quarantine_location: str = "Quarantine",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.cache = cache
        self.journal = journal
        self.outbox = outbox
        self.warehouse_code = warehouse_code
        self.quarantine_location = quarantine_location
        self.clock = clock

    # ------------------------------------------------------------------ finding a sale

    def find_sales(self, text: str, limit: int = 30) -> list[SaleSummary]:
        """Sales matching a scanned or typed receipt: order number, delivery number, customer
        reference; else customers by name or the last four digits of their phone."""
        needle = text.strip()
        if not needle:
            return []
        with self.cache.read() as s:
            exact = s.scalars(
                select(SaleOrder.id).where(
                    or_(
                        func.upper(SaleOrder.name) == needle.upper(),
                        func.upper(SaleOrder.client_order_ref) == needle.upper(),
                    )
                )
            ).all()
            by_delivery = s.scalars(
                select(Picking.sale_id).where(
                    func.upper(Picking.name) == needle.upper(), Picking.sale_id.is_not(None)
                )
            ).all()
            ids = list(dict.fromkeys([*exact, *by_delivery]))
            if not ids:
                partners = select(Partner.id).where(
                    or_(
                        Partner.name.ilike(f"%{needle}%"),
                        Partner.phone_last4 == needle if len(needle) == 4 else False,
                    )
                )
                ids = list(
                    s.scalars(
                        select(SaleOrder.id)
                        .where(SaleOrder.partner_id.in_(partners))
                        .order_by(SaleOrder.date_order.desc())
                        .limit(limit)
                    )
                )
            return self._summaries(s, ids)

    def _summaries(self, s: Any, ids: Sequence[int]) -> list[SaleSummary]:
        if not ids:
            return []
        orders = s.scalars(select(SaleOrder).where(SaleOrder.id.in_(ids))).all()
        names = dict(
            s.execute(
                select(Partner.id, Partner.name).where(
                    Partner.id.in_([o.partner_id for o in orders if o.partner_id])
                )
            ).all()
        )
        done = dict(
            s.execute(
                select(Picking.sale_id, func.count())
                .where(
                    Picking.sale_id.in_(ids),
                    Picking.picking_type_code == "outgoing",
                    Picking.state == "done",
                    Picking.return_id.is_(None),
                )
                .group_by(Picking.sale_id)
            ).all()
        )
        out = [
            SaleSummary(
                o.id,
                o.name,
                _odoo_time(o.date_order),
                names.get(o.partner_id, ""),
                o.amount_total,
                int(done.get(o.id, 0)),
            )
            for o in orders
        ]
        epoch = datetime.min.replace(tzinfo=UTC)
        return sorted(out, key=lambda x: x.sold_at or epoch, reverse=True)

    # ------------------------------------------------------------------ the sale's facts

    def pending_returns_by_move(self) -> dict[int, float]:
        """Quantities this PC has returned that the cache does not show yet: ops still in the
        outbox, and pushed ones whose return picking has not been pulled back."""
        with self.journal.read() as j:
            rows = j.execute(
                select(Op.payload, Op.state, Op.result).where(
                    Op.kind == RETURN_CREATE,
                    Op.state.in_([s.value for s in (*UNFINISHED, OpState.DONE)]),
                )
            ).all()
        done_ids: set[int] = set()
        parsed = []
        for payload, state, result in rows:
            body = json.loads(payload)
            made = json.loads(result).get("return_id") if result else None
            parsed.append((body, state, made))
            if state == OpState.DONE.value and made:
                done_ids.add(int(made))
        known: set[int] = set()
        if done_ids:
            with self.cache.read() as s:
                known = set(s.scalars(select(Picking.id).where(Picking.id.in_(done_ids))))
        out: dict[int, float] = defaultdict(float)
        for body, state, made in parsed:
            if state == OpState.DONE.value and (not made or int(made) in known):
                continue
            for line in body.get("lines", []):
                out[int(line["move_id"])] = round_qty(out[int(line["move_id"])] + line["quantity"])
        return dict(out)

    def load_sale(self, sale_id: int) -> SaleView | None:
        pending = self.pending_returns_by_move()
        with self.cache.read() as s:
            order = s.get(SaleOrder, sale_id)
            if order is None:
                return None
            partner = s.get(Partner, order.partner_id) if order.partner_id else None
            lines = s.scalars(
                select(SaleOrderLine)
                .where(SaleOrderLine.order_id == sale_id)
                .order_by(SaleOrderLine.id)
            ).all()
            products = {
                p.id: p
                for p in s.scalars(
                    select(Product).where(Product.id.in_([ln.product_id for ln in lines]))
                )
            }
            categories = dict(
                s.execute(
                    select(
                        ProductCategory.id,
                        func.coalesce(ProductCategory.complete_name, ProductCategory.name),
                    )
                ).all()
            )
            deliveries = {
                p.id: p
                for p in s.scalars(
                    select(Picking).where(
                        Picking.sale_id == sale_id,
                        Picking.picking_type_code == "outgoing",
                        Picking.return_id.is_(None),
                        Picking.state == "done",
                    )
                )
            }
            moves = s.scalars(
                select(Move)
                .where(Move.picking_id.in_(list(deliveries)), Move.state == "done")
                .order_by(Move.date, Move.id)
            ).all()
            move_ids = [m.id for m in moves]
            back: dict[int, float] = defaultdict(float)
            for origin, state, demand, done in s.execute(
                select(
                    Move.origin_returned_move_id, Move.state, Move.product_uom_qty, Move.quantity
                ).where(Move.origin_returned_move_id.in_(move_ids), Move.state != "cancel")
            ):
                back[origin] += done if state == "done" else demand
            serials: dict[int, list[str]] = defaultdict(list)
            lot_names = dict(
                s.execute(
                    select(Lot.id, Lot.name).where(
                        Lot.id.in_(
                            select(MoveLine.lot_id).where(
                                MoveLine.move_id.in_(move_ids), MoveLine.lot_id.is_not(None)
                            )
                        )
                    )
                ).all()
            )
            for ml in s.scalars(select(MoveLine).where(MoveLine.move_id.in_(move_ids))):
                name = ml.lot_name or lot_names.get(ml.lot_id)
                if name:
                    serials[ml.move_id].append(name)

        views = []
        for line in lines:
            product = products.get(line.product_id)
            line_moves = [m for m in moves if m.sale_line_id == line.id]
            delivered_moves = tuple(
                DeliveredMove(
                    m.id,
                    m.picking_id,
                    deliveries[m.picking_id].name,
                    m.quantity,
                    round_qty(back.get(m.id, 0.0) + pending.get(m.id, 0.0)),
                )
                for m in line_moves
            )
            returned = round_qty(sum(m.returned for m in delivered_moves))
            unit = (
                money(line.price_total / line.product_uom_qty)
                if line.product_uom_qty and line.price_total
                else money(line.price_unit * (1 - (line.discount or 0) / 100))
            )
            facts = SaleLineFacts(
                sale_line_id=line.id,
                product_id=line.product_id or 0,
                sold=line.product_uom_qty,
                returned=returned,
                delivered=round_qty(sum(m.quantity for m in delivered_moves)),
                sold_serials=tuple(n for m in line_moves for n in serials.get(m.id, ())),
                tracking=product.tracking if product else "none",
                category=categories.get(product.categ_id) if product else None,
                unit_price=unit,
            )
            views.append(
                SaleLineView(
                    facts=facts,
                    product_name=(product.name if product else None) or line.name or "",
                    default_code=product.default_code if product else None,
                    barcode=product.barcode if product else None,
                    moves=delivered_moves,
                    pending_here=round_qty(sum(pending.get(m.id, 0.0) for m in line_moves)),
                )
            )
        sold_at = _odoo_time(order.date_order) or self.clock()
        sale = SaleFacts(
            order_name=order.name,
            sold_at=sold_at,
            lines=tuple(v.facts for v in views),
            channel=order.team_name,
            customer_id=order.partner_id,
        )
        return SaleView(
            sale_id, sale, partner.name if partner else "", tuple(views), order.amount_total
        )

    # ------------------------------------------------------------------ customer history

    def customer_history(self, customer_id: int | None, days: int = 365) -> list[PastReturn]:
        """The customer's returns known here: done in Odoo (any store) and saved on this PC
        but not yet back from Odoo."""
        if customer_id is None:
            return []
        since = self.clock() - timedelta(days=days)
        out: list[PastReturn] = []
        with self.cache.read() as s:
            rows = s.execute(
                select(Picking.id, Picking.origin, Picking.date_done, Picking.scheduled_date).where(
                    Picking.return_id.is_not(None),
                    Picking.partner_id == customer_id,
                    Picking.state != "cancel",
                )
            ).all()
        in_cache = set()
        for pid, origin, done, scheduled in rows:
            in_cache.add(pid)
            at = _odoo_time(done) or _odoo_time(scheduled)
            if at and at >= since:
                out.append(PastReturn(at=at, order_name=origin or ""))
        for record in self._sessions(CONFIRMED, since):
            if record.get("customer_id") != customer_id:
                continue
            made = set(record.get("return_ids") or [])
            if made & in_cache:
                continue
            out.append(
                PastReturn(
                    at=from_iso(record["at"]),  # type: ignore[arg-type]
                    order_name=record.get("order_name") or "",
                    value=money(record.get("total") or 0),
                )
            )
        return sorted(out, key=lambda p: p.at)

    def _sessions(self, state: str | None, since: datetime) -> list[dict[str, Any]]:
        query = select(WorkSession).where(
            WorkSession.kind == SESSION_KIND, WorkSession.created_at >= to_iso(since)
        )
        if state is not None:
            query = query.where(WorkSession.state == state)
        with self.journal.read() as j:
            sessions = j.scalars(query.order_by(WorkSession.id)).all()
            results = {}
            uuids = [u for w in sessions for u in json.loads(w.data).get("op_uuids", [])]
            if uuids:
                for op_uuid, result in j.execute(
                    select(Op.uuid, Op.result).where(Op.uuid.in_(uuids), Op.result.is_not(None))
                ):
                    results[op_uuid] = json.loads(result).get("return_id")
        out = []
        for w in sessions:
            data = json.loads(w.data)
            data["state"] = w.state
            data["uuid"] = w.uuid
            data["return_ids"] = [results[u] for u in data.get("op_uuids", []) if results.get(u)]
            out.append(data)
        return out

    # ------------------------------------------------------------------ lookups

    def product_by_code(self, code: str) -> ProductHit | None:
        """A product by barcode or internal reference (no-receipt path)."""
        code = code.strip()
        if not code:
            return None
        with self.cache.read() as s:
            product = s.scalars(
                select(Product)
                .where(Product.active.is_(True))
                .where(
                    or_(Product.barcode == code, func.upper(Product.default_code) == code.upper())
                )
                .limit(1)
            ).first()
            if product is None:
                return None
            category = s.get(ProductCategory, product.categ_id) if product.categ_id else None
        return ProductHit(
            product.id,
            product.name,
            (category.complete_name or category.name) if category else None,
            product.tracking,
            product.list_price,
            product.barcode,
        )

    def lot_ids(self, product_ids: Iterable[int]) -> dict[tuple[int, str], int]:
        with self.cache.read() as s:
            rows = s.execute(
                select(Lot.product_id, Lot.name, Lot.id).where(
                    Lot.product_id.in_(list(product_ids))
                )
            ).all()
        return {(p, n): i for p, n, i in rows}

    def locations(self) -> dict[Destination, int]:
        """The store's location for each destination: its stock, its quarantine location
        (configured by name or barcode), its scrap location."""
        with self.cache.read() as s:
            query = select(Warehouse)
            if self.warehouse_code:
                query = query.where(Warehouse.code == self.warehouse_code)
            warehouse = s.scalars(query.order_by(Warehouse.id)).first()
            if warehouse is None:
                return {}
            out: dict[Destination, int] = {}
            if warehouse.lot_stock_id:
                out[Destination.STOCK] = warehouse.lot_stock_id
            wanted = self.quarantine_location.strip()
            quarantine = s.scalars(
                select(Location.id)
                .where(Location.active.is_(True), Location.warehouse_id == warehouse.id)
                .where(
                    or_(
                        Location.name == wanted,
                        Location.barcode == wanted,
                        Location.complete_name == wanted,
                    )
                )
                .order_by(Location.id)
            ).first()
            if quarantine:
                out[Destination.QUARANTINE] = quarantine
            scrap = s.scalars(
                select(Location.id)
                .where(Location.active.is_(True), Location.scrap_location.is_(True))
                .order_by(Location.id)
            ).first()
            if scrap:
                out[Destination.SCRAP] = scrap
            return out

    # ------------------------------------------------------------------ saving

    def _record(
        self,
        reference: str,
        request: ReturnRequest,
        sale: SaleFacts | None,
        decision: Decision,
        *,
        customer_name: str,
        order_name: str | None,
    ) -> dict[str, Any]:
        return {
            "v": 1,
            "reference": reference,
            "at": to_iso(self.clock()),
            "order_name": order_name,
            "customer_id": request.customer_id or (sale.customer_id if sale else None),
            "customer_name": customer_name,
            "request": request_to_dict(request),
            "sale": sale_to_dict(sale) if sale else None,
            "decision": decision.to_dict(),
            "trace": decision.trace(),
            "total": str(decision.total_value),
        }

    def save_confirmed(
        self,
        request: ReturnRequest,
        sale: SaleFacts | None,
        decision: Decision,
        planned: Sequence[PlannedReturn],
        actor: Actor,
        *,
        customer_name: str = "",
        approver: Actor | None = None,
        note: str | None = None,
        reference: str | None = None,
    ) -> SavedReturn:
        """Save an accepted return: its record, its ops and the override, in one transaction.
        Nothing is saved when any part fails (`NotSaved` says why)."""
        reference = reference or str(uuid_module.uuid4())
        payloads = [validate_payload(RETURN_CREATE, p.payload()) for p in planned]
        record = self._record(
            reference,
            request,
            sale,
            decision,
            customer_name=customer_name,
            order_name=sale.order_name if sale else None,
        )
        record["approver"] = {"id": approver.id, "name": approver.name} if approver else None
        record["note"] = note
        now = self.clock()
        uuids: list[str] = []
        with self.journal.write() as s:
            for payload in payloads:
                op = self.outbox.enqueue(
                    RETURN_CREATE,
                    payload,
                    aggregate_for(RETURN_CREATE, payload),
                    actor,
                    session=s,
                    value_impact=float(decision.total_value),
                )
                uuids.append(op.uuid)
                if approver is not None:
                    # The manager decided in person at the till: the op goes straight to the
                    # queue, with the approval on record like one from the approval inbox.
                    row = s.scalar(select(Op).where(Op.uuid == op.uuid))
                    row.approver_id = approver.id
                    row.approver_name = approver.name
                    s.add(
                        Approval(
                            op_uuid=op.uuid,
                            requested_by_id=actor.id,
                            requested_at=to_iso(now),
                            decision="approved",
                            decided_by_id=approver.id,
                            decided_by_name=approver.name,
                            decided_at=to_iso(now),
                            note=note,
                            value_impact=float(decision.total_value),
                        )
                    )
            record["op_uuids"] = uuids
            s.add(
                WorkSession(
                    uuid=reference,
                    kind=SESSION_KIND,
                    subject=f"sale:{record['order_name'] or 'no-receipt'}",
                    state=CONFIRMED,
                    data=json.dumps(record, ensure_ascii=False),
                    employee_id=actor.id,
                    employee_name=actor.name,
                    created_at=to_iso(now),
                    updated_at=to_iso(now),
                )
            )
            s.flush()
            details = {
                "reference": reference,
                "order": record["order_name"],
                "level": str(decision.level),
                "policy_version": decision.policy_version,
                "total": record["total"],
                "ops": uuids,
                "approver": approver.name if approver else None,
                "note": note,
            }
            audit.append(s, actor, "return.confirmed", f"return:{reference}", details, at=now)
            if approver is not None:
                audit.append(
                    s,
                    approver,
                    "return.override",
                    f"return:{reference}",
                    {"level": str(decision.level), "note": note, "trace": decision.trace()},
                    at=now,
                )
        return SavedReturn(reference, CONFIRMED, tuple(uuids), now)

    def save_refused(
        self,
        request: ReturnRequest,
        sale: SaleFacts | None,
        decision: Decision,
        actor: Actor,
        *,
        customer_name: str = "",
        note: str | None = None,
    ) -> SavedReturn:
        """Record a return the store did not take, with the reasons; nothing goes to Odoo."""
        reference = str(uuid_module.uuid4())
        record = self._record(
            reference,
            request,
            sale,
            decision,
            customer_name=customer_name,
            order_name=sale.order_name if sale else None,
        )
        record["note"] = note
        now = self.clock()
        with self.journal.write() as s:
            s.add(
                WorkSession(
                    uuid=reference,
                    kind=SESSION_KIND,
                    subject=f"sale:{record['order_name'] or 'no-receipt'}",
                    state=REFUSED,
                    data=json.dumps(record, ensure_ascii=False),
                    employee_id=actor.id,
                    employee_name=actor.name,
                    created_at=to_iso(now),
                    updated_at=to_iso(now),
                )
            )
            s.flush()
            reasons = [
                line for line in decision.trace() if not line.startswith("[allow]")
            ] or decision.trace()
            audit.append(
                s,
                actor,
                "return.refused",
                f"return:{reference}",
                {
                    "order": record["order_name"],
                    "level": str(decision.level),
                    "policy_version": decision.policy_version,
                    "reasons": reasons,
                    "note": note,
                },
                at=now,
            )
        return SavedReturn(reference, REFUSED, (), now)

    # ------------------------------------------------------------------ what-if

    def past_cases(self, days: int = 90) -> list[PastCase]:
        """Every return decided on this PC in the last `days` (confirmed and refused), as the
        what-if replay needs them: what was asked, what was known, what was decided."""
        since = self.clock() - timedelta(days=days)
        cases = []
        for record in self._sessions(None, since):
            decision = Decision.from_dict(record["decision"])
            sale = sale_from_dict(record["sale"]) if record.get("sale") else None
            request = request_from_dict(record["request"])
            ref = f"{record.get('order_name') or 'no receipt'} {record['reference'][:8]}"
            cases.append(
                PastCase(
                    ref=ref,
                    request=request,
                    sale=sale,
                    at=decision.evaluated_at,
                    online=decision.online,
                    history=tuple(
                        h
                        for h in self.customer_history(record.get("customer_id"))
                        if h.at < decision.evaluated_at
                    ),
                    recorded=decision,
                )
            )
        return cases

    def odoo_cases(self, days: int = 90) -> list[PastCase]:
        """Returns done in Odoo (at any store) of the store's deliveries, as the cache knows
        them, for the what-if replay. The condition is read back from where the goods went
        (the store's stock: resellable; anywhere else: damaged), the sale as it was before
        this return, the moment as the return was done. Nothing was recorded about the
        decision, so these are compared with a baseline policy."""
        since = self.clock() - timedelta(days=days)
        stock = self.locations().get(Destination.STOCK)
        with self.cache.read() as s:
            returns = s.execute(
                select(Picking.id, Picking.name, Picking.date_done, Picking.location_dest_id)
                .where(Picking.return_id.is_not(None), Picking.state == "done")
                .order_by(Picking.date_done, Picking.id)
            ).all()
            moves = s.execute(
                select(Move.picking_id, Move.origin_returned_move_id, Move.quantity).where(
                    Move.picking_id.in_([r[0] for r in returns]), Move.state == "done"
                )
            ).all()
            origins = dict(
                s.execute(
                    select(Move.id, Move.sale_line_id).where(
                        Move.id.in_([m[1] for m in moves if m[1]])
                    )
                ).all()
            )
            sale_of_line = dict(
                s.execute(
                    select(SaleOrderLine.id, SaleOrderLine.order_id).where(
                        SaleOrderLine.id.in_([v for v in origins.values() if v])
                    )
                ).all()
            )
        by_return: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for picking_id, origin, qty in moves:
            line = origins.get(origin)
            if line:
                by_return[picking_id].append((line, qty))
        # Returns made from this PC are replayed from their own record (with its decision).
        recorded = {r for rec in self._sessions(CONFIRMED, since) for r in rec["return_ids"]}
        cases = []
        sales: dict[int, SaleView | None] = {}
        for picking_id, name, done, dest in returns:
            at = _odoo_time(done)
            if at is None or at < since or not by_return.get(picking_id) or picking_id in recorded:
                continue
            sale_id = sale_of_line.get(by_return[picking_id][0][0])
            if sale_id not in sales:
                sales[sale_id] = self.load_sale(sale_id) if sale_id else None
            view = sales[sale_id]
            if view is None:
                continue
            condition = "resellable" if dest == stock else "damaged"
            mine = defaultdict(float)
            lines = []
            for sale_line_id, qty in by_return[picking_id]:
                facts = view.facts.line(sale_line_id)
                if facts is None:
                    continue
                mine[sale_line_id] += qty
                lines.append(
                    ReturnLine(
                        product_id=facts.product_id,
                        quantity=qty,
                        condition=condition,
                        unit_price=facts.unit_price or money(0),
                        category=facts.category,
                        sale_line_id=sale_line_id,
                        tracking="none",
                    )
                )
            if not lines:
                continue
            # The sale as it was just before this return: without this return's quantities.
            before = replace(
                view.facts,
                lines=tuple(
                    replace(
                        f, returned=max(0.0, round_qty(f.returned - mine.get(f.sale_line_id, 0)))
                    )
                    for f in view.facts.lines
                ),
            )
            history = tuple(h for h in self.customer_history(view.facts.customer_id) if h.at < at)
            request = ReturnRequest(tuple(lines), customer_id=view.facts.customer_id)
            cases.append(PastCase(name, request, before, at, True, history))
        return cases

    def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        """The latest returns taken or refused on this PC (for the screen's history list)."""
        with self.journal.read() as j:
            rows = j.scalars(
                select(WorkSession)
                .where(WorkSession.kind == SESSION_KIND)
                .order_by(WorkSession.id.desc())
                .limit(limit)
            ).all()
        out = []
        for w in rows:
            data = json.loads(w.data)
            data["state"] = w.state
            data["by"] = w.employee_name
            out.append(data)
        return out
