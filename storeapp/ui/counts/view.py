"""Counts screen: the task list, then the counting of one location (blind by default).

Two pages in one screen. The task list shows counts open on this PC and Odoo's count requests;
scanning a shelf label (or a product) starts a count. The counting page takes scans in its scan
box (or from the app-wide scanner), typed quantities, undo, recounts and the submission.
"""

from __future__ import annotations

import asyncio
import logging

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storeapp.core.quantities import format_qty
from storeapp.offline.clock import utcnow
from storeapp.ui.counts.model import CountLinesModel, CountTasksModel
from storeapp.ui.counts.presenter import CountsPresenter
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.language import translated
from storeapp.ui.outcome import Outcome, set_level, show_outcome
from storeapp.ui.product_search import ProductSearch
from storeapp.ui.scan_box import ScanBox
from storeapp.ui.shortcuts import FINISH, UNDO, give_shortcut
from storeapp.ui.slots import asyncSlot
from storeapp.ui.statusbar import format_age

log = logging.getLogger(__name__)


def _table(model) -> QTableView:
    table = QTableView()
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    head = table.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class CountsView(QWidget):
    """The Counts page. Emits `changed` after a submission (ops were queued)."""

    changed = Signal(object)

    def __init__(
        self, presenter: CountsPresenter, errors: ErrorPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("countsScreen")
        self.presenter = presenter
        self.errors = errors
        self._actions = asyncio.Lock()
        self.completed = 0  # actions finished (lets tests and the tour wait for one)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_tasks())
        self.pages.addWidget(self._build_counting())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.pages)

    # ------------------------------------------------------------------ building

    def _build_tasks(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Counts"))
        title.setObjectName("screenTitle")
        subtitle = QLabel(
            self.tr(
                "Scan a shelf label to count that location, or a product to count it wherever "
                "it is stocked. Odoo's count requests are listed below."
            )
        )
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        self.start_box = ScanBox(
            "startScanBox",
            self.tr("Scan a shelf label or a product, then Enter"),
            self.tr("Start a count"),
        )
        self.tasks_feedback = QLabel("")
        self.tasks_feedback.setWordWrap(True)
        self.tasks_feedback.setVisible(False)  # shown with the outcome of an action
        self.settings_message = QLabel("")
        self.settings_message.setWordWrap(True)
        self.settings_message.setVisible(False)
        self.tasks_model = CountTasksModel(self)
        self.tasks_table = _table(self.tasks_model)
        self.tasks_table.setObjectName("countTasks")
        self.open_button = QPushButton(self.tr("Open count"))
        self.open_button.setObjectName("primaryButton")
        self.tasks_hint = QLabel("")
        self.tasks_hint.setObjectName("hint")
        actions = QHBoxLayout()
        actions.addWidget(self.tasks_hint, 1)
        actions.addWidget(self.open_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.freshness = QLabel("")
        self.freshness.setObjectName("chip")
        self.freshness.setToolTip(
            self.tr(
                "Counts are judged against this PC's copy of Odoo's stock. An older copy is "
                "safe: Odoo receives the difference found, not the figure."
            )
        )
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.freshness, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(heading)
        layout.addWidget(subtitle)
        layout.addWidget(self.settings_message)
        layout.addWidget(self.start_box)
        layout.addWidget(self.tasks_feedback)
        layout.addWidget(self.tasks_table, 1)
        layout.addLayout(actions)

        self.start_box.entered.connect(self.scan_code)
        self.open_button.clicked.connect(self.open_selected)
        self.tasks_table.doubleClicked.connect(lambda _i: self.open_selected())
        return page

    def _build_counting(self) -> QWidget:
        page = QWidget()
        self.count_title = QLabel("")
        self.count_title.setObjectName("screenTitle")
        self.blind_chip = QLabel(self.tr("Blind count: system quantities hidden"))
        self.blind_chip.setObjectName("chip")
        self.blind_chip.setProperty("level", "ok")
        header = QHBoxLayout()
        header.addWidget(self.count_title, 1)
        self.count_freshness = QLabel("")
        self.count_freshness.setObjectName("chip")
        header.addWidget(self.count_freshness, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.blind_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        self.product_search = ProductSearch(self.presenter.search_products)
        self.product_search.attach_shortcut(page)
        self.scan_box = ScanBox(
            "scanBox",
            self.tr("Scan an item (or type its barcode, lot or serial number) and press Enter"),
            self.tr("Scan"),
            blank_too=True,  # the presenter answers "Nothing was scanned"
        )
        self.feedback = QLabel("")
        self.feedback.setObjectName("countFeedback")
        self.feedback.setWordWrap(True)
        self.lines_model = CountLinesModel(self)
        self.lines_table = _table(self.lines_model)
        self.lines_table.setObjectName("countLines")

        self.quantity = QLineEdit()
        self.quantity.setObjectName("typedQuantity")
        self.quantity.setValidator(QDoubleValidator(0.0, 1_000_000.0, 3, self.quantity))
        self.quantity.setFixedWidth(120)
        self.quantity.setAccessibleName(self.tr("Quantity counted"))
        self.set_button = QPushButton(self.tr("Set quantity"))
        self.set_button.setToolTip(self.tr("Replace the selected line's count by this quantity"))
        self.undo_button = QPushButton(self.tr("Undo last scan"))
        give_shortcut(self.undo_button, UNDO)
        self.recount_button = QPushButton(self.tr("Recount line"))
        self.leave_button = QPushButton(self.tr("Continue later"))
        self.abandon_button = QPushButton(self.tr("Abandon"))
        self.abandon_button.setObjectName("dangerButton")
        self.submit_button = QPushButton(self.tr("Submit count"))
        give_shortcut(self.submit_button, FINISH)
        self.submit_button.setObjectName("primaryButton")
        typed = QHBoxLayout()
        typed.addWidget(QLabel(self.tr("Quantity:")))
        typed.addWidget(self.quantity)
        typed.addWidget(self.set_button)
        typed.addWidget(self.undo_button)
        typed.addWidget(self.recount_button)
        typed.addStretch(1)
        finish = QHBoxLayout()
        finish.addWidget(self.leave_button)
        finish.addWidget(self.abandon_button)
        finish.addStretch(1)
        finish.addWidget(self.submit_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.scan_box)
        layout.addWidget(self.product_search)
        layout.addWidget(self.feedback)
        layout.addWidget(self.lines_table, 1)
        layout.addLayout(typed)
        layout.addLayout(finish)

        self.scan_box.entered.connect(self.scan_code)
        self.product_search.chosen.connect(self._product_chosen)
        self.set_button.clicked.connect(self.set_quantity)
        self.quantity.returnPressed.connect(self.set_quantity)
        self.undo_button.clicked.connect(self.undo)
        self.recount_button.clicked.connect(self.recount)
        self.leave_button.clicked.connect(self.leave)
        self.abandon_button.clicked.connect(self.abandon)
        self.submit_button.clicked.connect(self.submit)
        self.lines_table.selectionModel().selectionChanged.connect(lambda *_: self._line_chosen())
        return page

    # ------------------------------------------------------------------ showing

    def show_settings_problem(self, problem: str) -> None:
        """The store's count settings could not be read: say so on the task list."""
        self.settings_message.setVisible(True)
        show_outcome(
            self.settings_message,
            Outcome(
                "warn",
                self.tr("The count settings of this PC are not valid, so the defaults apply: ")
                + problem,
                self.tr("Ask IT to correct the [counts] section of the configuration file."),
            ),
        )

    def _show_count(self, feedback: Outcome | None = None) -> None:
        session = self.presenter.session
        if session is None:
            self.pages.setCurrentIndex(0)
            self.start_box.setFocus()
            return
        self.pages.setCurrentIndex(1)
        title = session.location_name
        if self.presenter.current and self.presenter.current.focus_product_name:
            title += " · " + self.presenter.current.focus_product_name
        self.count_title.setText(self.tr("Counting {what}").format(what=title))
        self.blind_chip.setVisible(self.presenter.blind)
        self.lines_model.set_rows(self.presenter.rows())
        if feedback is not None:
            show_outcome(self.feedback, feedback)
            row = self.lines_model.row_of(feedback.subject)
            if row >= 0:
                self.lines_table.selectRow(row)
        self._line_chosen()
        self.scan_box.setFocus()

    def _line_chosen(self) -> None:
        row = self.current_line()
        self.set_button.setEnabled(row is not None)
        self.recount_button.setEnabled(row is not None)
        if row is not None:
            self.quantity.setText(format_qty(row.counted))

    def current_line(self):
        rows = self.lines_table.selectionModel().selectedRows()
        return self.lines_model.row_at(rows[0].row()) if rows else None

    # ------------------------------------------------------------------ data

    async def _show_freshness(self) -> None:
        try:
            as_of = await self.presenter.data_as_of()
        except Exception:  # freshness is a hint; the status bar reports errors
            return
        if as_of is None:
            text, level = self.tr("No stock figures from Odoo yet: sync first"), "error"
        else:
            age = (utcnow() - as_of).total_seconds()
            text = self.tr("Stock figures as of {age} ago").format(age=format_age(age))
            if age < 60:
                text = self.tr("Stock figures up to date")
            level = "ok" if age < 3600 else "warn"
        for chip in (self.freshness, self.count_freshness):
            chip.setText(text)
            set_level(chip, level)

    @asyncSlot()
    async def refresh(self, *_: object) -> None:
        await self._show_freshness()
        if self.presenter.session is not None:
            self._show_count()
            return
        try:
            tasks = await self.presenter.load_tasks()
        except Exception as exc:  # one error presenter for all failures
            self.errors.show(exc, self.tr("Reading the count tasks"))
            return
        if not shiboken6.isValid(self.tasks_model):
            return  # the window closed (the app stopping) while the tasks were read
        self.tasks_model.set_rows(tasks)
        self.open_button.setEnabled(bool(tasks))
        requests = sum(1 for t in tasks if t.kind == "request")
        open_here = sum(1 for t in tasks if t.kind == "in_progress")
        self.tasks_hint.setText(
            self.tr("{open} count(s) in progress on this PC · {requests} requested by Odoo").format(
                open=open_here, requests=requests
            )
        )
        if tasks and not self.tasks_table.selectionModel().hasSelection():
            self.tasks_table.selectRow(0)
        self._show_count()
        self.completed += 1

    async def _run(self, call, doing: str, label: QLabel | None = None) -> Outcome | None:
        # One action at a time, in arrival order: a scanner can send the next scan before the
        # last one is saved, and no scan may be dropped or overtake another.
        async with self._actions:
            try:
                feedback = await call
            except Exception as exc:
                self.errors.show(exc, doing)
                feedback = None
            if self.presenter.session is None:
                await self.refresh()
                if feedback is not None:
                    show_outcome(label or self.tasks_feedback, feedback)
            else:
                self._show_count(feedback)
            self.completed += 1
            return feedback

    def handle_scan(self, code: str) -> None:
        """A scan from the app-wide scanner, while this screen is on show."""
        if self.isVisible():
            self.scan_code(code)

    @asyncSlot(int)
    async def _product_chosen(self, product_id: int) -> None:
        await self._run(self.presenter.choose_product(product_id), self.tr("Counting the product"))
        self.scan_box.setFocus()

    @asyncSlot(str)
    async def scan_code(self, code: str) -> None:
        """Starts a count (no count open) or counts an item; queued behind earlier scans."""
        await self._run(self.presenter.scan(code), self.tr("Saving the scan"))

    @asyncSlot()
    async def open_selected(self) -> None:
        rows = self.tasks_table.selectionModel().selectedRows()
        task = self.tasks_model.row_at(rows[0].row()) if rows else None
        if task is not None:
            await self._run(self.presenter.open_task(task), self.tr("Opening the count"))

    @asyncSlot()
    async def set_quantity(self) -> None:
        row = self.current_line()
        if row is None:
            return
        # The text goes as typed: the presenter reads it by the product's unit of measure.
        text = self.quantity.text()
        feedback = await self._run(
            self.presenter.set_quantity(row.key, text), self.tr("Saving the quantity")
        )
        if feedback is not None and feedback.level == "confirm" and self._confirm(feedback):
            await self._run(
                self.presenter.set_quantity(row.key, text, confirmed=True),
                self.tr("Saving the quantity"),
            )

    def _confirm(self, feedback: Outcome) -> bool:
        """A second "yes" for a quantity above the store's limit (No is the default)."""
        if not getattr(self.errors, "interactive", True):
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Check the quantity"),
            translated(feedback.message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @asyncSlot()
    async def undo(self) -> None:
        await self._run(self.presenter.undo(), self.tr("Undoing the last scan"))

    @asyncSlot()
    async def recount(self) -> None:
        row = self.current_line()
        if row is not None:
            await self._run(self.presenter.recount(row.key), self.tr("Starting a recount"))

    @asyncSlot()
    async def submit(self) -> None:
        feedback = await self._run(self.presenter.submit(), self.tr("Submitting the count"))
        if feedback is not None and self.presenter.session is None:
            self.changed.emit(self.presenter.last_outcome)

    @asyncSlot()
    async def leave(self) -> None:
        await self.presenter.leave()
        await self.refresh()

    @asyncSlot()
    async def abandon(self) -> None:
        session = self.presenter.session
        if session is None:
            return
        if session.lines and getattr(self.errors, "interactive", True):
            answer = QMessageBox.question(
                self,
                self.tr("Abandon this count?"),
                self.tr(
                    "The {n} counted line(s) of {location} will not be sent to Odoo. "
                    "The count stays in the audit record."
                ).format(n=len(session.lines), location=session.location_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        await self._run(self.presenter.abandon(), self.tr("Abandoning the count"))
