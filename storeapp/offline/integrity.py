"""The journal's integrity key: a per-device secret in the OS keyring that keys the audit chain.

Why a key: a plain SHA-256 chain can be recomputed by anyone who can edit `journal.sqlite`
(every associate can, on a shared OS account). With an HMAC keyed by a secret that lives only
in the keyring, editing an entry or an op row and recomputing the chain needs that secret too,
and a journal copied to another PC cannot be verified (nor extended unnoticed) there.

The key is made at the first start that finds no key for this journal's device id (a new
journal, or the first start after the upgrade that introduced keys — which seals the unkeyed
entries, see audit.seal). Rotation keeps the old key under its id so older entries still verify:
`storeapp audit rotate-key` (docs/security.md).

Keyring entries (service "storeapp-device"): `journal-key@<device id>` holds the current key,
`journal-key@<device id>/<key id>` a retired one. A key id is a short keyed digest of the key,
so entries can name their key without revealing it.
"""

from __future__ import annotations

import base64
import logging
import secrets
from dataclasses import dataclass

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

from storeapp.core.secret import Secret

log = logging.getLogger(__name__)

SERVICE = "storeapp-device"
KEY_BYTES = 32


@dataclass(frozen=True)
class AuditKey:
    """One integrity key and the id entries record for it."""

    key_id: str
    secret: Secret


def keyring_usable() -> bool:
    """True when a keyring backend that can store secrets is active (not keyring's "fail"
    backend). The memory keyring counts: it is only ever installed on purpose (demo, tests)."""
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(not isinstance(b, fail.Keyring) for b in chained)
    return True


def key_id_of(secret: Secret) -> str:
    return secret.mac(b"storeapp journal key id")[:16]


def _decode(stored: str) -> AuditKey:
    secret = Secret(base64.b64decode(stored))
    return AuditKey(key_id_of(secret), secret)


class JournalKeys:
    """The keys of one journal (by its device id) in the OS keyring."""

    def __init__(self, device_id: str) -> None:
        self.account = f"journal-key@{device_id}"

    def _get(self, account: str) -> str | None:
        if not keyring_usable():
            return None
        try:
            return keyring.get_password(SERVICE, account)
        except KeyringError as exc:
            log.warning("journal integrity key unavailable (keyring): %s", exc)
            return None

    def current(self) -> AuditKey | None:
        """The key new entries are made with, or None (no key yet, or no usable keyring)."""
        stored = self._get(self.account)
        return _decode(stored) if stored else None

    def create(self) -> AuditKey | None:
        """Make and store a new current key; None when the keyring cannot store it."""
        if not keyring_usable():
            return None
        secret = Secret(secrets.token_bytes(KEY_BYTES))
        try:
            keyring.set_password(
                SERVICE, self.account, base64.b64encode(secret.reveal()).decode("ascii")
            )
        except KeyringError as exc:
            log.error("cannot store the journal integrity key (keyring): %s", exc)
            return None
        log.info("created the journal integrity key of this device in the keyring")
        return AuditKey(key_id_of(secret), secret)

    def find(self, key_id: str) -> AuditKey | None:
        """The current or a retired key with this id, or None when this PC does not have it."""
        current = self.current()
        if current is not None and current.key_id == key_id:
            return current
        stored = self._get(f"{self.account}/{key_id}")
        if stored:
            key = _decode(stored)
            return key if key.key_id == key_id else None
        return None

    def pin_pepper(self, create: bool = True) -> tuple[Secret | None, bool]:
        """(the PIN pepper of this journal, made just now?); (None, False) without a keyring
        (or when there is none yet and not `create`). Kept apart from the audit key so that
        rotating one never invalidates the other."""
        account = self.account.replace("journal-key@", "pin-pepper@", 1)
        stored = self._get(account)
        if stored:
            return Secret(base64.b64decode(stored)), False
        if not create or not keyring_usable():
            return None, False
        secret = Secret(secrets.token_bytes(KEY_BYTES))
        try:
            keyring.set_password(
                SERVICE, account, base64.b64encode(secret.reveal()).decode("ascii")
            )
        except KeyringError as exc:
            log.error("cannot store the PIN pepper (keyring): %s", exc)
            return None, False
        log.info("created the PIN pepper of this device in the keyring")
        return secret, True

    def rotate(self) -> tuple[AuditKey | None, AuditKey]:
        """Retire the current key (kept under its id) and make a new one: (old, new)."""
        old = self.current()
        if old is not None:
            keyring.set_password(
                SERVICE,
                f"{self.account}/{old.key_id}",
                base64.b64encode(old.secret.reveal()).decode("ascii"),
            )
        new = self.create()
        if new is None:
            raise KeyringError("the keyring did not store the new journal key")
        return old, new
