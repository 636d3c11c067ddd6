"""The outbox: life of an op, approvals, ordering per aggregate, audit of every change."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from storeapp.offline import audit
from storeapp.offline.journal import JOURNAL_FILE, JournalStore, SafeModeKind
from storeapp.offline.journal_models import Approval, AuditEntry, OpState
from storeapp.offline.outbox import (
    Backlog,
    DuplicateOp,
    InvalidTransition,
    OpNotFound,
    Outbox,
    SelfApproval,
)
from storeapp.offline.store import NotSaved
from tests.offline.helpers import ANN, MAX, MIA, FakeClock


def test_enqueue_records_a_queued_op_with_payload_version(outbox: Outbox, clock: FakeClock):
    op = outbox.enqueue("picking.set_picked", {"lines": {"7": 2.0}}, "picking:4711", ANN)
    assert op.state is OpState.QUEUED
    assert op.payload == {"lines": {"7": 2.0}, "v": 1}
    assert (op.actor_id, op.actor_name) == (ANN.id, ANN.name)
    assert op.attempts == 0 and op.created_at <= clock.now
    assert outbox.get(op.uuid) == op
    assert outbox.get("no-such-op") is None


def test_enqueue_rejects_what_cannot_be_pushed(outbox: Outbox):
    with pytest.raises(ValueError, match="area.verb"):
        outbox.enqueue("Count Apply", {}, "quant:1", ANN)
    with pytest.raises(ValueError, match="aggregate"):
        outbox.enqueue("count.apply", {}, "", ANN)
    with pytest.raises(ValueError, match="not plain JSON"):
        outbox.enqueue("count.apply", {"when": object()}, "quant:1", ANN)
    assert outbox.list() == []


def test_same_uuid_twice_is_one_op(outbox: Outbox):
    first = outbox.enqueue("picking.validate", {}, "picking:1", ANN, uuid="u-1")
    again = outbox.enqueue("picking.validate", {}, "picking:1", ANN, uuid="u-1")
    assert again == first and len(outbox.list()) == 1
    with pytest.raises(DuplicateOp):
        outbox.enqueue("count.apply", {}, "quant:1", ANN, uuid="u-1")


def test_enqueue_joins_the_callers_transaction(journal: JournalStore, outbox: Outbox):
    from storeapp.offline.journal_models import WorkSession

    with pytest.raises(RuntimeError):
        with journal.write() as session:
            session.add(
                WorkSession(
                    uuid="w-1",
                    kind="pick",
                    subject="picking:1",
                    state="submitted",
                    created_at="x",
                    updated_at="x",
                )
            )
            outbox.enqueue("picking.validate", {}, "picking:1", ANN, session=session)
            raise RuntimeError("the screen failed before commit")
    # Neither the user's action nor its op, nor an audit entry, was kept.
    assert outbox.list() == []
    assert audit.verify(journal).entries == 0

    with journal.write() as session:
        session.add(
            WorkSession(
                uuid="w-2",
                kind="pick",
                subject="picking:2",
                state="submitted",
                created_at="x",
                updated_at="x",
            )
        )
        op = outbox.enqueue("picking.validate", {}, "picking:2", ANN, session=session)
    assert outbox.get(op.uuid) is not None


def test_approval_flow_needs_another_manager(journal: JournalStore, outbox: Outbox):
    op = outbox.enqueue(
        "count.apply", {"delta": -3}, "quant:5/8/0", MAX, needs_approval=True, value_impact=-42.5
    )
    assert op.state is OpState.PENDING_APPROVAL
    assert outbox.ready() == []
    with pytest.raises(SelfApproval, match="another manager"):
        outbox.approve(op.uuid, MAX)
    assert outbox.get(op.uuid).state is OpState.PENDING_APPROVAL
    approved = outbox.approve(op.uuid, MIA, note="recount confirmed")
    assert approved.state is OpState.QUEUED
    assert (approved.approver_id, approved.approver_name) == (MIA.id, MIA.name)
    assert [r.uuid for r in outbox.ready()] == [op.uuid]
    with journal.read() as session:
        row = session.scalar(select(Approval).where(Approval.op_uuid == op.uuid))
        assert (row.decision, row.decided_by_id, row.note, row.value_impact) == (
            "approved",
            MIA.id,
            "recount confirmed",
            -42.5,
        )
    with pytest.raises(InvalidTransition, match="queued"):
        outbox.approve(op.uuid, MIA)


def test_reject_needs_a_note_and_the_op_is_never_sent(outbox: Outbox):
    op = outbox.enqueue("count.apply", {}, "quant:1", ANN, needs_approval=True)
    with pytest.raises(ValueError, match="note"):
        outbox.reject(op.uuid, MAX, "  ")
    rejected = outbox.reject(op.uuid, MAX, "count looks wrong: recount shelf B2")
    assert rejected.state is OpState.REJECTED
    assert outbox.ready() == []
    # A later op on the same aggregate is not blocked by a rejected one.
    later = outbox.enqueue("count.apply", {}, "quant:1", ANN)
    assert [r.uuid for r in outbox.ready()] == [later.uuid]


def test_push_life_cycle(outbox: Outbox, clock: FakeClock):
    op = outbox.enqueue("picking.validate", {}, "picking:9", ANN)
    outbox.mark_sending(op.uuid)
    sending = outbox.get(op.uuid)
    assert sending.state is OpState.SENDING and sending.attempts == 1 and sending.sent_at
    # A crash here leaves it "sending": it stays ready so the engine reconciles it.
    assert [r.uuid for r in outbox.ready()] == [op.uuid]

    outbox.mark_failed(op.uuid, "Odoo did not answer in 30 s", clock.now + timedelta(minutes=2))
    failed = outbox.get(op.uuid)
    assert failed.state is OpState.FAILED and failed.last_error.startswith("Odoo did not")
    assert outbox.ready() == []
    assert [r.uuid for r in outbox.ready(now=clock.now + timedelta(minutes=3))] == [op.uuid]

    outbox.mark_sending(op.uuid)
    outbox.mark_done(op.uuid, {"validated": True, "backorder_id": None})
    done = outbox.get(op.uuid)
    assert done.state is OpState.DONE and done.attempts == 2
    assert done.result == {"validated": True, "backorder_id": None} and done.done_at
    with pytest.raises(InvalidTransition):
        outbox.mark_sending(op.uuid)
    with pytest.raises(OpNotFound):
        outbox.mark_done("missing", None)


def test_parked_op_blocks_only_its_aggregate_until_retried_or_cancelled(outbox: Outbox):
    a1 = outbox.enqueue("picking.set_picked", {}, "picking:1", ANN)
    a2 = outbox.enqueue("picking.validate", {}, "picking:1", ANN)
    b1 = outbox.enqueue("picking.validate", {}, "picking:2", ANN)
    outbox.mark_sending(a1.uuid)
    outbox.park(a1.uuid, "Odoo says the order was cancelled.", "Check the order in Odoo.")
    parked = outbox.get(a1.uuid)
    assert parked.park_reason.startswith("Odoo says") and parked.park_action
    assert [r.uuid for r in outbox.ready()] == [b1.uuid]

    outbox.retry(a1.uuid, MAX)
    retried = outbox.get(a1.uuid)
    assert retried.state is OpState.QUEUED and retried.park_reason is None
    assert [r.uuid for r in outbox.ready()] == [a1.uuid, b1.uuid]

    outbox.park(a1.uuid, "still refused", "cancel it")
    outbox.cancel(a1.uuid, MAX)
    assert outbox.get(a1.uuid).state is OpState.CANCELLED
    assert [r.uuid for r in outbox.ready()] == [a2.uuid, b1.uuid]
    with pytest.raises(InvalidTransition, match="cancelled"):
        outbox.retry(a1.uuid, MAX)


def test_counts_oldest_and_list(outbox: Outbox, clock: FakeClock):
    assert outbox.oldest_pending_created_at() is None
    waiting = outbox.enqueue("count.apply", {}, "quant:1", ANN, needs_approval=True)
    assert outbox.oldest_pending_created_at() is None  # a manager's business, not Odoo's
    first = outbox.enqueue("picking.validate", {}, "picking:1", ANN)
    clock.advance(minutes=5)
    second = outbox.enqueue("picking.validate", {}, "picking:2", ANN)
    outbox.mark_sending(first.uuid)
    outbox.mark_done(first.uuid, None)
    assert outbox.oldest_pending_created_at() == second.created_at
    counts = outbox.counts_by_state()
    assert set(counts) == set(OpState)
    assert (counts[OpState.PENDING_APPROVAL], counts[OpState.DONE], counts[OpState.QUEUED]) == (
        1,
        1,
        1,
    )
    assert [r.uuid for r in outbox.list()] == [waiting.uuid, first.uuid, second.uuid]
    assert [r.uuid for r in outbox.list(states=[OpState.DONE])] == [first.uuid]
    assert len(outbox.list(limit=2)) == 2


def test_every_state_change_is_audited(journal: JournalStore, outbox: Outbox):
    op = outbox.enqueue("count.apply", {}, "quant:1", ANN, needs_approval=True)
    outbox.approve(op.uuid, MAX, "fine")
    outbox.mark_sending(op.uuid)
    outbox.park(op.uuid, "refused", "retry later")
    outbox.retry(op.uuid, MIA)
    outbox.mark_sending(op.uuid)
    outbox.mark_done(op.uuid, {"move_id": 7})
    with journal.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    assert [(e.action, e.actor_name) for e in entries] == [
        ("op.enqueued", ANN.name),
        ("op.approved", MAX.name),
        ("op.sending", "storeapp"),
        ("op.parked", "storeapp"),
        ("op.retried", MIA.name),
        ("op.sending", "storeapp"),
        ("op.done", "storeapp"),
    ]
    assert {e.subject for e in entries} == {f"op:{op.uuid}"}
    assert json.loads(entries[3].details)["reason"] == "refused"
    assert audit.verify(journal).ok


def test_failed_transition_leaves_no_audit_entry(journal: JournalStore, outbox: Outbox):
    op = outbox.enqueue("picking.validate", {}, "picking:1", ANN)
    with pytest.raises(InvalidTransition):
        outbox.cancel(op.uuid, MAX)
    with journal.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1


def test_export_writes_every_op_as_json_lines(outbox: Outbox, tmp_path: Path):
    made = [outbox.enqueue("picking.validate", {"n": i}, f"picking:{i}", ANN) for i in range(5)]
    outbox.mark_sending(made[0].uuid)
    target = tmp_path / "export" / "ops.jsonl"
    target.parent.mkdir()
    assert outbox.export(target) == 5
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["uuid"] for line in lines] == [op.uuid for op in made]
    assert lines[0]["state"] == "sending" and lines[3]["payload"] == {"n": 3, "v": 1}


def test_safe_mode_outbox_refuses_writes_but_reads(tmp_path: Path):
    journal = JournalStore.open(tmp_path)
    Outbox(journal).enqueue("picking.validate", {}, "picking:1", ANN)
    journal.close()
    # Opened read-only on purpose: the same path the app takes for a damaged journal.
    safe = JournalStore._safe(tmp_path / JOURNAL_FILE, SafeModeKind.CORRUPT, "test")
    try:
        outbox = Outbox(safe)
        assert len(outbox.ready()) == 1
        with pytest.raises(NotSaved):
            outbox.enqueue("picking.validate", {}, "picking:2", ANN)
    finally:
        safe.close()


# --------------------------------------------------------------------------- property test

STATES = list(OpState)


@pytest.fixture(scope="module")
def template_journal(tmp_path_factory) -> Path:
    """A migrated empty journal, copied for every example (faster than migrating each time)."""
    folder = tmp_path_factory.mktemp("template")
    JournalStore.open(folder).close()
    return folder / JOURNAL_FILE


def _drive_to(outbox: Outbox, uuid: str, state: OpState, due) -> None:
    if state in (OpState.QUEUED, OpState.PENDING_APPROVAL):
        return
    if state is OpState.REJECTED:
        outbox.reject(uuid, MAX, "no")
        return
    outbox.mark_sending(uuid)
    if state is OpState.DONE:
        outbox.mark_done(uuid, None)
    elif state is OpState.FAILED:
        outbox.mark_failed(uuid, "timeout", due)
    elif state in (OpState.PARKED, OpState.CANCELLED):
        outbox.park(uuid, "refused", "check")
        if state is OpState.CANCELLED:
            outbox.cancel(uuid, MAX)


op_plans = st.lists(
    st.tuples(
        st.sampled_from(["picking:1", "picking:2", "quant:3", "return:4"]),
        st.sampled_from(STATES),
        st.integers(min_value=-3, max_value=3),  # minutes until a failed op is due
    ),
    max_size=14,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=op_plans, limit=st.integers(min_value=1, max_value=20))
def test_ready_follows_the_ordering_rules(template_journal: Path, plan, limit):
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(template_journal, Path(folder) / JOURNAL_FILE)
        clock = FakeClock()
        journal = JournalStore.open(Path(folder), clock=clock)
        try:
            outbox = Outbox(journal, clock=clock)
            now = clock.now + timedelta(hours=1)
            made = []
            for aggregate, state, due_minutes in plan:
                needs = state in (OpState.PENDING_APPROVAL, OpState.REJECTED)
                op = outbox.enqueue("picking.validate", {}, aggregate, ANN, needs_approval=needs)
                due = now + timedelta(minutes=due_minutes)
                _drive_to(outbox, op.uuid, state, due)
                made.append((op.seq, op.uuid, aggregate, state, due))

            # The rules, written the plain way.
            unfinished = {"pending_approval", "queued", "sending", "failed", "parked"}
            expected = []
            for aggregate in {m[2] for m in made}:
                line = [m for m in made if m[2] == aggregate and m[3].value in unfinished]
                if not line:
                    continue
                seq, uuid, _, state, due = min(line)
                if state in (OpState.QUEUED, OpState.SENDING) or (
                    state is OpState.FAILED and due <= now
                ):
                    expected.append((seq, uuid))
            expected = [uuid for _, uuid in sorted(expected)][:limit]
            assert [r.uuid for r in outbox.ready(now=now, limit=limit)] == expected
        finally:
            journal.close()


def test_concurrent_writers_queue_up_and_keep_the_chain_whole(journal: JournalStore):
    """Four threads enqueue at once: BEGIN IMMEDIATE makes them wait their turn (no "database
    is locked"), and the audit chain, which reads the previous hash, never forks."""
    from concurrent.futures import ThreadPoolExecutor

    outbox = Outbox(journal)

    def worker(n: int) -> list[str]:
        return [
            outbox.enqueue("picking.validate", {"n": i}, f"picking:{n}", ANN).uuid
            for i in range(40)
        ]

    with ThreadPoolExecutor(4) as pool:
        made = [u for batch in pool.map(worker, range(4)) for u in batch]
    assert len(set(made)) == 160
    assert {op.uuid for op in outbox.list()} == set(made)
    assert audit.verify(journal) == audit.VerifyResult(ok=True, entries=160)


def test_a_parked_note_never_holds_back_the_stock_ops_of_its_order(outbox: Outbox):
    """Odoo may refuse a chatter note (no e-mail address on the device user): the handover
    behind it is still sent, and whatever waits behind another op names that op."""
    picked = outbox.enqueue("picking.set_picked", {}, "picking:16", ANN)
    note = outbox.enqueue("message.post", {}, "picking:16", ANN)
    handover = outbox.enqueue("picking.validate", {}, "picking:16", ANN)
    assert outbox.waiting_behind(outbox.list()) == {
        note.uuid: picked,
        handover.uuid: picked,
    }
    outbox.mark_sending(picked.uuid)
    outbox.mark_done(picked.uuid, None)
    outbox.mark_sending(note.uuid)
    outbox.park(note.uuid, "Odoo refused the note", "Set the device user's e-mail address.")
    assert [r.uuid for r in outbox.ready()] == [handover.uuid]
    assert outbox.waiting_behind(outbox.list()) == {}

    # Any other parked op still blocks its aggregate, and the ops behind it say which one.
    count = outbox.enqueue("count.apply", {}, "quant:1/2/0", ANN)
    outbox.mark_sending(count.uuid)
    outbox.park(count.uuid, "refused", "check")
    later = outbox.enqueue("count.apply", {}, "quant:1/2/0", ANN)
    assert later.uuid not in [r.uuid for r in outbox.ready()]
    behind = outbox.waiting_behind([outbox.get(later.uuid)])
    assert behind[later.uuid].uuid == count.uuid
    assert behind[later.uuid].state is OpState.PARKED


def test_the_backlog_counts_what_its_oldest_age_covers(outbox: Outbox, clock: FakeClock):
    """Waiting for Odoo is defined once: the oldest age shown is the age of an op the
    counts include. A parked op is counted (it needs a person) and dates the backlog."""
    outbox.enqueue("count.apply", {}, "quant:1", ANN, needs_approval=True)
    assert outbox.backlog() == Backlog(0, 0, None)  # a manager's business, not Odoo's
    stuck = outbox.enqueue("picking.validate", {}, "picking:1", ANN)
    outbox.mark_sending(stuck.uuid)
    outbox.park(stuck.uuid, "Odoo says the order was cancelled.", "Check the order in Odoo.")
    clock.advance(minutes=5)
    queued = outbox.enqueue("picking.validate", {}, "picking:2", ANN)
    clock.advance(minutes=5)
    sending = outbox.enqueue("picking.validate", {}, "picking:3", ANN)
    outbox.mark_sending(sending.uuid)
    backlog = outbox.backlog()
    assert (backlog.to_send, backlog.parked, backlog.waiting) == (2, 1, 3)
    assert backlog.oldest_created_at == stuck.created_at
    outbox.cancel(stuck.uuid, MAX)
    assert outbox.backlog().oldest_created_at == queued.created_at
    assert outbox.backlog().oldest_created_at == outbox.oldest_pending_created_at()
