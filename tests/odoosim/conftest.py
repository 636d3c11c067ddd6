"""Fixtures: a running emulator and real odoorpc clients logged in over HTTP."""

from __future__ import annotations

import odoorpc
import pytest

from odoosim import OdooSim


def connect(sim: OdooSim, login: str, password: str) -> odoorpc.ODOO:
    client = odoorpc.ODOO("127.0.0.1", port=sim.port, timeout=10)
    client.login(sim.db_name, login, password)
    return client


@pytest.fixture(scope="module")
def shared_sim():
    """One emulator per module for tests that only read."""
    sim = OdooSim(seed="demo", test_mode=True).start()
    yield sim
    sim.stop()


@pytest.fixture
def sim():
    """A fresh emulator for tests that change data (seeding takes well under a second)."""
    sim = OdooSim(seed="demo", test_mode=True).start()
    yield sim
    sim.stop()


@pytest.fixture
def device(sim) -> odoorpc.ODOO:
    return connect(sim, sim.device.login, sim.device.api_key)


@pytest.fixture
def manager(sim) -> odoorpc.ODOO:
    user = sim.facts.users["stockmanager"]
    return connect(sim, user["login"], user["password"])
