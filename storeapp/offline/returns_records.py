"""Saving returns to the journal: confirmed ones with their ops, refused ones with reasons.

A confirmed return is one transaction holding the record of the intake (a `WorkSession` of
kind "return" with the request, the sale as known, the decision and its trace), its
`return.create` ops, the manager's in-person approval when there was one, and the audit
entries. A refused return is recorded the same way, with its reasons and no op.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from storeapp.core.ops import RETURN_CREATE, aggregate_for, validate_payload
from storeapp.core.policy import Decision, ReturnRequest, SaleFacts
from storeapp.core.returns import PlannedReturn, request_to_dict, sale_to_dict
from storeapp.offline import audit
from storeapp.offline.clock import to_iso, utcnow
from storeapp.offline.journal_models import Approval, Op, OpState, WorkSession
from storeapp.offline.outbox import Actor, Outbox, SelfApproval
from storeapp.offline.store import Writable

SESSION_KIND = "return"
CONFIRMED = "confirmed"
REFUSED = "refused"
ODOO_DT = "%Y-%m-%d %H:%M:%S"


def odoo_time(value: str | None) -> datetime | None:
    """An Odoo UTC datetime string as an aware datetime (None when empty)."""
    if not value:
        return None
    return datetime.strptime(value, ODOO_DT).replace(tzinfo=UTC)


@dataclass(frozen=True)
class SavedReturn:
    """What saving a return changed (sent on the app-level `operation_executed` signal)."""

    reference: str
    state: str  # confirmed | refused
    op_uuids: tuple[str, ...] = ()
    at: datetime = field(default_factory=utcnow)


def _withdrawn(op_uuids: list[str], states: dict[str, str]) -> bool:
    """True when every op of a return was cancelled or rejected: it never reaches Odoo, so
    it did not happen (the per-customer return limit must not count it)."""
    never = (OpState.CANCELLED.value, OpState.REJECTED.value)
    return bool(op_uuids) and all(states.get(u) in never for u in op_uuids)


class ReturnRecords:
    """Journal side of `ReturnsRepo` (which provides `journal`, `outbox` and `clock`)."""

    journal: Writable
    outbox: Outbox
    clock: Callable[[], datetime]

    def _sessions(self, state: str | None, since: datetime) -> list[dict[str, Any]]:
        """Return records of this PC since `since`, with the Odoo return ids their ops made."""
        query = select(WorkSession).where(
            WorkSession.kind == SESSION_KIND, WorkSession.created_at >= to_iso(since)
        )
        if state is not None:
            query = query.where(WorkSession.state == state)
        with self.journal.read() as j:
            sessions = j.scalars(query.order_by(WorkSession.id)).all()
            results: dict[str, Any] = {}
            states: dict[str, str] = {}
            uuids = [u for w in sessions for u in json.loads(w.data).get("op_uuids", [])]
            if uuids:
                for op_uuid, state, result in j.execute(
                    select(Op.uuid, Op.state, Op.result).where(Op.uuid.in_(uuids))
                ):
                    states[op_uuid] = state
                    if result is not None:
                        results[op_uuid] = json.loads(result).get("return_id")
        out = []
        for w in sessions:
            data = json.loads(w.data)
            data["state"] = w.state
            data["uuid"] = w.uuid
            data["return_ids"] = [results[u] for u in data.get("op_uuids", []) if results.get(u)]
            data["withdrawn"] = _withdrawn(data.get("op_uuids", []), states)
            out.append(data)
        return out

    # ------------------------------------------------------------------ saving

    def _record(
        self,
        reference: str,
        request: ReturnRequest,
        sale: SaleFacts | None,
        decision: Decision,
        *,
        customer_name: str,
        order_name: str | None,
    ) -> dict[str, Any]:
        return {
            "v": 1,
            "reference": reference,
            "at": to_iso(self.clock()),
            "order_name": order_name,
            "customer_id": request.customer_id or (sale.customer_id if sale else None),
            "customer_name": customer_name,
            "request": request_to_dict(request),
            "sale": sale_to_dict(sale) if sale else None,
            "decision": decision.to_dict(),
            "trace": decision.trace(),
            "total": str(decision.total_value),
        }

    def save_confirmed(
        self,
        request: ReturnRequest,
        sale: SaleFacts | None,
        decision: Decision,
        planned: Sequence[PlannedReturn],
        actor: Actor,
        *,
        customer_name: str = "",
        approver: Actor | None = None,
        note: str | None = None,
        reference: str | None = None,
    ) -> SavedReturn:
        """Save an accepted return: its record, its ops and the override, in one transaction.
        Nothing is saved when any part fails (`NotSaved` says why)."""
        if approver is not None and approver.same_person(actor):
            # The screen refuses this too; the journal must never record it, whoever calls.
            raise SelfApproval(
                f"{actor.name} took this return and cannot approve it too. "
                "Ask another manager to approve it."
            )
        reference = reference or str(uuid_module.uuid4())
        payloads = [validate_payload(RETURN_CREATE, p.payload()) for p in planned]
        record = self._record(
            reference,
            request,
            sale,
            decision,
            customer_name=customer_name,
            order_name=sale.order_name if sale else None,
        )
        record["approver"] = {"id": approver.id, "name": approver.name} if approver else None
        record["note"] = note
        now = self.clock()
        uuids: list[str] = []
        with self.journal.write() as s:
            for payload in payloads:
                op = self.outbox.enqueue(
                    RETURN_CREATE,
                    payload,
                    aggregate_for(RETURN_CREATE, payload),
                    actor,
                    session=s,
                    value_impact=float(decision.total_value),
                )
                uuids.append(op.uuid)
                if approver is not None:
                    # The manager decided in person at the till: the op goes straight to the
                    # queue, with the approval on record like one from the approval inbox.
                    row = s.scalars(select(Op).where(Op.uuid == op.uuid)).one()
                    row.approver_id = approver.id
                    row.approver_name = approver.name
                    s.add(
                        Approval(
                            op_uuid=op.uuid,
                            requested_by_id=actor.id,
                            requested_at=to_iso(now),
                            decision="approved",
                            decided_by_id=approver.id,
                            decided_by_name=approver.name,
                            decided_at=to_iso(now),
                            note=note,
                            value_impact=float(decision.total_value),
                        )
                    )
                    # The op row now names its approver: the chain must say who approved it,
                    # or the push will not send it (audit.prove_op).
                    audit.append(
                        s, approver, "op.approved", f"op:{op.uuid}", {"in_person": True}, at=now
                    )
            record["op_uuids"] = uuids
            s.add(_session_row(reference, record, CONFIRMED, actor, now))
            s.flush()
            details = {
                "reference": reference,
                "order": record["order_name"],
                "level": str(decision.level),
                "policy_version": decision.policy_version,
                "total": record["total"],
                "ops": uuids,
                "approver": approver.name if approver else None,
                "note": note,
            }
            audit.append(s, actor, "return.confirmed", f"return:{reference}", details, at=now)
            if approver is not None:
                audit.append(
                    s,
                    approver,
                    "return.override",
                    f"return:{reference}",
                    {"level": str(decision.level), "note": note, "trace": decision.trace()},
                    at=now,
                )
        return SavedReturn(reference, CONFIRMED, tuple(uuids), now)

    def save_refused(
        self,
        request: ReturnRequest,
        sale: SaleFacts | None,
        decision: Decision,
        actor: Actor,
        *,
        customer_name: str = "",
        note: str | None = None,
    ) -> SavedReturn:
        """Record a return the store did not take, with the reasons; nothing goes to Odoo."""
        reference = str(uuid_module.uuid4())
        record = self._record(
            reference,
            request,
            sale,
            decision,
            customer_name=customer_name,
            order_name=sale.order_name if sale else None,
        )
        record["note"] = note
        now = self.clock()
        with self.journal.write() as s:
            s.add(_session_row(reference, record, REFUSED, actor, now))
            s.flush()
            reasons = [
                line for line in decision.trace() if not line.startswith("[allow]")
            ] or decision.trace()
            audit.append(
                s,
                actor,
                "return.refused",
                f"return:{reference}",
                {
                    "order": record["order_name"],
                    "level": str(decision.level),
                    "policy_version": decision.policy_version,
                    "reasons": reasons,
                    "note": note,
                },
                at=now,
            )
        return SavedReturn(reference, REFUSED, (), now)


def _session_row(
    reference: str, record: dict[str, Any], state: str, actor: Actor, now: datetime
) -> WorkSession:
    """The work session that keeps a return's record (taken or refused) in the journal."""
    return WorkSession(
        uuid=reference,
        kind=SESSION_KIND,
        subject=f"sale:{record['order_name'] or 'no-receipt'}",
        state=state,
        data=json.dumps(record, ensure_ascii=False),
        employee_id=actor.id,
        employee_name=actor.name,
        created_at=to_iso(now),
        updated_at=to_iso(now),
    )
