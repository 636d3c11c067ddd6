"""What a screen says after an action, one way for every screen.

A presenter answers an action with an `Outcome`: a level (the style sheet's colour: ok, info,
muted, warn, error; confirm when the message is a question to ask before doing it), the
message and what to do next (texts from `storeapp.core.text.msg`/`translatable`, or a screen's
`tr`), the thing it is about (the line to select: a move id, a count line's key) and optional
details. A view shows it with `show_outcome`, in the language of the person signed in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QWidget

from storeapp.ui.language import translated

# The levels the style sheet colours (`[level="..."]` in resources/style.qss).
LEVELS = ("ok", "info", "muted", "warn", "error", "confirm")


@dataclass(frozen=True)
class Outcome:
    """The answer to one action. `ok` is true for ok and info."""

    level: str
    message: str
    action: str = ""
    subject: object | None = None  # what it is about: the line to select
    details: str = ""  # more for whoever wants it (shown as the tooltip)

    @classmethod
    def of(cls, ok: bool, message: str, action: str = "", subject: object | None = None) -> Outcome:
        return cls("ok" if ok else "error", message, action, subject)

    @property
    def ok(self) -> bool:
        return self.level in ("ok", "info")

    def text(self) -> str:
        """Message and action, in the language spoken now."""
        text = translated(self.message)
        return text + ("\n" + translated(self.action) if self.action else "")


def set_level(widget: QWidget, level: str) -> None:
    """Colour `widget` by the style sheet's rule for `level`. Qt reads a dynamic property
    only when the widget is polished again, so a change repolishes it (and only a change)."""
    if widget.property("level") == level:
        return
    widget.setProperty("level", level)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_outcome(label: QLabel, outcome: Outcome | None) -> None:
    """Show `outcome` on `label` (None: nothing to say, the label hides)."""
    if outcome is None:
        label.setText("")
        label.setVisible(False)
        return
    label.setText(outcome.text())
    label.setToolTip(translated(outcome.details))
    label.setVisible(True)
    set_level(label, outcome.level)
