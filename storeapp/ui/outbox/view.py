"""Sync & outbox screen: counts by state, the ops table, one op's reason, manager actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storeapp.offline.clock import utcnow
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import OpRecord
from storeapp.offline.store_figures import ModelFreshness
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.flow_layout import FlowLayout
from storeapp.ui.language import translated
from storeapp.ui.outbox.model import (
    REASON_COLUMN,
    OutboxTableModel,
    applies_to,
    kind_label,
    local_time,
    state_label,
    waits_for_text,
)
from storeapp.ui.outbox.presenter import FILTERS, OutboxPresenter, OutboxSnapshot
from storeapp.ui.session import SignedInEmployee
from storeapp.ui.slots import asyncSlot
from storeapp.ui.statusbar import format_age

CHIPS = (
    (OpState.QUEUED, "waiting"),
    (OpState.SENDING, "waiting"),
    (OpState.FAILED, "warn"),
    (OpState.PARKED, "error"),
    (OpState.PENDING_APPROVAL, "warn"),
    (OpState.DONE, "ok"),
)


class OutboxView(QWidget):
    """Shows the outbox; emits `changed(OpChanged)` after a retry or cancel."""

    changed = Signal(object)

    def __init__(
        self,
        presenter: OutboxPresenter,
        errors: ErrorPresenter,
        employee: Callable[[], SignedInEmployee | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxScreen")
        self.presenter = presenter
        self.errors = errors
        self.employee = employee
        self.snapshot: OutboxSnapshot | None = None

        title = QLabel(self.tr("Sync & outbox"))
        title.setObjectName("screenTitle")
        subtitle = QLabel(
            self.tr(
                "Every change made on this PC waits here until Odoo has it — exactly once, "
                "also after a crash or hours offline."
            )
        )
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("primaryButton")
        self.sync_button.setEnabled(presenter.can_sync_now)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(title)
        titles.addWidget(subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)

        # Wraps onto a second line when the states' names are long (French, 150 % text)
        # instead of widening the page past the screen.
        chips = FlowLayout(spacing=12)
        self.chips: dict[OpState, QLabel] = {}
        for state, level in CHIPS:
            chip = QLabel()
            chip.setObjectName("chip")
            chip.setProperty("level", level)
            self.chips[state] = chip
            chips.addWidget(chip)

        self.filter = QComboBox()
        for key, (label, _) in FILTERS.items():
            self.filter.addItem(translated(label), key)
        self.filter.setAccessibleName(self.tr("Show"))
        show_label = QLabel(self.tr("Show:"))
        show_label.setBuddy(self.filter)
        self.freshness = QLabel()
        self.freshness.setObjectName("hint")
        self.freshness.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(show_label)
        filters.addWidget(self.filter)
        filters.addSpacing(16)
        filters.addWidget(self.freshness, 1)

        self.model = OutboxTableModel(self)
        self.table = QTableView()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The reason takes the room the other columns leave (`_fit_columns`), elided, whole
        # in its tooltip and in the card below, so it starts on screen in every language.
        head.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)

        detail = QFrame()
        detail.setObjectName("card")
        detail_layout = QVBoxLayout(detail)
        self.detail_title = QLabel(self.tr("Choose a line to see what happened"))
        self.detail_title.setObjectName("cardTitle")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel("")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Send again"))
        self.cancel_button = QPushButton(self.tr("Cancel this change"))
        self.cancel_button.setObjectName("dangerButton")
        self.manager_hint = QLabel("")
        self.manager_hint.setObjectName("hint")
        actions = QHBoxLayout()
        actions.addWidget(self.retry_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.manager_hint, 1)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addLayout(actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(chips)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(detail)

        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel)
        self.sync_button.clicked.connect(self.sync_now)
        self._show_op(None)

    # ------------------------------------------------------------------ data

    @asyncSlot()
    async def refresh(self, *_: object) -> None:
        key = self.filter.currentData() or "attention"
        try:
            snapshot = await self.presenter.load(key)
        except Exception as exc:  # one error presenter for all failures
            self.errors.show(exc, self.tr("Reading the outbox"))
            return
        self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: OutboxSnapshot) -> None:
        selected = self.current_op()
        self.snapshot = snapshot
        for state, chip in self.chips.items():
            # One text with its placeholders: French writes a no-break space before the colon.
            chip.setText(
                self.tr("{state}: {n}").format(
                    state=state_label(state), n=snapshot.counts.get(state, 0)
                )
            )
        self.model.set_ops(snapshot.ops, snapshot.waiting_behind)
        self._fit_columns()
        self.freshness.setText(self._freshness_text(snapshot.freshness))
        row = -1
        if selected is not None:
            row = next((i for i, op in enumerate(snapshot.ops) if op.uuid == selected.uuid), -1)
        if row < 0 and snapshot.ops:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show_op(None)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its texts, unless together they would push the reason off
        screen (long words in French or German, text at 150 %): then the widest are narrowed
        alike and elide, and the reason keeps a quarter of the table."""
        head = self.table.horizontalHeader()
        wanted = [
            max(self.table.sizeHintForColumn(col), head.sectionSizeHint(col))
            for col in range(REASON_COLUMN)
        ]
        budget = self.table.viewport().width() * 3 // 4
        for col, width in enumerate(fitted_widths(wanted, budget)):
            head.resizeSection(col, width)

    def _freshness_text(self, rows: list[ModelFreshness]) -> str:
        if not rows:
            return self.tr("No data synced from Odoo yet.")
        synced = [r for r in rows if r.last_success_at]
        missing = [r.model for r in rows if not r.last_success_at]
        if not synced:
            return self.tr("No data synced from Odoo yet.")
        oldest = min(synced, key=lambda r: r.last_success_at)
        newest = max(r.last_success_at for r in synced)
        text = self.tr("{n} kinds of data from Odoo, last refreshed {newest}.").format(
            n=len(rows), newest=local_time(newest)
        )
        if local_time(oldest.last_success_at) != local_time(newest):
            text += " " + self.tr("Oldest: {model} at {when}.").format(
                model=oldest.model, when=local_time(oldest.last_success_at)
            )
        if missing:
            text += " " + self.tr("Not synced yet: {list}.").format(list=", ".join(missing))
        return text

    def current_op(self) -> OpRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.op(rows[0].row()) if rows else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_op(self.current_op())

    def _show_op(self, op: OpRecord | None) -> None:
        employee = self.employee()
        manager = employee is not None and employee.is_manager
        if op is None:
            self.detail_title.setText(self.tr("Nothing needs attention"))
            self.detail_text.setText(
                self.tr("When Odoo refuses a change, it stops here with the reason and what to do.")
            )
            self.retry_button.setEnabled(False)
            self.cancel_button.setEnabled(False)
            self.manager_hint.setText("")
            return
        self.detail_title.setText(
            f"{kind_label(op.kind)} · {applies_to(op, self.model.names)} · {state_label(op.state)}"
        )
        lines = []
        if op.park_reason:
            lines.append(self.tr("What happened: {text}").format(text=translated(op.park_reason)))
        if op.park_action:
            lines.append(self.tr("What to do: {text}").format(text=translated(op.park_action)))
        if op.last_error and not op.park_reason:
            lines.append(self.tr("Last error: {text}").format(text=translated(op.last_error)))
        head = self.model.waiting.get(op.uuid)
        if head is not None:
            lines.append(self.tr("Not sent yet: {text}.").format(text=waits_for_text(head)))
        if op.state is OpState.FAILED and op.next_attempt_at:
            lines.append(self.tr("Next try: {when}").format(when=local_time(op.next_attempt_at)))
        age = (utcnow() - op.created_at).total_seconds()
        when = self.tr("just now") if age < 60 else self.tr("{age} ago").format(age=format_age(age))
        lines.append(
            self.tr("Made by {who} {when}. Tries so far: {n}.").format(
                who=op.actor_name or self.tr("the app"), when=when, n=op.attempts
            )
        )
        self.detail_text.setText("\n".join(lines))
        self.retry_button.setEnabled(manager and op.state in (OpState.PARKED, OpState.FAILED))
        self.cancel_button.setEnabled(manager and op.state is OpState.PARKED)
        if op.state in (OpState.PARKED, OpState.FAILED) and not manager:
            self.manager_hint.setText(self.tr("A manager can send it again or cancel it."))
        else:
            self.manager_hint.setText("")

    def employee_changed(self, *_: object) -> None:
        self._show_op(self.current_op())

    # ------------------------------------------------------------------ actions

    @asyncSlot()
    async def retry(self) -> None:
        op = self.current_op()
        if op is None:
            return
        try:
            changed = await self.presenter.retry(op.uuid, self.employee())
        except Exception as exc:
            self.errors.show(exc, self.tr("Sending the change again"))
            return
        self.changed.emit(changed)
        await self.refresh()

    @asyncSlot()
    async def cancel(self) -> None:
        op = self.current_op()
        if op is None:
            return
        try:
            changed = await self.presenter.cancel(op.uuid, self.employee())
        except Exception as exc:
            self.errors.show(exc, self.tr("Cancelling the change"))
            return
        self.changed.emit(changed)
        await self.refresh()

    @asyncSlot()
    async def sync_now(self) -> None:
        self.sync_button.setEnabled(False)
        self.sync_button.setText(self.tr("Syncing…"))
        try:
            await self.presenter.sync_now()
        except Exception as exc:
            self.errors.show(exc, self.tr("Syncing with Odoo"))
        finally:
            self.sync_button.setText(self.tr("Sync now"))
            self.sync_button.setEnabled(self.presenter.can_sync_now)
        await self.refresh()


def fitted_widths(wanted: list[int], budget: int) -> list[int]:
    """`wanted` column widths made to fit in `budget` by narrowing only the widest columns
    to one common width (the narrow ones, "#" and "Tries", keep theirs)."""
    if sum(wanted) <= budget:
        return list(wanted)
    cap = budget
    for count, width in enumerate(sorted(wanted), start=0):
        rest = len(wanted) - count  # columns at least this wide share what is left
        cap = (budget - sum(sorted(wanted)[:count])) // rest
        if cap <= width:
            break
    return [min(width, max(cap, 1)) for width in wanted]
