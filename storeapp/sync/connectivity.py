"""Connectivity: online / degraded / offline / auth_failed, with probes and backoff.

The engine reports the outcome of every exchange with Odoo; this state machine turns them into
what the status bar shows and into when to try again. Business refusals (UserError, ...) are
successful exchanges: the server answered.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from enum import StrEnum

from storeapp.core.ops import BackoffPolicy
from storeapp.core.text import msg
from storeapp.sync.errors import (
    AuthFailed,
    ConfigurationError,
    CredentialsMissing,
    GatewayError,
    Offline,
    TlsError,
    UnsupportedServer,
)
from storeapp.sync.events import STATE_CHANGED, EventBus, StateChange


class ConnState(StrEnum):
    """What the status bar shows about the link to Odoo."""

    ONLINE = "online"
    DEGRADED = "degraded"  # answers, but slowly or with errors
    OFFLINE = "offline"
    AUTH_FAILED = "auth_failed"  # reachable, but the device key is refused or missing
    MISCONFIGURED = "misconfigured"  # this PC's configuration cannot work (wrong database, ...)


def answering(state: str) -> bool:
    """What "online" means to the screens: Odoo answers, even slowly or with some errors
    (degraded). Offline, a refused device key or a state not known yet is not online: screens
    then say that work is saved and sent later, and rules that need fresh data from Odoo
    (returns history) use what the PC has."""
    return state in (ConnState.ONLINE, ConnState.DEGRADED)


# A wait asked by Retry-After is stretched by up to this fraction, at random per PC.
RETRY_AFTER_SPREAD = 0.3
# Consecutive transient failures (timeouts, 5xx, garbage) before "degraded" becomes "offline".
FAILURES_BEFORE_OFFLINE = 3
# A configuration mistake is not retried on the probe backoff: only a person fixing it (or
# pressing "Sync now") helps. Checked again this rarely in case Odoo's side was the one fixed.
CONFIGURATION_RETRY_SECONDS = 900.0


class Connectivity:
    """Thread-safe; `clock` is monotonic seconds (tests pass a fake)."""

    def __init__(
        self,
        events: EventBus | None = None,
        *,
        slow_threshold: float = 3.0,
        probe_backoff: BackoffPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.events = events or EventBus()
        self.slow_threshold = slow_threshold
        self.probe_backoff = probe_backoff or BackoffPolicy(base=2.0, cap=60.0, jitter=0.3)
        self._clock = clock
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self.state = ConnState.OFFLINE
        self.reason: str = msg("not connected yet")
        self.failures = 0
        self.last_success_at: float | None = None
        self.last_error: GatewayError | None = None
        self._next_try_at = 0.0
        self._held = False  # the wait comes from the server's Retry-After

    def _set(self, state: ConnState, reason: str) -> None:
        old = self.state
        self.state, self.reason = state, reason
        if old != state:
            self.events.emit(
                STATE_CHANGED, StateChange(old=old.value, new=state.value, reason=reason)
            )

    def report_success(self, latency: float = 0.0) -> None:
        with self._lock:
            self.failures = 0
            self.last_error = None
            self.last_success_at = self._clock()
            self._next_try_at = 0.0
            self._held = False
            if latency > self.slow_threshold:
                self._set(
                    ConnState.DEGRADED,
                    msg("Odoo answers slowly ({seconds} s)", seconds=round(latency, 1)),
                )
            else:
                self._set(ConnState.ONLINE, msg("connected"))

    def report_failure(self, error: GatewayError) -> None:
        with self._lock:
            self.failures += 1
            self.last_error = error
            if isinstance(error, AuthFailed | CredentialsMissing):
                state = ConnState.AUTH_FAILED
            elif isinstance(error, ConfigurationError):
                self._next_try_at = self._clock() + CONFIGURATION_RETRY_SECONDS
                self._set(ConnState.MISCONFIGURED, error.message)
                return
            elif isinstance(error, Offline | TlsError | UnsupportedServer):
                state = ConnState.OFFLINE
            elif self._busy(error):
                # Odoo (or its proxy) answered "not now": the link works, nothing is offline.
                state = ConnState.DEGRADED
            elif error.transient:
                state = (
                    ConnState.OFFLINE
                    if self.failures >= FAILURES_BEFORE_OFFLINE
                    else ConnState.DEGRADED
                )
            else:
                # A permanent refusal of one request says nothing about the link.
                self.failures -= 1
                return
            delay = self.probe_backoff.delay(self.failures, self._rng)
            asked = getattr(error, "retry_after", None)
            self._held = asked is not None
            if asked is not None:
                # Honour Retry-After, and spread a fleet that was told the same wait (every
                # PC restarted at 8:00) over the next 30 % of it instead of all at its end.
                delay = max(delay, asked * self._rng.uniform(1.0, 1.0 + RETRY_AFTER_SPREAD))
            self._next_try_at = self._clock() + delay
            self._set(state, error.message)

    @staticmethod
    def _busy(error: GatewayError) -> bool:
        """A 429 (too many requests) or a 503 with Retry-After: Odoo is there, and busy."""
        status = getattr(error, "status", None)
        return status == 429 or (status == 503 and getattr(error, "retry_after", None) is not None)

    @property
    def held(self) -> bool:
        """Odoo asked for a pause (Retry-After) that has not passed: send nothing yet."""
        return self._held and self._clock() < self._next_try_at

    @property
    def misconfigured(self) -> bool:
        """The last failure was this PC's configuration (no key, wrong database, bad address),
        not the network or Odoo."""
        return isinstance(self.last_error, ConfigurationError)

    @property
    def usable(self) -> bool:
        """Worth sending work now (not waiting for a probe)."""
        return self.state in (ConnState.ONLINE, ConnState.DEGRADED)

    def may_try(self) -> bool:
        """True when the backoff after the last failure has passed."""
        return self._clock() >= self._next_try_at

    def seconds_until_try(self) -> float:
        return max(0.0, self._next_try_at - self._clock())

    def reset_backoff(self) -> None:
        """Try again at once (a person pressed "retry now", or the key was replaced)."""
        with self._lock:
            self._next_try_at = 0.0
            self._held = False
