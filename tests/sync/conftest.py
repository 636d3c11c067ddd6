"""Fixtures for the sync engine: odoosim over real HTTP, real SQLite files, real odoorpc.

Reusable by other test packages (import them from here in a conftest):

- `memory_keyring`  an in-memory keyring backend for the test (the OS keyring is never touched);
- `odoo_version`    which Odoo the emulator plays ("17.0"); a suite that proves the version
                    differences overrides it with `versions_fixture()` to run on 17, 18 and 19;
- `sim`             a fresh emulator per test (seed "demo"), started on a free port; on 19 the
                    test fails if storeapp sent a single /jsonrpc request (JSON-2 only);
- `sim_module`      one emulator shared by a test module (read-only tests);
- `journal`, `outbox`, `cache`      the two databases in tmp_path;
- `credentials`     a CredentialStore holding the sim's device key;
- `gateway`         an OdooGateway on `sim` (closed after the test);
- `sync_settings`   fast settings (small backoff) for the demo store;
- `engine`          a SyncEngine wired to all of the above.

`make_engine(sim, tmp_path, ...)` builds the same wiring for tests that need several engines.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import keyring
import pytest

from odoosim import OdooSim
from storeapp.core.ops import BackoffPolicy
from storeapp.offline.cache import CacheStore
from storeapp.offline.clock import utcnow
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Outbox
from storeapp.sync.connectivity import Connectivity
from storeapp.sync.credentials import CredentialStore
from storeapp.sync.engine import SyncEngine
from storeapp.sync.events import EventBus
from storeapp.sync.gateway import GatewaySettings, OdooGateway
from storeapp.sync.settings import SyncSettings
from storeapp.ui.memory_keyring import MemoryKeyring

FAST_BACKOFF = BackoffPolicy(base=0.02, factor=2.0, cap=0.2, jitter=0.3)


ODOO_VERSIONS = ("17.0", "18.0", "19.0")


def start_sim(seed: str = "demo", version: str = "17.0") -> OdooSim:
    sim = OdooSim(seed=seed, test_mode=True, version=version)
    sim.start(port=0)
    return sim


def versions_fixture():
    """An `odoo_version` fixture over every supported Odoo, for a suite module to assign:
    `odoo_version = versions_fixture()`."""

    @pytest.fixture(params=ODOO_VERSIONS, name="odoo_version")
    def every_version(request: pytest.FixtureRequest) -> str:
        return request.param

    return every_version


@pytest.fixture
def odoo_version() -> str:
    return "17.0"


def check_no_jsonrpc(sim: OdooSim) -> None:
    """On Odoo 19 storeapp speaks JSON-2 only: odoosim counts every /jsonrpc request."""
    if sim.personality.json2:
        assert sim.jsonrpc_calls == 0, f"{sim.jsonrpc_calls} /jsonrpc calls against Odoo 19"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def sim(odoo_version: str) -> Iterator[OdooSim]:
    server = start_sim(version=odoo_version)
    yield server
    server.stop()
    check_no_jsonrpc(server)


@pytest.fixture(scope="module")
def sim_module() -> Iterator[OdooSim]:
    server = start_sim()
    yield server
    server.stop()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[JournalStore]:
    store = JournalStore.open(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def outbox(journal: JournalStore) -> Outbox:
    return Outbox(journal)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[CacheStore]:
    store = CacheStore.open(tmp_path / "data")
    yield store
    store.close()


def gateway_settings(sim: OdooSim, **kw: Any) -> GatewaySettings:
    base = {
        "url": sim.url,
        "database": sim.db_name,
        "login": sim.device.login,
        "timeout_read": 10.0,
        "timeout_write": 10.0,
        "timeout_action": 10.0,
    }
    base.update(kw)
    return GatewaySettings(**base)


def store_credentials(sim: OdooSim, key: str | None = None) -> CredentialStore:
    """A CredentialStore with the device key in the (memory) keyring."""
    store = CredentialStore()
    store.set(sim.url, sim.db_name, sim.device.login, key or sim.device.api_key)
    return store


@pytest.fixture
def credentials(sim: OdooSim, memory_keyring: MemoryKeyring) -> CredentialStore:
    return store_credentials(sim)


@pytest.fixture
def gateway(sim: OdooSim, credentials: CredentialStore) -> Iterator[OdooGateway]:
    gw = OdooGateway(gateway_settings(sim), credentials)
    yield gw
    gw.close()


def demo_settings(sim: OdooSim, **kw: Any) -> SyncSettings:
    values: dict[str, Any] = {
        "warehouse_code": sim.facts["stores"][0]["code"],
        "page_size": 500,
        "backoff": FAST_BACKOFF,
        "push_interval": 0.05,
        "after_timeout_wait": 0.5,
    }
    values.update(kw)
    return SyncSettings(**values)


@pytest.fixture
def sync_settings(sim: OdooSim) -> SyncSettings:
    return demo_settings(sim)


@dataclass
class Wiring:
    """An engine and everything it was built from (for tests that poke at the parts)."""

    engine: SyncEngine
    gateway: OdooGateway
    outbox: Outbox
    cache: CacheStore
    journal: JournalStore
    events: EventBus

    def close(self) -> None:
        self.engine.close()
        self.gateway.close()
        self.cache.close()
        self.journal.close()


def make_engine(
    sim: OdooSim,
    folder: Path,
    *,
    credentials: CredentialStore | None = None,
    seed: int = 1,
    gateway_kw: dict[str, Any] | None = None,
    clock: Callable[[], datetime] = utcnow,
    monotonic: Callable[[], float] = time.monotonic,
    **settings: Any,
) -> Wiring:
    journal = JournalStore.open(folder)
    cache = CacheStore.open(folder)
    outbox = Outbox(journal, clock)
    gw = OdooGateway(
        gateway_settings(sim, **(gateway_kw or {})), credentials or store_credentials(sim)
    )
    events = EventBus()
    rng = random.Random(seed)
    connectivity = Connectivity(events, probe_backoff=FAST_BACKOFF, rng=rng, clock=monotonic)
    engine = SyncEngine(
        gw,
        cache,
        outbox,
        demo_settings(sim, **settings),
        events,
        connectivity=connectivity,
        rng=rng,
        clock=clock,
        monotonic=monotonic,
    )
    return Wiring(engine, gw, outbox, cache, journal, events)


@pytest.fixture
def wiring(sim: OdooSim, tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Wiring]:
    w = make_engine(sim, tmp_path / "engine")
    yield w
    w.close()


@pytest.fixture
def engine(wiring: Wiring) -> SyncEngine:
    return wiring.engine
