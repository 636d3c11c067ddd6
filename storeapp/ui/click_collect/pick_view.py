"""The pick screen: the order's lines, the scan field, typed quantities and short picks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
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

from storeapp.core.quantities import format_qty
from storeapp.core.scanning import Tracking
from storeapp.ui.click_collect.model import PickLinesModel
from storeapp.ui.click_collect.presenter import PickPresenter
from storeapp.ui.language import translated
from storeapp.ui.outcome import Outcome, set_level, show_outcome
from storeapp.ui.product_search import ProductSearch
from storeapp.ui.scan_box import ScanBox
from storeapp.ui.shortcuts import FINISH, UNDO, give_shortcut
from storeapp.ui.slots import asyncSlot


def title_row(title: QWidget, below: QWidget, corner: QWidget) -> QHBoxLayout:
    """A page's title with a line below it, and a chip or button in the top right corner."""
    head = QHBoxLayout()
    titles = QVBoxLayout()
    titles.addWidget(title)
    titles.addWidget(below)
    head.addLayout(titles, 1)
    head.addWidget(corner, 0, Qt.AlignmentFlag.AlignTop)
    return head


# Set once on the page; a scan only switches the banner's "level" property (cheap), where
# setting a style sheet per scan would re-style the whole page every time.
PAGE_STYLE = """
QLabel#scanFeedback { border-radius: 8px; padding: 10px 14px; font-size: 16px;
    font-weight: 600; background: #eef4ff; border: 1px solid #c7d7fe; color: #1d2939; }
QLabel#scanFeedback[level="ok"] { background: #ecfdf3; border: 1px solid #abefc6;
    color: #05603a; }
QLabel#scanFeedback[level="error"] { background: #fef3f2; border: 2px solid #d92d20;
    color: #912018; }
"""


