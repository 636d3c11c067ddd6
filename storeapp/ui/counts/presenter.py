"""Cycle counting without widgets: task list, scans, typed quantities, undo, lots, recounts,
submission. Tested without a window (tests/ui/test_counts_presenter.py).

Every change runs on the db executor (it reads the cache for the snapshot and saves the count
to the journal) and is saved before the screen shows it: if saving fails, the count is reloaded
from the journal so the screen never shows a scan that was not kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from storeapp.core.count_lines import CountRefusalReason, CountRefused, CountUpdated
from storeapp.core.count_review import Employee
from storeapp.core.counting import CountSession, LineReview
from storeapp.core.quantities import QTY_CONFIRM_ABOVE, check_quantity, format_qty
from storeapp.core.scanning import (
    ProductRef,
    ScanRefusal,
    ScanResolution,
    ScanSource,
    resolve_lot_number,
    resolve_scan,
)
from storeapp.offline import store_figures
from storeapp.offline.barcode_index import CacheBarcodeIndex
from storeapp.offline.clock import utcnow
from storeapp.offline.counts_repo import (
    CountsRepo,
    CountTask,
    OpenCount,
    SubmitOutcome,
)
from storeapp.offline.products_repo import ProductHit
from storeapp.ui.executors import Executors
from storeapp.ui.session import SignedInEmployee


def tr(text: str) -> str:
    return QCoreApplication.translate("CountsPresenter", text)


class NotSignedIn(PermissionError):
    """Counting needs a signed-in employee (their name goes on every line)."""


@dataclass(frozen=True)
class Feedback:
    """What the screen says after an action: `level` ok | warn | error, or confirm (the
    message is a question; the action is repeated with `confirmed=True` on "yes")."""

    level: str
    message: str
    action: str = ""
    key: str | None = None  # the line concerned, to select it


@dataclass(frozen=True)
class LineRow:
    """One count line as the screen shows it. `expected` is None while the count is blind."""

    key: str
    label: str
    counted: float
    expected: float | None
    counted_by: str
    recounts: int
    needs_recount: bool
    status: str


def core_employee(employee: SignedInEmployee | None) -> Employee:
    if employee is None:
        raise NotSignedIn(tr("Nobody is signed in. Sign in to count."))
    return employee.core_employee


class CountsPresenter:
    """State of the counting screen: the tasks, and the count open on it (if any)."""

    def __init__(
        self,
        repo: CountsRepo,
        executors: Executors,
        employee: Callable[[], SignedInEmployee | None],
        *,
        blind: bool = True,
        confirm_above: float = QTY_CONFIRM_ABOVE,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.repo = repo
        self.confirm_above = confirm_above
        self.executors = executors
        self.employee = employee
        self.blind = blind
        self.clock = clock
        self.tasks: list[CountTask] = []
        self.current: OpenCount | None = None
        self.awaiting_lot: ProductRef | None = None  # a tracked product scanned without its lot
        self.reviews: dict[str, LineReview] = {}
        # Blind counts say which lines need a recount only once the associate has finished
        # (tried to submit): while counting, "off" would hint at the system's figure.
        self.review_shown = not blind
        self.last_outcome: SubmitOutcome | None = None

    # ------------------------------------------------------------------ reading

    @property
    def session(self) -> CountSession | None:
        return self.current.session if self.current else None

    async def data_as_of(self) -> datetime | None:
        """When this PC last heard from Odoo: the stock figures are as fresh as that."""
        facts = await self.executors.run_db(store_figures.cache_facts, self.repo.cache)
        return facts.last_sync_at

    async def load_tasks(self) -> list[CountTask]:
        self.tasks = await self.executors.run_db(self.repo.tasks)
        return self.tasks

    def rows(self) -> list[LineRow]:
        session = self.session
        if session is None:
            return []
        out = []
        for line in session.lines.values():
            review = self.reviews.get(line.key) if self.review_shown else None
            recounts = max(0, len(line.attempts) - 1)
            attempt = line.current
            if review is not None and review.needs_recount:
                status = tr("Count again")
            elif attempt is not None and attempt.closed:
                status = tr("Recount: scan it again")
            elif recounts:
                status = tr("Recounted")
            else:
                status = tr("Counted")
            out.append(
                LineRow(
                    key=line.key,
                    label=line.label(),
                    counted=line.counted if not (attempt and attempt.closed) else 0.0,
                    expected=None if self.blind else line.snapshot_qty,
                    counted_by=attempt.counted_by_name if attempt else "",
                    recounts=recounts,
                    needs_recount=bool(review and review.needs_recount),
                    status=status,
                )
            )
        return out

    # ------------------------------------------------------------------ starting

    async def open_task(self, task: CountTask) -> Feedback:
        who = core_employee(self.employee())
        if task.session_uuid:
            self.current = await self.executors.run_db(self.repo.load, task.session_uuid)
        else:
            location = await self.executors.run_db(self.repo.location, task.location_id)
            if location is None:
                return Feedback(
                    "error",
                    tr("This location is no longer in the store's data."),
                    tr("Sync with Odoo, then choose another count."),
                )
            self.current = await self.executors.run_db(self.repo.start, location, who)
        self._after_change()
        return self._opened()

    def _opened(self) -> Feedback:
        assert self.current is not None
        self.review_shown = not self.blind
        what = self.current.session.location_name
        if self.current.focus_product_name:
            message = tr("Counting {product} at {location}.").format(
                product=self.current.focus_product_name, location=what
            )
        else:
            message = tr("Counting {location}.").format(location=what)
        return Feedback("ok", message, tr("Scan each item on the shelf."))

    async def start_from_scan(self, code: str) -> Feedback:
        """No count open: a location barcode starts a count there; a product barcode starts a
        count of that product in every location holding it."""
        who = core_employee(self.employee())
        code = code.strip()
        location = await self.executors.run_db(self.repo.location_by_barcode, code)
        if location is not None:
            self.current = await self.executors.run_db(self.repo.start, location, who)
            self._after_change()
            return self._opened()
        product = await self.executors.run_db(self.repo.product_by_barcode, code)
        if product is None:
            return Feedback(
                "error",
                tr("{code} is neither a location nor a product of this store.").format(code=code),
                tr("Scan the label on the shelf edge, or a product's barcode."),
            )
        opened = await self.executors.run_db(self.repo.start_for_product, product, who)
        if not opened:
            return Feedback(
                "warn",
                tr(
                    "This store has no {product} in stock anywhere, so there is nothing to count."
                ).format(product=product.name),
                tr("To record stock found on a shelf, scan that shelf's label first."),
            )
        self.current = opened[0]
        self._after_change()
        feedback = self._opened()
        if len(opened) > 1:
            others = ", ".join(o.session.location_name for o in opened[1:])
            return Feedback(
                "ok",
                feedback.message,
                tr("It is also stocked in {others}: those counts wait in the task list.").format(
                    others=others
                ),
            )
        return feedback

    # ------------------------------------------------------------------ counting

    async def scan(self, code: str) -> Feedback:
        """What the scanner (or the scan box) read."""
        code = code.strip()
        if not code:
            return Feedback("warn", tr("Nothing was scanned."), tr("Scan again."))
        if self.current is None:
            return await self.start_from_scan(code)
        who = core_employee(self.employee())
        return await self.executors.run_db(self._scan_sync, code, who)

    def _scan_sync(self, code: str, who: Employee) -> Feedback:
        current = self.current
        assert current is not None
        location = self.repo.location_by_barcode(code)
        if location is not None:
            self.awaiting_lot = None
            if location.id == current.session.location_id:
                return Feedback(
                    "ok", tr("Already counting {location}.").format(location=location.name)
                )
            return Feedback(
                "error",
                tr("{other} is another location: you are counting {here}.").format(
                    other=location.name, here=current.session.location_name
                ),
                tr("Submit or leave this count first, then scan the other shelf."),
            )
        resolution = self.repo.with_index(lambda index: resolve_scan(code, index))
        if isinstance(resolution, ScanRefusal):
            if self.awaiting_lot is not None:
                return self._lot_entry(code, who)
            # A serial or lot label carries only its number: the product it belongs to takes it.
            resolution = self._lot_number(code) or resolution
        if isinstance(resolution, ScanRefusal):
            return Feedback("error", resolution.message, resolution.action)
        self.awaiting_lot = None
        if current.focus_product_id and resolution.product_id != current.focus_product_id:
            return Feedback(
                "warn",
                tr("This count is only for {product}; {other} was not counted.").format(
                    product=current.focus_product_name, other=resolution.product_name
                ),
                tr("Count the other product with a count of this location."),
            )
        return self._add(resolution, who)

    async def search_products(self, text: str) -> list[ProductHit]:
        """Products for the search box: by name, internal reference or barcode."""
        return await self.executors.run_db(self.repo.search_products, text)

    async def choose_product(self, product_id: int) -> Feedback:
        """A product chosen in the search box counts as one scan of it (typed, so recorded
        as manual): for an item whose barcode will not scan."""
        who = core_employee(self.employee())
        return await self.executors.run_db(self._choose_sync, product_id, who)

    def _choose_sync(self, product_id: int, who: Employee) -> Feedback:
        current = self.current
        product = self.repo.product_ref(product_id)
        if current is None or product is None:
            return Feedback(
                "error",
                tr("Scan the shelf label first, then choose the product."),
                tr("Scan the location you are counting."),
            )
        if current.focus_product_id and product.id != current.focus_product_id:
            return Feedback(
                "warn",
                tr("This count is only for {product}; {other} was not counted.").format(
                    product=current.focus_product_name, other=product.name
                ),
                tr("Count the other product with a count of this location."),
            )
        self.awaiting_lot = None
        return self._add(ScanResolution.typed(product, 1.0), who)

    def _ask_lot(self, product: ProductRef) -> Feedback:
        self.awaiting_lot = product
        word = tr("serial number") if product.tracking == "serial" else tr("lot number")
        return Feedback(
            "warn",
            tr("{product} is counted by {word}.").format(product=product.name, word=word),
            tr("Scan or type the {word} printed on the item.").format(word=word),
        )

    def _lot_number(self, code: str) -> ScanResolution | None:
        """`code` as the lot or serial number of the one product that has it; a name several
        products share goes to the one already on this count, or is not guessed (None)."""
        current = self.current
        assert current is not None
        on_count = {line.product_id for line in current.session.lines.values()}

        def find(index: CacheBarcodeIndex) -> ScanResolution | None:
            products = index.products_with_lot(code.strip())
            counted = [product for product in products if product.id in on_count]
            if len(counted) > 1 or (not counted and len(products) > 1):
                return None
            return resolve_lot_number(code, counted or products, index)

        return self.repo.with_index(find)

    def _lot_entry(self, text: str, who: Employee) -> Feedback:
        product = self.awaiting_lot
        assert product is not None
        lot = self.repo.with_index(lambda index: index.lot_by_name(product.id, text))
        resolution = ScanResolution(
            product_id=product.id,
            product_name=product.name,
            quantity=1.0,
            source=ScanSource.PRODUCT,
            tracking=product.tracking,
            lot_name=text,
            lot_id=lot.id if lot else None,
            product_active=product.active,
            category_id=product.category_id,
            uom_name=product.uom_name,
            uom_rounding=product.uom_rounding,
        )
        self.awaiting_lot = None
        return self._add(resolution, who)

    def _add(self, resolution: ScanResolution, who: Employee) -> Feedback:
        current = self.current
        assert current is not None
        cost, category, active = self.repo.product_facts(resolution.product_id)
        if not active:
            resolution = replace(resolution, product_active=False)

        def snapshot(product_id: int, lot_id: int | None, _lot_name: str | None) -> float:
            return self.repo.snapshot(current.session.location_id, product_id, lot_id)

        def change():
            return current.session.add_scan(
                resolution,
                by=who,
                now=self.clock(),
                snapshot=snapshot,
                unit_cost=cost,
                category=category,
            )

        result = self._mutate(change, who)
        if isinstance(result, CountRefused):
            if result.reason is CountRefusalReason.LOT_REQUIRED:
                product = ProductRef(
                    resolution.product_id,
                    resolution.product_name,
                    resolution.tracking,
                    resolution.product_active,
                    uom_name=resolution.uom_name,
                    category_id=resolution.category_id,
                    uom_rounding=resolution.uom_rounding,
                )
                return self._ask_lot(product)
            return Feedback("error", result.message, result.action)
        return self._updated(result)

    def _updated(self, result: CountUpdated) -> Feedback:
        if result.warning:
            return Feedback("warn", result.warning, key=result.key)
        return Feedback(
            "ok",
            tr("{label}: {qty}").format(label=result.label, qty=format_qty(result.counted)),
            key=result.key,
        )

    def _mutate(self, change, who: Employee, action: str | None = None, details=None):
        """Apply `change` to the session and save it; on a failed save, reload what the
        journal holds so the screen and the journal agree, then let the error through."""
        current = self.current
        assert current is not None
        result = change()
        if isinstance(result, CountRefused):
            return result
        try:
            self.repo.save(current, who, action, details)
        except Exception:
            self.current = self.repo.load(current.uuid)
            raise
        self._after_change()
        return result

    def _after_change(self) -> None:
        session = self.session
        self.reviews = {r.key: r for r in session.review()} if session and session.lines else {}
        # A line under recount is judged again only once its new count has begun.
        if session is not None:
            for key, line in session.lines.items():
                if line.current is not None and line.current.closed:
                    self.reviews.pop(key, None)

    async def set_quantity(
        self, key: str, quantity: str | float, *, confirmed: bool = False
    ) -> Feedback:
        """A typed quantity for a line (absolute): for many identical items or a 0. Text is read
        by the one quantity rule; above the store's limit the answer is a "confirm" feedback
        whose message is the question, and nothing is saved until it comes back confirmed."""
        who = core_employee(self.employee())
        return await self.executors.run_db(self._set_sync, key, quantity, confirmed, who)

    def _set_sync(self, key: str, raw: str | float, confirmed: bool, who: Employee) -> Feedback:
        current = self.current
        if current is None or key not in current.session.lines:
            return Feedback("error", tr("Choose a counted line first."), tr("Scan the item."))
        line = current.session.lines[key]
        unit = self.repo.product_unit(line.product_id)
        check = check_quantity(raw, unit, confirm_above=self.confirm_above, confirmed=confirmed)
        if check.value is None:
            return Feedback("error", tr(check.problem or ""), tr(check.hint or ""), key)
        if check.confirm:
            return Feedback("confirm", check.confirm, "", key)
        quantity = check.value
        product = ProductRef(
            line.product_id,
            line.product_name,
            line.tracking,
            line.product_active,
            uom_name=unit.name,
            uom_rounding=unit.rounding,
        )
        cost, category, _active = self.repo.product_facts(line.product_id)

        def snapshot(product_id: int, lot_id: int | None, _lot_name: str | None) -> float:
            return self.repo.snapshot(current.session.location_id, product_id, lot_id)

        def change():
            return current.session.set_quantity(
                product,
                quantity,
                by=who,
                now=self.clock(),
                snapshot=snapshot,
                lot_name=line.lot_name,
                lot_id=line.lot_id,
                unit_cost=cost,
                category=category,
            )

        result = self._mutate(
            change, who, "count.quantity_typed", {"line": line.label(), "quantity": quantity}
        )
        if isinstance(result, CountRefused):
            return Feedback("error", result.message, result.action)
        return self._updated(result)

    async def undo(self) -> Feedback:
        who = core_employee(self.employee())
        if self.current is None:
            return Feedback("warn", tr("No count is open."), tr("Start a count first."))

        def run() -> Feedback:
            result = self._mutate(self.current.session.undo_last, who)  # type: ignore[union-attr]
            if isinstance(result, CountRefused):
                return Feedback("warn", result.message, result.action)
            return Feedback(
                "ok",
                tr("Undone. {label}: {qty}").format(
                    label=result.label, qty=format_qty(result.counted)
                ),
                key=result.key,
            )

        return await self.executors.run_db(run)

    async def recount(self, key: str) -> Feedback:
        """Open a recount of a line: the first count stays in the history."""
        who = core_employee(self.employee())
        if self.current is None:
            return Feedback("warn", tr("No count is open."), tr("Start a count first."))
        session = self.current.session

        def run() -> Feedback:
            result = self._mutate(
                lambda: session.start_recount(key, by=who, now=self.clock()),
                who,
                "count.recount_started",
                {"line": session.lines[key].label() if key in session.lines else key},
            )
            if isinstance(result, CountRefused):
                return Feedback("error", result.message, result.action)
            action = tr("Scan every {label} on the shelf again.").format(label=result.label)
            if result.warning:
                return Feedback("warn", result.warning, action, key=key)
            return Feedback(
                "ok", tr("Recount of {label} started.").format(label=result.label), action, key
            )

        return await self.executors.run_db(run)

    async def submit(self) -> Feedback:
        """Finish the count. Lines over tolerance are sent back for a recount first."""
        who = core_employee(self.employee())
        if self.current is None:
            return Feedback("warn", tr("No count is open."), tr("Start a count first."))
        return await self.executors.run_db(self._submit_sync, who)

    def _submit_sync(self, who: Employee) -> Feedback:
        current = self.current
        assert current is not None
        session = current.session
        closed = [
            line.label() for line in session.lines.values() if line.current and line.current.closed
        ]
        if closed:
            return Feedback(
                "error",
                tr("The recount of {lines} has not begun.").format(lines=", ".join(closed)),
                tr("Scan those items again (or type 0 if none are left), then submit."),
            )
        self._after_change()
        self.review_shown = True
        pending = [r for r in self.reviews.values() if r.needs_recount]
        if pending:
            names = ", ".join(session.lines[r.key].label() for r in pending)
            # Blind counts do not say by how much: the recount must not be steered.
            return Feedback(
                "warn",
                tr("Count these again before submitting: {names}.").format(names=names),
                tr("Select a line and press Recount; another colleague catches more mistakes."),
                pending[0].key,
            )
        result = session.submit(now=self.clock(), product_active=self.repo.product_active)
        if isinstance(result, CountRefused):
            return Feedback("error", result.message, result.action)
        try:
            outcome = self.repo.submit(current, result, who)
        except Exception:
            self.current = self.repo.load(current.uuid)
            raise
        self.last_outcome = outcome
        location = session.location_name
        self.current = None
        self.reviews = {}
        self.awaiting_lot = None
        self.review_shown = not self.blind
        message = tr(
            "Count of {location} submitted: {auto} adjustment(s) go to Odoo, {manager} wait for "
            "a manager."
        ).format(location=location, auto=len(outcome.queued), manager=len(outcome.for_approval))
        return Feedback("ok", message, tr("Scan the next shelf or choose a count."))

    async def leave(self) -> None:
        """Put the count aside (it stays open in the task list)."""
        self.current = None
        self.reviews = {}
        self.awaiting_lot = None
        self.review_shown = not self.blind

    async def abandon(self) -> Feedback:
        who = core_employee(self.employee())
        current = self.current
        if current is None:
            return Feedback("warn", tr("No count is open."))
        await self.executors.run_db(self.repo.abandon, current, who)
        await self.leave()
        return Feedback(
            "ok",
            tr("Count of {location} abandoned; nothing was sent to Odoo.").format(
                location=current.session.location_name
            ),
        )
