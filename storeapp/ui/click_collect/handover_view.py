"""The handover screen: the order, the store's identity checklist, and "Mark collected"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storeapp.core import click_collect as cc
from storeapp.core.quantities import format_qty
from storeapp.ui.language import translated
from storeapp.ui.shortcuts import FINISH, give_shortcut


class HandoverPage(QWidget):
    """Emits `confirmed(picking_id, checks, note)` or `cancelled()`."""

    confirmed = Signal(int, list, str)
    cancelled = Signal()

    def __init__(self, items: Sequence[cc.ChecklistItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverScreen")
        self.items = tuple(items)
        self.entry: cc.QueueEntry | None = None

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.subtitle = QLabel(self.tr("Hand the order over to the customer"))
        self.subtitle.setObjectName("subtitle")

        card = QFrame()
        card.setObjectName("card")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("cardTitle")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setProperty("level", "warn")
        card_box = QVBoxLayout(card)
        card_box.addWidget(self.summary)
        card_box.addWidget(self.warning)

        checks = QFrame()
        checks.setObjectName("card")
        checks_box = QVBoxLayout(checks)
        heading = QLabel(self.tr("Before you hand it over"))
        heading.setObjectName("cardTitle")
        checks_box.addWidget(heading)
        checks.setStyleSheet(
            "QCheckBox { font-size: 16px; spacing: 12px; padding: 6px 0; }"
            "QCheckBox::indicator { width: 22px; height: 22px; }"
        )
        self.boxes: dict[str, QCheckBox] = {}
        for item in self.items:
            box = QCheckBox(translated(item.label))
            box.toggled.connect(self._update)
            checks_box.addWidget(box)
            self.boxes[item.key] = box
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. collected by a relative"))
        checks_box.addWidget(self.note)
        self.offline_hint = QLabel(
            self.tr(
                "This works offline too: Odoo gets the handover as soon as the connection is back."
            )
        )
        self.offline_hint.setProperty("level", "muted")
        self.offline_hint.setWordWrap(True)
        checks_box.addWidget(self.offline_hint)

        self.back_button = QPushButton(self.tr("Back to the list"))
        self.back_button.clicked.connect(self.cancelled)
        self.collect_button = QPushButton(self.tr("Mark collected"))
        give_shortcut(self.collect_button, FINISH)
        self.collect_button.setObjectName("primaryButton")
        self.collect_button.clicked.connect(self._confirm)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.collect_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(card)
        layout.addWidget(checks)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_entry(self, entry: cc.QueueEntry) -> None:
        self.entry = entry
        f = entry.facts
        self.title.setText(f.name)
        parts = [f.customer or self.tr("No customer name")]
        if f.sale_name:
            parts.append(self.tr("order %1").replace("%1", f.sale_name))
        items = self.tr("1 item") if f.units == 1 else self.tr("%1 items")
        lines = self.tr("1 line") if f.lines == 1 else self.tr("%1 lines")
        parts.append(
            self.tr("%1 on %2")
            .replace("%1", items.replace("%1", format_qty(f.units)))
            .replace("%2", lines.replace("%1", str(f.lines)))
        )
        self.summary.setText(" · ".join(parts))
        problems = []
        if f.missing:
            problems.append(
                self.tr("Missing: %1.").replace("%1", "; ".join(translated(m) for m in f.missing))
            )
        if entry.uncollected_days is not None:
            days = entry.uncollected_days
            problems.append(
                self.tr("Waiting for 1 day.")
                if days == 1
                else self.tr("Waiting for %1 days.").replace("%1", str(days))
            )
        self.warning.setText(" ".join(problems))
        self.warning.setVisible(bool(problems))
        for box in self.boxes.values():
            box.setChecked(False)
        self.note.clear()
        self._update()

    def ticked(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def _update(self, *_: object) -> None:
        missing = cc.missing_checks(self.items, self.ticked())
        self.collect_button.setEnabled(self.entry is not None and not missing)
        self.collect_button.setToolTip("" if not missing else self.tr("Tick every check first."))

    def _confirm(self) -> None:
        if self.entry is not None and not cc.missing_checks(self.items, self.ticked()):
            self.confirmed.emit(self.entry.picking_id, self.ticked(), self.note.text().strip())
