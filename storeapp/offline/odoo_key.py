"""When the device's Odoo API key expires, as last read from Odoo, kept in the journal.

The sync engine writes it after reading it from Odoo (storeapp.sync.key_expiry); the status bar,
the dashboard and the webhook queue read it from here, so they need no Odoo and keep warning
while Odoo cannot be reached.
"""

from __future__ import annotations

from datetime import UTC, datetime

from storeapp.offline.journal_models import JournalMeta
from storeapp.offline.store import Readable, Writable

META_KEY = "odoo.key_expires_at"
NEVER = "never"
WARN_DAYS = 14


def save_key_expiry(journal: Writable, expires_at: datetime | None) -> None:
    """Record the expiry date (UTC), or that the key never expires."""
    value = expires_at.astimezone(UTC).isoformat() if expires_at else NEVER
    with journal.write() as s:
        s.merge(JournalMeta(key=META_KEY, value=value))


def load_key_expiry(journal: Readable) -> datetime | None:
    """The recorded expiry date, None when it never expires or was never read."""
    with journal.read() as s:
        row = s.get(JournalMeta, META_KEY)
        value = row.value if row is not None else NEVER
    return None if value == NEVER else datetime.fromisoformat(value)


def days_left_to_warn(expires_at: datetime | None, now: datetime) -> int | None:
    """Whole days left when the key expires within WARN_DAYS (0 once expired), else None."""
    if expires_at is None:
        return None
    left = (expires_at - now).total_seconds() / 86400
    if left > WARN_DAYS:
        return None
    return max(0, int(left))
