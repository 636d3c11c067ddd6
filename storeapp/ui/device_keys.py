"""The device's own secrets in the OS keyring: the key for badge hashes.

A badge hash is an HMAC keyed with a random per-PC secret, so the journal alone does not reveal
whose badge is whose. The secret is made on first use and lives only in the keyring (never in a
file); without a usable keyring badge sign-in is off and people pick their name instead.
"""

from __future__ import annotations

import base64
import logging

import keyring
from keyring.errors import KeyringError

from storeapp.core.identity import new_device_secret

log = logging.getLogger(__name__)

SERVICE = "storeapp-device"


class BadgeKey:
    """Reads (or creates) the badge-hash key of this device; caches it for the process."""

    def __init__(self, device_id: str) -> None:
        self.account = f"badge-key@{device_id}"
        self._cached: bytes | None = None

    def get(self, create: bool = False) -> bytes | None:
        if self._cached is not None:
            return self._cached
        try:
            stored = keyring.get_password(SERVICE, self.account)
            if stored is None and create:
                stored = base64.b64encode(new_device_secret()).decode("ascii")
                keyring.set_password(SERVICE, self.account, stored)
                log.info("created the badge-hash key of this device in the keyring")
        except KeyringError as exc:
            log.error("badge-hash key unavailable (keyring): %s", exc)
            return None
        if stored is None:
            return None
        self._cached = base64.b64decode(stored)
        return self._cached

    def __call__(self) -> bytes | None:
        return self.get(create=False)
