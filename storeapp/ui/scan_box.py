"""The field a barcode scanner types into (or a person types a code into), then Enter.

A scanner is a keyboard: it may type the next code while the last one is still being saved, so
the box is read and emptied the moment Enter arrives, and `entered(code)` carries what was read.
Every scan field of the app (Click & Collect's pick, Counts' start and count boxes) is one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class ScanBox(QLineEdit):
    """`entered(code)` on Enter, the box already empty for the next scan. A blank Enter is
    ignored unless `blank_too` (a screen that answers "Nothing was scanned")."""

    entered = Signal(str)

    def __init__(
        self,
        name: str,
        placeholder: str,
        accessible_name: str = "",
        *,
        blank_too: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setPlaceholderText(placeholder)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.blank_too = blank_too
        self.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        code = self.text()
        self.clear()
        if code.strip() or self.blank_too:
            self.entered.emit(code)
