"""The support bundle against the issue's list (logs, doctor output, configuration without
secrets, database statistics, recent parked ops), with canaries: secrets and customer contact
data planted everywhere the app keeps them must not appear anywhere in the zip."""

from __future__ import annotations

import json
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest

from storeapp.diagnostics.bundle import write_bundle
from storeapp.offline import audit
from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import Partner
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import WebhookDelivery, WorkSession
from storeapp.offline.outbox import Actor, Outbox
from storeapp.ui.memory_keyring import MemoryKeyring

ANN = Actor(3, "Ann")
WEBHOOK_SECRET = "whsec-CANARY-7f3a9c"
KEYRING_SECRET = "kr-CANARY-51d2e8"
DEVICE_KEY = "odoo-key-CANARY-0b4c"
CUSTOMER = "Margaux Canary-Dupont"
PHONE = "+33 6 98 76 54 32"
EMAIL = "margaux.canary@example.org"
CANARIES = (WEBHOOK_SECRET, KEYRING_SECRET, DEVICE_KEY, CUSTOMER, EMAIL, "98 76 54 32")


@pytest.fixture
def pc(tmp_path: Path):
    """A store PC with a machine file, secrets in the keyring and the environment, and
    customer data in both databases and a log."""
    data = tmp_path / "data"
    machine = tmp_path / "storeapp.toml"
    machine.write_text(
        '[store]\nwarehouse_code = "PAR1"\n[webhooks]\nendpoints = [\n'
        '  "hq url=https://hooks.example.com/store secret=env:HQ_HOOK_SECRET events=*",\n'
        '  "n8n url=https://n8n.example.com/webhook/abc secret=keyring:n8n",\n]\n',
        encoding="utf-8",
    )
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    keyring.set_password("storeapp-webhooks", "n8n", KEYRING_SECRET)
    keyring.set_password("storeapp", "device", DEVICE_KEY)

    journal = JournalStore.open(data)
    outbox = Outbox(journal)
    parked = outbox.enqueue(
        "return.create", {"customer": CUSTOMER, "phone": PHONE, "email": EMAIL}, "sale:9", ANN
    )
    outbox.park(parked.uuid, f"Odoo refused: write to {EMAIL}", f"Call {CUSTOMER} on {PHONE}")
    with journal.write() as s:
        record = {"customer_name": CUSTOMER, "phone": PHONE, "total": "12.00"}
        now = datetime.now(UTC).isoformat()
        s.add(
            WorkSession(
                uuid=str(uuid.uuid4()),
                kind="return",
                subject="sale:S1",
                state="confirmed",
                data=json.dumps(record),
                created_at=now,
                updated_at=now,
            )
        )
        audit.append(s, ANN, "return.confirmed", "return:x", {"customer": CUSTOMER})
        s.add(
            WebhookDelivery(
                event_uuid=str(uuid.uuid4()),
                event_type="pickup.ready",
                endpoint="hq",
                body=json.dumps({"note": CUSTOMER}),
                state="pending",
                attempts=2,
                last_error=f"hq answered HTTP 500 {WEBHOOK_SECRET}",
                created_at=now,
            )
        )
    journal.close()
    cache = CacheStore.open(data)
    with cache.write() as s:
        s.add(Partner(id=7, name=CUSTOMER, phone_last4="5432"))
    cache.close()
    logs = data / "logs"
    logs.mkdir()
    (logs / "storeapp.log").write_text(
        f"INFO signature secret={WEBHOOK_SECRET}\nINFO customer {EMAIL} {PHONE}\nINFO started\n",
        encoding="utf-8",
    )
    env = {
        "STOREAPP_DATA_DIR": str(data),
        "STOREAPP_CONFIG": str(machine),
        "HQ_HOOK_SECRET": WEBHOOK_SECRET,
    }
    yield data, env
    keyring.set_keyring(previous)


def test_bundle_has_what_support_needs_and_no_secret_or_contact(pc, tmp_path: Path):
    data, env = pc
    target = tmp_path / "bundle.zip"
    names = write_bundle(target, data, env)
    with zipfile.ZipFile(target) as bundle:
        members = {n: bundle.read(n).decode("utf-8") for n in bundle.namelist()}
    assert set(names) == set(members)
    for required in ("doctor.txt", "versions.json", "outbox.json", "database.json"):
        assert required in members
    assert "logs/storeapp.log" in members and "INFO started" in members["logs/storeapp.log"]

    # Configuration, without secrets: the endpoints say where the secret is, never what.
    doctor = members["doctor.txt"]
    assert "webhooks.endpoints" in doctor and "secret=env:HQ_HOOK_SECRET" in doctor
    assert "store.warehouse_code" in doctor

    # Database statistics: sizes and rows per table, the webhook queue by state.
    stats = json.loads(members["database.json"])
    assert stats["journal.sqlite"]["rows"]["op"] == 1
    assert stats["journal.sqlite"]["webhooks"] == {"pending": 1}
    assert stats["cache.sqlite"]["rows"]["partner"] == 1
    assert stats["journal.sqlite"]["bytes"] > 0

    # Recent parked ops, with what to do about them (redacted).
    shape = json.loads(members["outbox.json"])
    parked = [op for op in shape["unfinished"] if op["state"] == "parked"]
    assert parked and parked[0]["kind"] == "return.create" and parked[0]["park_action"]

    everything = "\n".join(members.values())
    for canary in CANARIES:
        assert canary not in everything, canary
