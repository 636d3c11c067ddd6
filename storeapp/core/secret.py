"""A secret value that never shows itself by accident.

Device keys, the PIN pepper and the audit key travel as `Secret`, whose repr and str are
redacted: a secret passed to a log call, an f-string, a traceback's locals or a
`functools.partial` repr prints as `Secret('***')`. Code that needs the bytes says so with
`reveal()`, which makes every use easy to find.
"""

from __future__ import annotations

import hashlib
import hmac


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

    def __reduce__(self):  # noqa: ANN204 - pickling would write the bytes somewhere
        raise TypeError("a Secret cannot be pickled")
