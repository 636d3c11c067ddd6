"""The child of the crash loop: the real journal, outbox and sync engine of a store PC, doing
scripted store work (notes, notes needing a manager, approvals, pushes) until it is killed.

It reports "saved <uuid>" through the pipe only after `enqueue` returned — the moment a screen
shows "saved" — so every uuid the parent received is a confirmation the user saw.
Started by a multiprocessing fork server that imported this module once: each child starts
in milliseconds, with SQLAlchemy, Alembic and odoorpc already loaded.
"""

from __future__ import annotations

import itertools
import json
import random
import uuid
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import keyring

from storeapp.core import ops
from storeapp.offline.cache import CacheStore
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor, Outbox
from storeapp.sync.connectivity import Connectivity
from storeapp.sync.credentials import CredentialStore
from storeapp.sync.engine import SyncEngine
from storeapp.sync.events import EventBus
from storeapp.sync.gateway import GatewaySettings, OdooGateway
from storeapp.sync.settings import SyncSettings
from storeapp.ui.memory_keyring import MemoryKeyring
from tests.sync.conftest import FAST_BACKOFF

ASSOCIATE = Actor(2, "Camille Garcia")
MANAGER = Actor(5, "Nathan Blanc")


def server_for(sim: Any, memory_keyring: Any) -> dict:
    """How a child process reaches Odoo, with the PC's keyring as the parent left it (the
    journal's integrity key included), as a restarted storeapp would find it."""
    return {
        "keyring": [(s, u, p) for (s, u), p in memory_keyring._secrets.items()],
        "url": sim.url,
        "db": sim.db_name,
        "login": sim.device.login,
        "key": sim.device.api_key,
        "warehouse": sim.facts["stores"][0]["code"],
    }


def build(data_dir: str, server: dict, seed: int) -> tuple[Outbox, SyncEngine]:
    """The store's outbox and sync engine, wired as the app wires them."""
    # The PC's keyring outlives each process: hand the child what the parent's holds (the
    # journal's integrity key), as a real restart would find it.
    backend = MemoryKeyring()
    for service, user, secret in server.get("keyring", []):
        backend.set_password(service, user, secret)
    keyring.set_keyring(backend)
    credentials = CredentialStore()
    credentials.set(server["url"], server["db"], server["login"], server["key"])
    journal = JournalStore.open(Path(data_dir))
    cache = CacheStore.open(Path(data_dir))
    outbox = Outbox(journal)
    gateway = OdooGateway(
        GatewaySettings(
            url=server["url"],
            database=server["db"],
            login=server["login"],
            timeout_read=10.0,
            timeout_write=10.0,
            timeout_action=10.0,
        ),
        credentials,
    )
    events = EventBus()
    rng = random.Random(seed)
    engine = SyncEngine(
        gateway,
        cache,
        outbox,
        SyncSettings(
            warehouse_code=server["warehouse"],
            backoff=FAST_BACKOFF,
            push_interval=0.05,
            after_timeout_wait=0.3,
        ),
        events,
        connectivity=Connectivity(events, probe_backoff=FAST_BACKOFF, rng=rng),
        rng=rng,
    )
    return outbox, engine


def push_once(data_dir: str, server: dict) -> None:
    """One push cycle (the parent kills it while Odoo holds the request)."""
    _outbox, engine = build(data_dir, server, 1)
    engine.run_once(pull=False)


def work_until_killed(
    data_dir: str, server: dict, pickings: list[int], seed: int, report: Connection
) -> None:
    outbox, engine = build(data_dir, server, seed)
    rng = random.Random(seed)
    report.send_bytes(b"ready")
    for n in itertools.count():
        roll = rng.random()
        if roll < 0.7:
            op_uuid = str(uuid.uuid4())
            payload = ops.validate_payload(
                ops.MESSAGE_POST,
                {
                    "model": "stock.picking",
                    "res_id": rng.choice(pickings),
                    "body": f"crash loop {seed}/{n} [op:{op_uuid}]",
                },
            )
            outbox.enqueue(
                ops.MESSAGE_POST,
                payload,
                ops.aggregate_for(ops.MESSAGE_POST, payload),
                ASSOCIATE,
                uuid=op_uuid,
                needs_approval=roll < 0.15,
            )
            report.send_bytes(f"saved {op_uuid}".encode("ascii"))
        elif roll < 0.8:
            waiting = outbox.list([OpState.PENDING_APPROVAL], limit=5)
            if waiting:
                outbox.approve(waiting[0].uuid, MANAGER)
        else:
            engine.connectivity.reset_backoff()
            engine.run_once(pull=False)


def push_when_told(data_dir: str, server: dict, go: Any, report: Connection) -> None:
    """One push cycle, started when `go` (an Event) is set so that two of these race; reports
    what the cycle did as JSON."""
    _outbox, engine = build(data_dir, server, 1)
    report.send_bytes(b"ready")
    go.wait(30)
    cycle = engine.run_once(pull=False)
    push = cycle.push
    summary = {
        "done": push.done if push else 0,
        "busy": getattr(push, "busy", None),
        "error": cycle.error,
    }
    report.send_bytes(json.dumps(summary).encode("utf-8"))