class PickPage(QWidget):
    """Shows one PickPresenter. Emits `finished(picking_id)` when leaving the order."""

    finished = Signal(int)
    ready_requested = Signal()
    label_requested = Signal()

    def __init__(self, errors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickScreen")
        self.setStyleSheet(PAGE_STYLE)
        self.errors = errors
        self.presenter: PickPresenter | None = None
        self.customer = ""

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        self.progress = QLabel()
        self.progress.setObjectName("chip")

        self.scan_field = ScanBox(
            "scanField",
            self.tr("Scan a product — or type its barcode and press Enter (recorded as typed)"),
        )
        self.scan_field.setClearButtonEnabled(True)
        self.scan_field.entered.connect(self._typed_code)
        self.product_search = ProductSearch(self._search_products)
        self.product_search.chosen.connect(self._product_chosen)
        self.product_search.attach_shortcut(self)

        self.feedback = QLabel(self.tr("Scan the first product."))
        self.feedback.setObjectName("scanFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(56)
        set_level(self.feedback, "info")

        self.model = PickLinesModel(self)
        self.table = QTableView()
        self.table.setObjectName("pickLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Long names keep their start and their end (size, colour): "Linen Scarf…Navy, L".
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Widths are fitted once per order (show_pick), not live: a column sized to its
        # contents re-measures every row at each scan, which costs more than the scan.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._line_selected)

        side = self._build_line_panel()
        buttons = self._build_leave_buttons()

        head = title_row(self.title, self.subtitle, self.progress)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(side)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.addLayout(head)
        # Scan and search side by side: the side panel below needs the height.
        entry = QHBoxLayout()
        entry.addWidget(self.scan_field, 3, Qt.AlignmentFlag.AlignTop)
        entry.addWidget(self.product_search, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(entry)
        layout.addWidget(self.feedback)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

    def _build_line_panel(self) -> QFrame:
        """The side panel: what to do with the selected line when scanning is not enough
        (type a quantity or a lot, mark the rest short, undo)."""
        self.line_title = QLabel(self.tr("Select a line"))
        self.line_title.setObjectName("cardTitle")
        self.line_title.setWordWrap(True)
        self.quantity = QDoubleSpinBox()
        self.quantity.setDecimals(0)  # set per line from its unit of measure
        self.lot = QLineEdit()
        self.lot.setPlaceholderText(self.tr("Lot or serial number"))
        self.lot.returnPressed.connect(self._lot_entered)
        self.set_quantity_button = QPushButton(self.tr("Set quantity (typed)"))
        self.set_quantity_button.clicked.connect(self._set_quantity)
        self.reason = QComboBox()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (needed for 'Other')"))
        self.short_button = QPushButton(self.tr("Mark the rest short"))
        self.short_button.clicked.connect(self._mark_short)
        self.clear_short_button = QPushButton(self.tr("Found it: clear short"))
        self.clear_short_button.clicked.connect(self._clear_short)
        self.undo_button = QPushButton(self.tr("Undo last"))
        give_shortcut(self.undo_button, UNDO)
        self.undo_button.clicked.connect(self._undo)

        side = QFrame()
        side.setObjectName("card")
        side.setFixedWidth(330)
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Lot/serial"), self.lot)
        short_form = QFormLayout()
        short_form.addRow(self.tr("Reason"), self.reason)
        short_form.addRow(self.tr("Note"), self.note)
        side_box = QVBoxLayout(side)
        side_box.addWidget(self.line_title)
        side_box.addLayout(form)
        side_box.addWidget(self.set_quantity_button)
        side_box.addSpacing(12)
        short_title = QLabel(self.tr("Cannot find it?"))
        short_title.setObjectName("cardTitle")
        side_box.addWidget(short_title)
        side_box.addLayout(short_form)
        side_box.addWidget(self.short_button)
        side_box.addWidget(self.clear_short_button)
        side_box.addStretch(1)
        side_box.addWidget(self.undo_button)
        return side

    def _build_leave_buttons(self) -> QHBoxLayout:
        """Back to the list, leave for someone else, print the label again, ready."""
        self.back_button = QPushButton(self.tr("Back to the list"))
        self.back_button.clicked.connect(lambda: self._leave(release=False))
        self.release_button = QPushButton(self.tr("Leave for someone else"))
        self.release_button.clicked.connect(lambda: self._leave(release=True))
        self.ready_button = QPushButton(self.tr("Ready for pickup"))
        give_shortcut(self.ready_button, FINISH)
        self.ready_button.setObjectName("primaryButton")
        self.ready_button.clicked.connect(self.ready_requested)
        self.label_button = QPushButton(self.tr("Print bag label again"))
        self.label_button.clicked.connect(self.label_requested)
        self.label_button.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        buttons.addWidget(self.label_button)
        buttons.addWidget(self.ready_button)
        return buttons

    # -- showing -----------------------------------------------------------------------------

    def show_pick(self, presenter: PickPresenter, customer: str) -> None:
        self.presenter = presenter
        self.customer = customer
        session = presenter.session
        presenter.on_save_error = self._save_failed
        self.title.setText(session.picking_name)
        self.reason.clear()
        for reason in session.short_reasons:
            self.reason.addItem(translated(reason.label), reason.code)
        self.model.follow(lambda: session.lines)
        self._fit_columns()
        self.label_button.hide()
        set_level(self.feedback, "info")
        self.feedback.setText(self.tr("Scan the first product."))
        self._refresh_header()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.scan_field.setFocus()

    def _fit_columns(self) -> None:
        """Bin, quantities and status to their contents; the product name gets the rest."""
        table = self.table
        table.resizeColumnsToContents()
        fixed = sum(table.columnWidth(c) for c in (1, 2, 3))
        status = 190  # the last column stretches into what is left
        room = table.viewport().width() or 700
        table.setColumnWidth(0, max(220, room - fixed - status))

    def resizeEvent(self, event) -> None:  # Qt name
        super().resizeEvent(event)
        if self.presenter is not None:
            self._fit_columns()

    def showEvent(self, event) -> None:  # Qt name
        # The table knows its real width only once the page is on screen.
        super().showEvent(event)
        if self.presenter is not None:
            QTimer.singleShot(0, self._fit_columns)

    def _refresh_header(self) -> None:
        p = self.presenter
        if p is None:
            return
        s = p.session
        claim = s.claim.employee_name if s.claim else self.tr("nobody")
        self.subtitle.setText(
            self.tr("%1 · picked by %2 · short picks: %3")
            .replace("%1", self.customer or self.tr("no customer name"))
            .replace("%2", claim)
            .replace(
                "%3",
                self.tr("backorder")
                if s.short_policy == "backorder"
                else self.tr("cancel the rest"),
            )
        )
        done = sum(1 for line in s.lines if line.resolved)
        self.progress.setText(
            self.tr("%1 of %2 lines done").replace("%1", str(done)).replace("%2", str(len(s.lines)))
        )
        level = "ok" if done == len(s.lines) else "warn"
        if self.progress.property("level") != level:  # re-styling costs: only on change
            set_level(self.progress, level)
        closed = s.closed
        self.ready_button.setEnabled(p.can_finish and not closed)
        for w in (
            self.scan_field,
            self.set_quantity_button,
            self.short_button,
            self.clear_short_button,
            self.undo_button,
            self.release_button,
        ):
            w.setEnabled(not closed)

    def show_feedback(self, feedback: Outcome) -> None:
        """The line and the banner, then a beep for a refusal (the loud cue)."""
        if isinstance(feedback.subject, int) and feedback.ok:
            self.model.line_changed(feedback.subject)
            row = self.model.row_of(feedback.subject)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        show_outcome(self.feedback, feedback)
        if not feedback.ok:
            QApplication.beep()
        self._refresh_header()

    def show_message(self, text: str, level: str = "info") -> None:
        self.feedback.setText(text)
        set_level(self.feedback, level)

    def _save_failed(self, exc: BaseException) -> None:
        self.show_message(
            self.tr(
                "Not saved: %1 Your last scans are on screen; they are saved with the next "
                "one once this is fixed."
            ).replace("%1", str(exc)),
            "error",
        )

    # -- line panel --------------------------------------------------------------------------

    def selected_move(self) -> int | None:
        index = self.table.currentIndex()
        line = self.model.row_at(index.row()) if index.isValid() else None
        return line.move_id if line else None

    def _line_selected(self, current, _previous=None) -> None:
        line = self.model.row_at(current.row()) if current.isValid() else None
        if line is None:
            return
        self.line_title.setText(
            f"{line.product_name}\n"
            + self.tr("%1 ordered · bin %2")
            .replace("%1", format_qty(line.demand))
            .replace("%2", line.location_name or "—")
        )
        # The unit's decimals only (none for Units) and no more than the order asks for.
        self.quantity.setDecimals(line.unit.decimals)
        self.quantity.setSingleStep(float(line.unit.step))
        self.quantity.setMaximum(line.demand)
        self.quantity.setValue(line.picked)
        tracked = line.tracking is not Tracking.NONE
        self.lot.setEnabled(tracked)
        if not tracked:
            self.lot.clear()
        self.clear_short_button.setVisible(line.short is not None)

    # -- actions -----------------------------------------------------------------------------

    async def scan(self, code: str, *, typed: bool = False) -> Outcome | None:
        if self.presenter is None:
            return None
        try:
            feedback = await self.presenter.scan(code, typed=typed)
        except Exception as exc:
            self.errors.show(exc, self.tr("Reading the barcode"))
            return None
        self.show_feedback(feedback)
        return feedback

    async def _search_products(self, text: str) -> list:
        return await self.presenter.search_products(text) if self.presenter else []

    @asyncSlot(int)
    async def _product_chosen(self, product_id: int) -> None:
        if self.presenter is None:
            return
        try:
            feedback = await self.presenter.choose_product(product_id)
        except Exception as exc:
            self.errors.show(exc, self.tr("Picking the product chosen"))
            return
        self.show_feedback(feedback)
        self.scan_field.setFocus()

    @asyncSlot(str)
    async def _typed_code(self, code: str) -> None:
        await self.scan(code.strip(), typed=True)

    @asyncSlot()
    async def _lot_entered(self) -> None:
        """A product barcode scanned into the lot/serial field is a product scan: the field
        is cleared and the cursor goes back to the scan field."""
        if self.presenter is None:
            return
        try:
            feedback = await self.presenter.lot_field_scan(self.lot.text())
        except Exception as exc:
            self.errors.show(exc, self.tr("Reading the barcode"))
            return
        if feedback is not None:
            self.lot.clear()
            self.show_feedback(feedback)
            self.scan_field.setFocus()

    @asyncSlot()
    async def _set_quantity(self) -> None:
        move_id = self.selected_move()
        if self.presenter is None or move_id is None:
            return
        try:
            feedback = await self.presenter.type_quantity(
                move_id, self.quantity.value(), self.lot.text().strip() or None
            )
        except Exception as exc:
            self.errors.show(exc, self.tr("Setting the quantity"))
            return
        self.show_feedback(feedback)

    def _mark_short(self) -> None:
        move_id = self.selected_move()
        if self.presenter is None or move_id is None:
            return
        self.show_feedback(
            self.presenter.mark_short(move_id, self.reason.currentData(), self.note.text())
        )
        self.note.clear()

    def _clear_short(self) -> None:
        move_id = self.selected_move()
        if self.presenter is not None and move_id is not None:
            self.show_feedback(self.presenter.clear_short(move_id))

    def _undo(self) -> None:
        if self.presenter is not None:
            self.show_feedback(self.presenter.undo())

    @asyncSlot()
    async def _leave(self, release: bool) -> None:
        p = self.presenter
        if p is None:
            return
        try:
            if release:
                await p.release()
            else:
                await p.leave()
        except Exception as exc:
            self.errors.show(exc, self.tr("Saving the pick"))
            return
        p.work.close()  # the pick is saved; lookups still running have nothing to show
        self.finished.emit(p.picking_id)
