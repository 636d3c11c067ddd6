"""Sign-in logic without widgets: find the employee, check the PIN, apply the lockout policy.

PIN checks run on the `db` executor: scrypt costs tens of milliseconds by design and the
lockout counter is a journal write. Everything is local, so sign-in works with Odoo down.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from storeapp.core import identity
from storeapp.core.identity import LockoutPolicy, LockoutState
from storeapp.offline.clock import utcnow
from storeapp.offline.credentials_repo import Credential, CredentialsRepo
from storeapp.ui.executors import Executors
from storeapp.ui.session import SignedInEmployee


def tr(text: str) -> str:
    return QCoreApplication.translate("SignIn", text)


@dataclass(frozen=True)
class PinResult:
    """The answer to one PIN attempt. `employee` is set only when signed in."""

    ok: bool
    message: str
    employee: SignedInEmployee | None = None
    attempts_left: int | None = None
    locked_seconds: int = 0


def lock_message(seconds: int) -> str:
    minutes = (seconds + 59) // 60
    if seconds < 90:
        return tr("Too many wrong PINs. Try again in {n} seconds, or ask a manager.").format(
            n=seconds
        )
    return tr("Too many wrong PINs. Try again in {n} minutes, or ask a manager.").format(n=minutes)


class SignInPresenter:
    """Finds employees by badge or name and checks PINs with an escalating lockout."""

    def __init__(
        self,
        repo: CredentialsRepo,
        executors: Executors,
        policy: LockoutPolicy,
        badge_secret: Callable[[], bytes | None],
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.repo = repo
        self.executors = executors
        self.policy = policy
        self.badge_secret = badge_secret
        self.clock = clock

    async def employees(self) -> list[Credential]:
        return await self.executors.run_db(self.repo.signable)

    async def find_badge(self, code: str) -> Credential | None:
        """The employee whose badge this is, or None (unknown badge, or no device key)."""
        return await self.executors.run_db(self._find_badge, code)

    def _find_badge(self, code: str) -> Credential | None:
        secret = self.badge_secret()
        if not secret or not identity.normalise_badge(code):
            return None
        found = self.repo.by_badge_hash(identity.badge_hash(code, secret))
        return found if found and found.can_sign_in else None

    async def submit_pin(self, employee_id: int, pin: str) -> PinResult:
        return await self.executors.run_db(self.check_pin, employee_id, pin)

    def check_pin(self, employee_id: int, pin: str) -> PinResult:
        """Blocking: verify, then record the attempt. Runs on the db executor."""
        cred = self.repo.get(employee_id)
        if cred is None or not cred.can_sign_in:
            return PinResult(False, tr("This employee cannot sign in on this PC yet."))
        now = self.clock()
        state = LockoutState(cred.failed_attempts, cred.locked_until)
        if state.locked_at(now):
            # Do not even run scrypt: a locked account must not be an oracle for guesses.
            seconds = state.seconds_left(now)
            return PinResult(False, lock_message(seconds), locked_seconds=seconds)
        if identity.verify_pin(pin, cred.pin_verifier):
            if state.failed_attempts:
                self.repo.record_attempt(employee_id, 0, None)
            employee = SignedInEmployee(cred.employee_id, cred.name, cred.role)
            return PinResult(True, tr("Welcome, {name}.").format(name=cred.name), employee)
        state = self.policy.after_failure(state, now)
        self.repo.record_attempt(employee_id, state.failed_attempts, state.locked_until)
        if state.locked_at(now):
            seconds = state.seconds_left(now)
            return PinResult(False, lock_message(seconds), locked_seconds=seconds)
        left = self.policy.attempts_left(state)
        return PinResult(
            False,
            tr("Wrong PIN. 1 try left before a pause.")
            if left == 1
            else tr("Wrong PIN. {n} tries left before a pause.").format(n=left),
            attempts_left=left,
        )
