"""Fault injection: make chosen RPCs fail the ways real networks and servers do.

A fault matches calls by model and/or method (``None`` matches any), lets ``skip`` matching calls
through, then fires ``times`` times (``0`` = every time). The HTTP layer asks :meth:`Faults.take`
once per ``/jsonrpc`` request and acts on the answer.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

KINDS = (
    "drop_before",
    "drop_after_commit",
    "delay",
    "http_502",
    "http_503",
    "http_429",
    "reset_mid_body",
    "raise",
)
NETWORK_KINDS = ("drop_before", "drop_after_commit", "http_502", "http_503", "reset_mid_body")


@dataclass
class Fault:
    """One armed fault; ``fired`` counts how often it has struck."""

    kind: str
    model: str | None = None
    method: str | None = None
    skip: int = 0
    times: int = 1
    delay: float = 0.0
    error: tuple[str, str] | None = None
    # http_429 / http_503: the Retry-After header's seconds (None: no header).
    retry_after: int | None = None
    seen: int = 0
    fired: int = 0

    def matches(self, model: str | None, method: str | None) -> bool:
        if self.model is not None and self.model != model:
            return False
        return self.method is None or self.method == method

    @property
    def exhausted(self) -> bool:
        return bool(self.times) and self.fired >= self.times


class Faults:
    """The fault plan of one emulator instance (thread-safe)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._random: tuple[random.Random, float, tuple[str, ...], float] | None = None
        self.history: list[tuple[str, str | None, str | None]] = []

    def inject(
        self,
        kind: str,
        *,
        model: str | None = None,
        method: str | None = None,
        skip: int = 0,
        times: int = 1,
        delay: float = 0.0,
        error=None,
        retry_after: int | None = None,
    ) -> Fault:
        """Arm a fault. ``kind`` is one of :data:`KINDS`; ``error`` (for ``raise``) is
        ``("odoo.exceptions.UserError", "message")``; ``retry_after`` (for ``http_429`` and
        ``http_503``) the seconds of the answer's Retry-After header."""
        if kind not in KINDS:
            raise ValueError(f"Unknown fault kind {kind!r}; expected one of {', '.join(KINDS)}")
        if kind == "raise" and not error:
            raise ValueError("A 'raise' fault needs error=(exception class path, message)")
        fault = Fault(
            kind,
            model,
            method,
            int(skip),
            int(times),
            float(delay),
            tuple(error) if error else None,
            None if retry_after is None else int(retry_after),
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def random(self, seed, rate: float, kinds=None, delay: float = 0.5) -> None:
        """Strike each call with probability ``rate``, choosing among ``kinds`` (network kinds
        by default), reproducibly from ``seed``."""
        chosen = tuple(kinds or NETWORK_KINDS)
        for kind in chosen:
            if kind not in KINDS or kind == "raise":
                raise ValueError(f"Random faults cannot use kind {kind!r}")
        with self._lock:
            self._random = (random.Random(seed), float(rate), chosen, float(delay))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self._random = None

    def take(self, model: str | None, method: str | None) -> Fault | None:
        """The fault to apply to this call, if any (consumes one firing)."""
        with self._lock:
            for fault in self._faults:
                if fault.exhausted or not fault.matches(model, method):
                    continue
                fault.seen += 1
                if fault.seen <= fault.skip:
                    continue
                fault.fired += 1
                self.history.append((fault.kind, model, method))
                return fault
            if self._random is not None:
                rng, rate, kinds, delay = self._random
                if rng.random() < rate:
                    kind = rng.choice(kinds)
                    self.history.append((kind, model, method))
                    return Fault(kind, model, method, delay=delay, fired=1)
        return None
