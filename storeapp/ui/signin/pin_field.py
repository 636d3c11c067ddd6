"""The PIN field: digits only, from the number row, the AZERTY top row or the numeric keypad."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from storeapp.core.pin_keys import pin_digit

# Keypad keys with Num Lock off send navigation keys; on the keypad they still mean digits.
_KEYPAD_NAVIGATION = {
    Qt.Key.Key_Insert: "0",
    Qt.Key.Key_End: "1",
    Qt.Key.Key_Down: "2",
    Qt.Key.Key_PageDown: "3",
    Qt.Key.Key_Left: "4",
    Qt.Key.Key_Clear: "5",
    Qt.Key.Key_Right: "6",
    Qt.Key.Key_Home: "7",
    Qt.Key.Key_Up: "8",
    Qt.Key.Key_PageUp: "9",
}


class PinField(QLineEdit):
    """A password field that only ever holds ASCII digits. A key that is not a digit is not
    typed and `refused` is emitted, so the screen can say why without costing an attempt."""

    refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        # Paste, input methods and `insert` go through the validator: digits only there too.
        self.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]*"), self))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        digit = self._digit_of(event)
        if digit is not None:
            if len(self.text()) < self.maxLength():
                self.insert(digit)
            event.accept()
            return
        text = event.text()
        if text and text.isprintable() and not self._is_shortcut(event):
            event.accept()
            self.refused.emit()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_shortcut(event: QKeyEvent) -> bool:
        mods = event.modifiers()
        return bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))

    def _digit_of(self, event: QKeyEvent) -> str | None:
        if self._is_shortcut(event):
            return None
        if event.modifiers() & Qt.KeyboardModifier.KeypadModifier:
            key = Qt.Key(event.key())
            if key in _KEYPAD_NAVIGATION:
                return _KEYPAD_NAVIGATION[key]
        return pin_digit(event.text())
