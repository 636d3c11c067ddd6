"""When this PC's Odoo API key stops working, and what the device user may do on this Odoo.

Odoo 19 dates API keys (`res.users.apikeys.expiration_date`; a key made by a non-administrator
lasts 90 days at most, one day by default) and deletes them once expired: from then on every
request is refused and the store's work waits in the outbox. A user can read the descriptions
of their own keys, not which one is in use, so the earliest date among the device user's keys is
taken: a warning may come early, never late. Odoo versions without the field (17, 18 as
storeapp knows them) have keys that never expire.

Managers and IT hear of it from 14 days ahead (Test connection in Setup and `storeapp doctor`,
which runs the same probe; the status bar, the dashboard and the `odoo.key_expiring` webhook
event, from the date the sync engine keeps in the journal); once expired, work keeps being saved
on this PC and the message names the command that stores a new key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from storeapp.core.text import Message, msg
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.versions import OdooVersion

WARN_DAYS = 14
NEW_KEY_COMMAND = "storeapp provision --only credential"
NEW_KEY_ADVICE = msg(
    "Have an Odoo administrator make a new API key for the device user (administrators may "
    "make one that does not expire), then store it on this PC with `{command}` "
    "(docs/it-guide.md) or in Setup.",
    command=NEW_KEY_COMMAND,
)


@dataclass(frozen=True)
class KeyExpiry:
    """What Odoo says of the device user's key: `expires_at` (UTC) or None when it never
    expires; `dated` tells whether this Odoo dates keys at all."""

    expires_at: datetime | None
    dated: bool

    def days_left(self, now: datetime) -> float | None:
        if self.expires_at is None:
            return None
        return (self.expires_at - now).total_seconds() / 86400

    def level(self, now: datetime) -> str:
        """ "ok", "warn" (within WARN_DAYS) or "expired"."""
        left = self.days_left(now)
        if left is None or left > WARN_DAYS:
            return "ok"
        return "expired" if left <= 0 else "warn"

    def describe(self, now: datetime) -> Message:
        """When the key stops working, as a sentence for the setup screen."""
        if not self.dated:
            return msg("This Odoo's API keys do not expire.")
        if self.expires_at is None:
            return msg("The device user's API key does not expire.")
        when = self.expires_at.strftime("%Y-%m-%d %H:%M UTC")
        left = self.days_left(now) or 0.0
        if left <= 0:
            return msg(
                "The device user's API key expired on {when}: Odoo refuses this PC.", when=when
            )
        return msg(
            "The device user's API key expires on {when} ({days}).",
            when=when,
            days=msg("in 1 day") if int(left) == 1 else msg("in {n} days", n=max(0, int(left))),
        )


def _parse(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.strptime(str(value)[:19], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def read_key_expiry(gateway: OdooGateway, uid: int) -> KeyExpiry:
    """Ask Odoo when the device user's keys expire (two reads, once per session is enough)."""
    if "expiration_date" not in gateway.model_fields("res.users.apikeys"):
        return KeyExpiry(None, dated=False)
    rows = gateway.search_read(
        "res.users.apikeys", [("user_id", "=", uid)], ["name", "expiration_date"]
    )
    dates = [d for d in (_parse(r.get("expiration_date")) for r in rows) if d is not None]
    if rows and len(dates) < len(rows):
        return KeyExpiry(None, dated=True)  # a persistent key exists: it may be ours
    return KeyExpiry(min(dates) if dates else None, dated=True)


def rights_by_version(version: OdooVersion) -> Message:
    """The Odoo groups the device user needs on this version, in words (IT guide's table)."""
    if version.stock_user_applies_counts:
        return msg(
            "Odoo {major}: Inventory / User may apply counts; badge and PIN sign-in from Odoo "
            "needs Employees / Officer.",
            major=version.major,
        )
    return msg(
        "Odoo {major}: applying counts needs Inventory / Administrator; badge and PIN sign-in "
        "from Odoo needs Employees / Officer.",
        major=version.major,
    )
