"""Sign-in logic without widgets: find the employee, check the PIN, apply the lockout policy.

PIN checks run on the `db` executor: scrypt costs tens of milliseconds by design and the
lockout counter is a journal write. Everything is local, so sign-in works with Odoo down.

Locks are timed on the monotonic clock, which does not move when someone changes the PC's time:
the wall-clock `locked_until` in the journal only carries a lock over a restart (a lock found
there resumes on the monotonic clock for the time it had left, never more than the longest
lock).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from storeapp.core import identity
from storeapp.core.identity import LockoutPolicy, LockoutState
from storeapp.core.pin_keys import pin_problem
from storeapp.offline import employee_admin
from storeapp.offline.clock import utcnow
from storeapp.offline.credentials_repo import SOURCE_LOCAL, Credential, CredentialsRepo
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.language import translated
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


def needs_new_pin(cred: Credential) -> bool:
    """A manager reset this person's PIN: they choose a new one at this sign-in."""
    return cred.source == SOURCE_LOCAL and not cred.pin_verifier and not cred.tampered


class SignInPresenter:
    """Finds employees by badge or name and checks PINs with an escalating lockout."""

    def __init__(
        self,
        repo: CredentialsRepo,
        executors: Executors,
        policy: LockoutPolicy,
        badge_secret: Callable[[], bytes | None],
        clock: Callable[[], datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.repo = repo
        self.executors = executors
        self.work = Work(executors)
        self.policy = policy
        self.badge_secret = badge_secret
        self.clock = clock
        self.monotonic = monotonic
        # employee id -> monotonic moment the current lock ends (this run of the app).
        self._lock_ends: dict[int, float] = {}
        # A person whose PIN a manager reset types their new PIN twice: the first one waits
        # here (in memory only, never stored) until it is typed again.
        self._new_pin: tuple[int, str] | None = None

    async def employees(self) -> list[Credential]:
        return await self.work.db(self._employees)

    def _employees(self) -> list[Credential]:
        """Who may sign in, and whoever must choose a new PIN after a reset."""
        return [c for c in self.repo.all() if c.can_sign_in or needs_new_pin(c)]

    async def find_badge(self, code: str) -> Credential | None:
        """The employee whose badge this is, or None (unknown badge, or no device key)."""
        return await self.work.db(self._find_badge, code)

    def _find_badge(self, code: str) -> Credential | None:
        secret = self.badge_secret()
        if not secret or not identity.normalise_badge(code):
            return None
        found = self.repo.by_badge_hash(identity.badge_hash(code, secret))
        return found if found and found.can_sign_in else None

    async def submit_pin(self, employee_id: int, pin: str) -> PinResult:
        # A typo that is not a digit is no guess at the PIN: it costs no attempt.
        if problem := pin_problem(pin):
            return PinResult(False, translated(problem))
        return await self.work.db(self.check_pin, employee_id, pin)

    def _locked_seconds(self, employee_id: int, state: LockoutState, now: datetime) -> int:
        """Seconds left of a lock, on the monotonic clock; a lock recorded by an earlier run
        resumes for what it had left by the wall clock (capped at the longest lock)."""
        moment = self.monotonic()
        ends = self._lock_ends.get(employee_id)
        if ends is None and state.locked_at(now):
            left = min(state.seconds_left(now), self.policy.longest_lock_minutes * 60)
            ends = self._lock_ends[employee_id] = moment + left
        if ends is None or moment >= ends:
            return 0
        return max(1, math.ceil(ends - moment))

    def check_pin(self, employee_id: int, pin: str) -> PinResult:
        """Blocking: verify, then record the attempt. Runs on the db executor."""
        cred = self.repo.get(employee_id)
        if cred is not None and cred.tampered:
            return PinResult(
                False,
                tr(
                    "This employee's sign-in record was changed outside storeapp, so it is not "
                    "used. A manager must enroll them again; tell IT."
                ),
            )
        if cred is not None and needs_new_pin(cred):
            return self._choose_new_pin(cred, pin)
        if cred is None or not cred.can_sign_in:
            return PinResult(False, tr("This employee cannot sign in on this PC yet."))
        now = self.clock()
        state = LockoutState(cred.failed_attempts, cred.locked_until)
        seconds = self._locked_seconds(employee_id, state, now)
        if seconds:
            # Do not even run scrypt: a locked account must not be an oracle for guesses.
            return PinResult(False, lock_message(seconds), locked_seconds=seconds)
        pepper = self.repo.pepper()
        if identity.verify_pin(pin, cred.pin_verifier, pepper):
            self._lock_ends.pop(employee_id, None)
            if state.failed_attempts:
                self.repo.record_attempt(employee_id, 0, None)
            if pepper is not None and not identity.is_peppered(cred.pin_verifier):
                self.repo.repepper(employee_id, identity.make_pin_verifier(pin, pepper))
            employee = SignedInEmployee(cred.employee_id, cred.name, cred.role)
            return PinResult(True, tr("Welcome, {name}.").format(name=cred.name), employee)
        state = self.policy.after_failure(state, now)
        self.repo.record_attempt(employee_id, state.failed_attempts, state.locked_until)
        minutes = self.policy.lock_minutes(state.failed_attempts)
        if minutes:
            self._lock_ends[employee_id] = self.monotonic() + minutes * 60
            seconds = minutes * 60
            return PinResult(False, lock_message(seconds), locked_seconds=seconds)
        left = self.policy.attempts_left(state)
        return PinResult(
            False,
            tr("Wrong PIN. 1 try left before a pause.")
            if left == 1
            else tr("Wrong PIN. {n} tries left before a pause.").format(n=left),
            attempts_left=left,
        )

    def _choose_new_pin(self, cred: Credential, pin: str) -> PinResult:
        """First the new PIN, then the same again; then it is saved and the person is in."""
        pending, self._new_pin = self._new_pin, None
        if pending is None or pending[0] != cred.employee_id:
            problem = identity.pin_problem_for_role(pin, cred.role)
            if problem:
                return PinResult(False, translated(problem))
            self._new_pin = (cred.employee_id, pin)
            return PinResult(
                False,
                tr("{name}, your PIN was reset. Type your new PIN again to confirm it.").format(
                    name=cred.name
                ),
            )
        if pending[1] != pin:
            return PinResult(
                False, tr("The two PINs differ. Type your new PIN, then the same again.")
            )
        verifier = identity.make_pin_verifier(pin, self.repo.pepper())
        if not employee_admin.set_new_pin(self.repo, cred.employee_id, verifier):
            return PinResult(False, tr("This employee cannot sign in on this PC yet."))
        employee = SignedInEmployee(cred.employee_id, cred.name, cred.role)
        return PinResult(
            True, tr("Your new PIN is set. Welcome, {name}.").format(name=cred.name), employee
        )
