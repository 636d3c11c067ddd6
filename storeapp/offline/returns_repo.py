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
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session

from storeapp.core.ops import RETURN_CREATE
from storeapp.core.policy import (
    Destination,
    PastReturn,
    SaleFacts,
    SaleLineFacts,
)
from storeapp.core.quantities import UNITS, UnitOfMeasure, money, round_qty
from storeapp.core.returns import (
    DeliveredMove,
)
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
from storeapp.offline.clock import from_iso, utcnow
from storeapp.offline.journal_models import Op, OpState
from storeapp.offline.outbox import UNFINISHED, Outbox
from storeapp.offline.products_repo import like_contains
from storeapp.offline.returns_records import (
    CONFIRMED,
    ReturnRecords,
    odoo_time,
)
from storeapp.offline.returns_replay import ReturnReplay
from storeapp.offline.store import Readable, Writable
from storeapp.offline.units import product_unit


@dataclass(frozen=True)
class SaleSummary:
    """One hit of a sale search."""

    sale_id: int
    order_name: str
    sold_at: datetime | None
    customer_name: str
    amount_total: float
    deliveries: int  # done deliveries the store knows; 0 means nothing to return yet


SEARCH_MAX = 128


@dataclass(frozen=True)
class SaleLineView:
    """A sale line as the screen shows it, with what the engine and the ops need."""

    facts: SaleLineFacts
    product_name: str
    default_code: str | None
    barcode: str | None
    moves: tuple[DeliveredMove, ...]
    pending_here: float  # of `facts.returned`, the part still on its way from this PC
    unit: UnitOfMeasure = UNITS


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
    unit: UnitOfMeasure = UNITS


