"""Screens that need no Odoo: safe mode, first-sync progress, error presenter, no display."""

from __future__ import annotations

import errno
import json
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from storeapp import boot
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Actor, Outbox
from storeapp.sync.errors import AuthFailed, CredentialsMissing, Offline
from storeapp.sync.events import Progress
from storeapp.ui.errors import ErrorDialog, explain
from storeapp.ui.first_sync import FirstSyncDialog
from storeapp.ui.safe_mode import SafeModeWindow

# Qt warnings fail these tests; the offscreen platform's size-hint notice is not a warning about us.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def test_no_display_on_linux_explains_how_to_run_the_demo():
    message = boot.display_problem({}, "linux")
    assert "xvfb-run make demo" in message and "--tour" in message
    assert boot.display_problem({"DISPLAY": ":0"}, "linux") is None
    assert boot.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert boot.display_problem({}, "win32") is None


def test_damaged_journal_opens_the_safe_mode_screen_and_exports_the_outbox(qtbot, tmp_path):
    journal = JournalStore.open(tmp_path)
    Outbox(journal).enqueue("message.post", {"body": "hello"}, "picking:1", Actor(1, "Ana"))
    journal.close()
    path = tmp_path / "journal.sqlite"
    with sqlite3.connect(path) as conn:
        page = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'audit_entry'"
        ).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\xa5" * size  # the audit table's page, not the ops'
    path.write_bytes(bytes(data))
    damaged = JournalStore.open(tmp_path)
    assert damaged.safe_mode is not None
    window = SafeModeWindow(damaged, Outbox(damaged))
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "export.jsonl"
    window.export_to(target)
    assert window.result.text().startswith("Exported 1 change to")
    assert json.loads(target.read_text().splitlines()[0])["kind"] == "message.post"
    assert path.read_bytes() == bytes(data)  # never repaired, replaced or deleted
    damaged.close()


def test_first_sync_dialog_draws_progress_and_cancels_once(qtbot):
    cancels = []
    dialog = FirstSyncDialog(lambda: cancels.append(1))
    qtbot.addWidget(dialog)
    dialog.progress(Progress("product.product", 500, 2000))
    dialog.progress(Progress("stock.quant", 100, 100, finished=True))
    _label, bar = dialog.rows["product.product"]
    assert (bar.value(), bar.maximum()) == (500, 2000)
    assert "1 of 2" in dialog.summary.text()
    dialog.cancel_button.click()
    dialog.cancel_button.click()
    assert cancels == [1] and "nothing is lost" in dialog.summary.text()


@pytest.mark.parametrize(
    ("exc", "title"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
        (sqlite3.OperationalError("database is locked"), "The store database is busy"),
        (Offline("Odoo cannot be reached."), "Odoo cannot be reached"),
        (AuthFailed("The API key was refused."), "Odoo refused the device sign-in"),
        (CredentialsMissing("No keyring."), "No device credential"),
        (ValueError("odd"), "Something went wrong"),
    ],
)
def test_error_presenter_says_what_happened_and_what_to_do(exc, title):
    explanation = explain(exc, "Saving")
    assert explanation.title == title
    assert explanation.what.startswith("Saving") or title == "Not saved"
    assert explanation.todo


def test_error_dialog_copies_details(qtbot):
    try:
        raise sqlite3.OperationalError("database is locked")
    except sqlite3.OperationalError as exc:
        dialog = ErrorDialog(explain(exc, "Saving the count"))
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "The store database is busy" in copied and "Traceback" in copied
