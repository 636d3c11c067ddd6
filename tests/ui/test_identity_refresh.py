"""Odoo badges mode: badges and PINs read from Odoo become verifiers; changes in Odoo follow;
nothing in plaintext reaches the journal. Plus the demo reset."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from odoosim import OdooSim
from storeapp import demo
from storeapp.core import identity
from storeapp.core.identity import RoleRules
from storeapp.offline.cache_models import Employee
from storeapp.offline.credentials_repo import CredentialsRepo
from storeapp.sync.gateway import GatewaySettings, OdooGateway
from storeapp.ui.identity_refresh import OdooBadgeRefresh

SECRET = b"d" * 32


@pytest.fixture
def sim():
    server = OdooSim(seed="demo", test_mode=True)
    server.start(port=0)
    yield server
    server.stop()


@pytest.fixture
def gateway(sim):
    gw = OdooGateway(
        GatewaySettings(sim.url, sim.db_name, sim.device.login), secret=sim.device.api_key
    )
    yield gw
    gw.close()


def test_badges_and_pins_become_verifiers_and_follow_odoo(sim, gateway, stores):
    cache, journal = stores
    lyon = [e for e in sim.facts.employees if e["store"] == "LYO"]
    with cache.write() as s:
        s.execute(
            insert(Employee), [{"id": e["id"], "name": e["name"], "active": True} for e in lyon]
        )
    repo = CredentialsRepo(journal)
    refresh = OdooBadgeRefresh(
        gateway,
        cache,
        repo,
        lambda create=False: SECRET,
        RoleRules(manager_tags=("Store Manager",)),
    )
    assert refresh.refresh().added == len(lyon)
    manager = next(e for e in lyon if e["is_manager"])
    cred = repo.by_badge_hash(identity.badge_hash(manager["badge"], SECRET))
    assert cred.name == manager["name"] and cred.role == "manager"
    assert identity.verify_pin(manager["pin"], cred.pin_verifier)
    raw = journal.path.read_bytes()
    assert manager["pin"].encode() not in raw and manager["badge"].encode() not in raw

    # Odoo changes one PIN; the next refresh takes it, and re-derives only that employee.
    other = next(e for e in lyon if not e["is_manager"])
    sim.execute("hr.employee", "write", [other["id"]], {"pin": "8642"})
    changed = refresh.refresh()
    assert changed.updated == 1 and changed.added == 0
    assert identity.verify_pin("8642", repo.get(other["id"]).pin_verifier)
    assert not identity.verify_pin(other["pin"], repo.get(other["id"]).pin_verifier)

    # An employee who left the store loses their Odoo credential at the next refresh.
    with cache.write() as s:
        s.get(Employee, other["id"]).active = False
    assert refresh.refresh().removed == 1
    assert repo.get(other["id"]) is None


def test_demo_reset_forgets_data_but_keeps_logs(tmp_path):
    for name in ("journal.sqlite", "journal.sqlite-wal", "cache.sqlite", "odoosim-state"):
        (tmp_path / name).write_text("x")
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "journal-1.sqlite").write_text("x")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "storeapp.log").write_text("kept")
    demo.reset(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logs"]
    assert (tmp_path / "logs" / "storeapp.log").read_text() == "kept"
