"""Approvals screen (managers): the inbox table, the selected item's story, the decision."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storeapp.offline.approvals_repo import ApprovalItem
from storeapp.ui.approvals.model import ApprovalsTableModel
from storeapp.ui.approvals.presenter import ApprovalsPresenter
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.language import qty_text, translated
from storeapp.ui.outcome import Outcome, set_level, show_outcome
from storeapp.ui.slots import asyncSlot


class ApprovalsView(QWidget):
    """The manager's inbox. Emits `changed(Decision)` after approving or rejecting."""

    changed = Signal(object)

    def __init__(
        self, presenter: ApprovalsPresenter, errors: ErrorPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsScreen")
        self.presenter = presenter
        self.errors = errors
        self.completed = 0  # refreshes finished (lets tests and the tour wait for one)

        title = QLabel(self.tr("Approvals"))
        title.setObjectName("screenTitle")
        subtitle = QLabel(
            self.tr(
                "Stock adjustments above the store's limits and return exceptions wait here. "
                "Decisions are saved at once, also offline, and reach Odoo at the next sync. "
                "Nobody approves a count they took part in."
            )
        )
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        self.count_chip = QLabel("")
        self.count_chip.setObjectName("chip")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(title)
        titles.addWidget(subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.count_chip, 0, Qt.AlignmentFlag.AlignTop)

        self.model = ApprovalsTableModel(self)
        self.table = QTableView()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setObjectName("approvalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        self.detail_title = QLabel("")
        self.detail_title.setObjectName("cardTitle")
        self.detail_text = QLabel("")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit()
        self.note.setObjectName("decisionNote")
        self.note.setPlaceholderText(
            self.tr("Note for the counter and for Odoo (required to reject)")
        )
        self.note.setAccessibleName(self.tr("Note"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("primaryButton")
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("dangerButton")
        self.select_all_button = QPushButton(self.tr("Select all"))
        self.message = QLabel("")
        self.message.setObjectName("decisionMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)  # shown after a decision
        actions = QHBoxLayout()
        actions.addWidget(self.note, 1)
        actions.addWidget(self.select_all_button)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.approve_button)
        card_layout.addWidget(self.detail_title)
        card_layout.addWidget(self.detail_text)
        card_layout.addLayout(actions)
        card_layout.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(card)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.select_all_button.clicked.connect(self.table.selectAll)
        self._selected()

    # ------------------------------------------------------------------ showing

    def selected_items(self) -> list[ApprovalItem]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [item for item in (self.model.item(r) for r in rows) if item is not None]

    def _say(self, level: str, text: str) -> None:
        show_outcome(self.message, Outcome(level, text) if text else None)

    def _selected(self) -> None:
        items = self.selected_items()
        self.approve_button.setEnabled(bool(items))
        self.reject_button.setEnabled(bool(items))
        if not items:
            self.detail_title.setText(self.tr("Nothing selected"))
            self.detail_text.setText(
                self.tr("Choose one line to see its story, or several to decide them together.")
            )
            return
        if len(items) > 1:
            own = sum(1 for i in items if not self.presenter.may_approve(i))
            self.detail_title.setText(self.tr("{n} items selected").format(n=len(items)))
            text = self.tr("Approve or reject them together with one note.")
            if own:
                text += " " + self.tr(
                    "{n} of them you counted yourself: those stay for another manager."
                ).format(n=own)
            self.detail_text.setText(text)
            return
        item = items[0]
        self.detail_title.setText(f"{translated(item.product)} · {item.location}")
        explanation = translated(item.explanation)
        lines = [explanation[:1].upper() + explanation[1:] + "."]
        if item.reasons:
            reasons = "; ".join(translated(r) for r in item.reasons)
            lines.append(self.tr("Why a manager: {reasons}.").format(reasons=reasons))
        if len(item.history) > 1:
            steps = [
                self.tr("{who} counted {qty}").format(who=a.counted_by, qty=qty_text(a.counted))
                for a in item.history
            ]
            lines.append(self.tr("Count history: {steps}.").format(steps=" → ".join(steps)))
        if not self.presenter.may_approve(item):
            lines.append(self.tr("You took part in this count: another manager must approve it."))
        self.detail_text.setText("\n".join(lines))
        self.approve_button.setEnabled(self.presenter.may_approve(item))

    # ------------------------------------------------------------------ data

    @asyncSlot()
    async def refresh(self, *_: object) -> None:
        try:
            items = await self.presenter.load()
        except Exception as exc:
            self.errors.show(exc, self.tr("Reading the approval inbox"))
            return
        self.model.set_items(items)
        self.count_chip.setText(self.tr("{n} waiting").format(n=len(items)))
        set_level(self.count_chip, "warn" if items else "ok")
        if items and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._selected()
        self.completed += 1

    @asyncSlot()
    async def approve(self) -> None:
        await self._decide(True)

    @asyncSlot()
    async def reject(self) -> None:
        await self._decide(False)

    async def _decide(self, approve: bool) -> None:
        uuids = [i.op_uuid for i in self.selected_items()]
        if not uuids:
            return
        note = self.note.text()
        try:
            if approve:
                decision = await self.presenter.approve(uuids, note)
            else:
                decision = await self.presenter.reject(uuids, note)
        except ValueError as exc:
            self._say("error", str(exc))
            return
        except Exception as exc:
            self.errors.show(exc, self.tr("Saving the decision"))
            return
        verb = self.tr("approved") if approve else self.tr("rejected")
        level, text = self.presenter.summary(decision, verb)
        self._say(level, text)
        if decision.decided:
            self.note.clear()
            self.changed.emit(decision)
        self.table.clearSelection()
        await self.refresh()

    def employee_changed(self, *_: object) -> None:
        """Who may approve what depends on who is signed in."""
        self._selected()
