"""Keyboard shortcuts for the main action of every screen, shown on the buttons themselves.

One rule so people learn it once: F2 starts the work (Pick), F9 finishes it (Ready for pickup,
Mark collected, Confirm return, Submit count), Ctrl+Z undoes the last scan. A shortcut only
works while its button is on screen and enabled, so the same key is free on every page.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton

START = "F2"
FINISH = "F9"
UNDO = "Ctrl+Z"


def give_shortcut(button: QAbstractButton, keys: str) -> None:
    """Bind `keys` to `button` and show them on it: "Ready for pickup (F9)"."""
    sequence = QKeySequence(keys)
    shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    # Text first: setText() replaces the shortcut with the text's mnemonic (none here).
    button.setText(f"{button.text()} ({shown})")
    button.setToolTip(f"{button.toolTip()}\n{shown}".strip() if button.toolTip() else shown)
    button.setShortcut(sequence)
