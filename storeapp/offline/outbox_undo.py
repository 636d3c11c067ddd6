"""Undo from the screen: withdrawing the ops of one confirmed change before Odoo has them.

Mixed into `Outbox` (storeapp.offline.outbox). An undo is safe only while no request of the
op may have reached Odoo; the audit's `reached_odoo` flag on each failed attempt says which
sends surely never arrived.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storeapp.offline import audit
from storeapp.offline.clock import to_iso
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import AuditEntry, Op, OpState
from storeapp.offline.outbox_records import Actor, AlreadySent, NotYours, OpNotFound, writing

# An undo can withdraw an op in these states, and only while no request of it may have
# reached Odoo (see `Outbox.withdraw`).
WITHDRAWABLE = (OpState.QUEUED, OpState.FAILED, OpState.PENDING_APPROVAL)


def _may_have_reached_odoo(s: Session, row: Op) -> bool:
    """Whether a request of this op may have arrived in Odoo: it was sent, and not every
    attempt ended in a failure that surely never got there (connection refused, no route).
    Failures recorded before the audit said so count as "may have"."""
    if row.attempts == 0:
        return False
    failures = s.scalars(
        select(AuditEntry.details).where(
            AuditEntry.subject == f"op:{row.uuid}", AuditEntry.action == "op.failed"
        )
    ).all()
    surely_not = [d for d in failures if json.loads(d).get("reached_odoo") is False]
    return len(surely_not) < row.attempts


class OutboxUndo:
    """`Outbox.withdraw`, the undo path of the outbox."""

    journal: JournalStore
    clock: Callable[[], datetime]

    def withdraw(
        self,
        uuids: Iterable[str],
        by: Actor,
        *,
        manager: bool = False,
        session: Session | None = None,
    ) -> None:
        """Undo from the screen: cancel the ops of one confirmed change (all or none) while no
        request of them may have reached Odoo. Only the person who recorded them, or a
        manager, may. One transaction (the caller's `session`, if given): a pusher claims an
        op by compare-and-set, so either the claim or the undo wins, never both."""
        with writing(self.journal, session) as s:
            found = [s.scalar(select(Op).where(Op.uuid == u)) for u in uuids]
            rows = [row for row in found if row is not None]
            if not rows or len(rows) != len(found):
                raise OpNotFound("This change is not in the journal of this PC.")
            for row in rows:
                if not manager and not by.same_person(Actor(row.actor_id, row.actor_name or "")):
                    raise NotYours(
                        f"{row.actor_name} recorded this change: only they or a manager can "
                        "undo it."
                    )
                if OpState(row.state) not in WITHDRAWABLE or _may_have_reached_odoo(s, row):
                    raise AlreadySent(f"Op {row.uuid} ({row.kind}) is {row.state}.")
            moment = self.clock()
            for row in rows:
                before = row.state
                row.state = OpState.CANCELLED.value
                row.updated_at = to_iso(moment)
                row.next_attempt_at = None
                s.flush()  # the audit entry binds the row as it now is
                entry = {"from": before, "to": OpState.CANCELLED.value, "kind": row.kind}
                audit.append(s, by, "op.withdrawn", f"op:{row.uuid}", entry, at=moment)
