"""Cycle counting without widgets: task list, scans, typed quantities, undo, lots, recounts,
submission. Tested without a window (tests/ui/test_counts_presenter.py).

Every change is worked out on the db executor (it reads the cache for the snapshot and saves the
count to the journal) on a private copy of the open count, and is saved before the screen shows
it: only once saved does the copy, back on the Qt thread, replace the presenter's count. If saving
fails, the presenter still holds what the journal holds, so the screen never shows a scan that
was not kept. The presenter's own state is read and changed on the Qt thread only.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from storeapp.core.actor import Actor
from storeapp.core.count_lines import CountRefusalReason, CountRefused, CountUpdated
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
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.language import translated
from storeapp.ui.outcome import Outcome
from storeapp.ui.session import SignedInEmployee


def tr(text: str) -> str:
    return QCoreApplication.translate("CountsPresenter", text)


class NotSignedIn(PermissionError):
    """Counting needs a signed-in employee (their name goes on every line)."""


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


def signed_in(employee: SignedInEmployee | None) -> Actor:
    """Who counts: the signed-in person, as every layer below names them."""
    if employee is None:
        raise NotSignedIn(tr("Nobody is signed in. Sign in to count."))
    return employee.actor


@dataclass
class _Draft:
    """The open count while a change is worked out on the db thread: a private copy, so the
    screen goes on reading the presenter's own; `saved` once the change is in the journal."""

    current: OpenCount | None
    awaiting_lot: ProductRef | None
    saved: bool = False

    def open(self) -> OpenCount:
        assert self.current is not None, "a change needs an open count"
        return self.current


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
        advise_unknown: Callable[[ScanRefusal], ScanRefusal] | None = None,
    ) -> None:
        self.repo = repo
        # An unknown barcode asks the sync for the products (storeapp/sync/unknown_barcodes.py).
        self.advise_unknown = advise_unknown
        self.confirm_above = confirm_above
        self.executors = executors
        self.work = Work(executors)
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
        facts = await self.work.db(store_figures.cache_facts, self.repo.cache)
        return facts.last_sync_at

    async def load_tasks(self) -> list[CountTask]:
        self.tasks = await self.work.db(self.repo.tasks)
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

    async def open_task(self, task: CountTask) -> Outcome:
        who = signed_in(self.employee())
        if task.session_uuid:
            self.current = await self.work.db(self.repo.load, task.session_uuid)
        else:
            location = await self.work.db(self.repo.location, task.location_id)
            if location is None:
                return Outcome(
                    "error",
                    tr("This location is no longer in the store's data."),
                    tr("Sync with Odoo, then choose another count."),
                )
            self.current = await self.work.db(self.repo.start, location, who)
        self._after_change()
        return self._opened()

    def _opened(self) -> Outcome:
        assert self.current is not None
        self.review_shown = not self.blind
        what = self.current.session.location_name
        if self.current.focus_product_name:
            message = tr("Counting {product} at {location}.").format(
                product=self.current.focus_product_name, location=what
            )
        else:
            message = tr("Counting {location}.").format(location=what)
        return Outcome("ok", message, tr("Scan each item on the shelf."))

    async def start_from_scan(self, code: str) -> Outcome:
        """No count open: a location barcode starts a count there; a product barcode starts a
        count of that product in every location holding it."""
        who = signed_in(self.employee())
        code = code.strip()
        location = await self.work.db(self.repo.location_by_barcode, code)
        if location is not None:
            self.current = await self.work.db(self.repo.start, location, who)
            self._after_change()
            return self._opened()
        product = await self.work.db(self.repo.product_by_barcode, code)
        if product is None:
            return Outcome(
                "error",
                tr("{code} is neither a location nor a product of this store.").format(code=code),
                tr("Scan the label on the shelf edge, or a product's barcode."),
            )
        opened = await self.work.db(self.repo.start_for_product, product, who)
        if not opened:
            return Outcome(
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
            return Outcome(
                "ok",
                feedback.message,
                tr("It is also stocked in {others}: those counts wait in the task list.").format(
                    others=others
                ),
            )
        return feedback

    # ------------------------------------------------------------------ counting

    async def _change(self, work: Callable[..., Outcome], *args: object) -> Outcome:
        """Run `work(draft, *args)` on the db thread with a private copy of the open count
        (the rules read the cache for snapshots and the change is saved before it is shown);
        back on the Qt thread, the saved copy replaces the presenter's count. The view runs
        one action at a time, so no two drafts of one count are ever out at once."""
        draft = _Draft(copy.deepcopy(self.current), self.awaiting_lot)
        feedback = await self.work.db(work, draft, *args)
        self.awaiting_lot = draft.awaiting_lot
        if draft.saved:
            self.current = draft.current
            self._after_change()
        return feedback

    async def scan(self, code: str) -> Outcome:
        """What the scanner (or the scan box) read."""
        code = code.strip()
        if not code:
            return Outcome("warn", tr("Nothing was scanned."), tr("Scan again."))
        if self.current is None:
            return await self.start_from_scan(code)
        who = signed_in(self.employee())
        return await self._change(self._scan_work, code, who)

    def _scan_work(self, draft: _Draft, code: str, who: Actor) -> Outcome:
        current = draft.open()
        location = self.repo.location_by_barcode(code)
        if location is not None:
            draft.awaiting_lot = None
            if location.id == current.session.location_id:
                return Outcome(
                    "ok", tr("Already counting {location}.").format(location=location.name)
                )
            return Outcome(
                "error",
                tr("{other} is another location: you are counting {here}.").format(
                    other=location.name, here=current.session.location_name
                ),
                tr("Submit or leave this count first, then scan the other shelf."),
            )
        resolution = self.repo.with_index(lambda index: resolve_scan(code, index))
        if isinstance(resolution, ScanRefusal):
            if draft.awaiting_lot is not None:
                return self._lot_entry(draft, code, who)
            # A serial or lot label carries only its number: the product it belongs to takes it.
            resolution = self._lot_number(current, code) or resolution
        if isinstance(resolution, ScanRefusal):
            if self.advise_unknown is not None:
                resolution = self.advise_unknown(resolution)
            return Outcome("error", resolution.message, resolution.action)
        draft.awaiting_lot = None
        if current.focus_product_id and resolution.product_id != current.focus_product_id:
            return Outcome(
                "warn",
                tr("This count is only for {product}; {other} was not counted.").format(
                    product=current.focus_product_name, other=resolution.product_name
                ),
                tr("Count the other product with a count of this location."),
            )
        return self._add(draft, resolution, who)

    async def search_products(self, text: str) -> list[ProductHit]:
        """Products for the search box: by name, internal reference or barcode."""
        return await self.work.read(self.repo.search_products, text)

    async def choose_product(self, product_id: int) -> Outcome:
        """A product chosen in the search box counts as one scan of it (typed, so recorded
        as manual): for an item whose barcode will not scan."""
        who = signed_in(self.employee())
        return await self._change(self._choose_work, product_id, who)

    def _choose_work(self, draft: _Draft, product_id: int, who: Actor) -> Outcome:
        current = draft.current
        product = self.repo.product_ref(product_id)
        if current is None or product is None:
            return Outcome(
                "error",
                tr("Scan the shelf label first, then choose the product."),
                tr("Scan the location you are counting."),
            )
        if current.focus_product_id and product.id != current.focus_product_id:
            return Outcome(
                "warn",
                tr("This count is only for {product}; {other} was not counted.").format(
                    product=current.focus_product_name, other=product.name
                ),
                tr("Count the other product with a count of this location."),
            )
        draft.awaiting_lot = None
        return self._add(draft, ScanResolution.typed(product, 1.0), who)

    @staticmethod
    def _ask_lot(draft: _Draft, product: ProductRef) -> Outcome:
        draft.awaiting_lot = product
        word = tr("serial number") if product.tracking == "serial" else tr("lot number")
        return Outcome(
            "warn",
            tr("{product} is counted by {word}.").format(product=product.name, word=word),
            tr("Scan or type the {word} printed on the item.").format(word=word),
        )

    def _lot_number(self, current: OpenCount, code: str) -> ScanResolution | None:
        """`code` as the lot or serial number of the one product that has it; a name several
        products share goes to the one already on this count, or is not guessed (None)."""
        on_count = {line.product_id for line in current.session.lines.values()}

        def find(index: CacheBarcodeIndex) -> ScanResolution | None:
            products = index.products_with_lot(code.strip())
            counted = [product for product in products if product.id in on_count]
            if len(counted) > 1 or (not counted and len(products) > 1):
                return None
            return resolve_lot_number(code, counted or products, index)

        return self.repo.with_index(find)

    def _lot_entry(self, draft: _Draft, text: str, who: Actor) -> Outcome:
        product = draft.awaiting_lot
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
        draft.awaiting_lot = None
        return self._add(draft, resolution, who)

    def _add(self, draft: _Draft, resolution: ScanResolution, who: Actor) -> Outcome:
        current = draft.open()
        cost, category, active = self.repo.product_facts(resolution.product_id)
        if not active:
            resolution = replace(resolution, product_active=False)

        def snapshot(product_id: int, lot_id: int | None, _lot_name: str | None) -> float:
            return self.repo.snapshot(current.session.location_id, product_id, lot_id)

        def change() -> CountUpdated | CountRefused:
            return current.session.add_scan(
                resolution,
                by=who,
                now=self.clock(),
                snapshot=snapshot,
                unit_cost=cost,
                category=category,
            )

        result = self._save(draft, change, who)
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
                return self._ask_lot(draft, product)
            return Outcome("error", result.message, result.action)
        return self._updated(result)

    @staticmethod
    def _updated(result: CountUpdated) -> Outcome:
        if result.warning:
            return Outcome("warn", result.warning, subject=result.key)
        return Outcome(
            "ok",
            tr("{label}: {qty}").format(label=result.label, qty=format_qty(result.counted)),
            subject=result.key,
        )

    def _save(
        self,
        draft: _Draft,
        change: Callable[[], CountUpdated | CountRefused],
        who: Actor,
        action: str | None = None,
        details: dict[str, object] | None = None,
    ) -> CountUpdated | CountRefused:
        """Apply `change` to the draft and save it. A failed save raises and leaves the
        presenter's count as the journal holds it: the screen never shows an unsaved scan."""
        result = change()
        if isinstance(result, CountRefused):
            return result
        self.repo.save(draft.open(), who, action, details)
        draft.saved = True
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
    ) -> Outcome:
        """A typed quantity for a line (absolute): for many identical items or a 0. Text is read
        by the one quantity rule; above the store's limit the answer is a "confirm" feedback
        whose message is the question, and nothing is saved until it comes back confirmed."""
        who = signed_in(self.employee())
        return await self._change(self._set_work, key, quantity, confirmed, who)

    def _set_work(
        self, draft: _Draft, key: str, raw: str | float, confirmed: bool, who: Actor
    ) -> Outcome:
        current = draft.current
        if current is None or key not in current.session.lines:
            return Outcome("error", tr("Choose a counted line first."), tr("Scan the item."))
        line = current.session.lines[key]
        unit = self.repo.product_unit(line.product_id)
        check = check_quantity(raw, unit, confirm_above=self.confirm_above, confirmed=confirmed)
        if check.value is None:
            return Outcome(
                "error", translated(check.problem or ""), translated(check.hint or ""), key
            )
        if check.confirm:
            return Outcome("confirm", translated(check.confirm), "", key)
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

        def change() -> CountUpdated | CountRefused:
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

        result = self._save(
            draft, change, who, "count.quantity_typed", {"line": line.label(), "quantity": quantity}
        )
        if isinstance(result, CountRefused):
            return Outcome("error", result.message, result.action)
        return self._updated(result)

    async def undo(self) -> Outcome:
        who = signed_in(self.employee())
        if self.current is None:
            return Outcome("warn", tr("No count is open."), tr("Start a count first."))
        return await self._change(self._undo_work, who)

    def _undo_work(self, draft: _Draft, who: Actor) -> Outcome:
        result = self._save(draft, draft.open().session.undo_last, who)
        if isinstance(result, CountRefused):
            return Outcome("warn", result.message, result.action)
        return Outcome(
            "ok",
            tr("Undone. {label}: {qty}").format(label=result.label, qty=format_qty(result.counted)),
            subject=result.key,
        )

    async def recount(self, key: str) -> Outcome:
        """Open a recount of a line: the first count stays in the history."""
        who = signed_in(self.employee())
        if self.current is None:
            return Outcome("warn", tr("No count is open."), tr("Start a count first."))
        return await self._change(self._recount_work, key, who)

    def _recount_work(self, draft: _Draft, key: str, who: Actor) -> Outcome:
        session = draft.open().session
        result = self._save(
            draft,
            lambda: session.start_recount(key, by=who, now=self.clock()),
            who,
            "count.recount_started",
            {"line": session.lines[key].label() if key in session.lines else key},
        )
        if isinstance(result, CountRefused):
            return Outcome("error", result.message, result.action)
        action = tr("Scan every {label} on the shelf again.").format(label=result.label)
        if result.warning:
            return Outcome("warn", result.warning, action, key)
        return Outcome(
            "ok", tr("Recount of {label} started.").format(label=result.label), action, key
        )

    async def submit(self) -> Outcome:
        """Finish the count. Lines over tolerance are sent back for a recount first."""
        who = signed_in(self.employee())
        current = self.current
        if current is None:
            return Outcome("warn", tr("No count is open."), tr("Start a count first."))
        session = current.session
        closed = [
            line.label() for line in session.lines.values() if line.current and line.current.closed
        ]
        if closed:
            return Outcome(
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
            return Outcome(
                "warn",
                tr("Count these again before submitting: {names}.").format(names=names),
                tr("Select a line and press Recount; another colleague catches more mistakes."),
                pending[0].key,
            )
        outcome = await self.work.db(self._submit_work, copy.deepcopy(current), who)
        if isinstance(outcome, Outcome):
            return outcome
        self.last_outcome = outcome
        await self.leave()
        message = tr(
            "Count of {location} submitted: {auto} adjustment(s) go to Odoo, {manager} wait for "
            "a manager."
        ).format(
            location=session.location_name,
            auto=len(outcome.queued),
            manager=len(outcome.for_approval),
        )
        return Outcome("ok", message, tr("Scan the next shelf or choose a count."))

    def _submit_work(self, current: OpenCount, who: Actor) -> Outcome | SubmitOutcome:
        """On the db thread, with a copy: the submission and its ops in one transaction."""
        result = current.session.submit(
            now=self.clock(),
            product_active=self.repo.product_active,
            unit_cost=self.repo.unit_cost,
        )
        if isinstance(result, CountRefused):
            return Outcome("error", result.message, result.action)
        return self.repo.submit(current, result, who)

    async def leave(self) -> None:
        """Put the count aside (it stays open in the task list)."""
        self.current = None
        self.reviews = {}
        self.awaiting_lot = None
        self.review_shown = not self.blind

    async def abandon(self) -> Outcome:
        who = signed_in(self.employee())
        current = self.current
        if current is None:
            return Outcome("warn", tr("No count is open."))
        await self.work.db(self.repo.abandon, current, who)
        await self.leave()
        return Outcome(
            "ok",
            tr("Count of {location} abandoned; nothing was sent to Odoo.").format(
                location=current.session.location_name
            ),
        )
