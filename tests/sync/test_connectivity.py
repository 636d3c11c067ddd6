"""The connectivity state machine and the event bus (no server needed)."""

from __future__ import annotations

import random

import pytest

from storeapp.core.ops import BackoffPolicy
from storeapp.sync import errors
from storeapp.sync.connectivity import Connectivity, ConnState
from storeapp.sync.events import STATE_CHANGED, EventBus


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def machine():
    clock = Clock()
    bus = EventBus()
    seen: list = []
    bus.subscribe(STATE_CHANGED, seen.append)
    conn = Connectivity(
        bus,
        slow_threshold=2.0,
        probe_backoff=BackoffPolicy(base=1.0, factor=2.0, cap=8.0, jitter=0.0),
        clock=clock,
        rng=random.Random(1),
    )
    return conn, clock, seen


def test_starts_offline_and_goes_online(machine):
    conn, _clock, seen = machine
    assert conn.state == ConnState.OFFLINE and not conn.usable
    conn.report_success(0.1)
    assert conn.state == ConnState.ONLINE and conn.usable
    assert [(e.old, e.new) for e in seen] == [("offline", "online")]


def test_slow_answers_are_degraded(machine):
    conn, _clock, _seen = machine
    conn.report_success(3.5)
    assert conn.state == ConnState.DEGRADED and "slowly" in conn.reason
    conn.report_success(0.2)
    assert conn.state == ConnState.ONLINE


def test_transient_errors_degrade_then_go_offline_with_growing_backoff(machine):
    conn, clock, _seen = machine
    conn.report_success()
    conn.report_failure(errors.Timeout("slow"))
    assert conn.state == ConnState.DEGRADED
    assert conn.seconds_until_try() == pytest.approx(1.0)
    conn.report_failure(errors.ServerError("503"))
    assert conn.seconds_until_try() == pytest.approx(2.0)
    conn.report_failure(errors.ProtocolError("garbage"))
    assert conn.state == ConnState.OFFLINE
    assert not conn.may_try()
    clock.now += 4.0
    assert conn.may_try()
    for _ in range(10):
        conn.report_failure(errors.Offline("down"))
    assert conn.seconds_until_try() == pytest.approx(8.0)  # capped
    conn.reset_backoff()
    assert conn.may_try()


def test_refused_key_is_its_own_state_and_refusals_do_not_count(machine):
    conn, _clock, seen = machine
    conn.report_success()
    conn.report_failure(errors.UserError("order cancelled"))  # the server answered fine
    assert conn.state == ConnState.ONLINE and conn.failures == 0
    conn.report_failure(errors.AuthFailed("revoked"))
    assert conn.state == ConnState.AUTH_FAILED and conn.reason == "revoked"
    conn.report_success()
    assert [e.new for e in seen] == ["online", "auth_failed", "online"]


def test_event_bus_isolates_failing_subscribers():
    bus = EventBus()
    got = []

    def broken(_event):
        raise RuntimeError("a screen bug")

    bus.subscribe(STATE_CHANGED, broken)
    unsubscribe = bus.subscribe(STATE_CHANGED, got.append)
    bus.emit(STATE_CHANGED, "x")
    unsubscribe()
    bus.emit(STATE_CHANGED, "y")
    assert got == ["x"]
    with pytest.raises(ValueError, match="unknown sync event"):
        bus.subscribe("no_such_event", got.append)
