"""A secret value that never shows itself by accident.

Device keys, the PIN pepper and the audit key travel as `Secret`, whose repr and str are
redacted: a secret passed to a log call, an f-string, a traceback's locals or a
`functools.partial` repr prints as `Secret('***')`. Code that needs the bytes says so with
`reveal()`, which makes every use easy to find.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from typing import NoReturn

# Every SecretText made in this process, so the log filter can remove it from any record
# (storeapp/diagnostics/logs.py) even when it reached a message through str() or an f-string.
_KNOWN: set[str] = set()
_KNOWN_LOCK = threading.Lock()
_SHORTEST_KNOWN = 8  # shorter values (a PIN) would blank out ordinary numbers in the log


def known_secrets() -> frozenset[str]:
    """The secret texts this process has handled (device API keys, webhook secrets)."""
    with _KNOWN_LOCK:
        return frozenset(_KNOWN)


class SecretText(str):
    """A secret that must stay a `str` (odoorpc wants one): its repr is redacted, so a
    `functools.partial(probe, url, db, login, key)` or a dataclass repr shows `'***'`, and its
    value is registered for the log filter, which removes it from every record at every level."""

    __slots__ = ()

    def __new__(cls, value: str) -> SecretText:
        made = super().__new__(cls, value)
        if len(value) >= _SHORTEST_KNOWN:
            with _KNOWN_LOCK:
                _KNOWN.add(str(value))
        return made

    def __repr__(self) -> str:
        return "'***'"


class Secret:
    """Bytes that must not be printed. Compare with `==` (constant time)."""

    __slots__ = ("_value",)

    def __init__(self, value: bytes) -> None:
        if not isinstance(value, bytes | bytearray):
            raise TypeError("a Secret holds bytes")
        self._value = bytes(value)

    def reveal(self) -> bytes:
        return self._value

    def mac(self, message: bytes) -> str:
        """HMAC-SHA256 of `message` under this secret, hex."""
        return hmac.new(self._value, message, hashlib.sha256).hexdigest()

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(self.mac(b"storeapp secret identity"))

    def __len__(self) -> int:
        return len(self._value)

    def __reduce__(self) -> NoReturn:  # pickling would write the bytes somewhere
        raise TypeError("a Secret cannot be pickled")
