"""Enrollment logic without widgets.

In local enrollment mode Odoo shares only what `hr.employee.public` holds (names, jobs), so each
employee sets a badge and a PIN on the store PC once, with a signed-in manager standing by. The
very first manager has nobody to vouch for them: IT enrolls that person by typing the device's
API key (proof of holding the device credential), which is checked against the keyring and never
stored anywhere else.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from storeapp.core import identity
from storeapp.core.identity import RoleRules
from storeapp.offline.cache_models import Employee
from storeapp.offline.credentials_repo import BadgeInUse, Credential, CredentialsRepo
from storeapp.offline.outbox import Actor
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.language import translated
from storeapp.ui.outcome import Outcome
from storeapp.ui.session import SignedInEmployee


def tr(text: str) -> str:
    return QCoreApplication.translate("Enroll", text)


@dataclass(frozen=True)
class Candidate:
    """An employee of the store who may be enrolled, with the role the rules give them."""

    employee_id: int
    name: str
    job_title: str
    role: str
    enrolled: bool


class EnrollPresenter:
    """Lists who can be enrolled and enrolls them under the rules above."""

    def __init__(
        self,
        cache,  # CacheStore
        repo: CredentialsRepo,
        executors: Executors,
        badge_key: Callable[[bool], bytes | None],
        rules: RoleRules,
        device_key: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.cache = cache
        self.repo = repo
        self.executors = executors
        self.work = Work(executors)
        self.badge_key = badge_key
        self.rules = rules
        self.device_key = device_key

    def _candidates(self) -> list[Candidate]:
        with self.cache.read() as s:
            rows = s.execute(
                select(
                    Employee.id, Employee.name, Employee.job_title, Employee.tags, Employee.user_id
                )
                .where(Employee.active)
                .order_by(Employee.name)
            ).all()
        enrolled = {c.employee_id for c in self.repo.all() if c.can_sign_in}
        out = []
        for emp_id, name, job, tags, user_id in rows:
            names = [t for t in json.loads(tags) if isinstance(t, str)] if tags else []
            role = identity.resolve_role(self.rules, tags=names, job_title=job, user_id=user_id)
            out.append(Candidate(emp_id, name, job or "", role.value, emp_id in enrolled))
        return out

    async def candidates(self) -> list[Candidate]:
        return await self.work.db(self._candidates)

    async def managers(self) -> list[Credential]:
        """Managers who sign in here (for a second manager's PIN when re-enrolling one)."""
        return await self.work.db(self.repo.managers)

    def needs_first_manager(self) -> bool:
        return not self.repo.managers()

    def check_device_key(self, typed: str) -> bool:
        stored = self.device_key()
        return bool(stored and typed) and hmac.compare_digest(stored.encode(), typed.encode())

    def _enroll(
        self,
        who: Candidate,
        badge: str,
        pin: str,
        pin_again: str,
        manager: SignedInEmployee | None,
        device_key: str,
        current_pin: str = "",
        second_manager: tuple[int, str] | None = None,
    ) -> Outcome:
        problem = identity.pin_problem_for_role(pin, who.role, self.rules.manager_pin_digits)
        if problem:
            return Outcome("error", translated(problem))
        if pin != pin_again:
            return Outcome("error", tr("The two PINs differ. Type the same PIN twice."))
        if manager is not None:
            if not manager.is_manager:
                return Outcome("error", tr("A manager must be signed in to enroll someone."))
            if manager.employee_id == who.employee_id:
                return Outcome(
                    "error", tr("Managers cannot enroll themselves. Ask another manager or IT.")
                )
            by: Actor | None = manager.actor
            refused = self.manager_reset_refused(who, manager, current_pin, second_manager)
            if refused:
                return Outcome("error", refused)
        else:
            if not self.needs_first_manager():
                return Outcome("error", tr("A manager must be signed in to enroll someone."))
            if who.role != "manager":
                return Outcome(
                    "error", tr("Enroll a manager first; that manager then enrolls the others.")
                )
            if not self.check_device_key(device_key):
                return Outcome(
                    "error",
                    tr("That is not this PC's device key. Only IT can enroll the first manager."),
                )
            by = None
        secret = self.badge_key(True) if badge.strip() else None
        if badge.strip() and secret is None:
            return Outcome(
                "error",
                tr(
                    "Badges need this PC's keyring, which is not available. Enroll with a PIN only."
                ),
            )
        badge_hash = identity.badge_hash(badge, secret) if secret else None
        try:
            self.repo.enroll(
                employee_id=who.employee_id,
                name=who.name,
                role=who.role,
                badge_hash=badge_hash,
                pin_verifier=identity.make_pin_verifier(pin, self.repo.pepper()),
                enrolled_by_id=manager.employee_id if manager else None,
                enrolled_by=by,
            )
        except BadgeInUse as exc:
            return Outcome("error", str(exc))
        return Outcome("ok", tr("{name} can now sign in on this PC.").format(name=who.name))

    async def enroll(
        self,
        who: Candidate,
        *,
        badge: str,
        pin: str,
        pin_again: str,
        manager: SignedInEmployee | None,
        device_key: str = "",
        current_pin: str = "",
        second_manager: tuple[int, str] | None = None,
    ) -> Outcome:
        return await self.work.db(
            self._enroll,
            who,
            badge,
            pin,
            pin_again,
            manager,
            device_key,
            current_pin,
            second_manager,
        )

    def manager_reset_refused(
        self,
        who: Candidate,
        manager: SignedInEmployee,
        current_pin: str,
        second_manager: tuple[int, str] | None,
    ) -> str | None:
        """Re-enrolling (or resetting) someone who already signs in here as a manager needs
        that manager's current PIN, or a second manager's PIN (not the target's, not the one
        enrolling): otherwise one manager could take over another's sign-in and approve their
        own work under the other's name. Returns why not, or None. Blocking (scrypt)."""
        existing = self.repo.get(who.employee_id)
        if existing is None or existing.role != "manager" or not existing.pin_verifier:
            return None
        pepper = self.repo.pepper()
        if current_pin and identity.verify_pin(current_pin, existing.pin_verifier, pepper):
            return None
        if second_manager is not None:
            second_id, second_pin = second_manager
            second = self.repo.get(second_id)
            if (
                second is not None
                and second.can_sign_in
                and second.role == "manager"
                and second_id not in (who.employee_id, manager.employee_id)
                and identity.verify_pin(second_pin, second.pin_verifier, pepper)
            ):
                return None
        return tr(
            "{name} is a manager: enrolling them again needs their current PIN, or a second "
            "manager's PIN."
        ).format(name=who.name)