class ReturnsRepo(ReturnRecords, ReturnReplay):
    """Cache queries and journal writes of the returns intake. Blocking: call it on the
    `db` executor. Saving lives in returns_records.py, the what-if cases in
    returns_replay.py."""

    def __init__(
        self,
        cache: Readable,
        journal: Writable,
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
        # Nothing longer is a receipt, a name or a phone: a runaway scan is not looked up whole.
        needle = text.strip()[:SEARCH_MAX]
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
            ids = list(dict.fromkeys([*exact, *(i for i in by_delivery if i is not None)]))
            if not ids:
                partners = select(Partner.id).where(
                    or_(
                        Partner.name.ilike(like_contains(needle), escape="\\"),
                        Partner.phone_last4 == needle if len(needle) == 4 else false(),
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
                odoo_time(o.date_order),
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
        """The sale as a return intake needs it: each line with what was delivered, by which
        move, what came back already (in Odoo or saved here and not yet sent), and the
        serials sold. None when the cache does not have the order."""
        pending = self.pending_returns_by_move()
        with self.cache.read() as s:
            order = s.get(SaleOrder, sale_id)
            if order is None:
                return None
            partner = s.get(Partner, order.partner_id) if order.partner_id else None
            rows = _read_sale_rows(s, sale_id)
        views = [_line_view(line, rows, pending) for line in rows.lines]
        sale = SaleFacts(
            order_name=order.name,
            sold_at=odoo_time(order.date_order) or self.clock(),
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
            at = odoo_time(done) or odoo_time(scheduled)
            if at and at >= since:
                out.append(PastReturn(at=at, order_name=origin or ""))
        for record in self._sessions(CONFIRMED, since):
            if record.get("customer_id") != customer_id or record["withdrawn"]:
                continue
            made = set(record.get("return_ids") or [])
            if made & in_cache:
                continue
            out.append(
                PastReturn(
                    at=from_iso(record["at"]),
                    order_name=record.get("order_name") or "",
                    value=money(record.get("total") or 0),
                )
            )
        return sorted(out, key=lambda p: p.at)

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
            unit = product_unit(s, product)
        return ProductHit(
            product.id,
            product.name,
            (category.complete_name or category.name) if category else None,
            product.tracking,
            product.list_price,
            product.barcode,
            unit,
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


# ---------------------------------------------------------------------- reading one sale


@dataclass(frozen=True)
class _SaleRows:
    """The cache rows behind one sale, read in one transaction by `_read_sale_rows`."""

    lines: Sequence[SaleOrderLine]
    # Keyed by the cache's nullable reference columns: a missing key reads as "not known".
    products: dict[int | None, Product]
    categories: dict[int | None, str]
    units: dict[int | None, UnitOfMeasure]
    deliveries: dict[int | None, Picking]  # the sale's done outgoing pickings (not returns)
    moves: Sequence[Move]  # their done moves, oldest first
    returned: dict[int, float]  # per delivered move, what its returns bring back
    serials: dict[int, list[str]]  # per delivered move, the lot/serial names delivered


def _read_sale_rows(s: Session, sale_id: int) -> _SaleRows:
    lines = s.scalars(
        select(SaleOrderLine).where(SaleOrderLine.order_id == sale_id).order_by(SaleOrderLine.id)
    ).all()
    products: dict[int | None, Product] = {
        p.id: p
        for p in s.scalars(select(Product).where(Product.id.in_([ln.product_id for ln in lines])))
    }
    categories: dict[int | None, str] = dict(
        s.execute(
            select(
                ProductCategory.id,
                func.coalesce(ProductCategory.complete_name, ProductCategory.name),
            )
        ).all()
    )
    units: dict[int | None, UnitOfMeasure] = defaultdict(
        lambda: UNITS, {pid: product_unit(s, p) for pid, p in products.items()}
    )
    deliveries: dict[int | None, Picking] = {
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
    return _SaleRows(
        lines=lines,
        products=products,
        categories=categories,
        units=units,
        deliveries=deliveries,
        moves=moves,
        returned=_returned_by_move(s, move_ids),
        serials=_serials_by_move(s, move_ids),
    )


def _returned_by_move(s: Session, move_ids: list[int]) -> dict[int, float]:
    """What the return moves of each delivered move bring back: done ones what they moved,
    open ones what they ask for (cancelled ones nothing)."""
    back: dict[int, float] = defaultdict(float)
    for origin, state, demand, done in s.execute(
        select(Move.origin_returned_move_id, Move.state, Move.product_uom_qty, Move.quantity).where(
            Move.origin_returned_move_id.in_(move_ids), Move.state != "cancel"
        )
    ):
        if origin is not None:  # never, by the query: for the type checker
            back[origin] += done if state == "done" else demand
    return back


def _serials_by_move(s: Session, move_ids: list[int]) -> dict[int, list[str]]:
    serials: dict[int, list[str]] = defaultdict(list)
    lot_names: dict[int | None, str] = dict(
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
        if name and ml.move_id is not None:
            serials[ml.move_id].append(name)
    return serials


def _unit_price(line: SaleOrderLine) -> Decimal:
    """What the customer paid for one unit: the line's total over its quantity (taxes and
    discounts included) when Odoo gave both, else the list price less the discount."""
    if line.product_uom_qty and line.price_total:
        return money(line.price_total / line.product_uom_qty)
    return money(line.price_unit * (1 - (line.discount or 0) / 100))


def _delivered_move(move: Move, rows: _SaleRows, pending: dict[int, float]) -> DeliveredMove:
    delivery = rows.deliveries[move.picking_id]  # the moves were read by their delivery
    back = rows.returned.get(move.id, 0.0) + pending.get(move.id, 0.0)
    return DeliveredMove(move.id, delivery.id, delivery.name, move.quantity, round_qty(back))


def _line_view(line: SaleOrderLine, rows: _SaleRows, pending: dict[int, float]) -> SaleLineView:
    """One sale line with its delivered moves; `pending` is what returns saved here and not
    yet in Odoo take back from each move."""
    product = rows.products.get(line.product_id)
    line_moves = [m for m in rows.moves if m.sale_line_id == line.id]
    delivered_moves = tuple(_delivered_move(m, rows, pending) for m in line_moves)
    facts = SaleLineFacts(
        sale_line_id=line.id,
        product_id=line.product_id or 0,
        sold=line.product_uom_qty,
        returned=round_qty(sum(m.returned for m in delivered_moves)),
        delivered=round_qty(sum(m.quantity for m in delivered_moves)),
        sold_serials=tuple(n for m in line_moves for n in rows.serials.get(m.id, ())),
        tracking=product.tracking if product else "none",
        category=rows.categories.get(product.categ_id) if product else None,
        unit_price=_unit_price(line),
    )
    return SaleLineView(
        facts=facts,
        product_name=(product.name if product else None) or line.name or "",
        default_code=product.default_code if product else None,
        barcode=product.barcode if product else None,
        moves=delivered_moves,
        pending_here=round_qty(sum(pending.get(m.id, 0.0) for m in line_moves)),
        unit=rows.units[line.product_id],
    )
