"""The device credential (Odoo API key or password), kept only in the OS keyring.

Never in a file: when the system has no keyring (a headless Linux box without Secret Service),
storing or reading fails with `CredentialsMissing`, whose message tells IT what to install.
Failures are logged without the secret.
"""

from __future__ import annotations

import logging
import threading

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from storeapp.core.secret import SecretText
from storeapp.core.text import msg
from storeapp.sync.errors import CredentialsMissing

log = logging.getLogger(__name__)

SERVICE = "storeapp-odoo"

NO_KEYRING_MESSAGE = msg(
    "This computer has no system keyring, so the Odoo key of this PC cannot be kept safely. "
    "On Windows and macOS this is built in; on Linux install and start a Secret Service "
    "(for example GNOME Keyring), then enter the key again in the setup dialog."
)


def account_name(url: str, database: str, login: str) -> str:
    """Keyring account for one (server, database, user): a key for a test server is never
    sent to production."""
    return f"{login}@{database}@{url.rstrip('/')}"


class CredentialStore:
    """Read and write the device credential in the keyring.

    `generation` increases whenever this process stores a new secret, so the gateway knows to
    log in again; a secret changed by another process is picked up when the gateway re-reads
    the keyring after an authentication failure."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self._generation = 0
        self._lock = threading.Lock()

    @property
    def generation(self) -> int:
        return self._generation

    def get(self, url: str, database: str, login: str) -> str | None:
        """The key as a SecretText: usable as a str, never shown by a repr or a log."""
        try:
            stored = keyring.get_password(self.service, account_name(url, database, login))
            return SecretText(stored) if stored is not None else None
        except NoKeyringError as exc:
            log.error("keyring unavailable: %s", exc)
            raise CredentialsMissing(NO_KEYRING_MESSAGE, detail=str(exc)) from exc
        except KeyringError as exc:
            log.error("keyring read failed for %s: %s", login, exc)
            raise CredentialsMissing(
                msg(
                    "The system keyring could not be read. Unlock it (sign out and in again), "
                    "then retry; if it keeps failing, ask IT."
                ),
                detail=str(exc),
            ) from exc

    def set(self, url: str, database: str, login: str, secret: str) -> None:
        if not secret:
            raise ValueError("an empty key cannot be stored")
        SecretText(secret)  # known from now on: the log filter removes it everywhere
        try:
            keyring.set_password(self.service, account_name(url, database, login), secret)
        except NoKeyringError as exc:
            log.error("keyring unavailable: %s", exc)
            raise CredentialsMissing(NO_KEYRING_MESSAGE, detail=str(exc)) from exc
        except KeyringError as exc:
            log.error("keyring write failed for %s: %s", login, exc)
            raise CredentialsMissing(
                msg(
                    "The key could not be saved in the system keyring. Unlock the keyring and "
                    "try again; if it keeps failing, ask IT."
                ),
                detail=str(exc),
            ) from exc
        with self._lock:
            self._generation += 1

    def delete(self, url: str, database: str, login: str) -> None:
        try:
            keyring.delete_password(self.service, account_name(url, database, login))
        except PasswordDeleteError:
            pass
        except NoKeyringError as exc:
            raise CredentialsMissing(NO_KEYRING_MESSAGE, detail=str(exc)) from exc
        with self._lock:
            self._generation += 1
