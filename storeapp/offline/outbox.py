"""The outbox: every change meant for Odoo, as ops in `journal.sqlite`.

Screens enqueue ops (in the same transaction as the user's action), managers approve or reject
the ones that need it, and the push engine drains `ready()` and records what happened with the
`mark_*` / `park` calls. Every state change is written to the audit chain in the same
transaction, so the chain and the ops can never disagree.

Life of an op (see OpState): pending_approval -> queued | rejected; queued -> sending -> done,
or failed (retried when due) or parked (needs a person: retry or cancel).
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid as uuid_module
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from storeapp.core.ops import PAYLOAD_VERSION
from storeapp.offline import audit
from storeapp.offline.clock import boot_id, to_iso, utcnow
from storeapp.offline.export import ExportReport, export_ops
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import Approval, Op, OpState
from storeapp.offline.outbox_figures import Backlog, OutboxFigures
from storeapp.offline.outbox_records import (
    NEVER_BLOCK_WHEN_PARKED,
    SYSTEM,
    TO_SEND,
    UNFINISHED,
    WAITING_FOR_ODOO,
    Actor,
    AlreadySent,
    DuplicateOp,
    InvalidTransition,
    NotYours,
    OpChanged,
    OpNotFound,
    OpRecord,
    OutboxError,
    SelfApproval,
    json_or_none,
    message_json,
    park_message,
    writing,
)
from storeapp.offline.outbox_undo import WITHDRAWABLE, OutboxUndo

__all__ = [
    "NEVER_BLOCK_WHEN_PARKED",
    "SYSTEM",
    "TO_SEND",
    "UNFINISHED",
    "WAITING_FOR_ODOO",
    "WITHDRAWABLE",
    "Actor",
    "AlreadySent",
    "Backlog",
    "DuplicateOp",
    "InvalidTransition",
    "NotYours",
    "OpChanged",
    "OpNotFound",
    "OpRecord",
    "Outbox",
    "OutboxError",
    "SelfApproval",
]

log = logging.getLogger(__name__)

_KIND = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z_]*$")


class Outbox(OutboxUndo, OutboxFigures):
    """The outbox repository over one JournalStore. Thread-safe in the way the journal is:
    each call is its own BEGIN IMMEDIATE transaction (unless `session` is given).

    The undo path (`withdraw`) and the figures (`counts_by_state`, `backlog`, ...) are mixed in
    from outbox_undo and outbox_figures; the states, `Actor`, `OpRecord` and the errors live in
    outbox_records and are importable from here."""

    def __init__(self, journal: JournalStore, clock: Callable[[], datetime] = utcnow) -> None:
        self.journal = journal
        self.clock = clock

    # ------------------------------------------------------------------ writing

    def enqueue(
        self,
        kind: str,
        payload: dict[str, Any],
        aggregate: str,
        actor: Actor,
        *,
        needs_approval: bool = False,
        uuid: str | None = None,
        session: Session | None = None,
        value_impact: float | None = None,
    ) -> OpRecord:
        """Record a change for Odoo. Pass `session` (from `journal.write()`) to commit the op
        together with the user's action. Enqueueing the same `uuid` twice with the same kind
        and aggregate returns the first op instead of making a second one."""
        if not _KIND.match(kind):
            raise ValueError(f"op kind {kind!r} must look like 'area.verb', e.g. 'count.apply'")
        if not aggregate:
            raise ValueError("an op needs an aggregate, e.g. 'picking:4711'")
        body = dict(payload)
        body.setdefault("v", PAYLOAD_VERSION)
        try:
            payload_json = json.dumps(body, sort_keys=True, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"op payload for {kind} is not plain JSON: {exc}") from exc
        op_uuid = uuid or str(uuid_module.uuid4())
        now = to_iso(self.clock())
        with writing(self.journal, session) as s:
            existing = s.scalar(select(Op).where(Op.uuid == op_uuid))
            if existing is not None:
                if existing.kind == kind and existing.aggregate == aggregate:
                    return OpRecord.from_row(existing)
                raise DuplicateOp(
                    f"op {op_uuid} already exists as {existing.kind} on {existing.aggregate}"
                )
            state = OpState.PENDING_APPROVAL if needs_approval else OpState.QUEUED
            row = Op(
                uuid=op_uuid,
                kind=kind,
                payload=payload_json,
                aggregate=aggregate,
                actor_id=actor.id,
                actor_name=actor.name,
                state=state.value,
                attempts=0,
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            if needs_approval:
                s.add(
                    Approval(
                        op_uuid=op_uuid,
                        requested_by_id=actor.id,
                        requested_at=now,
                        value_impact=value_impact,
                    )
                )
            s.flush()
            details = {"kind": kind, "aggregate": aggregate, "state": state.value}
            audit.append(s, actor, "op.enqueued", f"op:{op_uuid}", details, at=self.clock())
            return OpRecord.from_row(row)

    def _change(
        self,
        op_uuid: str,
        allowed: Iterable[OpState],
        target: OpState,
        actor: Actor,
        action: str,
        details: dict[str, Any] | None = None,
        update: Callable[[Op, Session], None] | None = None,
        expect_attempts: int | None = None,
    ) -> OpRecord:
        allowed = tuple(allowed)
        with self.journal.write() as s:
            row = s.scalar(select(Op).where(Op.uuid == op_uuid))
            if row is None:
                raise OpNotFound(f"There is no op {op_uuid} in the journal.")
            before = OpState(row.state)
            if expect_attempts is not None and row.attempts != expect_attempts:
                raise OpChanged(
                    f"Op {op_uuid} ({row.kind}) was sent {row.attempts} times, not "
                    f"{expect_attempts}: another pusher has it."
                )
            if before not in allowed:
                raise InvalidTransition(
                    f"Op {op_uuid} ({row.kind}) is {before.value}; it cannot become "
                    f"{target.value} from there."
                )
            moment = self.clock()
            row.state = target.value
            row.updated_at = to_iso(moment)
            if update is not None:
                update(row, s)
            s.flush()
            entry = {"from": before.value, "to": target.value, "kind": row.kind}
            entry.update(details or {})
            audit.append(s, actor, action, f"op:{op_uuid}", entry, at=moment)
            return OpRecord.from_row(row)

    def _decide(
        self, op_uuid: str, approver: Actor, note: str | None, decision: str
    ) -> Callable[[Op, Session], None]:
        def update(row: Op, s: Session) -> None:
            if decision == "approved" and approver.same_person(
                Actor(row.actor_id, row.actor_name or "")
            ):
                raise SelfApproval(
                    f"{approver.name} recorded this change and cannot approve it too. "
                    "Ask another manager to approve it."
                )
            row.approver_id = approver.id
            row.approver_name = approver.name
            approval = s.scalar(
                select(Approval)
                .where(Approval.op_uuid == row.uuid, Approval.decision.is_(None))
                .order_by(Approval.id.desc())
            )
            if approval is None:  # an op made pending by hand: keep the decision anyway
                approval = Approval(op_uuid=row.uuid, requested_by_id=row.actor_id)
                approval.requested_at = row.created_at
                s.add(approval)
            approval.decision = decision
            approval.decided_by_id = approver.id
            approval.decided_by_name = approver.name
            approval.decided_at = row.updated_at
            approval.note = note

        return update

    def approve(self, uuid: str, approver: Actor, note: str | None = None) -> OpRecord:
        """A manager approves: the op joins the queue. Nobody approves their own work."""
        return self._change(
            uuid,
            (OpState.PENDING_APPROVAL,),
            OpState.QUEUED,
            approver,
            "op.approved",
            {"note": note},
            self._decide(uuid, approver, note, "approved"),
        )

    def reject(self, uuid: str, approver: Actor, note: str) -> OpRecord:
        """A manager says no: the op is never sent. A note explaining why is required."""
        if not note or not note.strip():
            raise ValueError("A rejection needs a note saying why.")
        return self._change(
            uuid,
            (OpState.PENDING_APPROVAL,),
            OpState.REJECTED,
            approver,
            "op.rejected",
            {"note": note},
            self._decide(uuid, approver, note, "rejected"),
        )

    def mark_sending(self, uuid: str, seen: OpRecord | None = None) -> OpRecord:
        """Recorded BEFORE the RPC: from here on the outcome is unknown until reconciled.

        With `seen` (the copy the pusher read) this is a compare-and-set: the op is claimed
        only if it is still in that state with that many attempts, else `OpChanged`. The send
        is dated on the monotonic clock with the boot id (`sent_clock`), which wall-clock
        jumps leave alone: the wait for an in-flight request is measured on it.
        """
        clock_json = json.dumps({"boot": boot_id(), "mono": time.monotonic()}, sort_keys=True)

        def update(row: Op, _s: Session) -> None:
            row.attempts += 1
            row.sent_at = row.updated_at
            row.sent_clock = clock_json

        allowed = (OpState.QUEUED, OpState.FAILED, OpState.SENDING)
        return self._change(
            uuid,
            (seen.state,) if seen is not None else allowed,
            OpState.SENDING,
            SYSTEM,
            "op.sending",
            None,
            update,
            expect_attempts=seen.attempts if seen is not None else None,
        )

    def record_progress(self, uuid: str, attempts: int, progress: dict[str, Any]) -> None:
        """Keep what a handler must know on a later attempt (committed before its request),
        only while the op is still this pusher's sending attempt."""
        with self.journal.write() as s:
            row = s.scalar(select(Op).where(Op.uuid == uuid))
            if row is None or row.state != OpState.SENDING.value or row.attempts != attempts:
                raise OpChanged(f"Op {uuid} is no longer this pusher's to send.")
            merged = json_or_none(row.progress) or {}
            merged.update(progress)
            row.progress = json.dumps(merged, sort_keys=True)

    def mark_done(
        self, uuid: str, result: dict[str, Any] | None, expect_attempts: int | None = None
    ) -> None:
        result_json = json.dumps(result, sort_keys=True) if result is not None else None

        def update(row: Op, _s: Session) -> None:
            row.result = result_json
            row.done_at = row.updated_at
            row.next_attempt_at = None

        self._change(
            uuid,
            (OpState.SENDING, OpState.QUEUED, OpState.FAILED),
            OpState.DONE,
            SYSTEM,
            "op.done",
            {"result": result},
            update,
            expect_attempts=expect_attempts,
        )

    def mark_failed(
        self,
        uuid: str,
        error: str,
        next_attempt_at: datetime,
        expect_attempts: int | None = None,
        *,
        reached_odoo: bool = True,
    ) -> None:
        """A transient failure: try again at `next_attempt_at`. `reached_odoo=False` (the
        request surely never arrived, e.g. connection refused) forgets the send's clock: no
        request of this op is in flight. Given as a message (`msg(...)`, a gateway error's
        `message`), the error is kept with its values too, for screens in other languages."""
        due = to_iso(next_attempt_at)

        def update(row: Op, _s: Session) -> None:
            row.last_error = error
            row.last_error_message = message_json(error)
            row.next_attempt_at = due
            if not reached_odoo:
                row.sent_clock = None

        self._change(
            uuid,
            (OpState.SENDING, OpState.QUEUED, OpState.FAILED),
            OpState.FAILED,
            SYSTEM,
            "op.failed",
            {"error": error, "next_attempt_at": due, "reached_odoo": reached_odoo},
            update,
            expect_attempts=expect_attempts,
        )

    def park(self, uuid: str, reason: str, action: str, expect_attempts: int | None = None) -> None:
        """Stop trying until a person decides: `reason` says what happened, `action` what to
        do. Only this op's aggregate waits; other ops keep flowing. Given as messages
        (`msg(...)`), both are kept with their values too, for screens in other languages."""

        def update(row: Op, _s: Session) -> None:
            row.park_reason = reason
            row.park_action = action
            row.park_message = park_message(reason, action)
            row.next_attempt_at = None
            row.sent_clock = None  # Odoo answered: no request of this op is running

        self._change(
            uuid,
            (OpState.SENDING, OpState.QUEUED, OpState.FAILED),
            OpState.PARKED,
            SYSTEM,
            "op.parked",
            {"reason": reason, "action": action},
            update,
            expect_attempts=expect_attempts,
        )

    def retry(self, uuid: str, by: Actor) -> None:
        """A person sends a parked or failed op again now."""

        def update(row: Op, _s: Session) -> None:
            row.park_reason = None
            row.park_action = None
            row.park_message = None
            row.next_attempt_at = None

        self._change(
            uuid, (OpState.PARKED, OpState.FAILED), OpState.QUEUED, by, "op.retried", None, update
        )

    def cancel(self, uuid: str, by: Actor) -> None:
        """A person withdraws a parked op: it will never be sent."""
        self._change(uuid, (OpState.PARKED,), OpState.CANCELLED, by, "op.cancelled")

    # ------------------------------------------------------------------ reading

    def due_now(self, now: datetime | None = None) -> int:
        """Make every op waiting for its next try due at once (a person pressed "Sync now":
        they expect it to be sent now, not at the backoff's next slot). Parked ops and ops
        waiting for a manager stay as they are. Returns how many were brought forward."""
        moment = to_iso(now or self.clock())
        with self.journal.write() as s:
            rows = s.scalars(
                select(Op).where(Op.state == OpState.FAILED.value, Op.next_attempt_at > moment)
            ).all()
            for row in rows:
                row.next_attempt_at = moment
            return len(rows)

    def get(self, uuid: str) -> OpRecord | None:
        with self.journal.read() as s:
            row = s.scalar(select(Op).where(Op.uuid == uuid))
            return OpRecord.from_row(row) if row else None

    def ready(
        self, now: datetime | None = None, limit: int = 100, latest: datetime | None = None
    ) -> list[OpRecord]:
        """Ops the push engine may work on now, in global seq order.

        Per aggregate only the oldest unfinished op counts, and only when it is queued, sending
        (a previous attempt's outcome is unknown: reconcile it) or failed and due. An aggregate
        whose oldest unfinished op is parked or waiting for approval is blocked, unless that op
        is a parked note (see NEVER_BLOCK_WHEN_PARKED).

        `latest`: a retry due after it was set by a clock that has since gone back (no delay
        is that long), so it counts as due now rather than in hours. Due times only schedule;
        whether a request may still be running is decided on the monotonic clock by the push.
        """
        due = to_iso(now or self.clock())
        beyond = to_iso(latest) if latest is not None else None
        heads = self._heads().subquery()
        query = (
            select(Op)
            .join(heads, Op.seq == heads.c.seq)
            .where(
                or_(
                    Op.state.in_([OpState.QUEUED.value, OpState.SENDING.value]),
                    and_(
                        Op.state == OpState.FAILED.value,
                        or_(
                            Op.next_attempt_at.is_(None),
                            Op.next_attempt_at <= due,
                            Op.next_attempt_at > (beyond or "~"),
                        ),
                    ),
                )
            )
            .order_by(Op.seq)
            .limit(limit)
        )
        with self.journal.read() as s:
            return [OpRecord.from_row(r) for r in s.scalars(query)]

    @staticmethod
    def _heads() -> Select[str, int]:
        """Per aggregate, the seq of the op the others wait for: the oldest unfinished op
        that holds its place in line."""
        holds_place = and_(
            Op.state.in_([s.value for s in UNFINISHED]),
            ~and_(Op.kind.in_(NEVER_BLOCK_WHEN_PARKED), Op.state == OpState.PARKED.value),
        )
        return (
            select(Op.aggregate, func.min(Op.seq).label("seq"))
            .where(holds_place)
            .group_by(Op.aggregate)
        )

    def waiting_behind(self, ops: Iterable[OpRecord]) -> dict[str, OpRecord]:
        """For each op of `ops` waiting to be sent (queued or failed) that is not first in its
        aggregate's line, the op it waits for: the screen names it instead of a bare
        "Waiting to send"."""
        waiting = [op for op in ops if op.state in (OpState.QUEUED, OpState.FAILED)]
        aggregates = sorted({op.aggregate for op in waiting})
        if not aggregates:
            return {}
        heads = self._heads().where(Op.aggregate.in_(aggregates)).subquery()
        with self.journal.read() as s:
            rows = s.scalars(select(Op).join(heads, Op.seq == heads.c.seq))
            first = {row.aggregate: OpRecord.from_row(row) for row in rows}
        return {
            op.uuid: first[op.aggregate]
            for op in waiting
            if op.aggregate in first and first[op.aggregate].seq < op.seq
        }

    def list(self, states: Iterable[OpState] | None = None, limit: int = 500) -> list[OpRecord]:
        """Ops oldest first, optionally only in `states`."""
        query = select(Op).order_by(Op.seq).limit(limit)
        if states is not None:
            query = query.where(Op.state.in_([OpState(s).value for s in states]))
        with self.journal.read() as s:
            return [OpRecord.from_row(r) for r in s.scalars(query)]

    def export(self, path: Path | str) -> int:
        """Write every op as JSON lines to `path`; returns how many. Works in safe mode."""
        return self.export_report(path).count

    def export_report(self, path: Path | str) -> ExportReport:
        """Like `export`, with what could not be read from a damaged journal."""
        return export_ops(self.journal.path, Path(path))
