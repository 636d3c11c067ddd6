"""Insiders: what a person with the shared OS account (who can read and write the data folder)
tried, and what stops each attempt now. One test per attack, all against odoosim over HTTP.

1. a manager approving a quantity they typed into an associate's recount;
2. editing journal.sqlite (an op's state or approver, a forged approval entry with the chain's
   hashes recomputed, a journal copied to another PC);
3. brute-forcing a PIN from a copied data folder;
4. clearing a lockout by moving the wall clock;
5. re-enrolling another manager without their PIN; an Odoo PIN of "1" for a manager;
6. the device key at DEBUG in the log and the support bundle;
7. webhooks following redirects, drip-fed replies, replayable signatures;
8. world-readable data files.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest

from storeapp import cli
from storeapp.core.count_review import Employee
from storeapp.core.scanning import ProductRef, Tracking
from storeapp.offline import audit
from storeapp.offline.approvals_repo import ApprovalsRepo
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.journal import JOURNAL_FILE, JournalStore
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor, Outbox
from storeapp.ui.memory_keyring import MemoryKeyring
from tests.sync.conftest import make_engine
from tests.sync.test_counts_apply import RULES, count_and_submit, inventory_moves
from tests.ui.test_counts_offline_then_online import grant_stock_manager

ROSE = Employee(2, "Rose Vincent")
JULES = Actor(1, "Jules Dubois")
JULES_MANAGER = Employee(1, "Jules Dubois", is_manager=True)


@pytest.fixture
def store(sim, tmp_path, memory_keyring):
    grant_stock_manager(sim)
    wiring = make_engine(sim, tmp_path / "data")
    assert wiring.engine.run_once().error is None
    yield wiring
    wiring.close()


def _pending_count(sim, store) -> str:
    shelf = sim.facts["stores"][0]["bins"]["LYO/Stock/A-01"]
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    op_uuid = count_and_submit(repo, shelf, [(9, 0, None, None)])[9]
    assert store.outbox.get(op_uuid).state is OpState.PENDING_APPROVAL
    return op_uuid


def _type(repo: CountsRepo, opened, product_id: int, qty: float, who: Employee) -> None:
    location_id = opened.session.location_id
    cost, category, active = repo.product_facts(product_id)
    result = opened.session.set_quantity(
        ProductRef(product_id, f"product {product_id}", Tracking.NONE, active),
        qty,
        by=who,
        now=datetime.now(UTC),
        snapshot=lambda p, lot, _n: repo.snapshot(location_id, p, lot),
        unit_cost=cost,
        category=category,
    )
    assert not hasattr(result, "reason"), result
    repo.save(opened, who)


def test_1_manager_cannot_approve_a_quantity_typed_into_an_associates_recount(sim, store, record):
    """Rose counts, starts a recount and leaves it open; Jules opens the count on the same PC
    and types 0 into it. His entry starts an attempt of his own, and he is one of the people
    who took part, so he cannot approve the adjustment; another manager can."""
    shelf = sim.facts["stores"][0]["bins"]["LYO/Stock/A-01"]
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    opened = repo.start(repo.location(shelf), ROSE)
    _type(repo, opened, 9, 5, ROSE)
    key = next(iter(opened.session.lines))
    opened.session.start_recount(key, by=ROSE, now=datetime.now(UTC))
    _type(repo, opened, 9, 6, ROSE)  # Rose's recount, left open
    again = repo.load(opened.uuid)  # the manager, later, on the same PC
    _type(repo, again, 9, 0, JULES_MANAGER)
    line = again.session.lines[key]
    assert [a.counted_by_id for a in line.attempts] == [ROSE.id, ROSE.id, JULES_MANAGER.id]
    assert line.attempts[1].counted == 6  # Rose's figure is hers, untouched
    submission = again.session.submit(now=datetime.now(UTC), product_active=repo.product_active)
    outcome = repo.submit(again, submission, JULES_MANAGER)
    [op_uuid] = outcome.for_approval
    approvals = ApprovalsRepo(store.journal, store.outbox, store.cache)
    decision = approvals.approve([op_uuid], JULES_MANAGER)
    assert decision.decided == () and "counted this line" in decision.refused[0][1], decision
    store.engine.run_once(pull=False)
    assert not inventory_moves(sim, op_uuid)
    assert store.outbox.get(op_uuid).state is OpState.PENDING_APPROVAL
    other = Employee(3, "Another Manager", is_manager=True)
    assert approvals.approve([op_uuid], other).decided == (op_uuid,)
    record(1, 0, "typing starts the manager's own attempt; his approval refused",
           test="insider 1: approve what you typed")  # fmt: skip


def _sql(path: Path, *statements: str) -> None:
    """What an insider does with any SQLite tool while storeapp is closed."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _recompute_sha_chain(path: Path) -> None:
    """Rewrite every entry's hash as a plain SHA-256 chain, as the old, unkeyed verify wanted."""
    conn = sqlite3.connect(path)
    try:
        prev = audit.GENESIS_HASH
        rows = conn.execute(
            "SELECT seq, at, actor_id, actor_name, action, subject, details FROM audit_entry "
            "ORDER BY seq"
        ).fetchall()
        for seq, at, actor_id, actor_name, action, subject, details in rows:
            digest = audit.entry_hash(
                seq=seq, at=at, actor_id=actor_id, actor_name=actor_name, action=action,
                subject=subject, details=details, prev_hash=prev,
            )  # fmt: skip
            conn.execute(
                "UPDATE audit_entry SET prev_hash = ?, hash = ?, key_id = NULL WHERE seq = ?",
                (prev, digest, seq),
            )
            prev = digest
        conn.execute(
            "UPDATE journal_meta SET value = ? WHERE key = 'audit_head'", (f"{len(rows)}:{prev}",)
        )
        conn.commit()
    finally:
        conn.close()


