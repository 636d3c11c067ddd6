"""The safe-mode screen: the journal is damaged, so nothing new can be saved — say so plainly.

The journal holds work that exists nowhere else. When it cannot be opened normally the app opens
it read-only and shows this screen instead of the main window: what happened, that nothing was
deleted, and one action that helps — export the outbox to a file for IT.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storeapp.offline.clock import file_stamp, utcnow
from storeapp.ui.outcome import set_level


class SafeModeWindow(QMainWindow):
    """Explains safe mode and exports the outbox (works on a damaged journal)."""

    def __init__(self, journal, outbox) -> None:  # JournalStore, Outbox
        super().__init__()
        self.setObjectName("safeModeWindow")
        self.setWindowTitle(self.tr("storeapp — safe mode"))
        self.journal = journal
        self.outbox = outbox
        mode = journal.safe_mode
        title = QLabel(self.tr("storeapp is in safe mode"))
        title.setObjectName("screenTitle")
        reason = QLabel(mode.reason if mode else "")
        reason.setWordWrap(True)
        reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps = QLabel(
            self.tr(
                "1. Export the outbox to a file below and give it to IT.\n"
                "2. Do not delete or move the data folder.\n"
                "3. IT restores the journal (a backup is kept before every upgrade) or sends "
                "the exported changes to Odoo."
            )
        )
        steps.setObjectName("noteCard")
        steps.setWordWrap(True)
        self.detail = QLabel(self.tr("Technical detail: {d}").format(d=mode.detail if mode else ""))
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export the outbox…"))
        self.export_button.setObjectName("primaryButton")
        self.copy_button = QPushButton(self.tr("Copy details"))
        quit_button = QPushButton(self.tr("Quit"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        for widget in (title, reason, steps, self.detail, self.result):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setCentralWidget(body)
        self.export_button.clicked.connect(self.choose_and_export)
        self.copy_button.clicked.connect(self.copy_details)
        quit_button.clicked.connect(self.close)

    def default_target(self) -> Path:
        return Path.home() / f"storeapp-outbox-{file_stamp(utcnow())}.jsonl"

    def choose_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the outbox"), str(self.default_target()), "JSON lines (*.jsonl)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Synchronous on purpose: safe mode has nothing else running, and the person waits for
        this one answer anyway."""
        try:
            report = self.outbox.export_report(path)
        except Exception as exc:  # shown in words, never a crash
            self.result.setText(self.tr("The export failed: {e}").format(e=exc))
            self.result.setProperty("level", "error")
            return
        count = (
            self.tr("1 change")
            if report.count == 1
            else self.tr("{n} changes").format(n=report.count)
        )
        if report.complete:
            text = self.tr("Exported {count} to {path}.").format(count=count, path=path)
        else:
            text = self.tr(
                "Exported {count} to {path}. Some could not be read ({gaps}); tell IT."
            ).format(count=count, path=path, gaps=report.unreadable or report.problem)
        self.result.setText(text)
        set_level(self.result, "ok" if report.complete else "warn")

    def copy_details(self) -> None:
        mode = self.journal.safe_mode
        if mode:
            QApplication.clipboard().setText(f"{mode.reason}\n\n{mode.kind}: {mode.detail}")
