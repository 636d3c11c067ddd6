"""Sign-in credentials of employees on this PC, kept in the journal.

Only verifiers live here: a salted scrypt verifier of each PIN and a keyed hash of each badge
(storeapp/core/identity.py makes both). The rows come from two places — Odoo, when the device
user may read badges and PINs (Odoo badges mode), or enrollment on this PC with a manager present
(local enrollment) — and `source` says which, so a pull from Odoo never erases a local enrollment.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from storeapp.offline import audit
from storeapp.offline.clock import from_iso, to_iso, utcnow
from storeapp.offline.journal_models import EmployeeCredential

log = logging.getLogger(__name__)

SOURCE_ODOO = "odoo"
SOURCE_LOCAL = "local"


@dataclass(frozen=True)
class Credential:
    """One employee's sign-in record as the sign-in screen needs it."""

    employee_id: int
    name: str
    source: str
    role: str
    badge_hash: str | None
    pin_verifier: str | None
    failed_attempts: int
    locked_until: datetime | None
    enrolled_by_id: int | None = None
    updated_at: datetime | None = None

    @property
    def can_sign_in(self) -> bool:
        return bool(self.pin_verifier)


@dataclass(frozen=True)
class OdooCredential:
    """What the identity refresh made from one hr.employee record (no plaintext)."""

    employee_id: int
    name: str
    role: str
    badge_hash: str | None
    pin_verifier: str | None


@dataclass(frozen=True)
class CredentialsChanged:
    """What a refresh changed: returned so the caller can tell the screens."""

    added: int = 0
    updated: int = 0
    removed: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def _to_credential(row: EmployeeCredential) -> Credential:
    return Credential(
        employee_id=row.employee_id,
        name=row.name,
        source=row.source,
        role=row.role,
        badge_hash=row.badge_hash,
        pin_verifier=row.pin_verifier,
        failed_attempts=row.failed_attempts or 0,
        locked_until=from_iso(row.locked_until),
        enrolled_by_id=row.enrolled_by_id,
        updated_at=from_iso(row.updated_at),
    )


