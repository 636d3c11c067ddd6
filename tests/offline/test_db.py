"""Engine settings, BEGIN IMMEDIATE, typed write failures and the network-path refusal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from storeapp.offline.cache import CacheStore
from storeapp.offline.db import (
    JOURNAL_DURABILITY,
    NetworkPathError,
    PragmaError,
    StorageError,
    apply_pragmas,
    ensure_local_folder,
    is_unc_path,
    network_mount_of,
    read_pragmas,
)
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import JournalMeta
from storeapp.offline.store import NotSaved


def _pragmas(store) -> dict:
    raw = store.engine.raw_connection()
    try:
        return read_pragmas(raw.driver_connection)
    finally:
        raw.close()


def test_journal_pragmas_are_durable(journal: JournalStore):
    assert _pragmas(journal) == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": 10_000,
    }


def test_cache_pragmas(tmp_path: Path):
    with CacheStore.open(tmp_path) as cache:
        assert _pragmas(cache) == {
            "journal_mode": "wal",
            "synchronous": 1,  # NORMAL: the cache can be rebuilt
            "foreign_keys": 1,
            "busy_timeout": 10_000,
        }


def _other_writer(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    return conn


def test_write_takes_the_write_lock_at_begin(journal: JournalStore):
    other = _other_writer(journal.path)
    try:
        with journal.write() as session:
            # Only a read so far: a deferred BEGIN would not hold the write lock yet.
            session.execute(select(1))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_does_not_block_writers(journal: JournalStore):
    other = _other_writer(journal.path)
    try:
        with journal.read() as session:
            session.execute(select(JournalMeta)).all()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_failed_commit_raises_not_saved_and_keeps_nothing(journal: JournalStore):
    with journal.write() as session:
        session.execute(
            text(
                "CREATE TRIGGER refuse BEFORE INSERT ON journal_meta WHEN NEW.key = 'x' "
                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
            )
        )
    with pytest.raises(NotSaved) as caught:
        with journal.write() as session:
            session.add(JournalMeta(key="y", value="1"))
            session.add(JournalMeta(key="x", value="2"))
    assert str(caught.value).startswith("Not saved: the journal could not be written.")
    assert "disk I/O error" in caught.value.cause
    assert journal.meta("y") is None


def test_disk_full_is_explained(journal: JournalStore):
    with pytest.raises(NotSaved, match="The disk is full"):
        with journal.write() as session:
            pages = session.execute(text("PRAGMA page_count")).scalar()
            session.execute(text(f"PRAGMA max_page_count = {pages + 1}"))
            session.add(JournalMeta(key="big", value="x" * 200_000))
    assert journal.meta("big") is None


def test_other_exceptions_roll_back_and_pass_through(journal: JournalStore):
    with pytest.raises(KeyError):
        with journal.write() as session:
            session.add(JournalMeta(key="half", value="done"))
            session.flush()
            raise KeyError("boom")
    assert journal.meta("half") is None


def test_unc_paths_are_recognised():
    assert is_unc_path(r"\\fileserver\store\data")
    assert is_unc_path("//fileserver/store/data")
    assert is_unc_path(r"\\?\UNC\fileserver\store")
    assert not is_unc_path(r"C:\ProgramData\StoreApp")
    assert not is_unc_path(r"\\?\C:\very\long\path")
    assert not is_unc_path("/var/lib/storeapp")


def test_network_mount_is_refused(tmp_path: Path):
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"//nas/store {share} cifs rw,vers=3.0 0 0\n"
        f"nas:/export {tmp_path}/nfs\\040dir nfs4 rw 0 0\n"
    )
    assert network_mount_of(share / "data", mounts) == "cifs"
    assert network_mount_of(tmp_path / "nfs dir", mounts) == "nfs4"
    assert network_mount_of(tmp_path / "local", mounts) is None
    with pytest.raises(NetworkPathError, match=r"network share \(cifs\).*own disk"):
        ensure_local_folder(share / "data", mounts_file=mounts)
    ensure_local_folder(tmp_path / "local", mounts_file=mounts)


def test_unc_data_folder_is_refused_before_touching_it():
    with pytest.raises(NetworkPathError, match="network path"):
        JournalStore.open(Path(r"\\fileserver\store\data"))


def test_a_conflicting_row_is_not_saved_and_blamed_on_the_program(journal: JournalStore):
    with journal.write() as session:
        session.add(JournalMeta(key="dup", value="1"))
    with pytest.raises(NotSaved, match="program error") as caught:
        with journal.write() as session:
            session.add(JournalMeta(key="dup", value="2"))
    assert "UNIQUE" in caught.value.cause
    assert journal.meta("dup") == "1"


def test_data_folder_that_cannot_be_created_is_explained(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match=r"cannot be created .*STOREAPP_DATA_DIR"):
        JournalStore.open(blocker / "data")
    with pytest.raises(StorageError, match="cannot be created"):
        CacheStore.open(blocker / "data")


def test_a_refused_pragma_stops_the_connection():
    # SQLite keeps an in-memory database in "memory" journal mode whatever is asked: exactly the
    # kind of silent refusal the read-back exists for.
    conn = sqlite3.connect(":memory:")
    try:
        with pytest.raises(PragmaError, match="journal_mode"):
            apply_pragmas(conn, JOURNAL_DURABILITY)
    finally:
        conn.close()
