"""Who is at the till: PIN verifiers, badge hashes, lockout and roles — pure Python.

Nothing here touches Qt, a database or the network, so the rules can be tested on their own and
reused by the command line. The plaintext of a PIN or a badge never leaves this module's callers:
what is stored is a peppered scrypt verifier of the PIN and an HMAC of the badge keyed with a
per-device secret kept in the OS keyring. Keys matter because PINs and badge numbers are short:
scrypt alone slows a guess down, but 10,000 four-digit PINs still fall in minutes to anyone with
a copy of the journal. With the pepper (a random 256-bit secret in the keyring, never in the data
folder) a copied journal alone gives nothing to test guesses against.

Verifier formats: "scrypt-p$n$r$p$salt$mac" (mac = HMAC-SHA256(pepper, scrypt(pin, salt))) and
the older, unpeppered "scrypt$n$r$p$salt$hash". `pepper_verifier` turns the latter into the
former without the PIN (the HMAC is taken over the stored hash), which is how existing verifiers
are re-peppered at upgrade.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from storeapp.core.secret import Secret
from storeapp.core.text import Message, msg

# scrypt cost: n=2**14, r=8, p=1 takes ~40 ms and 16 MiB per check on a store PC. That keeps a
# brute force of a 4-6 digit PIN against a stolen journal slow, while sign-in still feels instant.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_DKLEN = 32
SALT_BYTES = 16
DEVICE_SECRET_BYTES = 32

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
# A manager's PIN approves stock write-offs and refunds: 10^6 guesses, not 10^4 (store setting
# identity.manager_pin_digits, never below this).
MANAGER_PIN_MIN_DIGITS = 6
PEPPERED = "scrypt-p"
LEGACY = "scrypt"


class Role(StrEnum):
    """What an employee may do in the app."""

    ASSOCIATE = "associate"
    MANAGER = "manager"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    # validate=True: stray characters mean a damaged verifier, which must not half-decode.
    return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)


def pin_problem(
    pin: str, min_digits: int = PIN_MIN_DIGITS, *, manager: bool = False
) -> Message | None:
    """Why `pin` cannot be used as a PIN, or None when it can (a `Message`: the screen shows
    it in the person's language)."""
    min_digits = max(PIN_MIN_DIGITS, min(min_digits, PIN_MAX_DIGITS))
    if not pin.isdigit() or not pin.isascii():
        return msg("A PIN is made of digits only.")
    if not min_digits <= len(pin) <= PIN_MAX_DIGITS:
        if manager:
            return msg(
                "A manager's PIN has {low} to {high} digits.", low=min_digits, high=PIN_MAX_DIGITS
            )
        return msg("A PIN has {low} to {high} digits.", low=min_digits, high=PIN_MAX_DIGITS)
    if len(set(pin)) == 1:
        return msg("A PIN of one repeated digit is too easy to guess.")
    return None


def pin_problem_for_role(
    pin: str, role: str, manager_digits: int = MANAGER_PIN_MIN_DIGITS
) -> Message | None:
    """`pin_problem` with the longer minimum of managers (same rule for PINs typed here and
    PINs read from Odoo)."""
    if role == Role.MANAGER:
        return pin_problem(pin, max(manager_digits, MANAGER_PIN_MIN_DIGITS), manager=True)
    return pin_problem(pin)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=128 * 1024 * 1024
    )


def _pepper(pepper: Secret, digest: bytes) -> bytes:
    return hmac.new(pepper.reveal(), b"storeapp pin|" + digest, hashlib.sha256).digest()


