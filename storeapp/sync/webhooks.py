"""Sending webhook events: collect new facts into the queue, deliver what is due, retry later.

Runs on its own thread (`WebhookDispatcher.start`), never on the push engine's or the screen's:
a receiver that is down or slow costs a queue row and a timeout here, and store work goes on.
Each delivery is signed with its endpoint's secret (keyring or environment variable, never the
machine config) over the sending time and the body, and carries its event id as Idempotency-Key,
the same on every retry.

The transport is deliberately narrow: one POST to exactly the configured address. A redirect is
not followed (a 3xx could send the PC anywhere, as a GET that drops the body, and would count as
delivered): it is a failed delivery, retried and shown with where it pointed. And one deadline
covers the whole delivery — connecting, sending, the status line, headers and body — so a
receiver that drips a byte every few seconds cannot hold a round past `timeout`.
"""

from __future__ import annotations

import http.client
import logging
import os
import random
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from storeapp import __version__
from storeapp.core import webhooks as wh
from storeapp.core.text import msg, said
from storeapp.core.wording import plural
from storeapp.offline.clock import utcnow
from storeapp.offline.journal import JournalStore
from storeapp.offline.store import Readable
from storeapp.offline.webhooks_repo import WebhooksRepo

if TYPE_CHECKING:
    from storeapp.config import Config
    from storeapp.diagnostics.doctor import DoctorContext, Finding

log = logging.getLogger(__name__)

KEYRING_SERVICE = "storeapp-webhooks"


def resolve_secret(ref: wh.SecretRef, env: Mapping[str, str] = os.environ) -> str | None:
    """The secret an endpoint's `secret=` points at, or None when it is not there."""
    if ref.source == "env":
        return env.get(ref.name) or None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, ref.name)
    except Exception as exc:  # any keyring backend failure means "not available"
        log.warning("keyring unavailable for webhook secret %s: %s", ref, exc)
        return None


class Redirected(Exception):
    """The receiver answered 3xx: not followed, the delivery failed."""

    def __init__(self, status: int, location: str | None) -> None:
        super().__init__(f"HTTP {status} to {location}")
        self.status = status
        self.location = location


@dataclass
class DispatchResult:
    """What one round did."""

    queued: int = 0
    delivered: int = 0
    retried: int = 0
    refused: int = 0
    expired: int = 0


class WebhookDispatcher:
    """Turns journal facts into signed deliveries to the configured endpoints."""

    def __init__(
        self,
        journal: JournalStore,
        cache: Readable,
        endpoints: Sequence[wh.Endpoint],
        *,
        store: str = "",
        secrets: Callable[[wh.SecretRef], str | None] = resolve_secret,
        degraded_after: timedelta = timedelta(minutes=15),
        timeout: float = 5.0,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.repo = WebhooksRepo(journal, cache, clock=clock)
        # The signature's time: this PC's real clock, which receivers compare with theirs.
        self.wall = wall
        self.journal = journal
        self.endpoints = {e.name: e for e in endpoints}
        self.store = store
        self.secrets = secrets
        self.degraded_after = degraded_after
        self.timeout = timeout
        self.clock = clock
        self.rng = rng or random.Random()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ one round

    def collect(self) -> int:
        if not self.endpoints:
            return 0
        return self.repo.collect(
            list(self.endpoints.values()),
            device_id=self.journal.device_id or "unknown-device",
            store=self.store,
            degraded_after=self.degraded_after,
        )

    def _post(self, url: str, body: bytes, headers: dict[str, str]) -> int:
        """POST once, within one deadline, following no redirect. Returns the HTTP status;
        raises `Redirected` for a 3xx and `TimeoutError` when the deadline passed."""
        parts = urllib.parse.urlsplit(url)
        conn: http.client.HTTPConnection
        if parts.scheme == "https":
            conn = http.client.HTTPSConnection(
                parts.hostname or "", parts.port, timeout=self.timeout,
                context=ssl.create_default_context(),
            )  # fmt: skip
        else:
            conn = http.client.HTTPConnection(
                parts.hostname or "", parts.port, timeout=self.timeout
            )
        expired = threading.Event()

        def abort() -> None:
            expired.set()
            if conn.sock is not None:
                try:
                    conn.sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        deadline = threading.Timer(self.timeout, abort)
        deadline.daemon = True
        started = time.monotonic()
        deadline.start()
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            conn.request("POST", path, body=body,
                         headers={**headers, "User-Agent": f"storeapp/{__version__}"})  # fmt: skip
            response = conn.getresponse()
            response.read()
            status, location = response.status, response.getheader("Location")
        except (OSError, http.client.HTTPException) as exc:
            if expired.is_set():
                raise TimeoutError(
                    f"no complete answer within {self.timeout:g} s "
                    f"(gave up after {time.monotonic() - started:.1f} s)"
                ) from exc
            raise
        finally:
            deadline.cancel()
            conn.close()
        if 300 <= status < 400:
            raise Redirected(status, location)
        return status

    def deliver_due(self) -> DispatchResult:
        result = DispatchResult()
        now = self.clock()
        for item in self.repo.due(now):
            error: str | None
            endpoint = self.endpoints.get(item.endpoint)
            if now - item.created_at > timedelta(hours=wh.GIVE_UP_AFTER_HOURS):
                error = f"not delivered within {wh.GIVE_UP_AFTER_HOURS} hours; given up"
                self.repo.record(item.id, "expired", error=error)
                result.expired += 1
                continue
            retry_in = wh.retry_delay(item.attempts + 1, self.rng)
            if endpoint is None:
                error = f"endpoint {item.endpoint!r} is no longer in the machine config"
                self.repo.record(item.id, "retry", error=error, retry_in=retry_in)
                result.retried += 1
                continue
            secret = self.secrets(endpoint.secret)
            if not secret:
                error = (
                    f"the secret of endpoint {endpoint.name} ({endpoint.secret}) is not set; "
                    "set that environment variable or keyring entry"
                )
                self.repo.record(item.id, "retry", error=error, retry_in=retry_in)
                result.retried += 1
                continue
            headers = wh.headers(
                item.event_uuid, item.event_type, item.body, secret, int(self.wall())
            )
            try:
                status = self._post(endpoint.url, item.body, headers)
            except Redirected as exc:
                error = (
                    f"{endpoint.name} answered HTTP {exc.status} pointing to "
                    f"{exc.location or 'nowhere'}; redirects are not followed. Put the final "
                    "address in [webhooks] endpoints."
                )
                log.warning("webhook %s not delivered: %s", item.event_uuid, error)
                self.repo.record(
                    item.id, "retry", status=exc.status, error=error, retry_in=retry_in
                )
                result.retried += 1
                continue
            except (OSError, http.client.HTTPException, urllib.error.URLError) as exc:
                reason = getattr(exc, "reason", exc)
                error = f"{endpoint.name} did not answer: {reason}"
                self.repo.record(item.id, "retry", error=error, retry_in=retry_in)
                result.retried += 1
                continue
            outcome = wh.classify_status(status)
            error = None if outcome == "delivered" else f"{endpoint.name} answered HTTP {status}"
            self.repo.record(item.id, outcome, status=status, error=error, retry_in=retry_in)
            setattr(result, outcome, getattr(result, outcome) + 1)
        return result

    def run_once(self) -> DispatchResult:
        """Collect new events, then send every delivery that is due."""
        queued = self.collect()
        result = self.deliver_due()
        result.queued = queued
        return result

    # ------------------------------------------------------------------ background

    def start(self, interval: float = 15.0) -> None:
        """Run rounds every `interval` seconds on a daemon thread until `stop()`."""
        if self._thread is not None or not self.endpoints:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._loop, args=(interval,), name="webhooks", daemon=True
        )
        self._thread.start()

    def _loop(self, interval: float) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # a bad round must not end the loop
                log.exception("webhook round failed; trying again in %s s", interval)
            self._stop.wait(interval)

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


