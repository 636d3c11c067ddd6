"""Table model of outbox ops (checked with pytest-qt's qtmodeltester)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor

from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import OpRecord
from storeapp.ui.table_model import Index, RowsTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("OutboxModel", text)


STATE_LABELS = {
    OpState.PENDING_APPROVAL: "Needs a manager",
    OpState.REJECTED: "Rejected",
    OpState.QUEUED: "Waiting to send",
    OpState.SENDING: "Sending",
    OpState.DONE: "In Odoo",
    OpState.FAILED: "Will retry",
    OpState.PARKED: "Needs a person",
    OpState.CANCELLED: "Cancelled",
}
STATE_COLOURS = {
    OpState.PARKED: "#b42318",
    OpState.FAILED: "#b54708",
    OpState.PENDING_APPROVAL: "#b54708",
    OpState.DONE: "#067647",
}
KIND_LABELS = {
    "picking.set_picked": "Picked quantities",
    "picking.validate": "Order handed over",
    "return.create": "Return",
    "count.apply": "Stock adjustment",
    "message.post": "Note in Odoo",
}
COLUMNS = ("#", "What", "Applies to", "State", "By", "Made", "Tries", "Reason / last error")


def state_label(state: OpState) -> str:
    return tr(STATE_LABELS.get(state, state.value))


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def waits_for_text(head: OpRecord) -> str:
    """Why a queued op is not sent yet: the op before it in the same order or stock line."""
    return tr("Waits for #{seq} {what} ({state})").format(
        seq=head.seq, what=kind_label(head.kind), state=state_label(head.state)
    )


def local_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%d %b %H:%M")


class OutboxTableModel(RowsTableModel[OpRecord]):
    """Rows are OpRecords (read-only copies); `set_ops` swaps them in one reset."""

    COLUMNS = COLUMNS
    CONTEXT = "OutboxModel"

    waiting: Mapping[str, OpRecord] = {}

    def set_ops(
        self, ops: Sequence[OpRecord], waiting: Mapping[str, OpRecord] | None = None
    ) -> None:
        """`waiting`: per op uuid, the op it waits for (Outbox.waiting_behind)."""
        self.waiting = dict(waiting or {})
        self.set_rows(ops)

    def op(self, row: int) -> OpRecord | None:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        cell = self.cell(index)
        if cell is None:
            return None
        op, col = cell
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                str(op.seq),
                kind_label(op.kind),
                op.aggregate,
                state_label(op.state),
                op.actor_name or "",
                local_time(op.created_at),
                str(op.attempts),
                op.park_reason or op.last_error or self._waits_for(op),
            )
            text = values[col]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if col == 7 and text else None
            return text.splitlines()[0] if col == 7 and text else text
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and op.state in STATE_COLOURS:
            return QColor(STATE_COLOURS[op.state])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return op.uuid
        return None

    def _waits_for(self, op: OpRecord) -> str:
        head = self.waiting.get(op.uuid)
        return waits_for_text(head) if head is not None else ""
