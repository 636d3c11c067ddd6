"""Builders shared by the shell tests: a Shell over real stores with a few employees."""

from __future__ import annotations

from storeapp.core import identity
from storeapp.core.identity import LockoutPolicy
from storeapp.offline.credentials_repo import CredentialsRepo, OdooCredential
from storeapp.offline.outbox import Outbox
from storeapp.sync.events import EventBus
from storeapp.ui.shell import Shell, ShellDeps

FAST = {"n": 2**4, "r": 1, "p": 1}
SECRET = b"s" * 32


class EventOnlyLink:
    """The part of the sync link the shell reads, driven by a real EventBus. For tests that
    check how the shell reacts to sync events, without a server."""

    def __init__(self) -> None:
        self.events = EventBus()
        self.state = ("offline", "not connected yet")
        self.syncs = 0

    def connectivity(self) -> tuple[str, str]:
        return self.state

    async def sync_now(self) -> object:
        self.syncs += 1
        return None


def seed_people(journal) -> CredentialsRepo:
    repo = CredentialsRepo(journal)
    repo.replace_from_odoo(
        [
            OdooCredential(
                11, "Ana Associate", "associate", None, identity.make_pin_verifier("2468", **FAST)
            ),
            OdooCredential(
                12, "Max Manager", "manager", None, identity.make_pin_verifier("1357", **FAST)
            ),
        ]
    )
    return repo


def make_shell(stores, executors, link=None, open_setup=None, languages=None) -> Shell:
    cache, journal = stores
    deps = ShellDeps(
        cache=cache,
        journal=journal,
        outbox=Outbox(journal),
        executors=executors,
        credentials=seed_people(journal),
        badge_key=lambda: SECRET,
        store_name="Test Store (TS)",
        policy=LockoutPolicy(max_attempts=3),
        auto_lock_minutes=0,
        sync=link,
        interactive_errors=False,
        open_setup=open_setup,
        languages=languages,
    )
    return Shell(deps)


def enroll_first_manager(shell, until, device_key: str, pin: str):
    """IT on the sign-in screen: Enroll the first manager, vouched for with the device key.
    Returns the enrolled candidate."""
    until(lambda: shell.sign_in.first_manager_button.isVisibleTo(shell.window), 30)
    shell.sign_in.first_manager_button.click()
    dialog = shell.enroll_dialog
    until(lambda: dialog.employee.count() > 0, 30)
    who = dialog.employee.currentData()
    dialog.pin.setText(pin)
    dialog.pin_again.setText(pin)
    dialog.device_key.setText(device_key)
    dialog.save_button.click()
    until(lambda: "can now sign in" in dialog.message.text())
    dialog.close()
    return who


def enroll_associate(shell, until, pin: str, badge: str = ""):
    """The signed-in manager enrolls the first associate of the list. Returns the candidate;
    the dialog stays open (shell.enroll_dialog)."""
    shell.window.enroll_button.click()
    dialog = shell.enroll_dialog
    until(lambda: dialog.employee.count() > 1)
    index = next(
        i for i in range(dialog.employee.count()) if dialog.employee.itemData(i).role == "associate"
    )
    dialog.employee.setCurrentIndex(index)
    who = dialog.employee.currentData()
    dialog.badge.setText(badge)
    dialog.pin.setText(pin)
    dialog.pin_again.setText(pin)
    dialog.save_button.click()
    until(lambda: "can now sign in" in dialog.message.text())
    return who
