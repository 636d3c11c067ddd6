"""Table models of the click-and-collect screens (checked with pytest-qt's qtmodeltester)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from storeapp.core import click_collect as cc
from storeapp.core.pick_lines import PickLine
from storeapp.core.quantities import format_qty
from storeapp.core.scanning import Tracking
from storeapp.core.text import translatable
from storeapp.offline.clock import utcnow
from storeapp.ui.dates import moment_text
from storeapp.ui.language import translated
from storeapp.ui.table_model import Index, RowsTableModel

RED = QColor("#b42318")
AMBER = QColor("#b54708")
GREEN = QColor("#067647")
MUTED = QColor("#667085")


def tr(text: str) -> str:
    return QCoreApplication.translate("ClickCollect", text)


GROUP_TITLES = translatable(
    {
        cc.QueueGroup.TO_PICK: "To pick",
        cc.QueueGroup.PICKING: "Picking",
        cc.QueueGroup.READY: "Ready",
        cc.QueueGroup.COLLECTED: "Collected today",
        cc.QueueGroup.EXCEPTION: "Exceptions",
    }
)


def group_title(group: cc.QueueGroup) -> str:
    return translated(GROUP_TITLES[group])


class QueueModel(RowsTableModel[cc.QueueEntry]):
    """One row per order; `set_rows` swaps the rows in one reset."""

    CONTEXT = "ClickCollect"

    COLUMNS = translatable(("Order", "Customer", "Promised", "Items", "Status", "Details"))

    def __init__(
        self,
        parent=None,
        *,
        clock: Callable[[], datetime] = utcnow,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.tz = tz

    def row_of(self, picking_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.picking_id == picking_id), -1)

    def _status(self, e: cc.QueueEntry) -> str:
        text = group_title(e.group)
        if e.group is cc.QueueGroup.EXCEPTION:
            text = tr("Needs attention")
        if e.group is cc.QueueGroup.PICKING and e.facts.picker:
            text = tr("Picking: %1").replace("%1", e.facts.picker)
        if e.overdue:
            text += " · " + tr("Overdue")
        return text

    def _details(self, e: cc.QueueEntry) -> str:
        if e.exception:
            action = translated(e.action) if e.action else ""
            return f"{translated(e.exception)} {action}".rstrip()
        parts = []
        if e.facts.sale_name:
            parts.append(e.facts.sale_name)
        if e.facts.phone_last4:
            parts.append(tr("phone …%1").replace("%1", e.facts.phone_last4))
        return " · ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        e, col = cell
        f = e.facts
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f.name
            if col == 1:
                return f.customer
            if col == 2:
                return moment_text(f.promised_at, self.clock(), self.tz)
            if col == 3:
                return format_qty(f.units)
            if col == 4:
                return self._status(e)
            if col == 5:
                return self._details(e)
        if role == Qt.ItemDataRole.ForegroundRole:
            if e.group is cc.QueueGroup.EXCEPTION and col in (4, 5):
                return RED
            if e.overdue and col in (2, 4):
                return RED
            if e.group is cc.QueueGroup.READY and col == 4:
                return GREEN
            if e.group is cc.QueueGroup.COLLECTED:
                return MUTED
        if role == Qt.ItemDataRole.FontRole and (col == 0 or (col == 4 and e.overdue)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._details(e) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return f.picking_id
        return None


class PickLinesModel(RowsTableModel[PickLine]):
    """The lines of the pick in progress. `line_changed(move_id)` repaints one row only, so a
    scan costs one small update instead of a reset."""

    CONTEXT = "ClickCollect"
    COLUMNS = translatable(("Product", "Bin", "Ordered", "Picked", "Status"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.highlight: int | None = None  # move id of the line the last scan touched

    def follow(self, source: Callable[[], Sequence[PickLine]]) -> None:
        """`source` returns the session's current lines (undo replaces line objects)."""
        self.highlight = None
        super().follow(source)

    def row_of(self, move_id: int) -> int:
        return next((i for i, ln in enumerate(self._rows) if ln.move_id == move_id), -1)

    def line_changed(self, move_id: int | None) -> None:
        previous, self.highlight = self.highlight, move_id
        for mid in {previous, move_id} - {None}:
            row = self.row_of(mid)  # type: ignore[arg-type]
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    @staticmethod
    def status_text(line: PickLine) -> str:
        if line.short is not None:
            return (
                tr("Short %1: %2")
                .replace("%1", format_qty(line.missing))
                .replace("%2", translated(line.short.reason_label))
            )
        parts = []
        if line.complete:
            parts.append(tr("Picked"))
        elif line.tracking is Tracking.SERIAL:
            parts.append(tr("Scan the serial number"))
        elif line.tracking is Tracking.LOT:
            parts.append(tr("Scan the lot"))
        if line.lots:
            parts.append(", ".join(sorted(line.lots)))
        if line.manual:
            parts.append(tr("typed by hand"))
        return " · ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        line, col = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                line.product_name,
                line.location_name,
                format_qty(line.demand),
                format_qty(line.picked),
                self.status_text(line),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 1, 4):
            # A cell too narrow for its text is elided in the middle: the whole text is here.
            return (line.product_name, line.location_name, "", "", self.status_text(line))[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.short is not None:
                return AMBER
            if line.complete and col in (3, 4):
                return GREEN
        if role == Qt.ItemDataRole.BackgroundRole and line.move_id == self.highlight:
            return QColor("#eef4ff")
        if role == Qt.ItemDataRole.FontRole and col in (0, 3):
            font = QFont()
            font.setBold(col == 3 or line.move_id == self.highlight)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return line.move_id
        return None
