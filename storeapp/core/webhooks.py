"""Webhook events: what head office's tools (n8n and the like) receive from a store PC.

Pure rules, no I/O: the event types and the fields each one declares, the versioned JSON
envelope, the HMAC-SHA256 signature, the endpoint declarations of the machine config and the
retry schedule. The durable queue lives in storeapp/offline/webhooks_repo.py and the sending in
storeapp/sync/webhooks.py; docs/integration.md is the receiver's side of this contract.

Personal data: an event carries only the fields its type declares in `EVENT_FIELDS`. Employees
appear as Odoo employee ids, never names; customers never appear at all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storeapp.core.ops import BackoffPolicy
from storeapp.core.text import msg

SCHEMA_VERSION = 1

PICKUP_READY = "pickup.ready"
PICKUP_OVERDUE = "pickup.overdue"
RETURN_REFUSED = "return.refused"
RETURN_OVERRIDE = "return.override"
COUNT_ADJUSTMENT_PENDING = "count.adjustment.pending"
COUNT_ADJUSTMENT_APPROVED = "count.adjustment.approved"
OUTBOX_PARKED = "outbox.parked"
SYNC_DEGRADED = "sync.degraded"
ODOO_KEY_EXPIRING = "odoo.key_expiring"

# Every field an event type may carry in "data". Adding one is a compatible change (receivers
# ignore what they do not know); removing or renaming one needs SCHEMA_VERSION + 1.
EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    PICKUP_READY: ("picking_id", "order", "units", "short_lines", "picked_by_employee_id"),
    PICKUP_OVERDUE: ("picking_id", "order", "promised_at", "overdue_minutes"),
    RETURN_REFUSED: ("reference", "order", "level", "policy_version", "reasons"),
    RETURN_OVERRIDE: ("reference", "level", "approver_employee_id"),
    COUNT_ADJUSTMENT_PENDING: (
        "op_uuid",
        "product_id",
        "location_id",
        "lot_id",
        "difference",
        "counted_by_employee_id",
    ),
    COUNT_ADJUSTMENT_APPROVED: (
        "op_uuid",
        "product_id",
        "location_id",
        "lot_id",
        "difference",
        "approver_employee_id",
    ),
    OUTBOX_PARKED: ("op_uuid", "kind", "aggregate", "reason", "action"),
    SYNC_DEGRADED: ("waiting_ops", "failed_ops", "parked_ops", "oldest_waiting_minutes"),
    # The device's Odoo API key expires within 14 days (Odoo 19 dates keys); once per date.
    ODOO_KEY_EXPIRING: ("expires_at", "days_left"),
}
EVENT_TYPES = tuple(EVENT_FIELDS)

SIGNATURE_HEADER = "X-Storeapp-Signature"
EVENT_HEADER = "X-Storeapp-Event"
IDEMPOTENCY_HEADER = "Idempotency-Key"
# Receivers refuse a signature whose time is further than this from their clock (replays).
SIGNATURE_TOLERANCE_SECONDS = 300

# Event ids are derived from the fact that caused them, so finding the same fact twice (a
# restart mid-scan, a second look at an overdue order) gives the same id and is queued once.
_EVENT_NAMESPACE = uuid.UUID("5d0b8f4e-3b8e-4c55-9a5e-4c1e7f0b2a61")

# Deliveries are retried at growing intervals up to an hour, for at most this long.
RETRY = BackoffPolicy(base=10.0, factor=2.0, cap=3600.0, jitter=0.2)
GIVE_UP_AFTER_HOURS = 72


class WebhookConfigError(ValueError):
    """An endpoint line of the machine config is wrong; the message says which part and why."""


def event_id(device_id: str, source: str) -> str:
    """The stable id of the event caused by `source` (e.g. "audit:<hash>") on this PC."""
    return str(uuid.uuid5(_EVENT_NAMESPACE, f"{device_id}/{source}"))


@dataclass(frozen=True)
class Event:
    """One event, ready to be serialised. `data` holds only the type's declared fields."""

    id: str
    type: str
    occurred_at: datetime
    store: str
    device: str
    data: Mapping[str, Any]

    def body(self) -> bytes:
        """The exact bytes sent (and signed): compact JSON with sorted keys, UTF-8."""
        envelope = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "type": self.type,
            "occurred_at": self.occurred_at.isoformat(),
            "store": self.store,
            "device": self.device,
            "data": dict(self.data),
        }
        return json.dumps(
            envelope, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode("utf-8")


def make_event(
    type_: str,
    data: Mapping[str, Any],
    *,
    device_id: str,
    source: str,
    occurred_at: datetime,
    store: str = "",
) -> Event:
    """Build an event, refusing fields its type does not declare (so no personal data can
    slip in by accident) and filling absent declared fields with null."""
    if type_ not in EVENT_FIELDS:
        raise ValueError(f"unknown webhook event type {type_!r}")
    declared = EVENT_FIELDS[type_]
    extra = sorted(set(data) - set(declared))
    if extra:
        raise ValueError(f"{type_} does not declare the field(s) {', '.join(extra)}")
    payload = {key: data.get(key) for key in declared}
    return Event(event_id(device_id, source), type_, occurred_at, store, device_id, payload)


def sign(body: bytes, secret: str, timestamp: int) -> str:
    """The signature header's value: "t=<unix seconds>,v1=<hex HMAC-SHA256>", the HMAC taken
    over "<t>." followed by the exact body bytes. The time is inside what is signed, so a
    receiver that refuses old timestamps cannot be fed a captured delivery again later."""
    signed = str(int(timestamp)).encode("ascii") + b"." + body
    digest = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    return f"t={int(timestamp)},v1={digest}"


def verify(
    body: bytes,
    secret: str,
    header: str,
    *,
    now: float | None = None,
    tolerance: int = SIGNATURE_TOLERANCE_SECONDS,
) -> bool:
    """True when `header` signs `body` with `secret` and its time is within `tolerance`
    seconds of `now` (default: this machine's clock). What a receiver must do, in Python."""
    fields = dict(part.split("=", 1) for part in header.strip().split(",") if "=" in part)
    try:
        timestamp = int(fields.get("t", ""))
    except ValueError:
        return False
    moment = time.time() if now is None else now
    if abs(moment - timestamp) > tolerance:
        return False
    return hmac.compare_digest(
        sign(body, secret, timestamp), f"t={timestamp},v1={fields.get('v1', '')}"
    )


def headers(
    event_uuid: str, event_type: str, body: bytes, secret: str, timestamp: int
) -> dict[str, str]:
    """Every header of a delivery besides the transport's own."""
    return {
        "Content-Type": "application/json; charset=utf-8",
        IDEMPOTENCY_HEADER: event_uuid,
        EVENT_HEADER: event_type,
        SIGNATURE_HEADER: sign(body, secret, timestamp),
    }


# --------------------------------------------------------------------------- endpoints


@dataclass(frozen=True)
class SecretRef:
    """Where an endpoint's secret is: an environment variable or a keyring entry. The secret
    itself is never written in the machine config."""

    source: str  # "env" | "keyring"
    name: str

    def __str__(self) -> str:
        return f"{self.source}:{self.name}"


@dataclass(frozen=True)
class Endpoint:
    """One receiver declared in the machine config."""

    name: str
    url: str
    secret: SecretRef
    events: tuple[str, ...]  # the event types it wants

    def wants(self, event_type: str) -> bool:
        return event_type in self.events


def parse_endpoint(line: str) -> Endpoint:
    """Read one `[webhooks] endpoints` entry:

    `<name> url=<http(s) address> secret=env:<VARIABLE>|keyring:<entry> events=<types>|*`
    """
    words = line.split()
    if not words or "=" in words[0]:
        raise WebhookConfigError(
            msg("{line}: start with a name for the endpoint, e.g. 'n8n url=…'", line=repr(line))
        )
    name, fields = words[0], {}
    for word in words[1:]:
        key, sep, value = word.partition("=")
        if not sep or key not in ("url", "secret", "events"):
            raise WebhookConfigError(
                msg("{name}: {word} is not url=…, secret=… or events=…", name=name, word=repr(word))
            )
        fields[key] = value
    url = fields.get("url", "")
    if not url.startswith(("https://", "http://")):
        raise WebhookConfigError(
            msg("{name}: url= must be an http(s) address, got {url}", name=name, url=repr(url))
        )
    source, _, ref = fields.get("secret", "").partition(":")
    if source not in ("env", "keyring") or not ref:
        raise WebhookConfigError(
            msg(
                "{name}: secret= must name where the secret is kept (env:VARIABLE or "
                "keyring:ENTRY); the secret itself never goes in the configuration file",
                name=name,
            )
        )
    wanted = fields.get("events", "*")
    if wanted == "*":
        events = EVENT_TYPES
    else:
        events = tuple(e for e in wanted.split(",") if e)
        unknown = [e for e in events if e not in EVENT_FIELDS]
        if unknown or not events:
            raise WebhookConfigError(
                msg(
                    "{name}: unknown event type(s) {unknown}; known: {known}",
                    name=name,
                    unknown=", ".join(unknown) or "(none)",
                    known=", ".join(EVENT_TYPES),
                )
            )
    return Endpoint(name, url, SecretRef(source, ref), events)


def parse_endpoints(lines: list[str]) -> list[Endpoint]:
    """Every endpoint of the config; names must be unique (they key the delivery queue)."""
    endpoints = [parse_endpoint(line) for line in lines if line.strip()]
    names = [e.name for e in endpoints]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise WebhookConfigError(
            msg("endpoint name(s) used twice: {names}", names=", ".join(twice))
        )
    return endpoints


# --------------------------------------------------------------------------- delivery outcome


def classify_status(status: int) -> str:
    """What an HTTP answer means for a delivery: "delivered", "retry" or "refused".

    Refused (4xx other than 408/409/425/429) means the receiver will never take this body;
    retrying it would only hide a configuration problem, so it stops and is shown instead."""
    if 200 <= status < 300:
        return "delivered"
    if status in (408, 409, 425, 429) or status >= 500:
        return "retry"
    return "refused"


def retry_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Seconds before the next attempt after `attempts` failed ones."""
    return RETRY.delay(attempts, rng)
