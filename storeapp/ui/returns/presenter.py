"""Returns intake without widgets: the sale, the lines being returned, the decision.

The presenter holds the intake's state — the sale found (or the no-receipt path), one
`DraftLine` per sale line or scanned product, the customer's earlier returns — and asks the
policy engine again after every change, so the screen always shows the decision the
associate would get on confirming. Blocking work (cache and journal) runs on the `db`
executor; the engine itself is pure and fast, so it runs where it is called.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from storeapp.core.policy import (
    Decision,
    Level,
    PastReturn,
    Policy,
    ReturnLine,
    ReturnRequest,
    evaluate,
)
from storeapp.core.policy.document import CONDITION_LABELS
from storeapp.core.quantities import (
    UNITS,
    UnitOfMeasure,
    check_quantity,
    money,
    qty_compare,
    round_qty,
)
from storeapp.core.returns import (
    OVERRIDABLE,
    ReceiptLine,
    ReturnPlanError,
    ReturnReceipt,
    plan_returns,
)
from storeapp.core.text import echo
from storeapp.offline import store_figures
from storeapp.offline.clock import utcnow
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import AlreadySent, NotYours
from storeapp.offline.returns_records import SavedReturn
from storeapp.offline.returns_repo import ProductHit, ReturnsRepo, SaleSummary, SaleView
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.language import translated
from storeapp.ui.outcome import Outcome
from storeapp.ui.session import SignedInEmployee


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnsPresenter", text)


class IntakeError(ValueError):
    """Something the associate asked cannot be done; the message says why and what to do.
    Raised from deep in an edit (a table cell, the policy check), shown as its `outcome`."""

    @property
    def outcome(self) -> Outcome:
        return Outcome("error", str(self))


@dataclass
class DraftLine:
    """One line of the return being prepared (mutable: the table edits it)."""

    product_id: int
    product_name: str
    category: str | None
    tracking: str
    unit_price: Decimal
    sale_line_id: int | None = None
    sold: float | None = None
    delivered: float | None = None
    returned: float | None = None
    returnable: float | None = None  # None on the no-receipt path
    quantity: float = 0.0
    reason: str | None = None
    condition: str = "resellable"
    serials: list[str] = field(default_factory=list)
    barcode: str | None = None
    default_code: str | None = None
    unit: UnitOfMeasure = UNITS

    def to_return_line(self) -> ReturnLine:
        return ReturnLine(
            product_id=self.product_id,
            quantity=self.quantity,
            condition=self.condition,
            unit_price=self.unit_price,
            product_name=self.product_name,
            category=self.category,
            sale_line_id=self.sale_line_id,
            serials=tuple(self.serials),
            tracking=self.tracking,
            reason_code=self.reason,
        )


@dataclass(frozen=True)
class Confirmed:
    saved: SavedReturn
    receipt: ReturnReceipt


def _too_late(states: set[OpState]) -> str:
    """Why a return cannot be undone from the screen, and what to do instead."""
    if states <= {OpState.CANCELLED, OpState.REJECTED}:
        return tr("This return was already undone: nothing of it goes to Odoo.")
    if OpState.DONE in states:
        return tr(
            "Odoo already has this return, so it cannot be undone here. To reverse it, sell "
            "the items to the customer again at the till and tell the back office."
        )
    if OpState.PARKED in states:
        return tr(
            "This return is waiting for a manager in Sync & outbox: a manager can cancel it there."
        )
    return tr(
        "This return may already have reached Odoo (a send got no answer). Wait for the next "
        "sync, then look at it in Sync & outbox."
    )


class ReturnsPresenter:
    """State and service calls of the returns screen."""

    def __init__(
        self,
        repo: ReturnsRepo,
        policy: Callable[[], Policy | None],
        executors: Executors,
        *,
        online: Callable[[], bool] = lambda: True,
        store_name: str = "",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.repo = repo
        self.policy_in_force = policy
        self.executors = executors
        self.work = Work(executors)
        self.online = online
        self.store_name = store_name
        self.clock = clock
        self.reset()

    # ------------------------------------------------------------------ state

    def reset(self) -> None:
        self.sale: SaleView | None = None
        self.no_receipt = False
        self.lines: list[DraftLine] = []
        self.history: list[PastReturn] = []
        self.customer_id: int | None = None
        self.customer_name = ""
        self.decision: Decision | None = None

    @property
    def active(self) -> bool:
        return self.sale is not None or self.no_receipt

    @property
    def policy(self) -> Policy | None:
        return self.policy_in_force()

    def reason_choices(self) -> list[tuple[str, str]]:
        policy = self.policy
        return [(r.code, r.label) for r in policy.reasons] if policy else []

    def condition_label(self, condition: str) -> str:
        """The condition's name for people: the policy's own label (per language) or the
        built-in one; `translated()` shows it in the language spoken."""
        policy = self.policy
        if policy is not None:
            return policy.condition_label(condition)
        return CONDITION_LABELS.get(condition, condition.capitalize())

    def condition_choices(self) -> list[str]:
        policy = self.policy
        return list(policy.condition_names) if policy else ["resellable"]

    async def data_as_of(self) -> datetime | None:
        """When this PC last heard from Odoo (the sale facts are as fresh as that)."""
        facts = await self.work.db(store_figures.cache_facts, self.repo.cache)
        return facts.last_sync_at

    # ------------------------------------------------------------------ finding the sale

    async def search(self, text: str) -> list[SaleSummary]:
        if not text.strip():
            raise IntakeError(
                tr(
                    "Scan the receipt, or type an order number, a customer name or the last 4 digits of their phone."
                )
            )
        return await self.work.db(self.repo.find_sales, text)

    async def open_sale(self, sale_id: int) -> SaleView:
        sale = await self.work.db(self.repo.load_sale, sale_id)
        if sale is None:
            raise IntakeError(
                tr("This sale is no longer in this PC's data. Sync, then search again.")
            )
        history = await self.work.db(self.repo.customer_history, sale.facts.customer_id)
        self.reset()
        self.sale = sale
        self.history = history
        self.customer_id = sale.facts.customer_id
        self.customer_name = sale.customer_name
        default_reason = self.reason_choices()[0][0] if self.reason_choices() else None
        for view in sale.lines:
            f = view.facts
            self.lines.append(
                DraftLine(
                    product_id=f.product_id,
                    product_name=view.product_name,
                    category=f.category,
                    tracking=f.tracking,
                    unit_price=f.unit_price or Decimal(0),
                    sale_line_id=f.sale_line_id,
                    sold=f.sold,
                    delivered=f.delivered,
                    returned=f.returned,
                    returnable=f.returnable,
                    reason=default_reason,
                    barcode=view.barcode,
                    default_code=view.default_code,
                    unit=view.unit,
                )
            )
        self.decide()
        return sale

    def start_no_receipt(self) -> None:
        self.reset()
        self.no_receipt = True
        self.decide()

    async def add_product(self, code: str) -> DraftLine:
        """No-receipt path: add the scanned product (or one more of it)."""
        hit = await self.work.db(self.repo.product_by_code, code)
        if hit is None:
            raise IntakeError(
                tr(
                    "No product has the code {code} in this store's data. Check the label, or sync and try again."
                ).format(code=code)
            )
        for line in self.lines:
            if line.product_id == hit.product_id and line.tracking != "serial":
                line.quantity = round_qty(line.quantity + 1)
                self.decide()
                return line
        reasons = self.reason_choices()
        line = DraftLine(
            product_id=hit.product_id,
            product_name=hit.name,
            category=hit.category,
            tracking=hit.tracking,
            unit_price=money(hit.list_price),
            quantity=1.0,
            reason=reasons[0][0] if reasons else None,
            barcode=hit.barcode,
            unit=hit.unit,
        )
        self.lines.append(line)
        self.decide()
        return line

    # ------------------------------------------------------------------ editing lines

    def set_quantity(self, row: int, quantity: str | float) -> None:
        """The quantity brought back, by the one quantity rule (whole numbers for Units)."""
        line = self.lines[row]
        check = check_quantity(quantity, line.unit, confirmed=True)
        if check.value is None:
            raise IntakeError(f"{translated(check.problem or '')} {translated(check.hint or '')}")
        quantity = check.value
        if line.tracking == "serial" and qty_compare(quantity, round(quantity)) != 0:
            raise IntakeError(tr("A serial number is one item: return whole units."))
        line.quantity = quantity
        if line.tracking == "serial" and len(line.serials) > quantity:
            del line.serials[int(quantity) :]
        self.decide()

    def set_reason(self, row: int, code: str) -> None:
        self.lines[row].reason = code
        self.decide()

    def set_condition(self, row: int, condition: str) -> None:
        self.lines[row].condition = condition
        self.decide()

    async def scan(self, code: str) -> str:
        """A scan while a sale is open (`scan_on_sale`), knowing which product of the store's
        data has that code, if any: a product barcode is never taken as a serial."""
        product = await self.work.db(self.repo.product_by_code, code)
        return self.scan_on_sale(code, product)

    def scan_on_sale(self, code: str, product: ProductHit | None = None) -> str:
        """A scan while a sale is open: a serial/lot of one of its lines, or a product barcode
        (one more of that line; `product` is the store's product with that code, if known).
        Returns what happened, in words."""
        code = code.strip()
        for line in self.lines:
            if line.tracking == "none":
                continue
            sold = self.sale.line(line.sale_line_id).facts.sold_serials if self.sale else ()
            if code in sold:
                return self.add_serial(self.lines.index(line), code)
        for row, line in enumerate(self.lines):
            if (code and code in (line.barcode, line.default_code)) or (
                product is not None and product.product_id == line.product_id
            ):
                if line.tracking == "serial":
                    return tr("{name} has serial numbers: scan the serial on the item.").format(
                        name=line.product_name
                    )
                self.set_quantity(row, line.quantity + 1)
                return tr("{name}: returning {n}.").format(
                    name=line.product_name, n=f"{line.quantity:g}"
                )
        if product is not None:
            raise IntakeError(
                tr(
                    "{code} is the barcode of {name}, which is not on this sale. Check the item, "
                    "or take it back as a return without a receipt."
                ).format(code=echo(code), name=product.name)
            )
        tracked = [i for i, ln in enumerate(self.lines) if ln.tracking != "none"]
        if len(tracked) == 1:
            # One tracked line: a code that is neither a product nor a sold serial is taken as
            # that line's serial, and the policy says whether it matches the sale.
            return self.add_serial(tracked[0], code)
        raise IntakeError(
            tr("{code} is not a product or a serial number of this sale. Check the item.").format(
                code=code
            )
        )

    def add_serial(self, row: int, serial: str) -> str:
        line = self.lines[row]
        serial = serial.strip()
        if not serial:
            raise IntakeError(tr("Scan or type the serial number printed on the item."))
        if line.tracking == "none":
            raise IntakeError(
                tr("{name} has no serial or lot numbers.").format(name=line.product_name)
            )
        if serial in line.serials:
            raise IntakeError(tr("Serial {s} is already on this return.").format(s=serial))
        if line.tracking == "lot":
            line.serials = [serial]
            if qty_compare(line.quantity, 0) <= 0:
                line.quantity = 1.0
        else:
            line.serials.append(serial)
            if qty_compare(line.quantity, len(line.serials)) < 0:
                line.quantity = float(len(line.serials))
        self.decide()
        return tr("{name}: serial {s} added.").format(name=line.product_name, s=serial)

    # ------------------------------------------------------------------ the decision

    def request(self) -> ReturnRequest:
        chosen = [ln.to_return_line() for ln in self.lines if qty_compare(ln.quantity, 0) > 0]
        return ReturnRequest(tuple(chosen), customer_id=self.customer_id)

    def decide(self) -> Decision | None:
        """Evaluate the current request (None while nothing is chosen or no policy)."""
        policy = self.policy
        request = self.request()
        if policy is None or not self.active or not request.lines:
            self.decision = None
            return None
        sale = self.sale.facts if self.sale else None
        self.decision = evaluate(policy, request, sale, self.history, self.clock(), self.online())
        return self.decision

    def line_decision_for(self, row: int):  # LineDecision | None
        """The engine's decision on table row `row` (rows with quantity 0 have none)."""
        if self.decision is None or qty_compare(self.lines[row].quantity, 0) <= 0:
            return None
        index = sum(1 for ln in self.lines[:row] if qty_compare(ln.quantity, 0) > 0)
        return self.decision.lines[index] if index < len(self.decision.lines) else None

    @property
    def can_confirm(self) -> bool:
        return self.decision is not None and self.decision.allowed

    @property
    def can_override(self) -> bool:
        return self.decision is not None and self.decision.level in OVERRIDABLE

    # ------------------------------------------------------------------ saving

    def check_approver(self, actor: SignedInEmployee, manager: SignedInEmployee, note: str) -> None:
        if not manager.is_manager:
            raise IntakeError(
                tr("{name} is not a manager: only a manager can approve this return.").format(
                    name=manager.name
                )
            )
        if manager.employee_id == actor.employee_id:
            raise IntakeError(tr("You took this return, so another manager must approve it."))
        if not note.strip():
            raise IntakeError(tr("Write a note saying why the return is approved."))

    async def confirm(
        self,
        employee: SignedInEmployee | None,
        approver: SignedInEmployee | None = None,
        note: str = "",
    ) -> Confirmed:
        """Save the return and its ops. Without an approver the decision must allow it; with
        one it may also be one that needs a manager (never a deny)."""
        if employee is None:
            raise IntakeError(tr("Sign in first."))
        decision = self.decide()
        if decision is None:
            raise IntakeError(tr("Choose what the customer brings back: set a quantity on a line."))
        if decision.denied:
            raise IntakeError(
                tr("The policy refuses this return: {why}").format(why=self._first_reason())
            )
        if decision.needs_approval:
            if approver is None:
                raise IntakeError(tr("This return needs a manager's approval first."))
            self.check_approver(employee, approver, note)
        request = self.request()
        if self.no_receipt:
            # No delivery to return in Odoo: the return is recorded here (journal and audit)
            # and the receipt tells the back office to book the goods and the refund.
            planned = []
        else:
            planned = await self._plan(request, decision)
        actor = employee.actor
        approving = approver.actor if approver else None
        saved = await self.work.db(
            self.repo.save_confirmed,
            request,
            self.sale.facts if self.sale else None,
            decision,
            planned,
            actor,
            customer_name=self.customer_name,
            approver=approving,
            note=note.strip() or None,
        )
        receipt = self.receipt(saved, decision, employee.name, approver.name if approver else None)
        self.reset()
        return Confirmed(saved, receipt)

    async def undo(self, saved: SavedReturn, who: SignedInEmployee | None) -> str:
        """Take back a confirmed return from the screen while Odoo does not have it: its ops
        are withdrawn (audited as op.withdrawn); otherwise say what to do instead."""
        if who is None:
            raise IntakeError(tr("Sign in first."))
        if not saved.op_uuids:
            raise IntakeError(
                tr(
                    "This return was recorded on this PC only (no receipt): the back office "
                    "books it. Tell them it is cancelled."
                )
            )
        outbox = self.repo.outbox
        try:
            await self.work.db(
                outbox.withdraw,
                saved.op_uuids,
                who.actor,
                manager=who.is_manager,
            )
        except NotYours as error:
            raise IntakeError(str(error)) from error
        except AlreadySent as error:
            states = {
                op.state
                for op in await self.work.db(lambda: [outbox.get(u) for u in saved.op_uuids])
                if op is not None
            }
            raise IntakeError(_too_late(states)) from error
        return tr(
            "Return {reference} undone: it was not sent to Odoo and never will be. Give the "
            "customer back their items and take back the refund."
        ).format(reference=saved.reference)

    async def _plan(self, request: ReturnRequest, decision: Decision) -> list:
        assert self.sale is not None
        try:
            locations = await self.work.db(self.repo.locations)
            products = {ln.product_id for ln in request.lines}
            lots = await self.work.db(self.repo.lot_ids, products)
            return plan_returns(
                request,
                decision,
                {v.facts.sale_line_id: v.moves for v in self.sale.lines},
                locations,
                lots,
                dict(self.reason_choices()),
            )
        except ReturnPlanError as error:
            raise IntakeError(
                tr("This return cannot be prepared for Odoo: {why}.").format(why=error)
            ) from error

    async def refuse(self, employee: SignedInEmployee | None, note: str = "") -> SavedReturn:
        """Record that the store did not take this return, with the policy's reasons."""
        if employee is None:
            raise IntakeError(tr("Sign in first."))
        decision = self.decide()
        if decision is None:
            raise IntakeError(
                tr("Choose what the customer brought back before recording a refusal.")
            )
        saved = await self.work.db(
            self.repo.save_refused,
            self.request(),
            self.sale.facts if self.sale else None,
            decision,
            employee.actor,
            customer_name=self.customer_name,
            note=note.strip() or None,
        )
        self.reset()
        return saved

    def _first_reason(self) -> str:
        assert self.decision is not None
        worst = [f for f in self.decision.all_findings() if f.level is self.decision.level]
        return worst[0].message if worst else ""

    def receipt(
        self, saved: SavedReturn, decision: Decision, taken_by: str, approved_by: str | None
    ) -> ReturnReceipt:
        policy = self.policy
        labels = dict(self.reason_choices())
        chosen = [ln for ln in self.lines if qty_compare(ln.quantity, 0) > 0]
        lines = tuple(
            ReceiptLine(
                product_name=ln.product_name,
                quantity=ln.quantity,
                condition=self.condition_label(ln.condition),
                destination=str(d.destination) if d.destination else "",
                value=d.value,
                reason=labels.get(ln.reason or "", ln.reason or ""),
                serials=tuple(ln.serials),
            )
            for ln, d in zip(chosen, decision.lines, strict=True)
        )
        notes: tuple[str, ...] = ()
        if self.no_receipt:
            notes += (tr("No receipt: the back office books the goods and the refund in Odoo."),)
        elif not decision.online:
            notes += (tr("Taken while offline: Odoo gets it when the connection is back."),)
        return ReturnReceipt(
            reference=saved.reference[:8].upper(),
            store_name=self.store_name,
            at=saved.at.astimezone(),
            order_name=self.sale.facts.order_name if self.sale else None,
            customer_name=self.customer_name,
            lines=lines,
            total=decision.total_value,
            currency=policy.currency if policy else None,
            taken_by=taken_by,
            approved_by=approved_by,
            policy_version=decision.policy_version,
            notes=notes,
        )


def level_label(level: Level) -> str:
    return {
        Level.ALLOW: tr("Can be returned"),
        Level.WARN: tr("Can be returned — read the warnings"),
        Level.NEEDS_APPROVAL: tr("Needs a manager's approval"),
        Level.DENY: tr("Refused by the policy"),
    }[level]
