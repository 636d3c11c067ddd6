"""Dashboard screen (managers): headline tiles, three charts and every measure per period."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storeapp.ui.dashboard.chart import BarChart
from storeapp.ui.dashboard.model import MeasuresModel
from storeapp.ui.dashboard.presenter import (
    PERIOD_KEYS,
    SECTIONS,
    DashboardPresenter,
    NotAllowed,
    Tile,
    period_label,
)
from storeapp.ui.dates import time_text
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.language import translated
from storeapp.ui.slots import asyncSlot

# Two rows of four headline tiles: side by side they would not fit a 1280-pixel screen.
TILE_COLUMNS = 4


class DashboardView(QWidget):
    """The manager's view of the store's outcomes. `refresh()` reloads from the databases."""

    def __init__(
        self, presenter: DashboardPresenter, errors: ErrorPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardScreen")
        self.presenter = presenter
        self.errors = errors
        self.completed = 0  # refreshes finished (tests and the tour wait for one)
        self.export_path: str | None = None  # set by tests to skip the file dialog

        title = QLabel(self.tr("Store dashboard"))
        title.setObjectName("screenTitle")
        subtitle = QLabel(
            self.tr(
                "How the store is doing, from the work recorded on this PC and the data last "
                "received from Odoo — also offline. Times are from order to ready and from ready "
                "to collected; p90 means 9 in 10 orders were faster."
            )
        )
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        self.updated = QLabel("")
        self.updated.setObjectName("hint")

        self.period_buttons = QButtonGroup(self)
        periods = QHBoxLayout()
        periods.setSpacing(6)
        for key in PERIOD_KEYS:
            button = QPushButton(period_label(key))
            button.setCheckable(True)
            button.setObjectName(f"period_{key}")
            button.setProperty("period", True)
            button.setChecked(key == presenter.period)
            button.clicked.connect(lambda _=False, k=key: self.choose_period(k))
            self.period_buttons.addButton(button)
            periods.addWidget(button)
        periods.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportButton")
        periods.addWidget(self.refresh_button)
        periods.addWidget(self.export_button)

        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(10)
        for column in range(TILE_COLUMNS):
            self.tile_grid.setColumnStretch(column, 1)
        # The chosen period reads as selected (the app style has no rule for checked buttons).
        self.setStyleSheet(
            'QPushButton[period="true"]:checked { background: #2e6be6; color: white; '
            "border-color: #2e6be6; }"
        )

        self.funnel = BarChart(self.tr("No orders in this period"))
        self.shorts = BarChart(
            self.tr("No short picks in this period"), scale_max=100, color=QColor("#f79009")
        )
        self.reasons = BarChart(self.tr("No returns in this period"), color=QColor("#7a5af8"))
        # One chart at a time, beside the measures: three side by side above the table left
        # it three rows at 1366×768.
        self.charts = QTabWidget()
        self.charts.setObjectName("dashboardCharts")
        for tab, heading, chart in (
            (self.tr("Orders"), self.tr("Click & Collect orders"), self.funnel),
            (
                self.tr("Short picks"),
                self.tr("Short picks by reason (share of ready orders)"),
                self.shorts,
            ),
            (self.tr("Returns"), self.tr("Top return reasons"), self.reasons),
        ):
            self.charts.addTab(self._card(heading, chart), tab)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.models: dict[str, MeasuresModel] = {}
        self.tables: dict[str, QTableView] = {}
        for section, name in SECTIONS.items():
            model = MeasuresModel(self)
            table = QTableView()
            table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            table.setObjectName(f"measures_{section}")
            table.setModel(model)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setVisible(False)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            head = table.horizontalHeader()
            head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, model.columnCount()):
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.models[section] = model
            self.tables[section] = table
            self.tabs.addTab(table, translated(name))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        # "Updated …" beside the title, not among the buttons: at 150 % text the button row
        # would be wider than the page.
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        title_row.addWidget(self.updated, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(title_row)
        layout.addWidget(subtitle)
        layout.addLayout(periods)
        layout.addLayout(self.tile_grid)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.charts, 2)
        bottom.addWidget(self.tabs, 3)
        layout.addLayout(bottom, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)

    @staticmethod
    def _card(heading: str, body: QWidget) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        label = QLabel(heading)
        label.setObjectName("cardTitle")
        label.setWordWrap(True)
        inner.addWidget(label)
        inner.addWidget(body, 1)
        return card

    def _tile(self, tile: Tile) -> QFrame:
        frame = QFrame()
        frame.setObjectName("tile")
        frame.setProperty("level", tile.level)
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 10)
        label = QLabel(tile.title)
        label.setObjectName("tileLabel")
        label.setWordWrap(True)  # large text wraps in the tile rather than widening the page
        value = QLabel(tile.value)
        value.setObjectName("tileValue")
        hint = QLabel(tile.note)
        hint.setObjectName("tileHint")
        hint.setWordWrap(True)
        box.addWidget(label)
        box.addWidget(value)
        box.addWidget(hint)
        frame.setAccessibleName(
            self.tr("{title}: {value} ({note})").format(
                title=tile.title, value=tile.value, note=tile.note
            )
        )
        return frame

    # ------------------------------------------------------------------ showing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.presenter.employee() is not None:
            self.refresh()

    def employee_changed(self, *_: Any) -> None:
        self.presenter.boards = {}
        self._show()

    def choose_period(self, key: str) -> None:
        self.presenter.period = key
        for button in self.period_buttons.buttons():
            button.setChecked(button.objectName() == f"period_{key}")
        self._show()

    def _show(self) -> None:
        while self.tile_grid.count():
            item = self.tile_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for i, tile in enumerate(self.presenter.tiles()):
            self.tile_grid.addWidget(self._tile(tile), i // TILE_COLUMNS, i % TILE_COLUMNS)
        self.funnel.set_bars(self.presenter.funnel())
        self.shorts.set_bars(self.presenter.short_reasons())
        self.reasons.set_bars(self.presenter.return_reasons())
        for section, model in self.models.items():
            model.set_rows(self.presenter.rows(section))
        loaded = self.presenter.loaded_at
        self.updated.setText(
            self.tr("Updated {time}").format(time=time_text(loaded)) if loaded else ""
        )
        self.export_button.setEnabled(bool(self.presenter.boards))

    @asyncSlot()
    async def refresh(self) -> None:
        try:
            await self.presenter.load()
        except NotAllowed as exc:
            self.presenter.boards = {}
            self.updated.setText(str(exc))
        except Exception as exc:  # shown by the one error presenter
            self.errors.show(exc, self.tr("The dashboard figures could not be read."))
        self._show()
        self.completed += 1

    @asyncSlot()
    async def export(self) -> None:
        path = self.export_path
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the dashboard"), "store-dashboard.csv", "CSV (*.csv)"
            )
        if not path:
            return
        try:
            lines = await self.presenter.work.db(self.presenter.export_csv, path)
        except Exception as exc:  # shown by the one error presenter
            self.errors.show(exc, self.tr("The dashboard could not be exported."))
            return
        self.updated.setText(self.tr("{n} measures exported to {path}").format(n=lines, path=path))