def make_pin_verifier(
    pin: str,
    pepper: Secret | None = None,
    *,
    n: int = SCRYPT_N,
    r: int = SCRYPT_R,
    p: int = SCRYPT_P,
    salt: bytes | None = None,
) -> str:
    """A self-describing verifier: peppered ("scrypt-p$...") when `pepper` is given, else the
    older "scrypt$n$r$p$salt$hash" (only on a PC without a usable keyring)."""
    if not pin:
        raise ValueError("an empty PIN cannot be stored")
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, n, r, p, SCRYPT_DKLEN)
    if pepper is None:
        return f"{LEGACY}${n}${r}${p}${_b64(salt)}${_b64(digest)}"
    return f"{PEPPERED}${n}${r}${p}${_b64(salt)}${_b64(_pepper(pepper, digest))}"


def pepper_verifier(verifier: str, pepper: Secret) -> str | None:
    """An older unpeppered verifier made peppered without knowing the PIN (None when it is
    not one, or is malformed)."""
    parsed = _parse(verifier)
    if parsed is None or parsed[0] != LEGACY or len(parsed[5]) != SCRYPT_DKLEN:
        return None
    kind, n, r, p, salt, digest = parsed
    return f"{PEPPERED}${n}${r}${p}${_b64(salt)}${_b64(_pepper(pepper, digest))}"


def is_peppered(verifier: str | None) -> bool:
    return bool(verifier) and verifier.startswith(PEPPERED + "$")  # type: ignore[union-attr]


def _parse(verifier: str) -> tuple[str, int, int, int, bytes, bytes] | None:
    parts = verifier.split("$")
    if len(parts) != 6 or parts[0] not in (LEGACY, PEPPERED):
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, expected = _unb64(parts[4]), _unb64(parts[5])
    except ValueError:
        return None
    # Refuse absurd parameters rather than letting a tampered row pin the CPU or memory.
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        return None
    if len(salt) < 8 or not 16 <= len(expected) <= 64:
        return None
    return parts[0], n, r, p, salt, expected


def verify_pin(pin: str, verifier: str | None, pepper: Secret | None = None) -> bool:
    """True when `pin` matches `verifier`. A missing or malformed verifier never matches, nor
    does a peppered one without the pepper."""
    if not verifier or not pin:
        return False
    parsed = _parse(verifier)
    if parsed is None:
        return False
    kind, n, r, p, salt, expected = parsed
    if kind == PEPPERED:
        if pepper is None:
            return False
        digest = _pepper(pepper, _scrypt(pin, salt, n, r, p, SCRYPT_DKLEN))
    else:
        digest = _scrypt(pin, salt, n, r, p, len(expected))
    return hmac.compare_digest(digest, expected)


def new_device_pepper() -> Secret:
    """A fresh random PIN pepper (what another PC's keyring would hold)."""
    return Secret(secrets.token_bytes(DEVICE_SECRET_BYTES))


def new_device_secret() -> bytes:
    """A fresh random key for badge hashes; stored in the keyring, never in a file."""
    return secrets.token_bytes(DEVICE_SECRET_BYTES)


def normalise_badge(badge: str) -> str:
    """Scanners add stray whitespace and some send lower case; the badge itself is neither."""
    return "".join(badge.split()).upper()


