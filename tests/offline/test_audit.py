"""The audit chain notices any edited, deleted or truncated entry, and names where."""

from __future__ import annotations

import pytest

from storeapp.offline import audit
from storeapp.offline.journal import JournalStore
from tests.offline.helpers import ANN, MAX


@pytest.fixture
def chained(journal: JournalStore) -> JournalStore:
    with journal.write() as session:
        for i in range(1, 7):
            actor = ANN if i % 2 else MAX
            audit.append(session, actor, "count.recorded", f"location:{i}", {"qty": i, "é": "ü"})
    return journal


def _sql(journal: JournalStore, statement: str) -> None:
    with journal.write() as session:
        session.connection().exec_driver_sql(statement)


def test_intact_chain_verifies(chained: JournalStore):
    assert audit.verify(chained) == audit.VerifyResult(ok=True, entries=6)


def test_empty_chain_verifies(journal: JournalStore):
    assert audit.verify(journal).ok


def test_hash_covers_content_and_link():
    fields = dict(
        seq=1,
        at="t",
        actor_id=1,
        actor_name="A",
        action="x",
        subject=None,
        details="{}",
        prev_hash=audit.GENESIS_HASH,
    )
    base = audit.entry_hash(**fields)
    assert len(base) == 64
    for key, other in [("details", '{"a":1}'), ("actor_id", 2), ("prev_hash", "1" * 64)]:
        assert audit.entry_hash(**{**fields, key: other}) != base


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entry SET details = '{\"qty\":300}' WHERE seq = 3",
        "UPDATE audit_entry SET actor_name = 'Someone else' WHERE seq = 3",
        "UPDATE audit_entry SET at = '2020-01-01T00:00:00.000000+00:00' WHERE seq = 3",
    ],
)
def test_edited_entry_is_named(chained: JournalStore, statement: str):
    _sql(chained, statement)
    result = audit.verify(chained)
    assert not result.ok and result.first_bad_seq == 3 and "changed" in result.problem


def test_edit_with_recomputed_hash_breaks_the_next_link(chained: JournalStore):
    with chained.write() as session:
        row = session.get(audit.AuditEntry, 3)
        row.details = '{"qty":300}'
        # Whoever holds the key (when the keyring offers one) can rewrite an entry's own hash,
        # but not the link the next entry made to it.
        row.hash = audit._row_hash(row, chained.audit_signing_key(session))
    result = audit.verify(chained)
    assert (result.ok, result.first_bad_seq) == (False, 4)


def test_deleted_middle_entry_is_named(chained: JournalStore):
    _sql(chained, "DELETE FROM audit_entry WHERE seq = 4")
    result = audit.verify(chained)
    assert (result.ok, result.first_bad_seq) == (False, 4)
    assert "missing" in result.problem


def test_deleted_newest_entry_is_noticed(chained: JournalStore):
    _sql(chained, "DELETE FROM audit_entry WHERE seq = 6")
    result = audit.verify(chained)
    assert (result.ok, result.first_bad_seq) == (False, 6)


def test_everything_deleted_is_noticed(chained: JournalStore):
    _sql(chained, "DELETE FROM audit_entry")
    assert not audit.verify(chained).ok


def test_appending_continues_the_chain_across_reopen(chained: JournalStore, tmp_path):
    chained.close()
    again = JournalStore.open(chained.path.parent)
    try:
        with again.write() as session:
            entry = audit.append(session, None, "app.started", None)
        assert entry.seq == 7 and entry.actor_name is None
        assert audit.verify(again) == audit.VerifyResult(ok=True, entries=7)
    finally:
        again.close()
