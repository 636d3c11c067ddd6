"""An in-process keyring for demo mode and tests, when the OS offers none.

Secrets kept here live only in this process's memory and vanish when it exits — fine for the
demo store (its credentials are recreated at each start) and never used for a real store: the
app only installs it in demo mode, and says so in the log.
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors

from storeapp.offline.integrity import keyring_usable  # noqa: F401 - re-exported


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps (service, user) -> secret in a dict."""

    priority = 0.1  # never chosen automatically

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None
