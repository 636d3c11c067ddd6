"""The keyed chain: sealing an unkeyed (upgraded) journal, op rows bound to their entries,
rotation, and the rewrites a key makes visible."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from storeapp.offline import audit
from storeapp.offline.journal import JOURNAL_FILE, JournalStore
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Outbox
from storeapp.ui.memory_keyring import MemoryKeyring
from tests.offline.helpers import ANN, MAX


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _use(backend) -> None:
    keyring.set_keyring(backend)


def _unkeyed_legacy_journal(folder: Path) -> tuple[str, str]:
    """A journal as storeapp wrote it before keys: unkeyed entries without op bindings. Made
    on a PC without a keyring, then stripped of bindings and re-hashed as the old code did."""
    journal = JournalStore.open(folder)
    outbox = Outbox(journal)
    pending = outbox.enqueue("count.apply", {"n": 1}, "quant:1", ANN, needs_approval=True).uuid
    done = outbox.enqueue("picking.validate", {"n": 2}, "picking:2", ANN).uuid
    outbox.mark_sending(done)
    outbox.mark_done(done, {"ok": True})
    journal.close()
    conn = sqlite3.connect(folder / JOURNAL_FILE)
    prev = audit.GENESIS_HASH
    rows = conn.execute(
        "SELECT seq, at, actor_id, actor_name, action, subject, details FROM audit_entry "
        "ORDER BY seq"
    ).fetchall()
    for seq, at, actor_id, actor_name, action, subject, details in rows:
        plain = json.loads(details)
        plain.pop("bound", None)
        text = audit.canonical_json(plain)
        digest = audit.entry_hash(
            seq=seq, at=at, actor_id=actor_id, actor_name=actor_name, action=action,
            subject=subject, details=text, prev_hash=prev,
        )  # fmt: skip
        conn.execute(
            "UPDATE audit_entry SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (text, prev, digest, seq),
        )
        prev = digest
    conn.execute(
        "UPDATE journal_meta SET value = ? WHERE key = 'audit_head'", (f"{len(rows)}:{prev}",)
    )
    conn.commit()
    conn.close()
    return pending, done


def test_first_keyed_start_seals_an_unkeyed_chain_instead_of_calling_it_broken(
    tmp_path: Path, no_keyring
):
    folder = tmp_path / "data"
    pending, done = _unkeyed_legacy_journal(folder)
    _use(MemoryKeyring())
    journal = JournalStore.open(folder)  # the upgrade's first start with a keyring
    try:
        result = audit.verify(journal)
        assert result.ok, result
        with journal.read() as s:
            actions = [
                r[0]
                for r in s.execute(
                    audit.select(audit.AuditEntry.action).where(
                        audit.AuditEntry.key_id.is_not(None)
                    )
                )
            ]
        assert actions[0] == "audit.sealed" and actions.count("audit.sealed") == 2  # chain + 1 op
        outbox = Outbox(journal)
        assert audit.prove_op(journal, done) is None  # done before keys: nothing to prove
        outbox.approve(pending, MAX)
        assert audit.prove_op(journal, pending) is None
        assert audit.verify(journal).ok
    finally:
        journal.close()


def test_a_keyed_chain_rewritten_as_unkeyed_is_not_sealed_again(tmp_path: Path, memory_keyring):
    folder = tmp_path / "data"
    journal = JournalStore.open(folder)
    outbox = Outbox(journal)
    op = outbox.enqueue("count.apply", {"n": 1}, "quant:1", ANN, needs_approval=True).uuid
    journal.close()
    conn = sqlite3.connect(folder / JOURNAL_FILE)
    conn.execute("UPDATE op SET state = 'queued', approver_id = 21 WHERE uuid = ?", (op,))
    prev = audit.GENESIS_HASH
    for seq, at, a_id, a_name, action, subject, details in conn.execute(
        "SELECT seq, at, actor_id, actor_name, action, subject, details FROM audit_entry "
        "ORDER BY seq"
    ).fetchall():
        digest = audit.entry_hash(
            seq=seq, at=at, actor_id=a_id, actor_name=a_name, action=action, subject=subject,
            details=details, prev_hash=prev,
        )  # fmt: skip
        conn.execute(
            "UPDATE audit_entry SET key_id = NULL, prev_hash = ?, hash = ? WHERE seq = ?",
            (prev, digest, seq),
        )
        prev = digest
    conn.execute("UPDATE journal_meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{prev}",))
    conn.commit()
    conn.close()
    journal = JournalStore.open(folder)
    try:
        result = audit.verify(journal)
        assert not result.ok and "rewritten" in (result.problem or ""), result
        assert audit.prove_op(journal, op) is not None
    finally:
        journal.close()


def test_rotation_keeps_older_entries_verifiable(tmp_path: Path, memory_keyring):
    journal = JournalStore.open(tmp_path / "data")
    try:
        outbox = Outbox(journal)
        op = outbox.enqueue("count.apply", {"n": 1}, "quant:1", ANN, needs_approval=True).uuid
        old = journal.audit_signing_key_id()
        new = journal.rotate_audit_key()
        assert new.key_id != old
        outbox.approve(op, MAX)
        assert audit.verify(journal).ok
        assert audit.prove_op(journal, op) is None
        assert outbox.get(op).state is OpState.QUEUED
    finally:
        journal.close()


def test_key_and_pepper_never_print(memory_keyring, tmp_path: Path):
    journal = JournalStore.open(tmp_path / "data")
    try:
        with journal.write() as s:
            key = journal.audit_signing_key(s)
        assert key is not None
        raw = key.secret.reveal()
        for text in (repr(key), str(key.secret), f"{key!r}"):
            assert raw.hex() not in text and "***" in text
    finally:
        journal.close()


def test_demo_keyring_file_keeps_the_journal_key_across_restarts(tmp_path: Path, no_keyring):
    """Demo mode without a system keyring: a second start must find the same key, or every
    pending op of the first session would be unprovable."""
    folder = tmp_path / "demo"
    folder.mkdir()
    _use(MemoryKeyring(folder / "demo-keyring.json"))
    journal = JournalStore.open(folder)
    op = Outbox(journal).enqueue("count.apply", {"n": 1}, "quant:1", ANN, needs_approval=True)
    journal.close()
    _use(MemoryKeyring(folder / "demo-keyring.json"))  # the next start
    journal = JournalStore.open(folder)
    try:
        Outbox(journal).approve(op.uuid, MAX)
        assert audit.prove_op(journal, op.uuid) is None
        with journal.read() as s:
            actions = set(s.scalars(audit.select(audit.AuditEntry.action)))
        assert "audit.rekeyed" not in actions and audit.verify(journal).ok
    finally:
        journal.close()


def test_existing_pin_verifiers_are_peppered_at_upgrade_without_the_pin(tmp_path: Path, no_keyring):
    from storeapp.core import identity
    from storeapp.offline.credentials_repo import CredentialsRepo

    folder = tmp_path / "data"
    journal = JournalStore.open(folder)  # an older PC: no pepper, plain scrypt verifiers
    repo = CredentialsRepo(journal)
    assert repo.pepper() is None
    old = identity.make_pin_verifier("482915", n=2, r=1, p=1)
    repo.enroll(employee_id=1, name="Jules Dubois", role="manager", badge_hash=None,
                pin_verifier=old, enrolled_by_id=None)  # fmt: skip
    journal.close()
    _use(MemoryKeyring())  # the upgrade's first start, with a keyring
    journal = JournalStore.open(folder)
    try:
        repo = CredentialsRepo(journal)
        pepper = repo.pepper()
        cred = repo.get(1)
        assert identity.is_peppered(cred.pin_verifier) and not cred.tampered
        assert identity.verify_pin("482915", cred.pin_verifier, pepper)
        assert not identity.verify_pin("482915", cred.pin_verifier)  # useless without it
    finally:
        journal.close()
