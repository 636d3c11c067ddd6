"""Table model of outbox ops (checked with pytest-qt's qtmodeltester)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor

from storeapp.core.text import translatable
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import OpRecord
from storeapp.ui.dates import datetime_text
from storeapp.ui.language import translated
from storeapp.ui.table_model import Index, RowsTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("OutboxModel", text)


STATE_LABELS = translatable(
    {
        OpState.PENDING_APPROVAL: "Needs a manager",
        OpState.REJECTED: "Rejected",
        OpState.QUEUED: "Waiting to send",
        OpState.SENDING: "Sending",
        OpState.DONE: "In Odoo",
        OpState.FAILED: "Will retry",
        OpState.PARKED: "Needs a person",
        OpState.CANCELLED: "Cancelled",
    }
)
STATE_COLOURS = {
    OpState.PARKED: "#b42318",
    OpState.FAILED: "#b54708",
    OpState.PENDING_APPROVAL: "#b54708",
    OpState.DONE: "#067647",
}
KIND_LABELS = translatable(
    {
        "picking.set_picked": "Picked quantities",
        "picking.validate": "Order handed over",
        "return.create": "Return",
        "count.apply": "Stock adjustment",
        "message.post": "Note in Odoo",
    }
)
COLUMNS = translatable(
    ("#", "What", "Applies to", "State", "By", "Made", "Tries", "Reason / last error")
)
REASON_COLUMN = 7


def state_label(state: OpState) -> str:
    return translated(STATE_LABELS.get(state, state.value))


def kind_label(kind: str) -> str:
    return translated(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def waits_for_text(head: OpRecord) -> str:
    """Why a queued op is not sent yet: the op before it in the same order or stock line."""
    return tr("Waits for #{seq} {what} ({state})").format(
        seq=head.seq, what=kind_label(head.kind), state=state_label(head.state)
    )


def local_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return datetime_text(moment)


def applies_to(op: OpRecord, names: dict[str, str] | None = None) -> str:
    """What the op is about, by name: "Order LYO/OUT/00011", "Linen Scarf at LYO/Stock/A-01",
    never the internal key ("picking:11", "quant:4/9/0"). `names` gives order names by
    aggregate for ops whose payload has none (a note on an order)."""
    p = op.payload
    if op.kind.startswith("picking.") or p.get("model") == "stock.picking":
        name = p.get("picking_name") or (names or {}).get(op.aggregate)
        ref = name or f"#{p.get('picking_id') or p.get('res_id')}"
        return tr("Order {name}").format(name=ref)
    if op.kind == "return.create":
        ref = p.get("delivery_name") or f"#{p.get('delivery_id')}"
        return tr("Return of {name}").format(name=ref)
    if op.kind == "count.apply" and p.get("product_name"):
        text = tr("{product} at {location}").format(
            product=p["product_name"], location=p.get("location_name") or "?"
        )
        return text + (tr(" · lot {lot}").format(lot=p["lot_name"]) if p.get("lot_name") else "")
    return op.aggregate


def order_names(ops: Sequence[OpRecord]) -> dict[str, str]:
    """Order names by aggregate, from the ops that carry one."""
    return {
        op.aggregate: op.payload["picking_name"] for op in ops if op.payload.get("picking_name")
    }


class OutboxTableModel(RowsTableModel[OpRecord]):
    """Rows are OpRecords (read-only copies); `set_ops` swaps them in one reset."""

    COLUMNS = COLUMNS
    CONTEXT = "OutboxModel"
    names: dict[str, str] = {}  # replaced, never mutated: order names

    waiting: Mapping[str, OpRecord] = {}

    def set_ops(
        self, ops: Sequence[OpRecord], waiting: Mapping[str, OpRecord] | None = None
    ) -> None:
        """`waiting`: per op uuid, the op it waits for (Outbox.waiting_behind)."""
        self.waiting = dict(waiting or {})
        self.names = order_names(ops)
        self.set_rows(ops)

    def op(self, row: int) -> OpRecord | None:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        op, col = cell
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                str(op.seq),
                kind_label(op.kind),
                applies_to(op, self.names),
                state_label(op.state),
                op.actor_name or "",
                local_time(op.created_at),
                str(op.attempts),
                translated(op.park_reason or op.last_error or "") or self._waits_for(op),
            )
            text = values[col]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if col == REASON_COLUMN and text else None
            return text.splitlines()[0] if col == REASON_COLUMN and text else text
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
