"""First sync: a dialog with one progress bar per Odoo model, cancellable and resumable.

Shown when the cache is empty (first start, a new store, or a cache rebuilt after damage).
The sync engine publishes `Progress(model, done, total, finished)` events; this dialog only
draws them. Cancel asks the engine to stop after the current page: what was fetched is kept and
the next sync resumes from there, so the button is honest about not losing anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storeapp.core.text import translatable
from storeapp.ui.language import translated

MODEL_LABELS = translatable(
    {
        "res.company": "Company",
        "stock.warehouse": "Store",
        "stock.location": "Locations",
        "stock.picking.type": "Operation types",
        "product.category": "Product categories",
        "product.product": "Products",
        "product.packaging": "Packagings",
        "stock.lot": "Lots and serial numbers",
        "stock.quant": "Stock on hand",
        "res.partner": "Customers",
        "delivery.carrier": "Delivery methods",
        "sale.order": "Sales orders",
        "sale.order.line": "Sales order lines",
        "stock.picking": "Transfers",
        "stock.move": "Transfer lines",
        "stock.move.line": "Transfer details",
        "hr.employee": "Employees",
        "hr.employee.public": "Employees",
    }
)


class FirstSyncDialog(QDialog):
    """Progress per model. `cancel_requested` is called once when the person cancels."""

    def __init__(self, cancel: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSyncDialog")
        self.setWindowTitle(self.tr("First sync with Odoo"))
        self.setModal(True)
        self.cancel_call = cancel
        self.rows: dict[str, tuple[QLabel, QProgressBar]] = {}
        title = QLabel(self.tr("Getting the store's data from Odoo"))
        title.setObjectName("dialogTitle")
        hint = QLabel(
            self.tr(
                "This happens once on a new PC. You can cancel: what is already here is kept "
                "and the next sync continues where this one stopped."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.summary = QLabel("")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.cancelled = False

    def progress(self, event) -> None:  # storeapp.sync.events.Progress
        model = getattr(event, "model", None)
        if not model:
            return
        if model not in self.rows:
            label = QLabel(translated(MODEL_LABELS.get(model, model)))
            bar = QProgressBar()
            bar.setTextVisible(True)
            row = len(self.rows)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.rows[model] = (label, bar)
        _label, bar = self.rows[model]
        done = int(getattr(event, "done", 0) or 0)
        total = int(getattr(event, "total", 0) or 0)
        finished = bool(getattr(event, "finished", False))
        total = max(total, done, 1)
        bar.setMaximum(total)
        bar.setValue(total if finished else done)
        bar.setFormat(
            self.tr("{done:,} of {total:,}").format(done=total if finished else done, total=total)
            if not finished
            else self.tr("{total:,} — done").format(total=max(done, 0))
        )
        complete = sum(1 for _l, b in self.rows.values() if b.value() >= b.maximum())
        self.summary.setText(
            self.tr("{n} of {m} kinds of data done").format(n=complete, m=len(self.rows))
        )

    def _cancel(self) -> None:
        if self.cancelled:
            return
        self.cancelled = True
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))
        self.summary.setText(self.tr("Stopping after the current page; nothing is lost."))
        self.cancel_call()

    def finish(self) -> None:
        self.accept()

    def keyPressEvent(self, event) -> None:  # Esc cancels, never just hides
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)
