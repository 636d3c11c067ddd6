"""Table models of the returns screen (checked with pytest-qt's qtmodeltester).

`SalesModel` lists the sales a search found. `ReturnLinesModel` shows the lines being
returned over the presenter's `DraftLine`s: sold, delivered, already returned and still
returnable quantities, and the editable columns (quantity, reason, condition) whose edits go
through the presenter, which asks the policy again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor

from storeapp.core.policy import Level
from storeapp.core.quantities import format_qty
from storeapp.core.text import translatable
from storeapp.offline.returns_repo import SaleSummary
from storeapp.ui.dates import date_text
from storeapp.ui.language import money_text, translated
from storeapp.ui.returns.presenter import DraftLine, IntakeError, ReturnsPresenter
from storeapp.ui.table_model import Index, RowsTableModel

LEVEL_COLOURS = {
    Level.ALLOW: "#067647",
    Level.WARN: "#b54708",
    Level.NEEDS_APPROVAL: "#b54708",
    Level.DENY: "#b42318",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnsModel", text)


def level_short(level: Level) -> str:
    return {
        Level.ALLOW: tr("OK"),
        Level.WARN: tr("Warning"),
        Level.NEEDS_APPROVAL: tr("Manager"),
        Level.DENY: tr("Refused"),
    }[level]


class SalesModel(RowsTableModel[SaleSummary]):
    CONTEXT = "ReturnsModel"
    COLUMNS = translatable(("Order", "Date", "Customer", "Total", "Deliveries"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        sale, col = cell
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return sale.order_name
            if col == 1:
                return date_text(sale.sold_at)
            if col == 2:
                return sale.customer_name
            if col == 3:
                return money_text(sale.amount_total)
            if col == 4:
                return str(sale.deliveries) if sale.deliveries else tr("not delivered")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReturnLinesModel(RowsTableModel[DraftLine]):
    """Rows are the presenter's draft lines; `refresh()` after the presenter changed."""

    (
        PRODUCT,
        SOLD,
        RETURNED,
        RETURNABLE,
        QUANTITY,
        REASON,
        CONDITION,
        SERIALS,
        DECISION,
    ) = range(9)
    COLUMNS = translatable(
        (
            "Product",
            "Sold",
            "Returned",
            "Can return",
            "Return",
            "Reason",
            "Condition",
            "Serial / lot",
            "Decision",
        )
    )
    CONTEXT = "ReturnsModel"
    EDITABLE = (QUANTITY, REASON, CONDITION)

    edit_refused = Signal(str)  # a typed value the presenter refused, in words

    def __init__(self, presenter: ReturnsPresenter, parent=None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.follow(lambda: presenter.lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.EDITABLE:
            line = self.presenter.lines[index.row()]
            if (
                index.column() == self.QUANTITY
                and line.returnable is not None
                and line.returnable <= 0
            ):
                return base
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _qty(self, value: float | None) -> str:
        return "—" if value is None else format_qty(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        line, col = cell
        decided = self.presenter.line_decision_for(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.PRODUCT:
                return line.product_name
            if col == self.SOLD:
                # Handed over is worth a mention only when it differs from sold.
                if (
                    line.delivered is not None
                    and line.sold is not None
                    and line.delivered < line.sold
                ):
                    return tr("{sold} ({given} handed over)").format(
                        sold=self._qty(line.sold), given=self._qty(line.delivered)
                    )
                return self._qty(line.sold)
            if col == self.RETURNED:
                return self._qty(line.returned)
            if col == self.RETURNABLE:
                return self._qty(line.returnable)
            if col == self.QUANTITY:
                return format_qty(line.quantity)
            if col == self.REASON:
                labels = dict(self.presenter.reason_choices())
                return translated(labels.get(line.reason or "", line.reason or ""))
            if col == self.CONDITION:
                return translated(self.presenter.condition_label(line.condition))
            if col == self.SERIALS:
                if line.tracking == "none":
                    return ""
                if not line.serials:
                    return tr("scan needed") if line.quantity > 0 else ""
                return ", ".join(line.serials)
            if col == self.DECISION:
                return level_short(decided.level) if decided else ""
        if role == Qt.ItemDataRole.EditRole:
            if col == self.QUANTITY:
                # An int gets an integer spin box: the unit's decimals only (none for Units).
                return int(line.quantity) if line.unit.decimals == 0 else line.quantity
            if col == self.REASON:
                return line.reason or ""
            if col == self.CONDITION:
                return line.condition
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.DECISION and decided:
                return QColor(LEVEL_COLOURS[decided.level])
            if (
                col == self.SERIALS
                and line.tracking != "none"
                and not line.serials
                and line.quantity > 0
            ):
                return QColor(LEVEL_COLOURS[Level.DENY])
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PRODUCT:
            return line.product_name + (f"\n{line.category}" if line.category else "")
        if role == Qt.ItemDataRole.ToolTipRole and decided:
            return "\n".join(f"[{f.level}] {f.message}" for f in decided.findings)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.SOLD <= col <= self.QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, col = index.row(), index.column()
        try:
            if col == self.QUANTITY:
                self.presenter.set_quantity(row, value)
            elif col == self.REASON:
                self.presenter.set_reason(row, str(value))
            elif col == self.CONDITION:
                self.presenter.set_condition(row, str(value))
            else:
                return False
        except (IntakeError, ValueError, TypeError) as error:
            self.edit_refused.emit(str(error))
            return False
        # Any edit can change every line's decision (totals, same sale line twice).
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )
        return True
