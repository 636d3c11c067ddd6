"""Device setup logic without widgets: list databases, test the connection, save.

Save order matters: the API key goes to the keyring first. If that fails (no keyring on this
PC) nothing else is saved, so the app never believes it is set up without a usable credential.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from storeapp.core.secret import SecretText
from storeapp.offline import device_setup
from storeapp.offline.device_setup import DeviceSetup
from storeapp.sync.credentials import NO_KEYRING_MESSAGE, CredentialStore
from storeapp.sync.errors import CredentialsMissing
from storeapp.sync.gateway import GatewaySettings
from storeapp.ui.background import Work
from storeapp.ui.device_keys import BadgeKey
from storeapp.ui.executors import Executors
from storeapp.ui.memory_keyring import keyring_usable
from storeapp.ui.setup import probe
from storeapp.ui.setup.probe import ProbeReport


@dataclass(frozen=True)
class SetupSaved:
    """What Save changed: the new setup, and whether the server or store changed (then the
    cache must be rebuilt for the new store)."""

    setup: DeviceSetup
    store_changed: bool


class SetupPresenter:
    """Runs the setup dialog's work off the Qt thread and saves it in a safe order."""

    def __init__(
        self,
        executors: Executors,
        credentials: CredentialStore,
        journal,  # JournalStore
        badge_key: BadgeKey,
        carrier_names: Sequence[str] = (),
        connection: GatewaySettings | None = None,
    ) -> None:
        self.executors = executors
        self.work = Work(executors)
        # The configured connection options (odoo.ca_bundle, odoo.timeout_seconds): Test
        # connection must reach Odoo the way the app will.
        self.connection = connection
        # store.click_collect_carriers: Test connection shows what they match.
        self.carrier_names = tuple(carrier_names)
        self.credentials = credentials
        self.journal = journal
        self.badge_key = badge_key

    def keyring_problem(self) -> str | None:
        return None if keyring_usable() else NO_KEYRING_MESSAGE

    async def current(self) -> DeviceSetup:
        return await self.work.db(device_setup.load, self.journal)

    async def databases(self, url: str) -> list[str] | None:
        return await self.work.erp(probe.list_databases, url, self.connection)

    async def test(self, url: str, database: str, login: str, secret: str) -> ProbeReport:
        # The probe makes its own gateway (its own erp thread); wait on a plain thread. The key
        # goes as a SecretText: asyncio and qasync log the call's repr at DEBUG.
        return await asyncio.to_thread(
            probe.probe,
            url,
            database,
            login,
            SecretText(secret),
            self.carrier_names,
            self.connection,
        )

    async def save(self, setup: DeviceSetup, secret: str) -> SetupSaved:
        problem = self.keyring_problem()
        if problem:
            raise CredentialsMissing(problem)
        await self.work.erp(
            self.credentials.set, setup.url, setup.database, setup.login, SecretText(secret)
        )
        before = await self.current()
        await self.work.db(device_setup.save, self.journal, setup)
        await self.work.erp(self.badge_key.get, True)
        changed = (before.url, before.database, before.warehouse_code) != (
            setup.url,
            setup.database,
            setup.warehouse_code,
        )
        return SetupSaved(setup, changed and before.complete)
