"""The returns the what-if replay (`storeapp policy simulate`) works on.

Two sources: returns taken on this PC, replayed from their own record with the decision made
at the time; and returns done in Odoo for the store's deliveries (at any store), rebuilt from
the cache, which carry no decision and are compared with a baseline policy.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from storeapp.core.policy import (
    Decision,
    Destination,
    PastCase,
    PastReturn,
    ReturnLine,
    ReturnRequest,
)
from storeapp.core.quantities import money, round_qty
from storeapp.core.returns import request_from_dict, sale_from_dict
from storeapp.offline.cache_models import Move, Picking, SaleOrderLine
from storeapp.offline.returns_records import CONFIRMED, odoo_time
from storeapp.offline.store import Readable

if TYPE_CHECKING:
    from storeapp.offline.returns_repo import SaleView


class ReturnReplay:
    """What-if side of `ReturnsRepo` (which provides the stores, `load_sale`,
    `customer_history`, `locations` and `_sessions`)."""

    cache: Readable
    clock: Any

    if TYPE_CHECKING:  # provided by ReturnsRepo and ReturnRecords

        def _sessions(self, state: str | None, since: datetime) -> list[dict[str, Any]]: ...

        def customer_history(
            self, customer_id: int | None, days: int = 365
        ) -> list[PastReturn]: ...

        def locations(self) -> dict[Destination, int]: ...

        def load_sale(self, sale_id: int) -> SaleView | None: ...

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
            origins: dict[int | None, int | None] = dict(
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
        by_return: dict[int | None, list[tuple[int, float]]] = defaultdict(list)
        for picking_id, origin, qty in moves:
            line = origins.get(origin)
            if line:
                by_return[picking_id].append((line, qty))
        # Returns made from this PC are replayed from their own record (with its decision).
        recorded = {r for rec in self._sessions(CONFIRMED, since) for r in rec["return_ids"]}
        cases = []
        sales: dict[int | None, SaleView | None] = {}
        for picking_id, name, done, dest in returns:
            at = odoo_time(done)
            if at is None or at < since or not by_return.get(picking_id) or picking_id in recorded:
                continue
            sale_id = sale_of_line.get(by_return[picking_id][0][0])
            if sale_id not in sales:
                sales[sale_id] = self.load_sale(sale_id) if sale_id else None
            view = sales[sale_id]
            if view is None:
                continue
            condition = "resellable" if dest == stock else "damaged"
            mine: dict[int, float] = defaultdict(float)
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
