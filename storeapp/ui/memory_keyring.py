"""An in-process keyring for demo mode and tests, when the OS offers none.

Secrets kept here live only in this process's memory and vanish when it exits — fine for tests
and never used for a real store. Demo mode on a PC without a keyring keeps them in a file of the
demo's own data folder instead (its journal's integrity key and PIN pepper must outlive the
process, and a demo has nothing to protect); the app says so in the log.
"""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from storeapp.offline.integrity import keyring_usable  # noqa: F401 - re-exported


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps (service, user) -> secret in a dict; with `path`, also in that JSON file (the demo
    only: its journal outlives the process, so its integrity key and PIN pepper must too)."""

    priority = 0.1  # never chosen automatically

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}
        self._path = path
        if path is not None and path.is_file():
            for service, user, secret in json.loads(path.read_text("utf-8")):
                self._secrets[(service, user)] = secret

    def _save(self) -> None:
        if self._path is not None:
            rows = [[s, u, p] for (s, u), p in self._secrets.items()]
            self._path.write_text(json.dumps(rows), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = str(password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None
        self._save()
