"""Demo mode: the built-in demo store, served by the Odoo emulator inside this process.

`storeapp --demo` starts odoosim on 127.0.0.1 with the `demo` seed, keeps its database in
`<data>/demo/odoosim-state` (so the demo remembers what was done; `--demo-reset` starts over),
and configures the device exactly as IT would: URL, database and device login in the device
setup, the API key in the keyring. When this computer has no keyring, demo mode installs an
in-memory one for this process and says so in the log — the demo's key is recreated at each
start, so nothing is lost, and a real store never gets this fallback.

This is the only module of storeapp that imports odoosim.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring

from storeapp.core.text import translatable
from storeapp.ui.memory_keyring import MemoryKeyring, keyring_usable

log = logging.getLogger(__name__)

DEMO_FOLDER = "demo"
STATE_FILE = "odoosim-state"

ROLE_NAMES = translatable({"manager": "Manager", "associate": "Associate"})


@dataclass(frozen=True)
class DemoPerson:
    """One demo employee as the sign-in screen lists them (the demo shows PINs on purpose)."""

    name: str
    role: str  # "manager" | "associate"
    badge: str
    pin: str


@dataclass
class DemoStore:
    """A running demo server and what the app needs to know about it."""

    url: str
    database: str
    login: str
    api_key: str
    warehouse_id: int
    warehouse_code: str
    warehouse_name: str
    people: list[DemoPerson] = field(default_factory=list)
    sim: Any = None

    def people_rows(self) -> list[tuple[str, str, str, str]]:
        return [(p.name, ROLE_NAMES.get(p.role, p.role), p.badge, p.pin) for p in self.people]

    def stop(self) -> None:
        if self.sim is not None:
            self.sim.stop()
            self.sim = None


def demo_data_dir(data_dir: Path) -> Path:
    """The demo keeps its own journal and cache, apart from any real store on this PC."""
    return Path(data_dir) / DEMO_FOLDER


DEMO_KEYRING_FILE = "demo-keyring.json"


def ensure_keyring(folder: Path | None = None) -> str:
    """Make sure a keyring backend can hold the demo's keys; returns which one is used."""
    if keyring_usable():
        return type(keyring.get_keyring()).__name__
    keyring.set_keyring(MemoryKeyring(folder / DEMO_KEYRING_FILE if folder else None))
    log.warning(
        "no system keyring on this computer: demo mode keeps its keys in %s, in plain text "
        "(a real store needs a system keyring; see the setup dialog)",
        DEMO_KEYRING_FILE if folder else "memory, for this session only",
    )
    return "MemoryKeyring"


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def reset(folder: Path) -> list[Path]:
    """Forget the demo: its server state, journal, cache and their backups. Logs are kept
    (they may be open, and they help explain what happened before the reset)."""
    removed = []
    patterns = (f"{STATE_FILE}*", "journal.sqlite*", "cache.sqlite*", "cache-*.sqlite*",
                DEMO_KEYRING_FILE)  # fmt: skip
    for pattern in patterns:
        for path in folder.glob(pattern):
            path.unlink()
            removed.append(path)
    backups = folder / "backups"
    if backups.is_dir():
        shutil.rmtree(backups)
        removed.append(backups)
    log.info("demo reset: removed %d files from %s", len(removed), folder)
    return removed


def start(folder: Path, *, port: int = 0, version: str = "17.0") -> DemoStore:
    """Start the emulator with the demo seed, its state kept in `folder` (the demo's data
    folder), playing Odoo `version` (17.0, 18.0 or 19.0: `storeapp --demo --odoo-version`);
    returns connection facts and the demo people."""
    from odoosim import OdooSim

    folder.mkdir(parents=True, exist_ok=True)
    # The demo device gets the rights docs/it-guide.md recommends for an Odoo 17 store that
    # counts stock: Inventory / Administrator, without which Odoo 17 refuses to apply counts.
    sim = OdooSim(
        seed="demo",
        state_file=folder / STATE_FILE,
        device_stock_manager=True,
        version=version,
    )
    sim.start(port=port)
    device = sim.device
    facts = sim.facts
    stores = list(_get(facts, "stores", []) or [])
    first = stores[0] if stores else {}
    people = []
    for e in _get(facts, "employees", []) or []:
        if _get(e, "pin") is None:
            continue
        store_code = _get(e, "store") or _get(e, "warehouse_code")
        if store_code and _get(first, "code") and store_code != _get(first, "code"):
            continue
        people.append(
            DemoPerson(
                name=_get(e, "name"),
                role="manager" if _get(e, "is_manager") else "associate",
                badge=str(_get(e, "badge") or ""),
                pin=str(_get(e, "pin")),
            )
        )
    people.sort(key=lambda p: (p.role != "manager", p.name))
    store = DemoStore(
        url=sim.url,
        database=sim.db_name,
        login=_get(device, "login"),
        api_key=_get(device, "api_key"),
        warehouse_id=int(_get(first, "warehouse_id", 0) or _get(first, "id", 0) or 0),
        warehouse_code=_get(first, "code", ""),
        warehouse_name=_get(first, "name", ""),
        people=people,
        sim=sim,
    )
    log.info("demo Odoo running at %s (database %s)", store.url, store.database)
    return store
