"""The one error presenter: known causes in plain words, the rest with details to copy.

Every screen sends failures here instead of building its own message box, so a full disk, a
lost connection or a locked database reads the same everywhere and always says what to do.
Typed sync errors (storeapp.sync.errors) are worded from GATEWAY_TITLES; the rest of the known
causes (disk, database, keyring, TLS, network) each have a small recogniser.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import ssl
import traceback
import urllib.error
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storeapp.core.text import translatable
from storeapp.offline.store import NotSaved
from storeapp.sync import errors as gateway_errors
from storeapp.ui.language import translated

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorPresenter", text)


@dataclass(frozen=True)
class Explanation:
    """What a person reads: a title, what happened, what to do, and technical details."""

    title: str
    what: str
    todo: str
    details: str


# Titles and next steps for the gateway's typed errors; their messages already say what happened.
GATEWAY_TITLES = translatable(
    {
        "AuthFailed": (
            "Odoo refused the device sign-in",
            "A manager or IT can enter a new API key in Device setup. Saved work waits in the outbox.",
        ),
        "AccessDenied": (
            "Not allowed in Odoo",
            "Ask the Odoo administrator to give the device user the right named above.",
        ),
        "UserError": ("Odoo said no", "Fix the cause named above in Odoo, or ask a manager."),
        "ValidationError": ("Odoo said no", "Fix the cause named above in Odoo, or ask a manager."),
        "NotFound": ("Deleted in Odoo", "Refresh the screen; the record no longer exists in Odoo."),
        "ServerError": ("The Odoo server had a problem", "Try again in a few minutes."),
        "ProtocolError": (
            "Odoo answered nonsense",
            "Try again; if it repeats, send the details to IT.",
        ),
        "ProgramError": (
            "storeapp and this Odoo do not match",
            "Send the details to IT: this Odoo lacks something storeapp expects.",
        ),
        "UnsupportedServer": ("Not a supported Odoo", "Check the address; storeapp needs Odoo 17."),
        "TlsError": (
            "The secure connection was refused",
            "Check the https:// address. A company certificate authority must be set by IT.",
        ),
        "CredentialsMissing": (
            "No device credential",
            "Open Device setup and enter the device login and API key.",
        ),
    }
)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
        if current is None and hasattr(seen[-1], "orig"):
            current = getattr(seen[-1], "orig", None)  # SQLAlchemy wraps the DB-API error
    return seen


def details_of(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).strip()


# Each recogniser below looks at one exception of the chain and returns an Explanation when it
# knows the cause, else None. `explain` asks them in this order, cause by cause. Every typed
# sync error except Offline and Timeout is worded by `_gateway`, from GATEWAY_TITLES.


def _not_saved(cause: BaseException, head: str, details: str) -> Explanation | None:
    if not isinstance(cause, NotSaved):
        return None
    # The store already words its failures for people (what failed and what to do).
    return Explanation(tr("Not saved"), str(cause), tr("Nothing of this change was kept."), details)


def _gateway(cause: BaseException, head: str, details: str) -> Explanation | None:
    if not isinstance(cause, gateway_errors.GatewayError) or isinstance(
        cause, gateway_errors.Offline | gateway_errors.Timeout
    ):
        return None
    title, todo = GATEWAY_TITLES.get(
        type(cause).__name__, (tr("Odoo said no"), tr("Read the reason above."))
    )
    return Explanation(
        translated(title),
        tr("{doing}: {error}").format(doing=head, error=str(cause)),
        translated(todo),
        details,
    )


def _no_keyring(cause: BaseException, head: str, details: str) -> Explanation | None:
    name = type(cause).__name__
    if name != "NoKeyringError" and not (
        name == "KeyringError" and "backend" in str(cause).lower()
    ):
        return None
    return Explanation(
        tr("No safe place for the device password"),
        tr("{doing}: this computer has no usable password store (keyring).").format(doing=head),
        tr(
            "On Windows and macOS this is built in. On Linux, install and unlock a "
            "Secret Service keyring (GNOME Keyring or KWallet) for this user, then try "
            "again. storeapp never keeps the password in a file instead."
        ),
        details,
    )


def _disk_full(cause: BaseException, head: str, details: str) -> Explanation | None:
    if not (isinstance(cause, OSError) and cause.errno == errno.ENOSPC):
        return None
    return Explanation(
        tr("The disk is full"),
        tr("{doing}: nothing could be saved because the disk is full.").format(doing=head),
        tr(
            "Free some space on this computer (or ask IT), then try again. Work already "
            "saved is safe."
        ),
        details,
    )


def _database(cause: BaseException, head: str, details: str) -> Explanation | None:
    text = str(cause)
    if isinstance(cause, sqlite3.OperationalError) and "locked" in text:
        return Explanation(
            tr("The store database is busy"),
            tr("{doing}: another program is holding the store database.").format(doing=head),
            tr("Close any other copy of storeapp or tool using its data folder, then retry."),
            details,
        )
    if isinstance(cause, sqlite3.DatabaseError) and ("malformed" in text or "I/O" in text):
        return Explanation(
            tr("The store database could not be written"),
            tr("{doing}: the disk refused the write ({error}). This change was NOT saved.").format(
                doing=head, error=text
            ),
            tr(
                "Check the disk and free space, then try again. If it keeps happening, run "
                "'storeapp doctor' and call IT."
            ),
            details,
        )
    return None


def _tls(cause: BaseException, head: str, details: str) -> Explanation | None:
    if not isinstance(cause, ssl.SSLError):  # SSLCertVerificationError is one
        return None
    return Explanation(
        tr("The secure connection was refused"),
        tr("{doing}: the Odoo server's certificate could not be verified.").format(doing=head),
        tr(
            "Check the address starts with the right https:// name. If your company uses "
            "its own certificate authority, IT must add it in the machine file."
        ),
        details,
    )


def _unreachable(cause: BaseException, head: str, details: str) -> Explanation | None:
    if not isinstance(
        cause,
        gateway_errors.Offline
        | gateway_errors.Timeout
        | ConnectionError
        | TimeoutError
        | urllib.error.URLError,
    ):
        return None
    return Explanation(
        tr("Odoo cannot be reached"),
        tr("{doing}: no answer from the Odoo server.").format(doing=head),
        tr(
            "Check the network cable or Wi-Fi and the server address. The store keeps "
            "working offline; changes are sent when the connection is back."
        ),
        details,
    )


RECOGNISERS = (_not_saved, _gateway, _no_keyring, _disk_full, _database, _tls, _unreachable)


def explain(exc: BaseException, doing: str = "") -> Explanation:
    """Map an exception to plain words. `doing` names the action, e.g. "Testing the connection".
    The first cause in the chain that a recogniser knows decides; otherwise the generic text
    with the details to send to IT."""
    details = details_of(exc)
    head = doing or tr("That did not work")
    for cause in _chain(exc):
        for recognise in RECOGNISERS:
            explanation = recognise(cause, head, details)
            if explanation is not None:
                return explanation
    return Explanation(
        tr("Something went wrong"),
        tr("{doing}: {error}").format(doing=head, error=str(exc) or type(exc).__name__),
        tr("Try again. If it happens again, copy the details and send them to IT."),
        details,
    )


class ErrorDialog(QDialog):
    """Shows an Explanation with a "Copy details" button for IT."""

    def __init__(self, explanation: Explanation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(explanation.title)
        self.explanation = explanation
        layout = QVBoxLayout(self)
        title = QLabel(explanation.title)
        title.setObjectName("dialogTitle")
        what = QLabel(explanation.what)
        what.setWordWrap(True)
        todo = QLabel(explanation.todo)
        todo.setObjectName("hint")
        todo.setWordWrap(True)
        self.details = QPlainTextEdit(explanation.details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.copy_button = QPushButton(tr("Copy details"))
        self.show_button = QPushButton(tr("Show details"))
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.clicked.connect(self._toggle_details)
        for widget in (title, what, todo, self.details):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def copy_details(self) -> None:
        e = self.explanation
        QApplication.clipboard().setText(f"{e.title}\n{e.what}\n{e.todo}\n\n{e.details}")

    def _toggle_details(self) -> None:
        self.details.setVisible(not self.details.isVisible())


class ErrorPresenter:
    """Where every screen reports a failure. Logs it, then shows it unless running a tour."""

    def __init__(self, parent: QWidget | None = None, *, interactive: bool = True) -> None:
        self.parent = parent
        self.interactive = interactive
        self.last: Explanation | None = None

    def show(self, exc: BaseException, doing: str = "") -> Explanation:
        explanation = explain(exc, doing)
        self.last = explanation
        log.error("%s: %s", explanation.title, explanation.what, exc_info=exc)
        if self.interactive:
            dialog = ErrorDialog(explanation, self.parent)
            dialog.open()
        return explanation
