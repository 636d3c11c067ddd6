"""Managing the people enrolled on this PC: list them, deactivate someone, reset a PIN.

What a manager (or IT, read-only) may see and do with the sign-in records of `employee_credential`
beyond enrollment itself. Never a PIN or a badge: the list says only whether each exists.

- **Deactivate** removes a person's local sign-in from this PC (they left, or changed store).
- **Reset a PIN** removes the PIN verifier and keeps the row: at their next sign-in the person
  chooses a new PIN (typed twice) — a local row without a verifier means exactly that.
- **Two-person rule**: acting on a manager needs a second person to confirm with their own PIN:
  another manager than the one acting, or the manager acted on (their current PIN: they agree).
  A store with two managers can therefore still deactivate one who agrees, and a forgotten
  manager PIN needs a third manager or IT re-enrolling. Nobody acts on themselves.
- Badges and PINs that come from Odoo (Odoo badges mode) are changed in Odoo; the next refresh
  would undo a change made here, so it is refused with that advice.
- Rows stay sealed (credentials_repo.py): a change made here is sealed again with the PIN pepper,
  and a row changed outside storeapp is never resealed — it can only be deactivated, or the
  person enrolled again.

Every change is written with its audit entry in the same transaction.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from storeapp.core import identity
from storeapp.core.secret import Secret
from storeapp.offline import audit
from storeapp.offline.clock import to_iso, utcnow
from storeapp.offline.credentials_repo import (
    SOURCE_LOCAL,
    Credential,
    CredentialsRepo,
    row_mac,
)
from storeapp.offline.journal_models import EmployeeCredential
from storeapp.offline.outbox import Actor


@dataclass(frozen=True)
class EnrolledPerson:
    """One person as the management list shows them (no secrets, not even hashes)."""

    employee_id: int
    name: str
    role: str
    source: str  # odoo | local
    has_badge: bool
    status: str  # "can sign in" | "sets a new PIN at next sign-in" | "no PIN" | "locked" | ...
    enrolled_by: str
    updated_at: datetime | None


class AdminRefused(Exception):
    """The change is not allowed; the message says why and what to do instead."""


def _status(c: Credential, now: datetime) -> str:
    if c.tampered:
        return "changed outside storeapp: enroll again"
    if not c.pin_verifier:
        return "sets a new PIN at next sign-in" if c.source == SOURCE_LOCAL else "no PIN"
    return "locked" if c.locked_until and c.locked_until > now else "can sign in"


def list_people(repo: CredentialsRepo) -> list[EnrolledPerson]:
    """Everyone with a sign-in record on this PC, by name."""
    now = utcnow()
    people = repo.all()
    names = {c.employee_id: c.name for c in people}

    def enrolled_by(c: Credential) -> str:
        if c.source != SOURCE_LOCAL:
            return "Odoo"
        return (
            names.get(c.enrolled_by_id, "IT (device key)")
            if c.enrolled_by_id
            else ("IT (device key)")
        )

    return [
        EnrolledPerson(
            employee_id=c.employee_id,
            name=c.name,
            role=c.role,
            source=c.source,
            has_badge=bool(c.badge_hash),
            status=_status(c, now),
            enrolled_by=enrolled_by(c),
            updated_at=c.updated_at,
        )
        for c in people
    ]


@dataclass(frozen=True)
class SecondManager:
    """The second manager of the two-person rule, with the PIN they typed."""

    employee_id: int
    pin: str


def _intact(row: EmployeeCredential, pepper: Secret | None) -> bool:
    if pepper is None:
        return True  # no keyring: rows are not sealed on this PC
    return row.row_mac is not None and hmac.compare_digest(row.row_mac, row_mac(pepper, row))


def _seal(row: EmployeeCredential, pepper: Secret | None) -> None:
    row.row_mac = row_mac(pepper, row) if pepper is not None else None


def _check_allowed(
    s: Session,
    target: EmployeeCredential | None,
    by: Actor,
    by_role: str,
    second: SecondManager | None,
    what: str,
    pepper: Secret | None,
) -> Actor | None:
    """Apply the rules above; returns the confirming second manager (as an Actor) if needed."""
    if by_role != "manager":
        raise AdminRefused(f"Only a manager can {what}.")
    if target is None:
        raise AdminRefused("This person is not enrolled on this PC (any more).")
    if target.employee_id == by.id:
        raise AdminRefused(f"Nobody can {what} for themselves. Ask another manager.")
    if target.source != SOURCE_LOCAL:
        raise AdminRefused(
            f"{target.name}'s badge and PIN come from Odoo. Change them there (Employees → "
            "HR Settings), or archive the employee; this PC follows at the next sync."
        )
    if target.role != "manager":
        return None
    if second is None:
        raise AdminRefused(
            f"{target.name} is a manager: a second manager must confirm with their PIN."
        )
    confirm = s.get(EmployeeCredential, second.employee_id)
    if confirm is None or confirm.role != "manager" or confirm.employee_id == by.id:
        raise AdminRefused(
            f"The confirmation must come from another manager than you, or from {target.name} "
            "with their current PIN."
        )
    if not _intact(confirm, pepper) or not identity.verify_pin(
        second.pin, confirm.pin_verifier, pepper
    ):
        raise AdminRefused(f"That is not {confirm.name}'s PIN. Nothing was changed.")
    return Actor(confirm.employee_id, confirm.name)


def _delete(s: Session, row: EmployeeCredential, _pepper: Secret | None) -> None:
    s.delete(row)


def _forget_pin(s: Session, row: EmployeeCredential, pepper: Secret | None) -> None:
    if not _intact(row, pepper):
        raise AdminRefused(
            f"{row.name}'s sign-in record was changed outside storeapp: deactivate it and "
            "enroll them again."
        )
    row.pin_verifier = None
    row.failed_attempts = 0
    row.locked_until = None
    row.updated_at = to_iso(utcnow())
    _seal(row, pepper)


# What each change is called in refusals, does to the row, records and says.
_CHANGES = {
    "deactivate": (
        "deactivate a sign-in",
        _delete,
        "employee.deactivated",
        "{name} can no longer sign in on this PC.",
    ),
    "reset_pin": (
        "reset a PIN",
        _forget_pin,
        "employee.pin_reset",
        "{name}'s PIN was reset: they choose a new one at their next sign-in.",
    ),
}


def _change(
    kind: str,
    repo: CredentialsRepo,
    employee_id: int,
    by: Actor,
    by_role: str,
    second: SecondManager | None,
) -> str:
    what, apply, action, said = _CHANGES[kind]
    pepper = repo.pepper()  # found before the write: making it writes too
    with repo.journal.write() as s:
        row = s.get(EmployeeCredential, employee_id)
        confirmed = _check_allowed(s, row, by, by_role, second, what, pepper)
        assert row is not None
        name, role = row.name, row.role
        apply(s, row, pepper)
        s.flush()
        details = {"role": role, "confirmed_by": confirmed.name if confirmed else None}
        audit.append(s, by, action, f"employee:{employee_id}", details)
    return said.format(name=name)


def deactivate(
    repo: CredentialsRepo,
    employee_id: int,
    *,
    by: Actor,
    by_role: str,
    second: SecondManager | None = None,
) -> str:
    """Remove a person's sign-in from this PC. Returns the sentence to show."""
    return _change("deactivate", repo, employee_id, by, by_role, second)


def reset_pin(
    repo: CredentialsRepo,
    employee_id: int,
    *,
    by: Actor,
    by_role: str,
    second: SecondManager | None = None,
) -> str:
    """Forget a person's PIN: they choose a new one at their next sign-in."""
    return _change("reset_pin", repo, employee_id, by, by_role, second)


def set_new_pin(repo: CredentialsRepo, employee_id: int, pin_verifier: str) -> bool:
    """The person whose PIN was reset chose a new one. False when no reset is pending (the
    PIN is never overwritten this way) or the row was changed outside storeapp."""
    pepper = repo.pepper()
    with repo.journal.write() as s:
        row = s.get(EmployeeCredential, employee_id)
        if row is None or row.source != SOURCE_LOCAL or row.pin_verifier:
            return False
        if not _intact(row, pepper):
            return False
        row.pin_verifier = pin_verifier
        row.updated_at = to_iso(utcnow())
        _seal(row, pepper)
        s.flush()
        audit.append(
            s, Actor(row.employee_id, row.name), "employee.pin_set", f"employee:{employee_id}"
        )
    return True
