"""Webhook events end to end: journal facts → durable queue → signed POSTs to a receiver on
127.0.0.1 that is down for a while, then up. Every event type arrives once, validly signed,
and an event never arrives twice under different Idempotency-Keys."""

from __future__ import annotations

import hmac
import json
import re
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import delete

from storeapp.core import webhooks as wh
from storeapp.core.ops import COUNT_APPLY
from storeapp.offline import audit
from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import Picking
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import JournalMeta, WebhookDelivery
from storeapp.offline.odoo_key import save_key_expiry
from storeapp.offline.outbox import Actor, Outbox
from storeapp.offline.webhooks_repo import CURSOR_KEY
from storeapp.sync.webhooks import WebhookDispatcher
from tests.offline.helpers import FakeClock

SECRET = "s3cret-for-tests"
ASSOCIATE = Actor(11, "Ann Associate")
MANAGER = Actor(12, "Max Manager")
CUSTOMER_NAME = "Zoé Customer-Canary"


class Receiver:
    """An HTTP receiver that records every request; `up()` / `down()` open and close its port."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.status = 200
        self.port = 0
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    def up(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                owner.requests.append((dict(self.headers.items()), body))
                self.send_response(owner.status)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def down(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.down()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def stores(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[JournalStore, CacheStore]]:
    journal = JournalStore.open(tmp_path / "data", clock=clock)
    cache = CacheStore.open(tmp_path / "data")
    yield journal, cache
    cache.close()
    journal.close()


def _dispatcher(journal, cache, clock, url: str, **kw) -> WebhookDispatcher:
    endpoint = wh.parse_endpoint(f"hq url={url} secret=env:HOOK_SECRET events=*")
    return WebhookDispatcher(
        journal,
        cache,
        [endpoint],
        store="PAR1",
        secrets=lambda ref: SECRET if ref.name == "HOOK_SECRET" else None,
        clock=clock,
        timeout=2.0,
        **kw,
    )


def _make_every_fact(journal: JournalStore, cache: CacheStore, clock: FakeClock) -> None:
    """One fact per event type, written the way the store jobs write them."""
    outbox = Outbox(journal, clock=clock)
    with journal.write() as s:
        audit.append(s, ASSOCIATE, "pick.ready", "picking:41", {"units": 3, "missing": ["1 × X"]})
        audit.append(
            s,
            ASSOCIATE,
            "return.refused",
            "return:ref-1",
            {
                "order": "S00042",
                "level": "deny",
                "policy_version": "3",
                "reasons": ["too late"],
                "customer": CUSTOMER_NAME,  # a detail no event type declares
            },
        )
        audit.append(s, MANAGER, "return.override", "return:ref-2", {"level": "needs_approval"})
    payload = {"product_id": 7, "location_id": 8, "lot_id": None, "difference": -4.0}
    pending = outbox.enqueue(COUNT_APPLY, payload, "quant:7/8/0", ASSOCIATE, needs_approval=True)
    outbox.approve(pending.uuid, MANAGER)
    stuck = outbox.enqueue("picking.validate", {"picking_id": 99}, "picking:99", ASSOCIATE)
    outbox.park(stuck.uuid, "Odoo refused it.", "Open the order in Odoo.")
    outbox.enqueue("picking.validate", {"picking_id": 98}, "picking:98", ASSOCIATE)
    with cache.write() as s:
        s.add(
            Picking(
                id=41,
                name="PAR1/OUT/00041",
                state="assigned",
                picking_type_code="outgoing",
                partner_id=5,
                scheduled_date="2026-11-26 08:00:00",
            )
        )
    clock.advance(minutes=30)  # the order is overdue and the outbox has not drained
    save_key_expiry(journal, clock() + timedelta(days=10))  # Odoo 19 dated the device key


def _by_type(requests: list[tuple[dict[str, str], bytes]]) -> dict[str, list[dict]]:
    seen: dict[str, list[dict]] = {}
    for headers, body in requests:
        event = json.loads(body)
        seen.setdefault(event["type"], []).append({"headers": headers, "event": event})
    return seen


def test_every_event_type_arrives_once_signed_also_after_the_receiver_was_down(
    stores, clock, receiver, monkeypatch
):
    journal, cache = stores
    receiver.up()
    receiver.down()  # the port is known but nobody listens: the receiver is down
    dispatcher = _dispatcher(journal, cache, clock, receiver.url)
    assert dispatcher.run_once().queued == 0  # first round: the cursor starts at the end
    _make_every_fact(journal, cache, clock)

    first = dispatcher.run_once()
    assert first.queued == len(wh.EVENT_TYPES)
    assert first.retried == len(wh.EVENT_TYPES) and first.delivered == 0
    # Store work goes on while the receiver is down.
    Outbox(journal, clock=clock).enqueue("message.post", {"x": 1}, "picking:5", ASSOCIATE)
    clock.advance(seconds=5)
    assert dispatcher.run_once().delivered == 0  # not due yet: backoff
    receiver.up()
    for _ in range(8):
        clock.advance(minutes=2)
        dispatcher.run_once()
    seen = _by_type(receiver.requests)
    assert sorted(seen) == sorted(wh.EVENT_TYPES)
    keys = set()
    for type_, hits in seen.items():
        assert len(hits) == 1, type_
        headers, event = hits[0]["headers"], hits[0]["event"]
        body = json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert wh.verify(body.encode(), SECRET, headers[wh.SIGNATURE_HEADER])
        assert not wh.verify(body.encode(), "wrong", headers[wh.SIGNATURE_HEADER])
        assert headers[wh.IDEMPOTENCY_HEADER] == event["id"]
        assert headers[wh.EVENT_HEADER] == type_
        assert event["schema_version"] == wh.SCHEMA_VERSION and event["store"] == "PAR1"
        assert set(event["data"]) == set(wh.EVENT_FIELDS[type_])
        keys.add(event["id"])
    assert len(keys) == len(wh.EVENT_TYPES)
    assert CUSTOMER_NAME not in b"".join(body for _h, body in receiver.requests).decode()

    # Scanning everything again (the cursor lost) finds the same facts: nothing is queued or
    # sent a second time, under the same keys or any other.
    with journal.write() as s:
        s.execute(delete(JournalMeta).where(JournalMeta.key == CURSOR_KEY))
    dispatcher.run_once()  # re-creates the cursor at the end
    with journal.write() as s:
        s.get(JournalMeta, CURSOR_KEY).value = "0"
    clock.advance(minutes=5)
    again = dispatcher.run_once()
    assert again.queued == 0 and again.delivered == 0
    assert len(receiver.requests) == len(wh.EVENT_TYPES)


def test_a_refusing_receiver_stops_retries_and_a_missing_secret_keeps_the_event(
    stores, clock, receiver
):
    journal, cache = stores
    receiver.up()
    receiver.status = 400
    dispatcher = _dispatcher(journal, cache, clock, receiver.url)
    dispatcher.run_once()
    with journal.write() as s:
        audit.append(s, ASSOCIATE, "pick.ready", "picking:41", {"units": 1, "missing": []})
    result = dispatcher.run_once()
    assert result.refused == 1
    stats = dispatcher.repo.stats()
    assert stats.by_state == {"refused": 1}
    assert "HTTP 400" in stats.last_error

    dispatcher.secrets = lambda ref: None
    with journal.write() as s:
        audit.append(s, ASSOCIATE, "pick.ready", "picking:42", {"units": 1, "missing": []})
    assert dispatcher.run_once().retried == 1
    stats = dispatcher.repo.stats()
    assert stats.by_state["pending"] == 1
    assert "env:HOOK_SECRET" in stats.last_error and "is not set" in stats.last_error
    with journal.read() as s:
        assert s.query(WebhookDelivery).count() == 2


def test_old_undelivered_events_are_given_up_with_a_reason(stores, clock, receiver):
    journal, cache = stores
    receiver.up()
    receiver.down()
    dispatcher = _dispatcher(journal, cache, clock, receiver.url)
    dispatcher.run_once()
    with journal.write() as s:
        audit.append(s, ASSOCIATE, "pick.ready", "picking:41", {"units": 1, "missing": []})
    dispatcher.run_once()
    clock.advance(hours=wh.GIVE_UP_AFTER_HOURS + 1)
    assert dispatcher.run_once().expired == 1
    assert "given up" in dispatcher.repo.stats().last_error


def test_degraded_waits_for_the_threshold(stores, clock, receiver):
    journal, cache = stores
    receiver.up()
    dispatcher = _dispatcher(journal, cache, clock, receiver.url, degraded_after=timedelta(hours=1))
    dispatcher.run_once()
    Outbox(journal, clock=clock).enqueue("message.post", {"x": 1}, "picking:5", ASSOCIATE)
    clock.advance(minutes=30)
    assert dispatcher.run_once().queued == 0
    clock.advance(minutes=31)
    assert dispatcher.run_once().delivered == 1
    assert _by_type(receiver.requests)[wh.SYNC_DEGRADED][0]["event"]["data"]["waiting_ops"] == 1


def _cfg(lines: list[str]):
    from types import SimpleNamespace

    return SimpleNamespace(
        webhooks=SimpleNamespace(endpoints=lines, degraded_after_minutes=15),
        store=SimpleNamespace(warehouse_code="PAR1"),
    )


def test_the_app_starts_a_dispatcher_only_for_valid_endpoints(stores, receiver, monkeypatch):
    from storeapp.sync.webhooks import start_from_config

    journal, cache = stores
    assert start_from_config(_cfg([]), journal, cache) is None
    assert start_from_config(_cfg(["hq url=ftp://x secret=env:X"]), journal, cache) is None
    receiver.up()
    monkeypatch.setenv("HOOK_SECRET", SECRET)
    line = f"hq url={receiver.url} secret=env:HOOK_SECRET events=pickup.ready"
    dispatcher = start_from_config(_cfg([line]), journal, cache)
    assert dispatcher is not None
    try:
        dispatcher.stop()
        dispatcher.collect()  # the cursor exists (set by the thread's first round or here)
        with journal.write() as s:
            audit.append(s, ASSOCIATE, "pick.ready", "picking:41", {"units": 1, "missing": []})
        dispatcher.start(interval=0.05)
        deadline = time.monotonic() + 10
        while not receiver.requests and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        dispatcher.stop()
    assert [json.loads(body)["type"] for _h, body in receiver.requests] == [wh.PICKUP_READY]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("url=https://x secret=env:A", "start with a name"),
        ("hq url=https://x secret=abc123", "never goes in the configuration file"),
        ("hq url=https://x secret=env:A events=pickup.gone", "unknown event type"),
        ("hq url=x secret=env:A", "http(s) address"),
        ("hq url=https://x secret=env:A colour=red", "is not url="),
    ],
)
def test_endpoint_lines_are_refused_with_what_to_fix(line, problem):
    with pytest.raises(wh.WebhookConfigError, match=re.escape(problem)):
        wh.parse_endpoint(line)
    with pytest.raises(wh.WebhookConfigError, match="used twice"):
        wh.parse_endpoints(["a url=https://x secret=env:A", "a url=https://y secret=env:B"])


def test_events_refuse_undeclared_fields_and_signatures_are_standard_hmac():
    moment = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="customer_name"):
        wh.make_event(
            wh.PICKUP_READY, {"customer_name": "x"}, device_id="d", source="s", occurred_at=moment
        )
    event = wh.make_event(
        wh.PICKUP_READY, {"picking_id": 1}, device_id="d", source="s", occurred_at=moment
    )
    assert (
        event.id
        == wh.make_event(wh.PICKUP_READY, {}, device_id="d", source="s", occurred_at=moment).id
    )
    # Known answer: HMAC-SHA256 over "<t>." + body (computed independently here).
    expected = hmac.new(b"Jefe", b"1700000000.what do ya want for nothing?", "sha256").hexdigest()
    assert wh.sign(b"what do ya want for nothing?", "Jefe", 1700000000) == (
        f"t=1700000000,v1={expected}"
    )
    assert wh.classify_status(204) == "delivered" and wh.classify_status(503) == "retry"
    assert wh.classify_status(429) == "retry" and wh.classify_status(401) == "refused"


def test_doctor_reports_endpoints_and_missing_secrets(tmp_path, monkeypatch):
    from storeapp.diagnostics.doctor import DoctorContext
    from storeapp.sync.webhooks import doctor_check

    ctx = DoctorContext(env={"HOOK_SECRET": SECRET})
    ctx.cfg = _cfg(
        [
            "hq url=https://hooks.example.com/x secret=env:HOOK_SECRET",
            "n8n url=https://n8n.example.com/y secret=env:NOT_SET events=outbox.parked",
        ]
    )
    found = [(f.status.value, f.text) for f in doctor_check(ctx)]
    assert found[0][0] == "OK" and "secret found (env:HOOK_SECRET)" in found[0][1]
    assert found[1][0] == "WARN" and "env:NOT_SET" in found[1][1]
    assert SECRET not in " ".join(text for _s, text in found)
    ctx.cfg = _cfg(["hq url=https://x secret=plain"])
    assert [f.status.value for f in doctor_check(ctx)] == ["FAIL"]