def _cli_verify(capsys, folder: Path, monkeypatch) -> tuple[int, str]:
    monkeypatch.setenv("STOREAPP_DATA_DIR", str(folder))
    code = cli.main(["audit", "verify"])
    return code, capsys.readouterr().out


EDITS = {
    "queued, approved by a manager": (
        "UPDATE op SET state = 'queued', approver_id = 1, approver_name = 'Jules Dubois' "
        "WHERE uuid = '{uuid}'",
        "UPDATE approval SET decision = 'approved', decided_by_id = 1 WHERE op_uuid = '{uuid}'",
    ),
    "queued, no approver": ("UPDATE op SET state = 'queued' WHERE uuid = '{uuid}'",),
    "forged approval entry, chain recomputed": (
        "UPDATE op SET state = 'queued', approver_id = 1, approver_name = 'Jules Dubois' "
        "WHERE uuid = '{uuid}'",
        "INSERT INTO audit_entry (seq, at, actor_id, actor_name, action, subject, details, "
        "prev_hash, hash) SELECT max(seq) + 1, '2026-12-04T10:00:00.000000+00:00', 1, "
        "'Jules Dubois', 'op.approved', 'op:{uuid}', '{{}}', '', '' FROM audit_entry",
    ),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_2_journal_edited_by_sql_is_neither_pushed_nor_verified(
    sim, store, edit, capsys, monkeypatch, record
):
    op_uuid = _pending_count(sim, store)
    folder = store.journal.path.parent
    store.journal.close()
    _sql(store.journal.path, *(s.format(uuid=op_uuid) for s in EDITS[edit]))
    if edit.startswith("forged"):
        _recompute_sha_chain(store.journal.path)
    code, out = _cli_verify(capsys, folder, monkeypatch)
    assert code == 1, out
    assert op_uuid in out or "keyed" in out, out
    store.journal = JournalStore.open(folder)
    store.outbox = Outbox(store.journal)
    store.engine.push.outbox = store.outbox
    store.engine.outbox = store.outbox
    store.engine.run_once(pull=False)
    op = store.outbox.get(op_uuid)
    applied = inventory_moves(sim, op_uuid)
    assert not applied, "an edited journal row reached Odoo"
    assert op.state is OpState.PARKED and "audit trail" in (op.park_reason or ""), op
    record(1, 0, f"{edit}: parked, not sent; audit verify exit 1",
           test=f"insider 2: journal edit ({edit})")  # fmt: skip


def test_2_journal_copied_to_another_pc_does_not_verify_there(
    sim, store, tmp_path, capsys, monkeypatch, record
):
    op_uuid = _pending_count(sim, store)
    store.outbox.approve(op_uuid, JULES, "checked")
    folder = store.journal.path.parent
    code, out = _cli_verify(capsys, folder, monkeypatch)
    assert code == 0, out
    copy = tmp_path / "other-pc"
    copy.mkdir()
    for part in folder.glob(f"{JOURNAL_FILE}*"):  # the file and its write-ahead log
        shutil.copy2(part, copy / part.name)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # the other PC's keyring: not this journal's key
    try:
        code, out = _cli_verify(capsys, copy, monkeypatch)
    finally:
        keyring.set_keyring(previous)
    assert code == 1 and "copied from another PC" in out, out
    record(1, 0, "verify names the copy", test="insider 2: journal copied to another PC")


def test_2_approved_count_still_pushes(sim, store, record):
    """The guard does not stop honest work: approved by another person, the count lands."""
    op_uuid = _pending_count(sim, store)
    store.outbox.approve(op_uuid, JULES, "checked")
    assert audit.prove_op(store.journal, op_uuid) is None
    store.engine.run_once(pull=False)
    assert store.outbox.get(op_uuid).state is OpState.DONE
    assert len(inventory_moves(sim, op_uuid)) == 1
    assert audit.verify(store.journal).ok


def test_1_return_exception_is_never_approved_by_its_taker(sim, tmp_path, memory_keyring, record):
    """Likewise for returns: the journal refuses an in-person approval by the person who took
    the return (whatever screen or script calls it); another manager's approval is recorded in
    the chain with the op, so the push can prove it and sends it."""
    from storeapp.offline.outbox import SelfApproval
    from tests.sync.helpers import drain
    from tests.sync.test_returns_intake import ASSOCIATE, MANAGER, _delivery, _repo, _take_back

    wiring = make_engine(sim, tmp_path / "pc")
    try:
        wiring.engine.run_once(push=False)
        repo = _repo(wiring)
        delivery = _delivery(sim, within_30_days=True)
        order = sim.execute("sale.order", "read", [delivery["sale_order_id"]], ["name"])[0]["name"]
        before = wiring.outbox.counts_by_state()
        with pytest.raises(SelfApproval, match="cannot approve it too"):
            _take_back(repo, order, [(0, 1.0, "resellable")], approver=ASSOCIATE)
        assert wiring.outbox.counts_by_state() == before  # nothing saved
        saved, _decision, _ = _take_back(repo, order, [(0, 1.0, "resellable")], approver=MANAGER)
        [op_uuid] = saved.op_uuids
        assert audit.prove_op(wiring.journal, op_uuid) is None
        drain(wiring.engine)
        assert wiring.outbox.get(op_uuid).state is OpState.DONE
    finally:
        wiring.close()
    record(1, 0, "self-approval refused by the journal; other manager's approval proven",
           test="insider 1: return approved by its taker")  # fmt: skip