def badge_hash(badge: str, device_secret: bytes) -> str:
    """HMAC-SHA256 of the normalised badge, hex (64 characters, fits the journal column)."""
    if len(device_secret) < 16:
        raise ValueError("the device secret for badge hashes is too short")
    value = normalise_badge(badge)
    if not value:
        raise ValueError("an empty badge cannot be hashed")
    return hmac.new(device_secret, value.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class LockoutState:
    """Where one employee stands after a PIN check."""

    failed_attempts: int
    locked_until: datetime | None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def seconds_left(self, now: datetime) -> int:
        if not self.locked_at(now):
            return 0
        assert self.locked_until is not None
        return max(1, int((self.locked_until - now).total_seconds() + 0.999))


@dataclass(frozen=True)
class LockoutPolicy:
    """Wrong PINs are rate-limited: after `max_attempts` wrong PINs in a row the employee is
    locked out, first for `first_lock_minutes`, then twice as long at each further round of
    wrong PINs, up to `longest_lock_minutes`. A good PIN resets everything.

    Escalating rather than fixed locks let someone who mistyped try again soon, while a person
    trying all 10,000 four-digit PINs needs years.
    """

    max_attempts: int = 5
    first_lock_minutes: int = 1
    longest_lock_minutes: int = 60

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.first_lock_minutes < 1 or self.longest_lock_minutes < self.first_lock_minutes:
            raise ValueError("lock minutes must be positive and longest >= first")

    def lock_minutes(self, failed_attempts: int) -> int:
        """How long the lock lasts after `failed_attempts` wrong PINs (0: no lock)."""
        rounds = failed_attempts // self.max_attempts
        if failed_attempts == 0 or failed_attempts % self.max_attempts:
            return 0
        return int(min(self.longest_lock_minutes, self.first_lock_minutes * 2 ** (rounds - 1)))

    def after_failure(self, state: LockoutState, now: datetime) -> LockoutState:
        failed = state.failed_attempts + 1
        minutes = self.lock_minutes(failed)
        locked_until = now + timedelta(minutes=minutes) if minutes else None
        return LockoutState(failed, locked_until)

    def after_success(self) -> LockoutState:
        return LockoutState(0, None)

    def attempts_left(self, state: LockoutState) -> int:
        """Wrong PINs still allowed before the next lock."""
        return self.max_attempts - state.failed_attempts % self.max_attempts


@dataclass(frozen=True)
class RoleRules:
    """How the app tells managers from associates (configuration, docs/architecture.md): an employee
    tag, a job title, or the employee's Odoo user being an Inventory administrator. Comparisons
    ignore case and surrounding spaces because these are typed by people in Odoo."""

    manager_tags: tuple[str, ...] = ("Store Manager",)
    manager_job_titles: tuple[str, ...] = ("Store Manager", "Assistant Store Manager")
    stock_manager_user_ids: frozenset[int] = frozenset()
    # Shortest PIN a manager may have (store setting identity.manager_pin_digits, at least 6).
    manager_pin_digits: int = MANAGER_PIN_MIN_DIGITS


def _folded(values: Iterable[str]) -> set[str]:
    return {v.strip().casefold() for v in values if v and v.strip()}


def resolve_role(
    rules: RoleRules,
    *,
    tags: Iterable[str] = (),
    job_title: str | None = None,
    user_id: int | None = None,
) -> Role:
    """Manager when any configured sign says so, associate otherwise."""
    if _folded(tags) & _folded(rules.manager_tags):
        return Role.MANAGER
    if job_title and job_title.strip().casefold() in _folded(rules.manager_job_titles):
        return Role.MANAGER
    if user_id is not None and user_id in rules.stock_manager_user_ids:
        return Role.MANAGER
    return Role.ASSOCIATE


class IdentityMode(StrEnum):
    """The two ways employees get their credentials (docs/architecture.md, "Identity")."""

    ODOO_BADGES = "odoo_badges"
    LOCAL_ENROLLMENT = "local_enrollment"


@dataclass(frozen=True)
class DeviceRights:
    """What the device user may do in Odoo, as found by the setup dialog."""

    stock_user: bool
    stock_manager: bool
    hr_officer: bool
    has_inventory_app: bool = True
    has_employees_app: bool = True


def available_identity_modes(rights: DeviceRights) -> list[IdentityMode]:
    """Identity modes these rights allow, best first. Odoo badges need the Employees app and HR
    Officer (badge and PIN are readable only by that group in Odoo 17); local enrollment needs only
    the Employees app, because hr.employee.public is readable by every internal user."""
    modes: list[IdentityMode] = []
    if rights.has_employees_app and rights.hr_officer:
        modes.append(IdentityMode.ODOO_BADGES)
    if rights.has_employees_app:
        modes.append(IdentityMode.LOCAL_ENROLLMENT)
    return modes
