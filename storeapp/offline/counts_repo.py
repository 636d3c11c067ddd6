"""Cycle counts on this PC: count tasks, the products and stock a count needs, saved counts.

A count in progress is a `WorkSession` of kind "count" whose `data` holds the core
`CountSession` (storeapp.core.counting) as JSON, saved after every scan so that closing the app
or a crash loses nothing. Submitting writes the session's new state, the `count.apply` ops and
the audit entries in ONE transaction: when the screen says "submitted", all of it is saved.

Reads come from the cache (locations, products, quants as last pulled from Odoo); the system
quantity recorded per line ("snapshot") is the cache's quantity at the first scan of the line.
"""

from __future__ import annotations

import json
import logging
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVarTuple

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from storeapp.core import ops
from storeapp.core.count_review import CountRules, Employee
from storeapp.core.counting import CountSession, Route, Submission
from storeapp.core.message_data import message_data
from storeapp.core.quantities import UnitOfMeasure, money, round_qty
from storeapp.core.scanning import ProductRef
from storeapp.offline import audit
from storeapp.offline.barcode_index import CacheBarcodeIndex
from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import (
    Location,
    Product,
    ProductCategory,
    ProductCost,
    Quant,
    SyncCursor,
)
from storeapp.offline.clock import from_iso, to_iso, utcnow
from storeapp.offline.db import StorageError
from storeapp.offline.journal_models import Op, WorkSession
from storeapp.offline.outbox import UNFINISHED, Actor, Outbox
from storeapp.offline.products_repo import SEARCH_LIMIT, ProductHit, ProductsRepo
from storeapp.offline.store import Writable
from storeapp.offline.units import product_unit

log = logging.getLogger(__name__)

KIND = "count"
OPEN = "open"
SUBMITTED = "submitted"
ABANDONED = "abandoned"


class CountNotFound(LookupError):
    """The count asked for is not (or no longer) open on this PC."""


@dataclass(frozen=True)
class LocationInfo:
    id: int
    name: str  # complete name, e.g. "LYO/Stock/A-01"
    barcode: str | None


@dataclass(frozen=True)
class CountTask:
    """One line of the count task list: an Odoo count request for a location, or a count
    already in progress on this PC."""

    kind: str  # "in_progress" | "request" | "counted" (submitted here, not yet back from Odoo)
    location_id: int
    location_name: str
    products: int  # requested products (request) or counted lines (in progress)
    due: date | None = None
    session_uuid: str | None = None
    started_by: str | None = None
    started_at: datetime | None = None
    focus_product: str | None = None

    @property
    def overdue(self) -> bool:
        return self.due is not None and self.due < date.today()


@dataclass(frozen=True)
class OpenCount:
    """A count loaded from the journal: its uuid, the core session and what it was for."""

    uuid: str
    session: CountSession
    started_by_id: int | None
    started_by_name: str | None
    focus_product_id: int | None = None
    focus_product_name: str | None = None


@dataclass(frozen=True)
class SubmitOutcome:
    """What a submission saved: the ops made, split by where they went."""

    queued: tuple[str, ...]  # op uuids sent to Odoo at the next sync
    for_approval: tuple[str, ...]  # op uuids waiting for a manager
    submission: Submission


def _location_label(row: Location) -> str:
    return row.complete_name or row.name


def _actor(employee: Employee) -> Actor:
    return Actor(employee.id, employee.name)


Columns = TypeVarTuple("Columns")  # what a query selects, kept by _loose_stock


def _loose_stock(
    query: Select[*Columns], location_id: int, product_id: int, lot_id: int | None
) -> Select[*Columns]:
    """`query` narrowed to the loose, company-owned quants of one product, location and lot."""
    return query.where(
        Quant.product_id == product_id,
        Quant.location_id == location_id,
        Quant.package_id.is_(None),
        Quant.owner_id.is_(None),
        Quant.lot_id == lot_id if lot_id is not None else Quant.lot_id.is_(None),
    )


