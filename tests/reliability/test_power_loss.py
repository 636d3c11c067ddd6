"""Power loss over the journal's real schema and its real enqueue/state-change path.

The transactions are made by the real `Outbox` on a real journal; the SQL each one ran is
captured (SQLAlchemy's cursor events) and replayed, commit by commit, on a copy of the same
journal through the recording VFS (power_loss.py), with the journal's pragmas: WAL and
synchronous=FULL. Each seed then cuts the power at a random event, keeps a random subset of
the writes that were not yet fsynced, and opens the result with SQLite:

- 0 corrupt (quick_check ok), 0 acknowledged ops missing, across >= 300 seeds;
- the guard: the same harness with synchronous=NORMAL must find lost acknowledged ops,
  which proves it can see a loss.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import uuid
from pathlib import Path

import apsw
from sqlalchemy import event

from storeapp.offline.journal import JOURNAL_FILE, JournalStore
from storeapp.offline.outbox import Actor, Outbox
from tests.reliability.power_loss import SYNC, WRITE, Event, Log, RecordingVFS, rebuild
from tests.reliability.results import scaled

SEEDS = 320  # CI; times STOREAPP_RELIABILITY_SCALE
OPS = 24
WRITER = Actor(3, "Power Cut")


def _capture_workload(folder: Path) -> list[tuple[str, list[tuple[str, tuple]]]]:
    """Run the real outbox on a journal in `folder`; return each transaction's statements,
    with the uuid of the op it saved (or changed)."""
    journal = JournalStore.open(folder)
    captured: list[tuple[str, tuple]] = []

    @event.listens_for(journal.engine, "before_cursor_execute")
    def _capture(conn, cursor, statement, parameters, context, executemany):
        if executemany:
            for params in parameters:
                captured.append((statement, tuple(params)))
        else:
            captured.append((statement, tuple(parameters or ())))

    outbox = Outbox(journal)
    transactions = []
    rng = random.Random(42)

    def take(op_uuid: str) -> None:
        transactions.append((op_uuid, list(captured)))
        captured.clear()

    made: list[str] = []
    for n in range(OPS):
        op = outbox.enqueue(
            "picking.set_picked",
            {"n": n, "note": "x" * rng.randint(10, 3000)},  # some ops span pages
            f"picking:{n % 5}",
            WRITER,
            uuid=str(uuid.uuid4()),
        )
        take(op.uuid)
        made.append(op.uuid)
        if n % 3 == 2:
            outbox.mark_sending(made[-2])
            take(made[-2])
            outbox.mark_done(made[-2], {"ok": True})
            take(made[-2])
    journal.close()
    return transactions


def _replay(base: Path, transactions, synchronous: str, work: Path) -> Log:
    """Replay the transactions on a copy of `base` through the recording VFS."""
    work.mkdir(parents=True, exist_ok=True)
    db = work / JOURNAL_FILE
    shutil.copy(base, db)
    log = Log()
    vfs_name = f"recording-{uuid.uuid4().hex[:8]}"
    vfs = RecordingVFS(vfs_name, log)
    try:
        conn = apsw.Connection(str(db), vfs=vfs_name)
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        assert conn.execute("PRAGMA journal_mode = wal").fetchone()[0] == "wal"
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        conn.execute("PRAGMA foreign_keys = ON")
        for i, (op_uuid, statements) in enumerate(transactions):
            for statement, params in statements:
                conn.execute(statement, params)
            conn.execute("COMMIT")
            log.ack(op_uuid)
            if i == len(transactions) // 2:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # the main file gets writes too
        conn.close()
    finally:
        vfs.unregister()
    return log


def _check(folder: Path, acked: set[str], journal_bytes: bytes) -> tuple[bool, set[str]]:
    """(intact, acknowledged uuids missing) for a rebuilt journal folder."""
    db = folder / JOURNAL_FILE
    if not journal_bytes:
        return True, set(acked)
    conn = sqlite3.connect(db)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        present = {row[0] for row in conn.execute("SELECT uuid FROM op")}
    except sqlite3.DatabaseError:
        return False, set(acked)
    finally:
        conn.close()
    return ok, acked - present


def _run(tmp_path: Path, synchronous: str, seeds: int) -> tuple[int, int, int, int]:
    """(seeds, corrupt, seeds with lost acks, acknowledged ops checked)."""
    capture = tmp_path / "capture"
    base_dir = tmp_path / "base"
    JournalStore.open(base_dir).close()  # real schema, checkpointed
    shutil.copytree(base_dir, capture)
    transactions = _capture_workload(capture)
    log = _replay(base_dir / JOURNAL_FILE, transactions, synchronous, tmp_path / "replay")
    corrupt = lossy = checked = 0
    for seed in range(seeds):
        rng = random.Random(seed)
        cut = rng.randint(0, len(log.events))
        folder = tmp_path / "cut"
        shutil.rmtree(folder, ignore_errors=True)
        acked = rebuild(log, cut, rng, folder)
        intact, missing = _check(folder, acked, (folder / JOURNAL_FILE).read_bytes())
        corrupt += not intact
        lossy += bool(missing)
        checked += len(acked)
    return seeds, corrupt, lossy, checked


def test_power_loss_full_loses_nothing(tmp_path, record):
    seeds, corrupt, lossy, checked = _run(tmp_path, "FULL", scaled(SEEDS))
    record(
        seeds,
        corrupt + lossy,
        f"WAL+FULL: {corrupt} corrupt, {lossy} seeds losing acked ops ({checked} acks checked)",
        test="power loss (synchronous=FULL)",
    )
    assert corrupt == 0
    assert lossy == 0


def test_power_loss_guard_normal_detects_loss(tmp_path, record):
    seeds, corrupt, lossy, _checked = _run(tmp_path, "NORMAL", scaled(100))
    record(
        seeds,
        0 if lossy else 1,
        f"guard WAL+NORMAL: loss detected in {lossy}/{seeds} seeds (must be > 0)",
        test="power loss guard (synchronous=NORMAL)",
    )
    assert corrupt == 0  # NORMAL in WAL mode loses commits but never corrupts
    assert lossy > 0, "the harness saw no loss with synchronous=NORMAL: it cannot detect one"


def test_rebuild_keeps_synced_writes_and_drops_some_unsynced(tmp_path):
    log = Log(base={"a": b"xyz"})
    log.events += [Event(WRITE, "a", 0, b"A"), Event(SYNC, "a")]
    log.ack("one")
    log.events += [Event(WRITE, "a", 1, b"B")]
    kept = set()
    for seed in range(20):
        assert rebuild(log, len(log.events), random.Random(seed), tmp_path / str(seed)) == {"one"}
        kept.add((tmp_path / str(seed) / "a").read_bytes())
    assert kept == {b"Ayz", b"ABz"}  # the synced write always, the unsynced one sometimes
    assert (
        rebuild(log, 0, random.Random(0), tmp_path / "zero"),
        (tmp_path / "zero" / "a").read_bytes(),
    ) == (set(), b"xyz")
