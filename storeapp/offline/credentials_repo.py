"""Sign-in credentials of employees on this PC, kept in the journal.

Only verifiers live here: a peppered scrypt verifier of each PIN and a keyed hash of each badge
(storeapp/core/identity.py makes both). Each row also carries an HMAC under the PIN pepper over
everything that decides who may sign in as what (role, verifier, badge, lockout): a row edited
by SQL — a lockout cleared, an associate made a manager, a verifier replaced — no longer matches
and cannot sign in until a manager enrolls that person again. The rows come from two places — Odoo, when the device
user may read badges and PINs (Odoo badges mode), or enrollment on this PC with a manager present
(local enrollment) — and `source` says which, so a pull from Odoo never erases a local enrollment.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from storeapp.core import identity
from storeapp.core.secret import Secret
from storeapp.offline import audit
from storeapp.offline.clock import from_iso, to_iso, utcnow
from storeapp.offline.integrity import JournalKeys
from storeapp.offline.journal_models import EmployeeCredential
from storeapp.offline.store import Writable

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
    tampered: bool = False  # the row's HMAC does not match: changed outside storeapp

    @property
    def can_sign_in(self) -> bool:
        return bool(self.pin_verifier) and not self.tampered


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


def row_mac(pepper: Secret, row: EmployeeCredential) -> str:
    """HMAC of what decides who signs in as what (not the name's spelling or timestamps)."""
    fields = {
        "employee_id": row.employee_id,
        "source": row.source,
        "role": row.role,
        "badge_hash": row.badge_hash,
        "pin_verifier": row.pin_verifier,
        "failed_attempts": row.failed_attempts or 0,
        "locked_until": row.locked_until,
        "enrolled_by_id": row.enrolled_by_id,
    }
    return pepper.mac(b"storeapp credential|" + audit.canonical_json(fields).encode("utf-8"))


def _intact(row: EmployeeCredential, pepper: Secret | None) -> bool:
    if pepper is None:
        return True  # no keyring on this PC: nothing to check against (docs/security.md)
    return row.row_mac is not None and hmac.compare_digest(row.row_mac, row_mac(pepper, row))


def _to_credential(row: EmployeeCredential, pepper: Secret | None = None) -> Credential:
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
        tampered=not _intact(row, pepper),
    )


class CredentialsRepo:
    """Reads and writes `employee_credential` through a journal store (`read()`/`write()`
    sessions; writes are BEGIN IMMEDIATE transactions that raise NotSaved on failure)."""

    def __init__(self, journal: Writable) -> None:
        self.journal = journal
        self._pepper: Secret | None = None

    # ------------------------------------------------------------------ the pepper

    def pepper(self) -> Secret | None:
        """The PIN pepper of this PC (OS keyring), made at the first start that needs it; that
        start also seals the existing rows (see `_seal_existing`). None without a keyring."""
        if self._pepper is not None:
            return self._pepper
        device_id = getattr(self.journal, "device_id", None)
        if not device_id:
            return None
        writable = not getattr(self.journal, "read_only", False)
        secret, created = JournalKeys(device_id).pin_pepper(create=writable)
        if secret is None:
            return None
        if created:
            self._seal_existing(secret)
        self._pepper = secret
        return secret

    def _seal_existing(self, pepper: Secret) -> None:
        """First start with a pepper (the upgrade): pepper every older verifier without the PIN
        (identity.pepper_verifier) and give every row its HMAC, as found."""
        repeppered = 0
        with self.journal.write() as s:
            rows = s.scalars(select(EmployeeCredential)).all()
            for row in rows:
                if row.pin_verifier and not identity.is_peppered(row.pin_verifier):
                    wrapped = identity.pepper_verifier(row.pin_verifier, pepper)
                    if wrapped is not None:
                        row.pin_verifier = wrapped
                        repeppered += 1
                row.row_mac = row_mac(pepper, row)
            if rows:
                audit.append(s, None, "credentials.sealed", "credentials",
                             {"rows": len(rows), "repeppered": repeppered})  # fmt: skip

    def _seal(self, row: EmployeeCredential) -> None:
        """Inside a write: only the pepper found before it (finding one may write itself)."""
        pepper = self._pepper
        row.row_mac = row_mac(pepper, row) if pepper is not None else None

    # ------------------------------------------------------------------ reads

    def all(self) -> list[Credential]:
        pepper = self.pepper()
        with self.journal.read() as s:
            rows = s.scalars(select(EmployeeCredential).order_by(EmployeeCredential.name))
            return [_to_credential(r, pepper) for r in rows]

    def signable(self) -> list[Credential]:
        """Employees who can sign in here (they have a PIN verifier), by name."""
        return [c for c in self.all() if c.can_sign_in]

    def get(self, employee_id: int) -> Credential | None:
        pepper = self.pepper()
        with self.journal.read() as s:
            row = s.get(EmployeeCredential, employee_id)
            return _to_credential(row, pepper) if row else None

    def by_badge_hash(self, badge_hash: str) -> Credential | None:
        pepper = self.pepper()
        with self.journal.read() as s:
            row = s.scalars(
                select(EmployeeCredential).where(EmployeeCredential.badge_hash == badge_hash)
            ).first()
            return _to_credential(row, pepper) if row else None

    def count(self) -> int:
        with self.journal.read() as s:
            return int(s.scalar(select(func.count()).select_from(EmployeeCredential)) or 0)

    def managers(self) -> list[Credential]:
        return [c for c in self.signable() if c.role == "manager"]

    # ------------------------------------------------------------------ writes

    def record_attempt(
        self, employee_id: int, failed_attempts: int, locked_until: datetime | None
    ) -> None:
        """Store the lockout state after a PIN check, so a restart does not reset it. A row
        changed outside storeapp keeps its broken HMAC (a PIN check must not launder it)."""
        pepper = self.pepper()
        with self.journal.write() as s:
            row = s.get(EmployeeCredential, employee_id)
            if row is None or not _intact(row, pepper):
                return
            row.failed_attempts = failed_attempts
            row.locked_until = to_iso(locked_until) if locked_until else None
            row.updated_at = to_iso(utcnow())
            self._seal(row)

    def repepper(self, employee_id: int, pin_verifier: str) -> None:
        """Replace an older verifier after a successful sign-in proved the PIN."""
        pepper = self.pepper()
        with self.journal.write() as s:
            row = s.get(EmployeeCredential, employee_id)
            if row is None or not _intact(row, pepper):
                return
            row.pin_verifier = pin_verifier
            self._seal(row)

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
        pepper = self.pepper()
        with self.journal.write() as s:
            every = s.scalars(select(EmployeeCredential)).all()
            # A row changed outside storeapp is left as it is (refused at sign-in): refreshing
            # it would launder the change. A manager enrolls that person again.
            tampered = {row.employee_id for row in every if not _intact(row, pepper)}
            if tampered:
                log.warning("%d sign-in record(s) were changed outside storeapp", len(tampered))
            existing = {r.employee_id: r for r in every if r.employee_id not in tampered}
            incoming = {k: v for k, v in incoming.items() if k not in tampered}
            for old in existing.values():
                if old.source == SOURCE_ODOO and old.employee_id not in incoming:
                    s.delete(old)
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
            s.flush()
            for row in s.scalars(select(EmployeeCredential)).all():
                if row.employee_id not in tampered:
                    self._seal(row)
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
        self.pepper()  # found (or made) before the write: making it writes too
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
            self._seal(row)
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
