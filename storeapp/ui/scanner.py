"""Keyboard-wedge scanners: tell a scan from typing, application-wide.

A wedge scanner "types" its code much faster than a person (a few ms per key) and ends with
Enter. `ScanDetector` holds that timing rule with no Qt in it, so it is tested with made-up
timestamps; `ScannerFilter` feeds it every key press of the application and, when a burst turns
out to be a scan, takes the typed characters back out of the focused line edit and emits
`scanned(code)` instead. That includes PIN fields: a badge scanned while someone else's PIN field
has the focus must switch to that badge, not count as a wrong PIN. A PIN is shorter than
`min_length`, so even a very fast typist's PIN is never taken for a scan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit


@dataclass
class ScanDetector:
    """Collects characters with their arrival time; `finish()` at Enter says if they were a
    scan. Thresholds are per machine because scanners and PCs differ."""

    max_gap_ms: float = 40.0
    min_length: int = 6
    chars: list[str] = field(default_factory=list)
    last_ms: float | None = None

    def feed(self, char: str, now_ms: float) -> None:
        if self.last_ms is not None and now_ms - self.last_ms > self.max_gap_ms:
            # A pause: whatever came before was typed by hand. Start a fresh burst here.
            self.chars.clear()
        self.chars.append(char)
        self.last_ms = now_ms

    def finish(self, now_ms: float) -> str | None:
        """Enter pressed: the code if this burst was a scan, else None. Resets the detector."""
        code = "".join(self.chars)
        fast_enter = self.last_ms is not None and now_ms - self.last_ms <= self.max_gap_ms
        is_scan = len(code) >= self.min_length and fast_enter
        self.reset()
        return code if is_scan else None

    def reset(self) -> None:
        self.chars.clear()
        self.last_ms = None


class ScannerFilter(QObject):
    """Application-wide event filter; install once with `QApplication.installEventFilter`."""

    scanned = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, max_gap_ms: float = 40, min_length: int = 6
    ):
        super().__init__(parent)
        self.detector = ScanDetector(max_gap_ms=max_gap_ms, min_length=min_length)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._burst_widget: QLineEdit | None = None
        self._burst_text = ""
        self._burst_cursor = 0
        self.enabled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt name
        # Qt delivers one key press to several objects (window, then focus widget); only the
        # focus widget's copy counts, or every key would be seen twice.
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False
        assert isinstance(event, QKeyEvent)
        now = float(self._clock.elapsed())
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = self.detector.finish(now)
            if code is None:
                self._burst_widget = None
                return False
            self._undo_typing()
            self.scanned.emit(code)
            return True
        text = event.text()
        if not text or not text.isprintable():
            return False
        if (
            not self.detector.chars
            or now - (self.detector.last_ms or now) > self.detector.max_gap_ms
        ):
            # First key of a burst: remember the field as it was, to undo if this is a scan.
            self._burst_widget = focus if isinstance(focus, QLineEdit) else None
            if self._burst_widget is not None:
                self._burst_text = self._burst_widget.text()
                self._burst_cursor = self._burst_widget.cursorPosition()
        self.detector.feed(text, now)
        return False

    def _undo_typing(self) -> None:
        widget = self._burst_widget
        self._burst_widget = None
        if widget is not None:
            widget.setText(self._burst_text)
            widget.setCursorPosition(self._burst_cursor)
