"""What device setup chose for this PC (server, database, login, store, identity mode).

Kept in the journal's `journal_meta` beside the device id: these facts belong to the PC and its
journal, not to a user's UI preferences, and a restore of the journal brings them along. The
secret (API key) is never here — it lives only in the OS keyring. Values IT fixed in the machine
file win over these; the setup dialog shows them read-only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select

from storeapp.offline.journal_models import JournalMeta
from storeapp.offline.store import Readable, Writable

PREFIX = "setup."


@dataclass(frozen=True)
class DeviceSetup:
    """Where this PC reaches Odoo, which store it serves, how employees sign in."""

    url: str = ""
    database: str = ""
    login: str = ""
    warehouse_id: int = 0
    warehouse_code: str = ""
    warehouse_name: str = ""
    identity_mode: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.url and self.database and self.login and self.warehouse_code)


def load(journal: Readable) -> DeviceSetup:
    with journal.read() as s:
        rows = dict(
            s.execute(
                select(JournalMeta.key, JournalMeta.value).where(JournalMeta.key.like(f"{PREFIX}%"))
            ).all()
        )
    values: dict[str, Any] = {}
    for f in fields(DeviceSetup):
        raw = rows.get(PREFIX + f.name)
        if raw is None:
            continue
        values[f.name] = int(raw) if f.type in (int, "int") else raw
    return DeviceSetup(**values)


def save(journal: Writable, setup: DeviceSetup) -> None:
    with journal.write() as s:
        for key, value in asdict(setup).items():
            row = s.get(JournalMeta, PREFIX + key)
            if row is None:
                s.add(JournalMeta(key=PREFIX + key, value=str(value)))
            else:
                row.value = str(value)
