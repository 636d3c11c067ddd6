"""Table models of the counting screen: the task list and the lines of the open count
(both checked with pytest-qt's qtmodeltester)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from storeapp.core.quantities import format_qty
from storeapp.core.text import translatable
from storeapp.offline.counts_repo import CountTask
from storeapp.ui.counts.presenter import LineRow
from storeapp.ui.dates import date_text, datetime_text
from storeapp.ui.table_model import Index, RowsTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WARN = "#b54708"
BAD = "#b42318"
MUTED = "#667085"


def tr(text: str) -> str:
    return QCoreApplication.translate("CountsModel", text)


def due_text(task: CountTask, today: date | None = None) -> str:
    if task.due is None:
        return ""
    today = today or date.today()
    days = (task.due - today).days
    if days == 0:
        return tr("today")
    if days < 0:
        return tr("{n} days late").format(n=-days) if days < -1 else tr("yesterday")
    return date_text(task.due)


class CountTasksModel(RowsTableModel[CountTask]):
    """Rows are `CountTask`s: counts open on this PC, then Odoo's count requests."""

    CONTEXT = "CountsModel"
    COLUMNS = translatable(("Location", "What", "Products", "Due / started"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        task, col = cell
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return task.location_name
            if col == 1:
                if task.kind == "in_progress":
                    what = tr("In progress, by {who}").format(who=task.started_by or "?")
                    if task.focus_product:
                        what += " · " + task.focus_product
                    return what
                if task.kind == "counted":
                    return tr("Counted by {who}, on its way to Odoo").format(
                        who=task.started_by or "?"
                    )
                return tr("Count requested in Odoo")
            if col == 2:
                return str(task.products)
            if task.kind != "request" and task.started_at is not None:
                return datetime_text(task.started_at)
            return due_text(task)
        if role == Qt.ItemDataRole.ForegroundRole:
            if task.kind == "counted":
                return QColor(MUTED)
            if col == 3 and task.overdue:
                return QColor(BAD)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return task.session_uuid or f"location:{task.location_id}"
        return None


class CountLinesModel(RowsTableModel[LineRow]):
    """Rows are `LineRow`s. While the count is blind, the Expected column says so instead of
    showing the system's figure."""

    CONTEXT = "CountsModel"
    COLUMNS = translatable(("Product", "Counted", "Expected", "By", "Status"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        row, col = cell
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.label
            if col == 1:
                return format_qty(row.counted)
            if col == 2:
                return tr("hidden") if row.expected is None else format_qty(row.expected)
            if col == 3:
                return row.counted_by
            status = row.status
            if row.recounts:
                status += " " + tr("({n} recount)").format(n=row.recounts)
            return status
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 4 and row.needs_recount:
                return QColor(WARN)
            if col == 2 and row.expected is None:
                return QColor(MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2):
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return row.key
        return None

    def row_of(self, key: object) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)