class CountsRepo:
    """Count tasks, lookups and saved counts over the cache and the journal."""

    def __init__(
        self,
        cache: CacheStore,
        journal: Writable,
        outbox: Outbox,
        rules: CountRules | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.cache = cache
        self.journal = journal
        self.outbox = outbox
        self.rules = rules or CountRules()
        self.clock = clock
        self.index = CacheBarcodeIndex(cache)

    # ------------------------------------------------------------------ cache lookups

    def location_by_barcode(self, code: str) -> LocationInfo | None:
        code = code.strip()
        if not code:
            return None
        with self.cache.read() as s:
            row = s.scalar(
                select(Location).where(
                    Location.barcode == code, Location.usage == "internal", Location.active
                )
            )
            return LocationInfo(row.id, _location_label(row), row.barcode) if row else None

    def location(self, location_id: int) -> LocationInfo | None:
        with self.cache.read() as s:
            row = s.get(Location, location_id)
            return LocationInfo(row.id, _location_label(row), row.barcode) if row else None

    def product_by_barcode(self, code: str) -> ProductRef | None:
        return self.index.product_by_barcode(code.strip())

    def product_ref(self, product_id: int) -> ProductRef | None:
        """A product chosen from the search, as the counting rules see it."""
        return self.index.product_by_id(product_id)

    def search_products(self, text: str) -> list[ProductHit]:
        """Products by name, internal reference or barcode (see ProductsRepo)."""
        return ProductsRepo(self.cache).search(text, SEARCH_LIMIT)

    def with_index(self, fn: Callable[[CacheBarcodeIndex], Any]) -> Any:
        """Run `fn` with the cache's barcode index (the same one every screen uses)."""
        return fn(self.index)

    def snapshot(self, location_id: int, product_id: int, lot_id: int | None) -> float:
        """The system quantity of loose, company-owned stock at exactly this location (what
        the count.apply handler adjusts): the figure a count line is judged against.

        It is the cache's figure plus this PC's counts of the same stock not yet in Odoo: a
        shelf counted twice while offline is judged against the first count's result, not
        against the figure both counts started from (which would apply the difference twice).
        """
        cached = self.cached_quantity(location_id, product_id, lot_id)
        pending = sum(d for _u, d in self.unsent_adjustments(location_id, product_id, lot_id))
        return round_qty(cached + pending)

    def cached_quantity(self, location_id: int, product_id: int, lot_id: int | None) -> float:
        """What Odoo had of this loose stock when last pulled (no unsent count of this PC)."""
        with self.cache.read() as s:
            query = select(func.sum(Quant.quantity))
            cached = s.scalar(_loose_stock(query, location_id, product_id, lot_id))
        return round_qty(float(cached or 0.0))

    def snapshot_as_of(self, location_id: int, product_id: int, lot_id: int | None) -> str | None:
        """Odoo's write_date of the cached stock the snapshot came from (Odoo's clock). When
        the cache has no such stock: one second before the newest quant change it has seen
        (Odoo's dates are whole seconds). Any count of this stock in Odoo from that second on
        made a quant the cache does not show, so it is one the snapshot did not see."""
        with self.cache.read() as s:
            query = select(func.max(Quant.write_date))
            found = s.scalar(_loose_stock(query, location_id, product_id, lot_id))
            if found is not None:
                return found
            seen = s.scalar(select(SyncCursor.write_date).where(SyncCursor.model == "stock.quant"))
        if not seen:
            return None
        try:
            before = datetime.strptime(seen, "%Y-%m-%d %H:%M:%S") - timedelta(seconds=1)
        except ValueError:
            return None
        return before.strftime("%Y-%m-%d %H:%M:%S")

    def unsent_adjustments(
        self, location_id: int, product_id: int, lot_id: int | None
    ) -> list[tuple[str, float]]:
        """(op uuid, difference) of this PC's counts of this stock still on their way to Odoo
        (waiting for approval, queued, sending, failed or parked)."""
        query = select(Op.uuid, Op.payload).where(
            Op.kind == ops.COUNT_APPLY, Op.state.in_([state.value for state in UNFINISHED])
        )
        with self.journal.read() as s:
            rows = s.execute(query.order_by(Op.seq)).all()
        found = []
        for op_uuid, text in rows:
            try:
                p = json.loads(text)
                same = (
                    int(p.get("product_id") or 0) == product_id
                    and int(p.get("location_id") or 0) == location_id
                    and (int(p["lot_id"]) if p.get("lot_id") else None) == lot_id
                )
                if same:
                    found.append((op_uuid, float(p["counted"]) - float(p["snapshot_qty"])))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue  # a malformed op is the approvals inbox's business, not the snapshot's
        return found

    def product_facts(self, product_id: int) -> tuple[Decimal | None, str | None, bool]:
        """Unit cost (None while not read from Odoo: asked for here), category path and
        whether the product is still active in the cache."""
        with self.cache.read() as s:
            row = s.get(Product, product_id)
            if row is None:
                return Decimal("0"), None, False
            category = s.get(ProductCategory, row.categ_id) if row.categ_id else None
            path = (category.complete_name or category.name) if category else None
            cost = self._cost(s, product_id)
        if cost is None:
            try:
                self.want_costs([product_id])
            except StorageError as exc:
                # Only the request is lost: the cost stays unknown and a manager approves.
                log.warning("could not ask for the cost of product %s: %s", product_id, exc)
        return cost, path, bool(row.active)

    def unit_cost(self, product_id: int) -> Decimal | None:
        """The product's cost as last read from Odoo, None when this PC has none yet."""
        with self.cache.read() as s:
            return self._cost(s, product_id)

    @staticmethod
    def _cost(s: Session, product_id: int) -> Decimal | None:
        known = s.get(ProductCost, product_id)
        if known is None or known.standard_price is None:
            return None
        return money(known.standard_price)

    def want_costs(self, product_ids: list[int]) -> None:
        """Ask the sync for these products' costs (read from Odoo at its next pass; the
        count screens value adjustments with them). Costs already known stay as they are."""
        if not product_ids:
            return
        at = to_iso(self.clock())
        with self.cache.write() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO product_cost (product_id, wanted_at) VALUES (?, ?) "
                "ON CONFLICT(product_id) DO UPDATE SET wanted_at = excluded.wanted_at",
                [(pid, at) for pid in sorted(set(product_ids))],
            )

    def products_at(self, location_id: int) -> list[int]:
        """Products the cache has stock of at the location: what a count there will scan."""
        with self.cache.read() as s:
            return list(
                s.scalars(
                    select(Quant.product_id).where(Quant.location_id == location_id).distinct()
                )
            )

    def product_unit(self, product_id: int) -> UnitOfMeasure:
        """The product's unit and its rounding, which every typed quantity must respect."""
        with self.cache.read() as s:
            return product_unit(s, s.get(Product, product_id))

    def product_active(self, product_id: int) -> bool:
        return self.product_facts(product_id)[2]

    def locations_holding(self, product_id: int) -> list[LocationInfo]:
        """Internal locations where the cache has stock of the product, most stock first."""
        with self.cache.read() as s:
            rows = s.execute(
                select(Location, func.sum(Quant.quantity).label("qty"))
                .join(Quant, Quant.location_id == Location.id)
                .where(
                    Quant.product_id == product_id,
                    Location.usage == "internal",
                    Location.active,
                )
                .group_by(Location.id)
                .having(func.sum(Quant.quantity) > 0)
                .order_by(func.sum(Quant.quantity).desc(), Location.id)
            ).all()
            return [LocationInfo(r[0].id, _location_label(r[0]), r[0].barcode) for r in rows]

    def stocked_products(
        self, location_id: int, min_qty: float = 1, limit: int = 3
    ) -> list[tuple[int, str, float]]:
        """Untracked products with a barcode and at least `min_qty` at the location, as
        (id, barcode, quantity): what a demonstration count scans."""
        with self.cache.read() as s:
            rows = s.execute(
                select(Product.id, Product.barcode, Quant.quantity)
                .join(Quant, Quant.product_id == Product.id)
                .where(
                    Quant.location_id == location_id,
                    Quant.lot_id.is_(None),
                    Quant.quantity >= min_qty,
                    Product.tracking == "none",
                    Product.barcode.is_not(None),
                )
                .order_by(Product.id)
                .limit(limit)
            ).all()
        return [(r[0], str(r[1]), float(r[2])) for r in rows]  # barcode: not NULL, as asked

    # ------------------------------------------------------------------ tasks

    def tasks(self) -> list[CountTask]:
        """Counts in progress on this PC first, then Odoo's count requests by location
        (quants with a scheduled count date, earliest first, or assigned to someone)."""
        out: list[CountTask] = []
        busy: set[int] = set()
        with self.journal.read() as j:
            rows = j.scalars(
                select(WorkSession)
                .where(WorkSession.kind == KIND, WorkSession.state == OPEN)
                .order_by(WorkSession.created_at)
            ).all()
        for row in rows:
            data = json.loads(row.data)
            session = data.get("session", {})
            location_id = int(session.get("location_id", 0))
            busy.add(location_id)
            out.append(
                CountTask(
                    kind="in_progress",
                    location_id=location_id,
                    location_name=str(session.get("location_name", "")),
                    products=len(session.get("lines", [])),
                    session_uuid=row.uuid,
                    started_by=row.employee_name,
                    started_at=from_iso(row.created_at),
                    focus_product=data.get("focus_product_name"),
                )
            )
        with self.cache.read() as s:
            requests = s.execute(
                select(
                    Location.id,
                    Location.name,
                    Location.complete_name,
                    func.count(Quant.id),
                    func.min(Quant.inventory_date),
                )
                .join(Quant, Quant.location_id == Location.id)
                .where(
                    # A scheduled count date, or a count assigned to someone in Odoo.
                    or_(Quant.inventory_date.is_not(None), Quant.user_id.is_not(None)),
                    Location.usage == "internal",
                )
                .group_by(Location.id)
                # Dated requests first, earliest first; undated (assigned) ones after.
                .order_by(
                    func.min(Quant.inventory_date).is_(None),
                    func.min(Quant.inventory_date),
                    Location.complete_name,
                )
            ).all()
        done = self._counted_recently()
        later = []
        for loc_id, name, complete, n, due in requests:
            if loc_id in busy:
                continue
            task = CountTask(
                kind="request",
                location_id=loc_id,
                location_name=complete or name,
                products=int(n),
                due=date.fromisoformat(due) if due else None,
            )
            if loc_id in done:
                # Counted here already: Odoo clears the request once the adjustments are
                # applied and pulled back; until then it goes last, saying who counted it.
                who, when = done[loc_id]
                later.append(replace(task, kind="counted", started_by=who, started_at=when))
            else:
                out.append(task)
        return out + later

    def _counted_recently(self) -> dict[int, tuple[str | None, datetime | None]]:
        """Locations with a count submitted on this PC in the last day: who, when."""
        since = to_iso(self.clock() - timedelta(days=1))
        with self.journal.read() as j:
            rows = j.execute(
                select(WorkSession.subject, WorkSession.employee_name, WorkSession.updated_at)
                .where(
                    WorkSession.kind == KIND,
                    WorkSession.state == SUBMITTED,
                    WorkSession.updated_at >= since,
                )
                .order_by(WorkSession.updated_at)
            ).all()
        out: dict[int, tuple[str | None, datetime | None]] = {}
        for subject, who, at in rows:
            if subject.startswith("location:"):
                out[int(subject.split(":", 1)[1])] = (who, from_iso(at))
        return out

    # ------------------------------------------------------------------ sessions

    def start(
        self,
        location: LocationInfo,
        employee: Employee,
        *,
        focus: ProductRef | None = None,
    ) -> OpenCount:
        """Open a count of `location` (or continue the one already open there). The costs of
        what the location holds are asked for now, so the sync reads them while counting."""
        self.want_costs(self.products_at(location.id))
        existing = self._open_at(location.id)
        if existing is not None:
            return existing
        session = CountSession(location.id, location.name, self.rules)
        return self._create([(location, session)], employee, focus)[0]

    def start_for_product(self, product: ProductRef, employee: Employee) -> list[OpenCount]:
        """A count of one product: one count per location that holds it, all saved at once."""
        places = self.locations_holding(product.id)
        self.want_costs([product.id])
        opened: list[OpenCount] = []
        fresh: list[tuple[LocationInfo, CountSession]] = []
        for place in places:
            existing = self._open_at(place.id)
            if existing is not None:
                opened.append(existing)
            else:
                fresh.append((place, CountSession(place.id, place.name, self.rules)))
        if fresh:
            opened = self._create(fresh, employee, product) + opened
        return opened

    def _open_at(self, location_id: int) -> OpenCount | None:
        with self.journal.read() as j:
            row = j.scalar(
                select(WorkSession).where(
                    WorkSession.kind == KIND,
                    WorkSession.state == OPEN,
                    WorkSession.subject == f"location:{location_id}",
                )
            )
            return self._load_row(row) if row else None

    def _create(
        self,
        places: list[tuple[LocationInfo, CountSession]],
        employee: Employee,
        focus: ProductRef | None,
    ) -> list[OpenCount]:
        now = self.clock()
        made = []
        with self.journal.write() as j:
            for location, session in places:
                data = {
                    "session": session.to_dict(),
                    "focus_product_id": focus.id if focus else None,
                    "focus_product_name": focus.name if focus else None,
                }
                row = WorkSession(
                    uuid=str(uuid_module.uuid4()),
                    kind=KIND,
                    subject=f"location:{location.id}",
                    state=OPEN,
                    data=json.dumps(data, sort_keys=True),
                    employee_id=employee.id,
                    employee_name=employee.name,
                    created_at=to_iso(now),
                    updated_at=to_iso(now),
                )
                j.add(row)
                details = {"location": location.name, "product": focus.name if focus else None}
                audit.append(
                    j, _actor(employee), "count.started", f"count:{row.uuid}", details, at=now
                )
                made.append(
                    OpenCount(
                        row.uuid,
                        session,
                        employee.id,
                        employee.name,
                        focus.id if focus else None,
                        focus.name if focus else None,
                    )
                )
        return made

    def _load_row(self, row: WorkSession) -> OpenCount:
        data = json.loads(row.data)
        return OpenCount(
            row.uuid,
            CountSession.from_dict(data["session"], self.rules),
            row.employee_id,
            row.employee_name,
            data.get("focus_product_id"),
            data.get("focus_product_name"),
        )

    def load(self, session_uuid: str) -> OpenCount:
        with self.journal.read() as j:
            row = j.scalar(select(WorkSession).where(WorkSession.uuid == session_uuid))
            if row is None or row.kind != KIND or row.state != OPEN:
                raise CountNotFound(
                    "This count is no longer open on this PC (it was submitted or abandoned)."
                )
            return self._load_row(row)

    def _row(self, j: Session, session_uuid: str) -> WorkSession:
        row = j.scalar(select(WorkSession).where(WorkSession.uuid == session_uuid))
        if row is None or row.state != OPEN:
            raise CountNotFound(
                "This count is no longer open on this PC (it was submitted or abandoned)."
            )
        return row

    @staticmethod
    def _store(row: WorkSession, count: OpenCount, now: datetime) -> None:
        data = json.loads(row.data)
        data["session"] = count.session.to_dict()
        row.data = json.dumps(data, sort_keys=True)
        row.updated_at = to_iso(now)

    def save(
        self,
        count: OpenCount,
        employee: Employee,
        action: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Save the session after a change; with `action`, also append an audit entry (a
        recount started, a typed quantity) in the same transaction."""
        now = self.clock()
        with self.journal.write() as j:
            self._store(self._row(j, count.uuid), count, now)
            if action:
                audit.append(
                    j, _actor(employee), action, f"count:{count.uuid}", details or {}, at=now
                )

    def abandon(self, count: OpenCount, employee: Employee) -> None:
        now = self.clock()
        with self.journal.write() as j:
            row = self._row(j, count.uuid)
            row.state = ABANDONED
            row.updated_at = to_iso(now)
            details = {"location": count.session.location_name, "lines": len(count.session.lines)}
            audit.append(
                j, _actor(employee), "count.abandoned", f"count:{count.uuid}", details, at=now
            )

    def _snapshot_facts(self, adjustment: Any) -> dict[str, Any]:
        """What the count's snapshot stood on, for the push to notice a count it did not see."""
        where = (adjustment.location_id, adjustment.product_id, adjustment.lot_id)
        return {
            "snapshot_as_of": self.snapshot_as_of(*where),
            "snapshot_includes": [u for u, _diff in self.unsent_adjustments(*where)],
        }

    def submit(self, count: OpenCount, submission: Submission, employee: Employee) -> SubmitOutcome:
        """Save the submitted session, one `count.apply` op per line (queued, or waiting for
        a manager) and the audit entries, all in one transaction."""
        now = self.clock()
        queued: list[str] = []
        waiting: list[str] = []
        with self.journal.write() as j:
            row = self._row(j, count.uuid)
            self._store(row, count, now)
            row.state = SUBMITTED
            for adjustment in submission.adjustments:
                payload = adjustment.payload()
                # Kept with the op for the approval inbox; the handler reads only its fields.
                payload["lot_name"] = adjustment.lot_name
                payload["difference"] = adjustment.difference
                # Whoever submits took part too: they may not approve it either.
                payload["counters"] = list(dict.fromkeys([*adjustment.counters, employee.id]))
                payload["attempts"] = list(adjustment.attempts)
                payload["reasons"] = list(adjustment.reasons)
                # The same reasons with their templates: the inbox shows them translated.
                payload["reason_texts"] = [message_data(r) for r in adjustment.reasons]
                payload["count_uuid"] = count.uuid
                payload.update(self._snapshot_facts(adjustment))
                ops.validate_payload(ops.COUNT_APPLY, payload)
                needs = adjustment.route is Route.APPROVAL
                op = self.outbox.enqueue(
                    ops.COUNT_APPLY,
                    payload,
                    ops.aggregate_for(ops.COUNT_APPLY, payload),
                    Actor(adjustment.counted_by_id, adjustment.counted_by_name),
                    needs_approval=needs,
                    session=j,
                    value_impact=float(adjustment.value_impact),
                )
                (waiting if needs else queued).append(op.uuid)
            audit.append(
                j,
                _actor(employee),
                "count.submitted",
                f"count:{count.uuid}",
                {
                    "location": count.session.location_name,
                    "lines": [
                        {
                            "product": a.product_name,
                            "lot": a.lot_name,
                            "counted": a.counted,
                            "snapshot": a.snapshot_qty,
                            "difference": a.difference,
                            "route": str(a.route),
                            "recounts": len(a.attempts) - 1,
                        }
                        for a in submission.adjustments
                    ],
                },
                at=now,
            )
        return SubmitOutcome(tuple(queued), tuple(waiting), submission)