def start_from_config(
    cfg: Config, journal: JournalStore | None, cache: Readable
) -> WebhookDispatcher | None:
    """The running app's dispatcher, started on its thread — or None when no endpoint is
    configured or the endpoints are wrong (logged with what to fix; store work goes on)."""
    lines = list(getattr(cfg.webhooks, "endpoints", []) or [])
    if not lines or journal is None or journal.safe_mode is not None:
        return None
    try:
        endpoints = wh.parse_endpoints(lines)
    except wh.WebhookConfigError as exc:
        log.error("webhooks are off: %s. Correct [webhooks] endpoints in the machine file.", exc)
        return None
    dispatcher = WebhookDispatcher(
        journal,
        cache,
        endpoints,
        store=cfg.store.warehouse_code,
        degraded_after=timedelta(minutes=cfg.webhooks.degraded_after_minutes),
    )
    dispatcher.start()
    log.info("webhooks: %d endpoint(s): %s", len(endpoints), ", ".join(e.name for e in endpoints))
    return dispatcher


def doctor_check(ctx: DoctorContext) -> Iterator[Finding]:  # a check of `storeapp doctor`
    """Doctor's lines about webhooks: each endpoint, whether its secret is where the config
    says, and deliveries refused or given up in the queue."""
    from storeapp.diagnostics.doctor import Finding, Status

    if ctx.cfg is None:
        return
    lines = list(ctx.cfg.webhooks.endpoints or [])
    if not lines:
        yield Finding(Status.OK, "webhooks", msg("no endpoints configured: no events are sent"))
        return
    try:
        endpoints = wh.parse_endpoints(lines)
    except wh.WebhookConfigError as exc:
        yield Finding(
            Status.FAIL,
            "webhooks",
            msg("endpoints cannot be read: {problem}", problem=said(exc)),
            msg("Correct [webhooks] endpoints in the machine file (docs/integration.md)."),
        )
        return
    for endpoint in endpoints:
        what = msg(
            "{name} -> {url} ({events})",
            name=endpoint.name,
            url=endpoint.url,
            events=plural(len(endpoint.events), "event type"),
        )
        secret = str(endpoint.secret)
        if resolve_secret(endpoint.secret, ctx.env):
            yield Finding(
                Status.OK,
                "webhooks",
                msg("{endpoint}, secret found ({secret})", endpoint=what, secret=secret),
            )
        else:
            yield Finding(
                Status.WARN,
                "webhooks",
                msg(
                    "{endpoint}: its secret ({secret}) is not set; events wait in the queue",
                    endpoint=what,
                    secret=secret,
                ),
                msg(
                    "Set that environment variable for storeapp, or the keyring entry "
                    "'{service}' / '{name}'.",
                    service=KEYRING_SERVICE,
                    name=endpoint.secret.name,
                ),
            )
