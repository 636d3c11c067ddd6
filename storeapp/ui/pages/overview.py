"""Store-job overview pages: live figures from this PC's data, and what the screen is for.

Until a feature's workflow screen lands, its page still answers the questions people ask first
("how many orders are waiting?", "is anything stuck?") from the cache and the journal, and says
plainly that the workflow screen is the next step. A feature replaces the page with
`MainWindow.set_page(key, widget)`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget
from qasync import asyncSlot

from storeapp.ui.errors import ErrorPresenter


@dataclass(frozen=True)
class Tile:
    """One figure: a big number, what it counts, and its severity ("ok", "warn", "error")."""

    value: str
    label: str
    level: str = "ok"
    hint: str = ""


@dataclass(frozen=True)
class Overview:
    """Everything one overview page shows."""

    tiles: list[Tile]
    note: str  # what the page is based on and what comes next


class OverviewPage(QWidget):
    """A title, a purpose line, a grid of figure tiles and a note. `refresh()` reloads."""

    def __init__(
        self,
        title: str,
        purpose: str,
        load: Callable[[], Awaitable[Overview]],
        errors: ErrorPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.load = load
        self.errors = errors
        heading = QLabel(title)
        heading.setObjectName("screenTitle")
        purpose_label = QLabel(purpose)
        purpose_label.setObjectName("subtitle")
        purpose_label.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.note = QLabel("")
        self.note.setObjectName("noteCard")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(purpose_label)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.tiles: list[Tile] = []

    def show_overview(self, overview: Overview) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.tiles = list(overview.tiles)
        for i, tile in enumerate(overview.tiles):
            self.grid.addWidget(self._tile(tile), i // 3, i % 3)
        self.note.setText(overview.note)

    @staticmethod
    def _tile(tile: Tile) -> QFrame:
        frame = QFrame()
        frame.setObjectName("tile")
        frame.setProperty("level", tile.level)
        value = QLabel(tile.value)
        value.setObjectName("tileValue")
        label = QLabel(tile.label)
        label.setObjectName("tileLabel")
        label.setWordWrap(True)
        box = QVBoxLayout(frame)
        box.setContentsMargins(18, 14, 18, 14)
        box.addWidget(value)
        box.addWidget(label)
        if tile.hint:
            hint = QLabel(tile.hint)
            hint.setObjectName("tileHint")
            hint.setWordWrap(True)
            box.addWidget(hint)
        frame.setAccessibleName(f"{tile.label}: {tile.value}")
        return frame

    @asyncSlot()
    async def refresh(self, *_: object) -> None:
        try:
            overview = await self.load()
        except Exception as exc:  # one error presenter for all failures
            self.errors.show(exc, self.tr("Reading the store figures"))
            return
        self.show_overview(overview)
