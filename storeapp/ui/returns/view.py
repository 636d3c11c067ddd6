"""Returns intake screen: find the sale, choose what comes back, see the decision, confirm.

Three steps on one page: *find* (scan the receipt or search; or take a return without one),
*intake* (the sale's lines with sold / delivered / returned / returnable, quantity, reason,
condition and serial per line, and beside them the policy's decision in plain words), and
*done* (the receipt, to print or keep as PDF). Widgets only: the state lives in
`ReturnsPresenter`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storeapp.core.text import echo
from storeapp.ui.dates import date_text, datetime_text
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.flow_layout import FlowLayout
from storeapp.ui.language import translated
from storeapp.ui.outcome import Outcome, set_level, show_outcome
from storeapp.ui.returns.decision_panel import DecisionPanel
from storeapp.ui.returns.model import ReturnLinesModel, SalesModel
from storeapp.ui.returns.override import OverrideDialog
from storeapp.ui.returns.presenter import (
    Confirmed,
    IntakeError,
    ReturnsPresenter,
)
from storeapp.ui.returns.receipt import save_pdf
from storeapp.ui.returns.receipt_page import ReceiptPage
from storeapp.ui.returns.widgets import ChoiceDelegate, table_look
from storeapp.ui.session import SignedInEmployee
from storeapp.ui.signin.presenter import SignInPresenter
from storeapp.ui.slots import asyncSlot

FIND, INTAKE, DONE = range(3)


class ReturnsView(QWidget):
    """The Returns page. Emits `changed(SavedReturn)` after a return is saved."""

    changed = Signal(object)

    def __init__(
        self,
        presenter: ReturnsPresenter,
        errors: ErrorPresenter,
        employee: Callable[[], SignedInEmployee | None],
        signin: SignInPresenter,
        receipts_folder: Path,
        policy_problems: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnsScreen")
        self.presenter = presenter
        self.errors = errors
        self.employee = employee
        self.signin = signin
        self.receipts_folder = receipts_folder
        self.policy_problems = policy_problems
        self.last: Confirmed | None = None
        self.override_dialog: OverrideDialog | None = None
        self.data_as_of: datetime | None = None  # last successful sync, shown in the chip
        self.last_pdf: Path | None = None

        title = QLabel(self.tr("Returns"))
        title.setObjectName("screenTitle")
        self.subtitle = QLabel(
            self.tr(
                "Scan the customer's receipt, choose what comes back, and the policy says what happens."
            )
        )
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setWordWrap(True)
        self.policy_chip = QLabel("")
        self.policy_chip.setObjectName("chip")
        self.online_chip = QLabel("")
        self.online_chip.setObjectName("chip")
        # The chips follow the title (on the next line when the page is narrow or the text
        # large) and the subtitle has the page's width below: beside the chips, large text
        # squeezed it into a narrow column.
        title_row = FlowLayout(spacing=10)
        for widget in (title, self.online_chip, self.policy_chip):
            title_row.addWidget(widget)
        header = QVBoxLayout()
        header.addLayout(title_row)
        header.addWidget(self.subtitle)

        self.search = QLineEdit()
        self.search.setObjectName("returnsSearch")
        self.search.setPlaceholderText(
            self.tr(
                "Scan the receipt, or type an order number, customer name or last 4 phone digits"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("Find sale"))
        self.find_button.setObjectName("primaryButton")
        self.no_receipt_button = QPushButton(self.tr("No receipt…"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.find_button)
        search_row.addWidget(self.no_receipt_button)

        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_find())
        self.stack.addWidget(self._build_intake())
        self.stack.addWidget(self._build_done())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(search_row)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.search.returnPressed.connect(self.find)
        self.find_button.clicked.connect(self.find)
        self.no_receipt_button.clicked.connect(self.start_no_receipt)
        self.sales_table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.open_button.clicked.connect(self._open_selected)
        self.scan_field.returnPressed.connect(self.scan_entered)
        self.confirm_button.clicked.connect(lambda: self.confirm())
        self.override_button.clicked.connect(self.override)
        self.refuse_button.clicked.connect(self.refuse)
        self.cancel_button.clicked.connect(self.start_over)
        self.done_page.said.connect(self.say)
        self.new_button.clicked.connect(self.start_over)
        self.undo_button.clicked.connect(self.undo)
        self.lines_model.edit_refused.connect(lambda text: self.say(text, "error"))
        self.lines_model.dataChanged.connect(lambda *_: self.show_decision())
        self.show_header()

    # ------------------------------------------------------------------ building

    def _build_find(self) -> QWidget:
        page = QWidget()
        self.sales_model = SalesModel(self)
        self.sales_table = QTableView()
        self.sales_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.sales_table.setObjectName("salesTable")
        self.sales_table.setModel(self.sales_model)
        table_look(self.sales_table)
        self.sales_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        sales_head = self.sales_table.horizontalHeader()
        sales_head.setStretchLastSection(False)
        sales_head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton(self.tr("Open sale"))
        self.find_hint = QLabel(
            self.tr(
                "Returns are checked against the returns policy, online and offline. A return "
                "without a receipt follows stricter rules and may need a manager."
            )
        )
        self.find_hint.setObjectName("noteCard")
        self.find_hint.setWordWrap(True)
        # Until a search finds several sales, the page explains the job instead of showing
        # an empty table.
        self.steps = QLabel(
            self.tr(
                "<h3>Take a return in three steps</h3>"
                "<p><b>1.</b> Scan the barcode on the customer's receipt — or type the order "
                "number, the customer's name or the last 4 digits of their phone.</p>"
                "<p><b>2.</b> Set how many of each item come back, why, and in what condition. "
                "Scan the serial number of serial-tracked items.</p>"
                "<p><b>3.</b> Read the policy's decision beside the lines, then confirm — a "
                "manager approves on this PC when the policy asks for it.</p>"
                "<p>No receipt? Use <b>No receipt…</b> and scan each item.</p>"
            )
        )
        self.steps.setObjectName("card")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.sales_table, 1)
        layout.addLayout(row)
        layout.addWidget(self.find_hint)
        self._show_results(False)
        return page

    def _show_results(self, shown: bool) -> None:
        self.steps.setVisible(not shown)
        self.sales_table.setVisible(shown)
        self.open_button.setVisible(shown)

    def _build_intake(self) -> QWidget:
        page = QWidget()
        self.sale_title = QLabel("")
        self.sale_title.setObjectName("cardTitle")
        self.sale_detail = QLabel("")
        self.sale_detail.setObjectName("hint")
        self.sale_detail.setWordWrap(True)
        self.lines_model = ReturnLinesModel(self.presenter, self)
        self.lines_table = QTableView()
        self.lines_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.lines_table.setObjectName("returnLinesTable")
        self.lines_table.setModel(self.lines_model)
        table_look(self.lines_table)
        self.lines_table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.lines_table.setItemDelegateForColumn(
            ReturnLinesModel.REASON,
            ChoiceDelegate(
                lambda: [(c, translated(label)) for c, label in self.presenter.reason_choices()],
                self,
            ),
        )
        self.lines_table.setItemDelegateForColumn(
            ReturnLinesModel.CONDITION,
            ChoiceDelegate(
                lambda: [
                    (c, translated(self.presenter.condition_label(c)))
                    for c in self.presenter.condition_choices()
                ],
                self,
            ),
        )
        head = self.lines_table.horizontalHeader()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(ReturnLinesModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(48)
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("returnsScan")
        self.scan_label = QLabel(self.tr("Scan:"))
        self.scan_label.setBuddy(self.scan_field)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label)
        scan_row.addWidget(self.scan_field, 1)
        left = QVBoxLayout()
        left.addWidget(self.sale_title)
        left.addWidget(self.sale_detail)
        left.addWidget(self.lines_table, 1)
        left.addLayout(scan_row)

        card = self.decision_panel = DecisionPanel()
        # The view's names for the card's parts (the tour and the tests read them).
        self.decision_title, self.decision_total = card.title, card.total
        self.decision_reasons, self.decision_policy = card.reasons, card.policy
        self.confirm_button, self.override_button = card.confirm_button, card.override_button
        self.refuse_button, self.cancel_button = card.refuse_button, card.cancel_button

        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(card)
        return page

    def _build_done(self) -> QWidget:
        self.done_page = ReceiptPage()
        # The receipt's language: the person's, unless the shell gives the customer's.
        self.in_customer_language: Callable[[], AbstractContextManager[None]] = nullcontext
        # The names the tests and the tour use for the parts of the done step.
        self.done_title = self.done_page.title
        self.done_text = self.done_page.text
        self.receipt_view = self.done_page.slip
        self.print_button = self.done_page.print_button
        self.new_button = self.done_page.new_button
        self.undo_button = self.done_page.undo_button
        return self.done_page

    # ------------------------------------------------------------------ showing

    def say(self, text: str, level: str = "muted") -> None:
        show_outcome(self.message, Outcome(level, text))

    def _chip(self, chip: QLabel, text: str, level: str) -> None:
        chip.setText(text)
        set_level(chip, level)

    def show_header(self) -> None:
        policy = self.presenter.policy
        if policy is None:
            self._chip(self.policy_chip, self.tr("No returns policy"), "error")
        else:
            self._chip(
                self.policy_chip,
                self.tr("Policy {version}").format(version=policy.policy_version),
                "error" if self.policy_problems else "ok",
            )
        self.policy_chip.setToolTip("\n\n".join(translated(p) for p in self.policy_problems))
        as_of = ""
        if self.data_as_of is not None:
            as_of = self.tr(" · data of {when}").format(when=datetime_text(self.data_as_of))
        if self.presenter.online():
            self._chip(self.online_chip, self.tr("Online") + as_of, "ok")
        else:
            self._chip(self.online_chip, self.tr("Offline: stricter rules") + as_of, "warn")

    def refresh(self, *_: object) -> None:
        """Page shown or data changed: update the chips; an open return keeps its lines."""
        reload = getattr(self, "policy_reload", None)
        changed = reload() if callable(reload) else None
        if changed is not None:
            self.policy_problems = changed.problems
            if changed.problems:
                self.say(changed.problems[0], "error")
            elif changed.policy is not None:
                self.say(
                    self.tr("Returns policy {version} is now in force.").format(
                        version=changed.policy.policy_version
                    ),
                    "ok",
                )
        self.show_header()
        self.load_freshness()
        if self.stack.currentIndex() == INTAKE:
            self.presenter.decide()
            self.lines_model.refresh()
            self.show_decision()
        elif self.stack.currentIndex() == FIND and self.policy_problems:
            self.say(self.policy_problems[0], "error")

    @asyncSlot()
    async def load_freshness(self) -> None:
        try:
            self.data_as_of = await self.presenter.data_as_of()
        except Exception:  # freshness is a hint; the status bar reports errors
            return
        self.show_header()

    def show_sale(self) -> None:
        p = self.presenter
        self.lines_model.refresh()
        # The serial column only takes room when something on this return is tracked.
        tracked = any(line.tracking != "none" for line in p.lines) or p.no_receipt
        self.lines_table.setColumnHidden(ReturnLinesModel.SERIALS, not tracked)
        if p.sale is not None:
            sale = p.sale.facts
            self.sale_title.setText(
                self.tr("Sale {order} · {customer}").format(
                    order=sale.order_name, customer=p.customer_name or self.tr("no customer")
                )
            )
            sold = date_text(sale.sold_at)
            self.sale_detail.setText(
                self.tr(
                    "Bought {date}{channel}. Set the quantity coming back on each line; scan the "
                    "serial number of serial-tracked items."
                ).format(date=sold, channel=f" · {sale.channel}" if sale.channel else "")
            )
            self.scan_field.setPlaceholderText(self.tr("Scan a serial number or a product barcode"))
            first = next((i for i, ln in enumerate(p.lines) if (ln.returnable or 0) > 0), 0)
            self.lines_table.selectRow(first)
        else:
            self.sale_title.setText(self.tr("Return without a receipt"))
            self.sale_detail.setText(
                self.tr(
                    "Scan each item. The price is the current shelf price; stricter rules apply "
                    "and the back office books the goods and the refund in Odoo."
                )
            )
            self.scan_field.setPlaceholderText(
                self.tr("Scan the product's barcode or type its reference")
            )
        self.stack.setCurrentIndex(INTAKE)
        self.show_decision()
        self.lines_table.horizontalScrollBar().setValue(0)
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_decision(self) -> None:
        p = self.presenter
        self.decision_panel.show_decision(
            p.decision,
            p.policy.currency if p.policy else None,
            can_confirm=p.can_confirm,
            can_override=p.can_override,
        )

    def show_done(self, confirmed: Confirmed) -> None:
        self.last = confirmed
        self.done_page.show_confirmed(confirmed, self.last_pdf)
        self.undo_button.setEnabled(True)
        self.stack.setCurrentIndex(DONE)

    # ------------------------------------------------------------------ actions

    @asyncSlot()
    async def find(self) -> None:
        text = self.search.text()
        try:
            sales = await self.presenter.search(text)
        except Exception as exc:  # one error presenter for all failures
            self._fail(exc, self.tr("Finding the sale"))
            return
        self.sales_model.set_rows(sales)
        self._show_results(len(sales) > 1)
        self.stack.setCurrentIndex(FIND)
        if not sales:
            self.say(
                self.tr(
                    "No sale matches “{text}” in this store's data of the last months. Check the "
                    "receipt, or take the return without a receipt."
                ).format(text=echo(text)),
                "error",
            )
            return
        if len(sales) == 1:
            await self._open(sales[0].sale_id)
            return
        self.say(self.tr("{n} sales found: choose one.").format(n=len(sales)))
        self.sales_table.selectRow(0)

    def _open_selected(self) -> None:
        rows = self.sales_table.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0].row())

    @asyncSlot(int)
    async def open_row(self, row: int) -> None:
        sale = self.sales_model.row_at(row)
        if sale is not None:
            await self._open(sale.sale_id)

    async def _open(self, sale_id: int) -> None:
        try:
            sale = await self.presenter.open_sale(sale_id)
        except Exception as exc:
            self._fail(exc, self.tr("Opening the sale"))
            return
        if not any((v.facts.returnable or 0) > 0 for v in sale.lines):
            self.say(
                self.tr(
                    "Nothing of {order} can be returned any more: it was not handed over or is already back."
                ).format(order=sale.facts.order_name),
                "warn",
            )
        else:
            self.say("")
        self.search.clear()
        self.show_sale()

    def start_no_receipt(self) -> None:
        self.presenter.start_no_receipt()
        self.say(self.tr("No receipt: scan each item the customer brings back."), "warn")
        self.show_sale()

    @asyncSlot()
    async def scan_entered(self) -> None:
        code = self.scan_field.text().strip()
        self.scan_field.clear()
        if code:
            await self.handle_code(code)

    async def handle_code(self, code: str) -> None:
        try:
            if self.presenter.no_receipt:
                line = await self.presenter.add_product(code)
                text = self.tr("{name} added.").format(name=line.product_name)
            else:
                text = await self.presenter.scan(code)
        except Exception as exc:
            self._fail(exc, self.tr("Reading the scan"))
            return
        self.lines_model.refresh()
        self.show_decision()
        self.say(text, "ok")

    @asyncSlot(str)
    async def scanned(self, code: str) -> None:
        """A barcode from the application-wide scanner filter, while this page is shown."""
        if not self.isVisible() or self.employee() is None:
            return
        dialog = getattr(self, "override_dialog", None)
        if dialog is not None and dialog.isVisible():
            # The manager scanned their badge to approve.
            dialog.badge.setText(code)
            await dialog.badge_entered()
            return
        if self.stack.currentIndex() == INTAKE:
            await self.handle_code(code)
        else:
            self.search.setText(code)
            await self.find()

    @asyncSlot()
    async def confirm(self, approver: SignedInEmployee | None = None, note: str = "") -> None:
        try:
            confirmed = await self.presenter.confirm(self.employee(), approver, note)
        except Exception as exc:
            self._fail(exc, self.tr("Saving the return"))
            return
        self.lines_model.refresh()  # the presenter is ready for the next customer
        self.last_pdf = None
        try:
            with self.in_customer_language():
                self.last_pdf = save_pdf(confirmed.receipt, self.receipts_folder)
        except OSError as exc:
            self.say(
                self.tr("The return is saved, but its receipt could not be written: {why}").format(
                    why=exc
                ),
                "warn",
            )
        else:
            self.say("")
        self.show_done(confirmed)
        self.changed.emit(confirmed.saved)

    @asyncSlot()
    async def override(self) -> None:
        employee = self.employee()
        decision = self.presenter.decision
        if employee is None or decision is None:
            return
        reasons = [f.message for f in decision.all_findings() if f.level is decision.level]
        dialog = OverrideDialog(self.signin, self.presenter, employee, reasons, self)
        self.override_dialog = dialog
        await dialog.load_managers()
        dialog.open()
        dialog.accepted.connect(lambda: self.confirm(dialog.approver, dialog.note_text))

    @asyncSlot()
    async def undo(self) -> None:
        """The return just confirmed, taken back while Odoo does not have it."""
        if self.last is None:
            return
        try:
            text = await self.presenter.undo(self.last.saved, self.employee())
        except Exception as exc:
            self._fail(exc, self.tr("Undoing the return"))
            return
        self.undo_button.setEnabled(False)
        self.done_title.setText(
            self.tr("Return {ref} undone").format(ref=self.last.saved.reference)
        )
        self.say(text, "warn")

    @asyncSlot()
    async def refuse(self) -> None:
        try:
            saved = await self.presenter.refuse(self.employee())
        except Exception as exc:
            self._fail(exc, self.tr("Recording the refusal"))
            return
        self.lines_model.refresh()
        self.stack.setCurrentIndex(FIND)
        self.sales_model.set_rows([])
        self._show_results(False)
        self.say(
            self.tr(
                "Refusal recorded with its reasons (reference {ref}). Nothing goes to Odoo."
            ).format(ref=saved.reference[:8].upper()),
            "ok",
        )
        self.changed.emit(saved)

    def start_over(self) -> None:
        self.presenter.reset()
        self.lines_model.refresh()
        self.sales_model.set_rows([])
        self._show_results(False)
        self.stack.setCurrentIndex(FIND)
        self.say("")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fail(self, exc: Exception, doing: str) -> None:
        if isinstance(exc, IntakeError):
            show_outcome(self.message, exc.outcome)
        else:
            self.errors.show(exc, doing)
