"""Results reported one way (storeapp/ui/outcome.py): every screen answers an action with an
`Outcome` and shows it with `show_outcome`."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from storeapp.core.text import msg
from storeapp.ui.outcome import Outcome, show_outcome


def test_an_outcome_shows_message_action_details_and_level(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    said = Outcome(
        "warn",
        msg("{product} is not on this order.", product="Blue mug"),
        "Put it back on the shelf.",
        subject=7,
        details="Scanned at 10:02",
    )
    show_outcome(label, said)
    assert label.text() == "Blue mug is not on this order.\nPut it back on the shelf."
    assert label.toolTip() == "Scanned at 10:02"
    assert label.property("level") == "warn" and not label.isHidden()
    assert not said.ok and said.subject == 7
    show_outcome(label, None)
    assert label.isHidden() and label.text() == ""


def test_ok_and_info_are_ok_the_rest_is_not():
    assert [Outcome(level, "x").ok for level in ("ok", "info", "warn", "error", "confirm")] == [
        True,
        True,
        False,
        False,
        False,
    ]
    assert Outcome.of(False, "No.", "Do this.") == Outcome("error", "No.", "Do this.")
