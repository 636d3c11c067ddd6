"""The screen contract: what every feature screen is built from and what it may use.

Each feature package (`ui/click_collect`, `ui/returns`, `ui/counts`, `ui/approvals`,
`ui/dashboard`, `ui/outbox`) has a `screen.py` with one entry, `build(shell: ShellServices)`,
that makes its page from the shell's services and wires it to the shell's signals, and returns
the page widget. Settings come only from `shell.deps.config` (the configuration the app loaded
once; None in tests that need none, where the defaults apply); nothing re-reads the environment.
The shell lists the screens with their navigation entries and calls each `build` once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from storeapp.config import Config
from storeapp.core.identity import LockoutPolicy
from storeapp.offline.cache import CacheStore
from storeapp.offline.credentials_repo import CredentialsRepo
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Outbox
from storeapp.ui.executors import Executors

if TYPE_CHECKING:  # the shell's own parts, which import screens in turn
    from PySide6.QtWidgets import QWidget

    from storeapp.ui.errors import ErrorPresenter
    from storeapp.ui.scanner import ScannerFilter
    from storeapp.ui.session import Session
    from storeapp.ui.signals import AppSignals


class SyncLink(Protocol):
    """What the shell needs from the sync engine (storeapp/app.py adapts the real one)."""

    events: Any

    def connectivity(self) -> tuple[str, str]: ...
    async def sync_now(self) -> object: ...


@dataclass
class ShellDeps:
    """Open services the shell is built from."""

    cache: CacheStore
    journal: JournalStore
    outbox: Outbox
    executors: Executors
    credentials: CredentialsRepo
    badge_key: Callable[[], bytes | None]
    store_name: str
    policy: LockoutPolicy = field(default_factory=LockoutPolicy)
    auto_lock_minutes: float = 5.0
    sync: SyncLink | None = None
    demo_people: Sequence[tuple[str, str, str, str]] = ()
    interactive_errors: bool = True
    open_setup: Callable[[], Awaitable[None]] | None = None
    enroll: Any = None  # EnrollPresenter in local enrollment mode, else None
    config: Config | None = None  # the loaded configuration: every screen's settings
    languages: Any = None  # storeapp.ui.language.Languages: each person's language at sign-in


class ShellServices(Protocol):
    """What a screen's `build` may use of the shell (`storeapp.ui.shell.Shell` is one)."""

    deps: ShellDeps
    signals: AppSignals
    session: Session
    scanner: ScannerFilter
    errors: ErrorPresenter

    def online(self) -> bool:
        """Odoo answers (the one meaning every screen gives to "online")."""
        ...


# A feature package's entry: `screen.build`.
BuildScreen = Callable[[ShellServices], "QWidget"]
