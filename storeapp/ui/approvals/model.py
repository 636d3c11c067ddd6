"""Table model of the approval inbox (checked with pytest-qt's qtmodeltester)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor

from storeapp.core.text import translatable
from storeapp.offline.approvals_repo import ApprovalItem
from storeapp.offline.clock import utcnow
from storeapp.ui.language import money_text, qty_text, translated
from storeapp.ui.statusbar import format_age
from storeapp.ui.table_model import Index, RowsTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COLUMNS = translatable(
    (
        "What",
        "Product",
        "Location",
        "Expected",
        "Counted",
        "Difference",
        "Value",
        "Counted by",
        "Recounts",
        "Waiting",
    )
)
KIND_LABELS = translatable({"count.apply": "Count", "return.create": "Return"})


def tr(text: str) -> str:
    return QCoreApplication.translate("ApprovalsModel", text)


def signed_money(value) -> str:
    text = money_text(abs(value))
    return f"−{text}" if value < 0 else f"+{text}" if value > 0 else text


class ApprovalsTableModel(RowsTableModel[ApprovalItem]):
    """Rows are `ApprovalItem`s, oldest first."""

    COLUMNS = COLUMNS
    CONTEXT = "ApprovalsModel"

    def __init__(self, parent=None, clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(parent)
        self.clock = clock

    def set_items(self, items: Sequence[ApprovalItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> ApprovalItem | None:
        return self.row_at(row)

    def _text(self, item: ApprovalItem, col: int) -> str:
        if col == 0:
            return translated(KIND_LABELS.get(item.kind, item.kind))
        if col == 1:
            return translated(item.product) + (f" · {item.lot}" if item.lot else "")
        if col == 2:
            return item.location
        if col == 3:
            return "" if item.expected is None else qty_text(item.expected)
        if col == 4:
            return "" if item.counted is None else qty_text(item.counted)
        if col == 5:
            return "" if item.difference is None else qty_text(item.difference, signed=True)
        if col == 6:
            return signed_money(item.value_impact)
        if col == 7:
            return item.counter
        if col == 8:
            return str(max(0, len(item.history) - 1))
        return format_age(item.age_seconds(self.clock()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        item, col = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 5):
            return translated(item.explanation)
        if role == Qt.ItemDataRole.ForegroundRole and col in (5, 6):
            value = item.difference if col == 5 else float(item.value_impact)
            if value is not None and value < 0:
                return QColor("#b42318")
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= col <= 8:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return item.op_uuid
        return None
