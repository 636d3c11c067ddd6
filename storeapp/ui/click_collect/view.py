"""The Click & Collect page: the order queue, and the pick and handover screens behind it.

Scans come from the application-wide scanner filter: on the list, a scanned order number opens
that order (its pick, or its handover when ready); on the pick screen, a scanned product fills
its line.
"""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storeapp.core import click_collect as cc
from storeapp.offline.click_collect_repo import (
    ClaimedByOther,
    ClickCollectSettings,
    OrderUnavailable,
)
from storeapp.offline.clock import utcnow
from storeapp.offline.outbox import OpRecord
from storeapp.ui.click_collect import label as bag_label
from storeapp.ui.click_collect.handover_view import HandoverPage
from storeapp.ui.click_collect.model import QueueModel, group_title
from storeapp.ui.click_collect.pick_view import PickPage, title_row
from storeapp.ui.click_collect.presenter import PickPresenter, QueuePresenter, label_path
from storeapp.ui.flow_layout import FlowLayout
from storeapp.ui.language import translated
from storeapp.ui.outcome import set_level
from storeapp.ui.shortcuts import START, give_shortcut
from storeapp.ui.slots import asyncSlot
from storeapp.ui.statusbar import format_age

log = logging.getLogger(__name__)


class QueuePage(QWidget):
    """The list: group filters with counts, search, the table and the actions."""

    def __init__(self, parent: QWidget | None = None, *, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clickCollectQueue")
        self.title = QLabel(self.tr("Click & Collect"))
        self.title.setObjectName("screenTitle")
        self.freshness = QLabel()
        self.freshness.setObjectName("subtitle")

        self.group_buttons = QButtonGroup(self)
        self.group_buttons.setExclusive(True)
        groups = FlowLayout(spacing=6)  # wraps at 150 % text instead of cutting the counts
        self.buttons: dict[cc.QueueGroup | None, QPushButton] = {}
        for group in (None, *cc.GROUP_ORDER):
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("group", group.value if group else "all")
            self.group_buttons.addButton(button)
            groups.addWidget(button)
            self.buttons[group] = button
        self.buttons[None].setChecked(True)
        # The chosen group must read as chosen, like a tab.
        self.setStyleSheet(
            "QPushButton[group]:checked { background: #2e6be6; color: #ffffff;"
            " border-color: #2e6be6; }"
        )

        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr(
                "Search: order number, customer name or last 4 digits of the phone — "
                "or scan the order"
            )
        )

        self.model = QueueModel(self, tz=tz)
        self.table = QTableView()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.take_over_button = QPushButton(self.tr("Take it over"))
        self.take_over_button.hide()
        # Shown after a handover: taken back while Odoo does not have it.
        self.undo_handover_button = QPushButton(self.tr("Undo handover"))
        self.undo_handover_button.hide()

        self.pick_button = QPushButton(self.tr("Pick"))
        give_shortcut(self.pick_button, START)
        self.pick_button.setObjectName("primaryButton")
        self.handover_button = QPushButton(self.tr("Hand over"))
        self.put_back_button = QPushButton(self.tr("Items put back"))
        self.refresh_button = QPushButton(self.tr("Refresh"))

        head = title_row(self.title, self.freshness, self.refresh_button)

        notice = QHBoxLayout()
        notice.addWidget(self.message, 1)
        notice.addWidget(self.take_over_button)
        notice.addWidget(self.undo_handover_button)

        actions = QHBoxLayout()
        actions.addWidget(self.put_back_button)
        actions.addStretch(1)
        actions.addWidget(self.handover_button)
        actions.addWidget(self.pick_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.addLayout(head)
        layout.addLayout(groups)
        layout.addWidget(self.search)
        layout.addLayout(notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def show_counts(self, counts: dict[cc.QueueGroup, int]) -> None:
        self.buttons[None].setText(self.tr("All (%1)").replace("%1", str(sum(counts.values()))))
        for group in cc.GROUP_ORDER:
            self.buttons[group].setText(f"{group_title(group)} ({counts.get(group, 0)})")

    def show_message(self, text: str, level: str = "warn") -> None:
        self.message.setText(text)
        set_level(self.message, level)
        self.message.setVisible(bool(text))
        if level != "warn" or not text:
            self.take_over_button.hide()

    def current(self) -> cc.QueueEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None


class _Pages(QStackedWidget):
    """The page stack. Wrapped labels give the pages a height-for-width, which makes the
    shell's scroll area size them by their preferred height and scroll; the pages fit the
    window instead (their tables take what is left)."""

    def hasHeightForWidth(self) -> bool:  # Qt name
        return False


class ClickCollectView(QWidget):
    """The whole Click & Collect page. `changed` fires after every saved change."""

    changed = Signal(object)

    def minimumSizeHint(self) -> QSize:  # Qt name
        # The stacked pages add up their minimums; every page still works at 1366×768
        # (the smallest screen the app is made for), so ask for no more than that leaves.
        return QSize(900, 560)

    def __init__(
        self,
        presenter: QueuePresenter,
        errors,
        settings: ClickCollectSettings,
        *,
        label_folder: Path,
        store_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clickCollectPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#clickCollectPage { background: #f5f7fa; }")
        self.presenter = presenter
        self.errors = errors
        self.settings = settings
        self.label_folder = label_folder
        self.store_name = store_name
        self.last_label: Path | None = None
        self.last_handover: OpRecord | None = None  # the one "Undo handover" takes back
        self.completed = 0  # finished list refreshes (the tour waits for the first)
        self._pending_take_over: int | None = None

        self.queue = QueuePage(tz=settings.tz)
        self.pick = PickPage(errors)
        self.handover = HandoverPage(cc.checklist(settings.checklist))
        self.stack = _Pages()
        for page in (self.queue, self.pick, self.handover):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Let minimumSizeHint() below decide, not the sum of the stacked pages' minimums.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack)

        q = self.queue
        # Filter a moment after the last key, not at every key: a scanner typing into the
        # search field must stay fast enough to be recognised as a scan.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(180)
        self._search_timer.timeout.connect(self._apply_search)
        q.search.textChanged.connect(self._search_timer.start)
        q.group_buttons.buttonClicked.connect(self._group_clicked)
        q.refresh_button.clicked.connect(self.refresh)
        q.pick_button.clicked.connect(self._pick_clicked)
        q.handover_button.clicked.connect(self._handover_clicked)
        q.put_back_button.clicked.connect(self._put_back_clicked)
        q.take_over_button.clicked.connect(self._take_over_clicked)
        q.undo_handover_button.clicked.connect(self._undo_handover_clicked)
        q.table.doubleClicked.connect(self._open_current)
        q.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.pick.finished.connect(self._pick_finished)
        self.pick.ready_requested.connect(self._ready_clicked)
        self.pick.label_requested.connect(self._label_clicked)
        self.handover.confirmed.connect(self._handover_confirmed)
        self.handover.cancelled.connect(self.show_queue)
        self._update_actions()

    # -- list --------------------------------------------------------------------------------

    def _show_entries(self) -> None:
        q = self.queue
        selected = q.current()
        q.model.set_rows(self.presenter.visible())
        q.show_counts(self.presenter.counts())
        if selected is not None and (row := q.model.row_of(selected.picking_id)) >= 0:
            q.table.selectRow(row)
        elif q.model.rowCount():
            q.table.selectRow(0)
        self._show_freshness()
        self._update_actions()

    def _show_freshness(self, now: datetime | None = None) -> None:
        pulled = self.presenter.freshness.pulled_at
        if pulled is None:
            text = self.tr("Orders not loaded from Odoo yet: run the first sync.")
        else:
            age = ((now or utcnow()) - pulled).total_seconds()
            when = format_age(age)
            text = (
                self.tr("Orders brought up to date from Odoo just now")
                if age < 60
                else self.tr("Orders brought up to date from Odoo %1 ago").replace("%1", when)
            )
            if not self.presenter.online():
                text += " · " + self.tr("offline: picks and handovers are saved and sent later")
        self.queue.freshness.setText(text)

    def _update_actions(self) -> None:
        entry = self.queue.current()
        self.queue.pick_button.setEnabled(entry is not None and entry.can_pick)
        self.queue.handover_button.setEnabled(entry is not None and entry.can_hand_over)
        self.queue.put_back_button.setVisible(entry is not None and entry.needs_put_back)

    def _apply_search(self) -> None:
        self.presenter.query = self.queue.search.text()
        self._show_entries()

    def _group_clicked(self, button: QPushButton) -> None:
        value = button.property("group")
        self.presenter.group = None if value == "all" else cc.QueueGroup(value)
        self._show_entries()

    def show_queue(self) -> None:
        self.stack.setCurrentWidget(self.queue)
        self.queue.search.setFocus()

    @asyncSlot()
    async def refresh(self, *_: object) -> None:
        try:
            await self.presenter.refresh()
        except Exception as exc:
            self.errors.show(exc, self.tr("Reading the click-and-collect orders"))
            return
        self._show_entries()
        self.completed += 1

    @asyncSlot()
    async def employee_left(self) -> None:
        """The person signed out (or the screen locked): save their pick and close it, so the
        next person never scans into someone else's order under that person's name."""
        pick = self.pick.presenter
        self.pick.presenter = None
        self.last_handover = None
        self.queue.undo_handover_button.hide()
        self.show_queue()
        self.queue.show_message("")
        if pick is not None:
            try:
                await pick.flush()
            except Exception as exc:
                self.errors.show(exc, self.tr("Saving the pick"))

    # -- scans -------------------------------------------------------------------------------

    @asyncSlot(str)
    async def scan_received(self, code: str) -> None:
        """A scan from the application-wide filter (ignored while this page is hidden)."""
        if not self.isVisible() or self.presenter.actor() is None:
            return
        await self.handle_scan(code)

    async def handle_scan(self, code: str) -> None:
        page = self.stack.currentWidget()
        if page is self.pick:
            if self.pick.lot.hasFocus() and self.pick.lot.isEnabled():
                # A lot/serial label scanned into the lot field is that lot, not a product.
                self.pick.lot.setText(code)
                return
            await self.pick.scan(code)
            return
        entry = self.presenter.find(code)
        if entry is None:
            self.queue.show_message(
                self.tr(
                    "No click-and-collect order %1 in this store's list. Check the number, "
                    "or search by the customer's name."
                ).replace("%1", code),
                "error",
            )
            return
        self.queue.show_message("")
        self.queue.search.clear()
        if entry.can_hand_over:
            self.open_handover(entry)
        elif entry.can_pick:
            await self.open_pick(entry.picking_id)
        else:
            row = self.queue.model.row_of(entry.picking_id)
            if row >= 0:
                self.queue.table.selectRow(row)
            self.queue.show_message(
                self.tr("%1: %2")
                .replace("%1", entry.facts.name)
                .replace("%2", entry.exception or group_title(entry.group)),
                "warn",
            )

    # -- pick --------------------------------------------------------------------------------

    def _open_current(self, *_: object) -> None:
        entry = self.queue.current()
        if entry is None:
            return
        if entry.can_hand_over:
            self.open_handover(entry)
        elif entry.can_pick:
            self._pick_clicked()

    @asyncSlot()
    async def _pick_clicked(self) -> None:
        entry = self.queue.current()
        if entry is not None and entry.can_pick:
            await self.open_pick(entry.picking_id)

    @asyncSlot()
    async def _take_over_clicked(self) -> None:
        if self._pending_take_over is not None:
            await self.open_pick(self._pending_take_over, take_over=True)

    async def open_pick(self, picking_id: int, *, take_over: bool = False) -> PickPresenter | None:
        try:
            pick = await self.presenter.start_pick(picking_id, take_over=take_over)
        except ClaimedByOther as claimed:
            self._pending_take_over = picking_id
            self.queue.show_message(translated(claimed.warning.message), "warn")
            self.queue.take_over_button.show()
            return None
        except Exception as exc:
            self.errors.show(exc, self.tr("Opening the order"))
            return None
        self._pending_take_over = None
        self.queue.show_message("")
        entry = self.presenter.entry(picking_id)
        self.pick.show_pick(pick, entry.facts.customer if entry else "")
        self.stack.setCurrentWidget(self.pick)
        self.changed.emit({"picking_id": picking_id, "what": "claimed"})
        return pick

    @asyncSlot()
    async def _ready_clicked(self) -> None:
        await self.mark_ready()

    async def mark_ready(self) -> None:
        pick = self.pick.presenter
        if pick is None:
            return
        try:
            await pick.mark_ready()
        except Exception as exc:
            self.errors.show(exc, self.tr("Marking the order ready"))
            return
        self.changed.emit({"picking_id": pick.picking_id, "what": "ready"})
        message = self.tr(
            "%1 is ready for pickup. Odoo gets the picked quantities and a note for the customer."
        ).replace("%1", pick.session.picking_name)
        label_note = await self.print_label()
        self.pick.show_message(message + ("\n" + label_note if label_note else ""), "ok")
        self.pick.label_button.show()
        self.pick._refresh_header()

    @asyncSlot()
    async def _label_clicked(self) -> None:
        note = await self.print_label()
        if note:
            self.pick.show_message(note, "ok")

    async def print_label(self) -> str:
        """Write the bag label PDF and send it to the configured printer, if any."""
        pick = self.pick.presenter
        if pick is None:
            return ""
        try:
            label = await pick.bag_label(self.store_name)
            path = bag_label.write_pdf(
                label, label_path(self.label_folder, label.order), self.settings.tz
            )
            self.last_label = path
            if self.settings.label_printer:
                bag_label.print_label(label, self.settings.label_printer, self.settings.tz)
                return self.tr("Bag label sent to %1.").replace("%1", self.settings.label_printer)
            return self.tr("Bag label saved as %1.").replace("%1", str(path))
        except Exception as exc:
            self.errors.show(exc, self.tr("Printing the bag label"))
            return ""

    @asyncSlot(int)
    async def _pick_finished(self, picking_id: int) -> None:
        self.show_queue()
        await self.refresh()
        row = self.queue.model.row_of(picking_id)
        if row >= 0:
            self.queue.table.selectRow(row)

    # -- handover and put back ---------------------------------------------------------------

    def _handover_clicked(self) -> None:
        entry = self.queue.current()
        if entry is not None and entry.can_hand_over:
            self.open_handover(entry)

    def open_handover(self, entry: cc.QueueEntry) -> None:
        self.handover.show_entry(entry)
        self.stack.setCurrentWidget(self.handover)

    @asyncSlot(int, list, str)
    async def _handover_confirmed(self, picking_id: int, checks: list, note: str) -> None:
        try:
            self.last_handover = await self.presenter.hand_over(picking_id, list(checks), note)
        except Exception as exc:
            self.errors.show(exc, self.tr("Recording the handover"))
            return
        self.changed.emit({"picking_id": picking_id, "what": "collected"})
        self.show_queue()
        await self.refresh()
        entry = self.presenter.entry(picking_id)
        name = entry.facts.name if entry else f"#{picking_id}"
        self.queue.show_message(
            self.tr("%1 handed over. Odoo gets the validation when it is reachable.").replace(
                "%1", name
            ),
            "ok",
        )
        self.queue.undo_handover_button.show()

    @asyncSlot()
    async def _undo_handover_clicked(self) -> None:
        op = self.last_handover
        if op is None:
            return
        try:
            undone = await self.presenter.undo_handover(op)
        except OrderUnavailable as exc:  # too late, or not theirs: what to do instead
            self.queue.show_message(str(exc), "error")
            return
        except Exception as exc:
            self.errors.show(exc, self.tr("Undoing the handover"))
            return
        self.last_handover = None
        self.queue.undo_handover_button.hide()
        self.changed.emit({"picking_id": op.payload.get("picking_id"), "what": "handover_undone"})
        await self.refresh()
        self.queue.show_message(undone.text(), undone.level)

    @asyncSlot()
    async def _put_back_clicked(self) -> None:
        entry = self.queue.current()
        if entry is None or not entry.needs_put_back:
            return
        try:
            await self.presenter.put_back(entry.picking_id)
        except Exception as exc:
            self.errors.show(exc, self.tr("Recording that the items went back"))
            return
        self.changed.emit({"picking_id": entry.picking_id, "what": "put_back"})
        await self.refresh()
        self.queue.show_message(
            self.tr("%1: items back on the shelf; the order is closed here.").replace(
                "%1", entry.facts.name
            ),
            "ok",
        )
