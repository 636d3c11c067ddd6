"""One pusher per journal: a lease in `journal_meta`, taken and renewed in write transactions.

The window's engine, `storeapp sync --once` and any IT script may open the same journal. Only
the holder of the lease sends ops; another process finds it held and does nothing. The lease
names its owner (host, process id, boot, a random id) and an expiry that the owner pushes
forward while it sends. It is free when it was released, when it expired, or when its owner
was a process of this machine that no longer exists (a crash frees it at once).

Expiry is wall-clock time, so a clock jump may free a live owner's lease early: that is safe,
because ops are claimed with compare-and-set (`Outbox.mark_sending` checks the state and
attempts the pusher read) and the old owner's renewal fails, which stops it before its next op.
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from storeapp.diagnostics.crashes import _pid_alive as pid_alive
from storeapp.offline.clock import boot_id, from_iso, to_iso, utcnow
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import JournalMeta

LEASE_KEY = "push_lease"
LEASE_SECONDS = 60.0


@dataclass(frozen=True)
class LeaseHolder:
    """Who holds the push lease, as stored."""

    owner: str
    host: str
    pid: int
    boot: str | None
    expires: datetime

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}"


def _parse(raw: str | None) -> LeaseHolder | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return LeaseHolder(
            owner=str(data["owner"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            boot=data.get("boot"),
            expires=from_iso(data["expires"]),
        )
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable lease holds nothing back


class PushLease:
    """The push lease of one journal, for one pusher (one `owner` id)."""

    def __init__(
        self,
        journal: JournalStore,
        *,
        seconds: float = LEASE_SECONDS,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.journal = journal
        self.seconds = seconds
        self.clock = clock
        self.owner = str(uuid_module.uuid4())
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self.boot = boot_id()
        self._renewed = float("-inf")

    def _free(self, holder: LeaseHolder | None, now: datetime) -> bool:
        if holder is None or holder.owner == self.owner:
            return True
        if holder.host == self.host and not pid_alive(holder.pid):
            return True  # its process is gone: it crashed or was killed
        return holder.expires <= now

    def acquire(self) -> LeaseHolder | None:
        """Take or renew the lease. Returns None when this pusher holds it now, else who does."""
        return self._take(renew_only=False)

    def renew(self) -> bool:
        """Push the expiry forward (at most every quarter of the lease, on the monotonic
        clock: a write per op would slow the push); False when another pusher took the lease
        meanwhile."""
        if time.monotonic() - self._renewed < self.seconds / 4:
            return True
        return self._take(renew_only=True) is None

    def _take(self, *, renew_only: bool) -> LeaseHolder | None:
        with self.journal.write() as s:
            row = s.get(JournalMeta, LEASE_KEY)
            holder = _parse(row.value if row else None)
            now = self.clock()
            mine = holder is not None and holder.owner == self.owner
            if (renew_only and not mine) or not self._free(holder, now):
                return holder or LeaseHolder("", self.host, 0, None, now)
            value = json.dumps(
                {
                    "owner": self.owner,
                    "host": self.host,
                    "pid": self.pid,
                    "boot": self.boot,
                    "expires": to_iso(now + timedelta(seconds=self.seconds)),
                }
            )
            if row is None:
                s.add(JournalMeta(key=LEASE_KEY, value=value))
            else:
                row.value = value
            self._renewed = time.monotonic()
            return None

    def release(self) -> None:
        """Give the lease back (only if still ours)."""
        with self.journal.write() as s:
            row = s.get(JournalMeta, LEASE_KEY)
            holder = _parse(row.value if row else None)
            if row is not None and holder is not None and holder.owner == self.owner:
                s.delete(row)
