"""Odoo badges mode: after each employee pull, turn badges and PINs into verifiers.

The device user (HR Officer) may read `barcode` and `pin` of `hr.employee`. They are read only
for the store's employees (those the mirror pulled into the cache), turned at once into a keyed
badge hash and a salted scrypt PIN verifier, and only those are stored — the plaintext never
reaches a disk or a log. scrypt is slow on purpose, so an employee is re-derived only when Odoo
changed their record (its write_date), not at every pull.

No Qt here: the shell calls `refresh()` on a worker thread when the sync says employees changed.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from storeapp.core import identity
from storeapp.core.identity import Role, RoleRules
from storeapp.offline.cache_models import Employee
from storeapp.offline.credentials_repo import CredentialsChanged, CredentialsRepo, OdooCredential
from storeapp.sync.many2one import m2o_lenient

log = logging.getLogger(__name__)

FIELDS = ["name", "barcode", "pin", "category_ids", "job_title", "user_id", "write_date"]


@dataclass
class OdooBadgeRefresh:
    """Keeps the journal's Odoo-sourced credentials in step with the store's employees."""

    gateway: object  # OdooGateway: search_read/read (blocking, erp thread inside)
    cache: object  # CacheStore
    repo: CredentialsRepo
    badge_key: Callable[[bool], bytes | None]
    rules: RoleRules = field(default_factory=RoleRules)
    # Never in a repr (a log at DEBUG, a traceback): the key, the fingerprints, the verifiers.
    _seen: dict[int, str] = field(default_factory=dict, repr=False)
    _stamp_key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    _verifiers: dict[int, OdooCredential] = field(default_factory=dict, repr=False)

    def _store_employee_ids(self) -> list[int]:
        with self.cache.read() as s:  # type: ignore[attr-defined]
            return list(s.scalars(select(Employee.id).where(Employee.active)))

    def refresh(self) -> CredentialsChanged:
        """Blocking. Reads badges and PINs of the store's employees and stores verifiers."""
        ids = self._store_employee_ids()
        if not ids:
            return CredentialsChanged()
        secret = self.badge_key(True)
        rows = self.gateway.read("hr.employee", ids, FIELDS)  # type: ignore[attr-defined]
        tag_ids = sorted({t for r in rows for t in (r.get("category_ids") or [])})
        tag_names = {}
        if tag_ids:
            tags = self.gateway.read("hr.employee.category", tag_ids, ["name"])  # type: ignore[attr-defined]
            tag_names = {t["id"]: t["name"] for t in tags}
        stored = {c.employee_id: c for c in self.repo.all() if c.source == "odoo"}
        records: list[OdooCredential] = []
        for r in rows:
            emp_id = int(r["id"])
            role = identity.resolve_role(
                self.rules,
                tags=[tag_names.get(t, "") for t in r.get("category_ids") or []],
                job_title=r.get("job_title") or None,
                user_id=m2o_lenient(r.get("user_id")),
            )
            pin = str(r.get("pin") or "")
            badge = str(r.get("barcode") or "")
            problem = identity.pin_problem_for_role(pin, role.value, self.rules.manager_pin_digits)
            if pin and problem:
                # The same rules as a PIN typed here: a manager with "1" in Odoo cannot sign in
                # until the PIN is changed there. Logged by employee id, never the PIN.
                log.warning("employee %d: the PIN in Odoo is refused (%s)", emp_id, problem)
                pin = ""
            # What was derived from, as a keyed digest kept in memory only. Not write_date:
            # Odoo serves it to the second, so a PIN changed in the same second as the previous
            # refresh would look unchanged.
            stamp = _fingerprint(self._stamp_key, badge, pin, role.value)
            known = self._verifiers.get(emp_id)
            if known is not None and self._seen.get(emp_id) == stamp:
                records.append(known)
                continue
            previous = stored.get(emp_id)
            if previous is not None and _unchanged_since(r.get("write_date"), previous.updated_at):
                # Odoo has not touched this employee since we derived the verifier (earlier
                # run of the app): keep it rather than paying scrypt again at every start.
                credential = OdooCredential(
                    emp_id,
                    r.get("name") or "",
                    role.value,
                    previous.badge_hash,
                    previous.pin_verifier,
                )
                self._verifiers[emp_id] = credential
                self._seen[emp_id] = stamp
                records.append(credential)
                continue
            credential = OdooCredential(
                employee_id=emp_id,
                name=r.get("name") or "",
                role=role.value if isinstance(role, Role) else str(role),
                badge_hash=identity.badge_hash(badge, secret) if badge and secret else None,
                pin_verifier=identity.make_pin_verifier(pin, self.repo.pepper()) if pin else None,
            )
            self._verifiers[emp_id] = credential
            self._seen[emp_id] = stamp
            records.append(credential)
        changed = self.repo.replace_from_odoo(records)
        without_pin = sum(1 for r in records if not r.pin_verifier)
        log.info(
            "sign-in credentials refreshed from Odoo: %d employees (%d without a PIN in Odoo), %s",
            len(records),
            without_pin,
            changed,
        )
        return changed


def _unchanged_since(odoo_write_date: str | None, derived_at) -> bool:
    """True when Odoo's write_date ("YYYY-MM-DD HH:MM:SS", UTC) is before `derived_at`."""
    if not odoo_write_date or derived_at is None:
        return False
    try:
        written = datetime.strptime(odoo_write_date, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return False
    # Odoo sends seconds only: a change in the same second as our derivation must count.
    return written + timedelta(seconds=1) < derived_at


def _fingerprint(key: bytes, badge: str, pin: str, role: str) -> str:
    return hmac.new(key, "\0".join((badge, pin, role)).encode(), hashlib.sha256).hexdigest()
