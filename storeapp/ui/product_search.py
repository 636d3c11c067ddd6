"""The product search under a scan field: for the item whose barcode will not scan.

Keyboard first: Ctrl+F puts the cursor in it, typing searches (name, internal reference or
barcode, answered from the cache in milliseconds even with 100,000 products), Down goes into the
list, Enter chooses (the first hit when still in the field), Escape clears. `chosen(product_id)`
is emitted; the screen treats it as a typed scan of that product.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from storeapp.core.text import echo
from storeapp.offline.products_repo import ProductHit
from storeapp.ui.background import ScreenTasks

# Wait for a pause in typing before asking the cache: one search per word, not per key.
DEBOUNCE_MS = 150
SEARCH_MAX = 128


def hit_text(hit: ProductHit) -> str:
    parts = [hit.name]
    if hit.default_code:
        parts.append(f"[{hit.default_code}]")
    if hit.barcode:
        parts.append(hit.barcode)
    return " · ".join(parts)


class ProductSearch(QWidget):
    """A search field and its hits. `search` answers a text with hits (a presenter call)."""

    chosen = Signal(int)

    def __init__(
        self,
        search: Callable[[str], Awaitable[Sequence[ProductHit]]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.search = search
        self.tasks = ScreenTasks()
        self.field = QLineEdit()
        self.field.setObjectName("productSearch")
        self.field.setMaxLength(SEARCH_MAX)
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            self.tr("No barcode? Search: name, reference, barcode (Ctrl+F)")
        )
        self.hits = QListWidget()
        self.hits.setObjectName("productHits")
        self.hits.setVisible(False)
        self.hits.setMaximumHeight(180)
        self.hits.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.hits)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._run)
        self.field.textEdited.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self._choose_first)
        self.hits.itemActivated.connect(self._choose_item)
        self.field.installEventFilter(self)
        self.searches = 0  # answered searches, for tests and the tour

    def attach_shortcut(self, page: QWidget) -> None:
        """Ctrl+F on `page` (and only while it shows) puts the cursor in the search."""
        shortcut = QShortcut(QKeySequence.StandardKey.Find, page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: (self.field.setFocus(), self.field.selectAll()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down and self.hits.count():
                self.hits.setFocus()
                self.hits.setCurrentRow(0)
                return True
            if key == Qt.Key.Key_Escape:
                self.clear()
                return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self.timer.stop()
        self.tasks.close()
        self.field.clear()
        self.hits.clear()
        self.hits.setVisible(False)

    def _run(self) -> None:
        # A newer search supersedes the one still running: only the last answer is shown.
        text = self.field.text()
        self.tasks.start(self._search(text), key="search", done=self._show)

    async def _search(self, text: str) -> tuple[str, list[ProductHit]]:
        return text, list(await self.search(text)) if text.strip() else []

    def _show(self, answer: tuple[str, list[ProductHit]]) -> None:
        text, found = answer
        if text != self.field.text():
            return  # typing went on meanwhile: the next search answers
        self.hits.clear()
        for hit in found:
            item = QListWidgetItem(hit_text(hit))
            item.setToolTip(hit_text(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.hits.addItem(item)
        if not found and text.strip():
            item = QListWidgetItem(self.tr("No product matches “{text}”.").format(text=echo(text)))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hits.addItem(item)
        self.hits.setVisible(bool(text.strip()))
        self.searches += 1

    def _choose_first(self) -> None:
        if self.timer.isActive():  # Enter before the pause: search now, choose next Enter
            self.timer.stop()
            self._run()
            return
        item = self.hits.item(0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self._choose_item(item)

    def _choose_item(self, item: QListWidgetItem) -> None:
        product_id = item.data(Qt.ItemDataRole.UserRole)
        if product_id is None:
            return
        self.clear()
        self.chosen.emit(int(product_id))