class CredentialsRepo:
    """Reads and writes `employee_credential` through a journal store (`read()`/`write()`
    sessions; writes are BEGIN IMMEDIATE transactions that raise NotSaved on failure)."""

    def __init__(self, journal) -> None:  # noqa: ANN001 - any store with read()/write()
        self.journal = journal

    # ------------------------------------------------------------------ reads

    def all(self) -> list[Credential]:
        with self.journal.read() as s:
            rows = s.scalars(select(EmployeeCredential).order_by(EmployeeCredential.name))
            return [_to_credential(r) for r in rows]

    def signable(self) -> list[Credential]:
        """Employees who can sign in here (they have a PIN verifier), by name."""
        return [c for c in self.all() if c.can_sign_in]

    def get(self, employee_id: int) -> Credential | None:
        with self.journal.read() as s:
            row = s.get(EmployeeCredential, employee_id)
            return _to_credential(row) if row else None

    def by_badge_hash(self, badge_hash: str) -> Credential | None:
        with self.journal.read() as s:
            row = s.scalars(
                select(EmployeeCredential).where(EmployeeCredential.badge_hash == badge_hash)
            ).first()
            return _to_credential(row) if row else None

    def count(self) -> int:
        with self.journal.read() as s:
            return int(s.scalar(select(func.count()).select_from(EmployeeCredential)) or 0)

    def managers(self) -> list[Credential]:
        return [c for c in self.signable() if c.role == "manager"]

    # ------------------------------------------------------------------ writes

    def record_attempt(
        self, employee_id: int, failed_attempts: int, locked_until: datetime | None
    ) -> None:
        """Store the lockout state after a PIN check, so a restart does not reset it."""
        with self.journal.write() as s:
            row = s.get(EmployeeCredential, employee_id)
            if row is None:
                return
            row.failed_attempts = failed_attempts
            row.locked_until = to_iso(locked_until) if locked_until else None
            row.updated_at = to_iso(utcnow())

    def replace_from_odoo(self, records: Iterable[OdooCredential]) -> CredentialsChanged:
        """Make the Odoo-sourced rows match `records` (the store's employees as just read).

        Employees no longer in the store lose their Odoo credential; locally enrolled rows are
        left alone. A badge used by two employees in Odoo is kept for neither — signing in the
        wrong person is worse than asking for the picker — and the conflict is logged.
        """
        incoming = {r.employee_id: r for r in records}
        counts: dict[str, int] = {}
        for r in incoming.values():
            if r.badge_hash:
                counts[r.badge_hash] = counts.get(r.badge_hash, 0) + 1
        shared = {h for h, n in counts.items() if n > 1}
        if shared:
            log.warning("%d badge(s) are shared by several employees in Odoo; ignored", len(shared))
        added = updated = removed = 0
        now = to_iso(utcnow())
        with self.journal.write() as s:
            existing = {row.employee_id: row for row in s.scalars(select(EmployeeCredential)).all()}
            for row in existing.values():
                if row.source == SOURCE_ODOO and row.employee_id not in incoming:
                    s.delete(row)
                    removed += 1
            s.flush()
            # Clear badges first so a badge moving from one employee to another never trips
            # the unique index half-way through the update.
            for emp_id, rec in incoming.items():
                row = existing.get(emp_id)
                if (
                    row is not None
                    and row.source == SOURCE_ODOO
                    and row.badge_hash != rec.badge_hash
                ):
                    row.badge_hash = None
            s.flush()
            for emp_id, rec in incoming.items():
                badge = rec.badge_hash if rec.badge_hash not in shared else None
                row = existing.get(emp_id)
                if row is None:
                    s.add(
                        EmployeeCredential(
                            employee_id=emp_id,
                            name=rec.name,
                            source=SOURCE_ODOO,
                            badge_hash=badge,
                            pin_verifier=rec.pin_verifier,
                            role=rec.role,
                            failed_attempts=0,
                            updated_at=now,
                        )
                    )
                    added += 1
                    continue
                if row.source != SOURCE_ODOO:
                    # Enrolled on this PC: keep badge and PIN, follow Odoo for name and role.
                    if (row.name, row.role) != (rec.name, rec.role):
                        row.name, row.role, row.updated_at = rec.name, rec.role, now
                        updated += 1
                    continue
                new = (rec.name, rec.role, badge, rec.pin_verifier)
                if (row.name, row.role, row.badge_hash, row.pin_verifier) != new:
                    row.name, row.role, row.badge_hash, row.pin_verifier = new
                    row.updated_at = now
                    updated += 1
        return CredentialsChanged(added, updated, removed)

    def enroll(
        self,
        *,
        employee_id: int,
        name: str,
        role: str,
        badge_hash: str | None,
        pin_verifier: str,
        enrolled_by_id: int | None,
        enrolled_by: Any = None,
    ) -> CredentialsChanged:
        """Local enrollment: store (or replace) one employee's badge and PIN verifier, and
        record who enrolled whom in the audit chain in the same transaction. `enrolled_by` is
        an Actor (id, name); None means IT enrolling the first manager with the device key."""
        now = to_iso(utcnow())
        with self.journal.write() as s:
            if badge_hash:
                taken = s.scalars(
                    select(EmployeeCredential).where(
                        EmployeeCredential.badge_hash == badge_hash,
                        EmployeeCredential.employee_id != employee_id,
                    )
                ).first()
                if taken is not None:
                    raise BadgeInUse(taken.name)
            row = s.get(EmployeeCredential, employee_id)
            if row is None:
                row = EmployeeCredential(employee_id=employee_id, failed_attempts=0)
                s.add(row)
                changed = CredentialsChanged(added=1)
            else:
                changed = CredentialsChanged(updated=1)
            row.name = name
            row.source = SOURCE_LOCAL
            row.role = role
            row.badge_hash = badge_hash
            row.pin_verifier = pin_verifier
            row.enrolled_by_id = enrolled_by_id
            row.failed_attempts = 0
            row.locked_until = None
            row.updated_at = now
            s.flush()
            audit.append(
                s,
                enrolled_by,
                "employee.enrolled",
                f"employee:{employee_id}",
                {"role": role, "badge": badge_hash is not None, "by_it": enrolled_by is None},
            )
        return changed


class BadgeInUse(ValueError):
    """The scanned badge already belongs to another employee on this PC."""

    def __init__(self, holder: str) -> None:
        super().__init__(f"This badge is already enrolled for {holder}. Use another badge.")
        self.holder = holder
