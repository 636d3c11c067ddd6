"""The outbox's figures: how many ops in each state, and what waits for Odoo.

Mixed into `Outbox` (storeapp.offline.outbox). The status bar, the outbox screen,
`storeapp sync status`, `doctor` and the support bundle all read them here, so they agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from storeapp.offline.clock import from_iso
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import Op, OpState
from storeapp.offline.outbox_records import TO_SEND, WAITING_FOR_ODOO


@dataclass(frozen=True)
class Backlog:
    """What waits for Odoo (WAITING_FOR_ODOO), read at once: the status bar's count, its
    "oldest waiting" age and `storeapp sync status` all come from here, so they agree."""

    to_send: int  # queued, sending or failed: the push engine sends these
    parked: int  # a person must retry or cancel these
    oldest_created_at: datetime | None  # the oldest of both, None when nothing waits

    @property
    def waiting(self) -> int:
        return self.to_send + self.parked


class OutboxFigures:
    """Counts and ages of the ops, each from one read of the journal."""

    journal: JournalStore

    def counts_by_state(self) -> dict[OpState, int]:
        """Every state with its number of ops (zero included)."""
        counts = dict.fromkeys(OpState, 0)
        with self.journal.read() as s:
            for state, n in s.execute(select(Op.state, func.count()).group_by(Op.state)):
                counts[OpState(state)] = n
        return counts

    def backlog(self) -> Backlog:
        """What waits for Odoo, counts and oldest age from one read of the journal."""
        with self.journal.read() as s:
            counts = dict(
                s.execute(
                    select(Op.state, func.count())
                    .where(Op.state.in_([st.value for st in WAITING_FOR_ODOO]))
                    .group_by(Op.state)
                ).all()
            )
            oldest = s.scalar(
                select(func.min(Op.created_at)).where(
                    Op.state.in_([st.value for st in WAITING_FOR_ODOO])
                )
            )
        return Backlog(
            to_send=sum(counts.get(st.value, 0) for st in TO_SEND),
            parked=counts.get(OpState.PARKED.value, 0),
            oldest_created_at=from_iso(oldest),
        )

    def oldest_pending_created_at(self) -> datetime | None:
        """When the oldest op still waiting for Odoo was made (queued, sending, failed or
        parked; ops waiting for a manager are the approval inbox's business)."""
        with self.journal.read() as s:
            oldest = s.scalar(
                select(func.min(Op.created_at)).where(
                    Op.state.in_([st.value for st in WAITING_FOR_ODOO])
                )
            )
        return from_iso(oldest)
