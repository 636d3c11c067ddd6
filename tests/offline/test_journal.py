"""Opening the journal: creation, safe mode for a damaged or newer file, never deleting it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from storeapp.offline.journal import JOURNAL_FILE, JournalStore, SafeModeKind
from storeapp.offline.outbox import Outbox
from storeapp.offline.store import NotSaved, ReadOnlyStore
from tests.offline.helpers import ANN, corrupt_middle


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _journal_with_ops(data_dir: Path, count: int) -> list[str]:
    journal = JournalStore.open(data_dir)
    outbox = Outbox(journal)
    uuids = [
        outbox.enqueue(
            "picking.set_picked", {"line": i, "note": "x" * 300}, f"picking:{i}", ANN
        ).uuid
        for i in range(count)
    ]
    journal.close()
    return uuids


def test_new_journal_is_at_head_with_a_stable_device_id(tmp_path: Path):
    first = JournalStore.open(tmp_path)
    device = first.device_id
    assert first.safe_mode is None and first.backup is None
    assert first.quick_check() == "ok"
    first.close()
    again = JournalStore.open(tmp_path)
    assert again.device_id == device and len(device) == 36
    again.close()
    # A fresh journal is checkpointed: its content is in the main file, not only in the WAL.
    wal = tmp_path / (JOURNAL_FILE + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_corrupt_journal_opens_in_safe_mode_and_is_never_touched(tmp_path: Path):
    uuids = _journal_with_ops(tmp_path, 200)
    path = tmp_path / JOURNAL_FILE
    corrupt_middle(path)
    digest = _digest(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    journal = JournalStore.open(tmp_path)
    try:
        assert journal.safe_mode is not None
        assert journal.safe_mode.kind is SafeModeKind.CORRUPT
        assert "damaged" in journal.safe_mode.reason
        assert "export" in journal.safe_mode.reason
        assert journal.read_only

        with pytest.raises(ReadOnlyStore) as caught:
            with journal.write():
                pass
        assert isinstance(caught.value, NotSaved)
        assert "damaged" in str(caught.value)

        outbox = Outbox(journal)
        target = tmp_path.parent / "outbox.jsonl"
        report = outbox.export_report(target)
        lines = [json.loads(line) for line in target.read_text().splitlines()]
        assert report.count == len(lines) > 0
        exported = {line["uuid"] for line in lines}
        assert exported <= set(uuids)
        # Whatever could not be read is reported as seq ranges, never silently dropped.
        missing = len(uuids) - len(exported)
        assert missing == sum(hi - lo + 1 for lo, hi in report.unreadable) or report.problem
    finally:
        journal.close()

    assert _digest(path) == digest
    # Nothing removed or renamed; at most SQLite's empty companion files appeared.
    after = {p.name: p.stat().st_size for p in tmp_path.iterdir()}
    assert set(files_before) <= set(after)
    assert all(after[n] == 0 or n.endswith("-shm") for n in set(after) - set(files_before))


def test_garbage_file_is_safe_mode_too(tmp_path: Path):
    path = tmp_path / JOURNAL_FILE
    path.write_bytes(b"this is not a database, but it is someone's work" * 100)
    digest = _digest(path)
    journal = JournalStore.open(tmp_path)
    assert journal.safe_mode is not None and journal.safe_mode.kind is SafeModeKind.CORRUPT
    report = Outbox(journal).export_report(tmp_path / "out.jsonl")
    assert report.count == 0 and report.problem
    journal.close()
    assert _digest(path) == digest


def test_journal_from_a_newer_storeapp_is_read_only(tmp_path: Path):
    uuids = _journal_with_ops(tmp_path, 3)
    journal = JournalStore.open(tmp_path)
    with journal.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    journal.close()

    journal = JournalStore.open(tmp_path)
    try:
        assert journal.safe_mode is not None
        assert journal.safe_mode.kind is SafeModeKind.NEWER_SCHEMA
        assert "newer version" in journal.safe_mode.reason
        assert journal.revision == "0999"
        assert [op.uuid for op in Outbox(journal).list()] == uuids
    finally:
        journal.close()


def test_a_database_that_storeapp_did_not_write_is_not_touched(tmp_path: Path):
    path = tmp_path / JOURNAL_FILE
    foreign = sqlite3.connect(path)
    foreign.execute("CREATE TABLE op (id INTEGER PRIMARY KEY, note TEXT)")
    foreign.execute("INSERT INTO op (note) VALUES ('kept')")
    foreign.commit()
    foreign.close()
    digest = _digest(path)
    journal = JournalStore.open(tmp_path)
    try:
        assert journal.safe_mode is not None
        assert journal.safe_mode.detail == "tables without a schema version"
    finally:
        journal.close()
    assert _digest(path) == digest


def test_a_journal_that_cannot_be_created_is_not_saved_and_not_safe_mode(
    tmp_path: Path, monkeypatch
):
    from storeapp.offline import migrate

    def disk_full(connection, target="head"):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrate, "upgrade", disk_full)
    with pytest.raises(NotSaved, match="The disk is full"):
        JournalStore.open(tmp_path)
