"""The store user's keyring for the IT-day test: one JSON file (named by STOREAPP_TEST_VAULT)
that every process of the test shares — `storeapp provision` run as the store user, `storeapp
doctor`, and the app — the way a desktop session's Secret Service is shared. Tests only."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

VAULT_ENV = "STOREAPP_TEST_VAULT"


class SessionVault(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ[VAULT_ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.is_file() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        values = self._load()
        values[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(values))

    def delete_password(self, service: str, username: str) -> None:
        values = self._load()
        values.pop(f"{service}\n{username}", None)
        self._path().write_text(json.dumps(values))
