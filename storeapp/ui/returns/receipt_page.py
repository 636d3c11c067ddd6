"""The last step of a return: what was saved, what happens next, and the customer's slip."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from storeapp.ui.language import money_text
from storeapp.ui.returns.presenter import Confirmed
from storeapp.ui.returns.receipt import print_receipt, receipt_html


class ReceiptPage(QWidget):
    """Shows a confirmed return; `said(text, level)` carries messages for the screen."""

    said = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The receipt's language; the returns screen gives the customer's (store.customer_language).
        self.in_customer_language: Callable[[], AbstractContextManager[None]] = nullcontext
        self.confirmed: Confirmed | None = None
        card = QFrame()
        card.setObjectName("card")
        self.title = QLabel("")
        self.title.setObjectName("cardTitle")
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The receipt as the customer gets it, on a narrow white slip.
        self.slip = QLabel("")
        self.slip.setObjectName("receiptSlip")
        self.slip.setTextFormat(Qt.TextFormat.RichText)
        self.slip.setFixedWidth(340)
        self.slip.setWordWrap(True)
        self.slip.setStyleSheet(
            "#receiptSlip { background: #ffffff; border: 1px solid #d0d5dd; padding: 12px; }"
        )
        self.print_button = QPushButton(self.tr("Print receipt"))
        self.new_button = QPushButton(self.tr("Next return"))
        self.new_button.setObjectName("primaryButton")
        # Taken back by mistake: undone while Odoo does not have it yet (ReturnsView.undo).
        self.undo_button = QPushButton(self.tr("Undo this return"))
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addStretch(1)
        inner.addLayout(row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card, 1)
        layout.addWidget(self.slip, 0, Qt.AlignmentFlag.AlignTop)
        self.print_button.clicked.connect(self.print_again)

    def show_confirmed(self, confirmed: Confirmed, pdf: Path | None) -> None:
        self.confirmed = confirmed
        receipt = confirmed.receipt
        self.title.setText(self.tr("Return {ref} saved").format(ref=receipt.reference))
        items = sum(line.quantity for line in receipt.lines)
        back = (
            self.tr("1 item back, {amount} to refund.")
            if items == 1
            else self.tr("{n} items back, {amount} to refund.")
        )
        parts = [back.format(n=f"{items:g}", amount=money_text(receipt.total, receipt.currency))]
        if confirmed.saved.op_uuids:
            ops = len(confirmed.saved.op_uuids)
            sent = (
                self.tr("Odoo gets it by itself, as 1 return — follow it in Sync & outbox.")
                if ops == 1
                else self.tr(
                    "Odoo gets it by itself, as {n} returns — follow it in Sync & outbox."
                ).format(n=ops)
            )
            parts.append(sent)
        else:
            parts.append(self.tr("Recorded on this PC; the back office books it in Odoo."))
        parts.append(self.tr("Give the customer the receipt."))
        if pdf is not None:
            parts.append(
                self.tr("A copy is kept as {name} in the data folder's receipts folder.").format(
                    name=pdf.name
                )
            )
            self.text.setToolTip(str(pdf))
        self.text.setText("\n\n".join(parts))
        with self.in_customer_language():
            self.slip.setText(receipt_html(receipt))

    def print_again(self) -> None:
        if self.confirmed is None:
            return
        with self.in_customer_language():
            problem = print_receipt(self.confirmed.receipt)
        if problem:
            self.said.emit(problem, "warn")
        else:
            self.said.emit(self.tr("Receipt sent to the printer."), "ok")
