"""Disk full and I/O errors on journal writes: nothing says "saved" for a write that failed,
and the app keeps working once the disk does.

- Disk full: SQLite's `max_page_count` caps the real journal (the app's own writes fill it),
  so every further write meets SQLITE_FULL exactly as on a full disk. Checked on the outbox
  and on the counting screen's presenter with the error presenter's wording.
- I/O errors: a child process runs the real journal write path under `strace -e inject`,
  which makes the kernel's pwrite64 fail with EIO for a stretch of calls; every op the child
  reported saved must be in the journal, none reported not saved may be, and the child must
  keep going and save again once the writes work.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from storeapp.offline import audit
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import JournalMeta, Op
from storeapp.offline.outbox import Actor, Outbox
from storeapp.offline.store import NotSaved
from tests.unit.test_counts_presenter import MUG, World, counted

ROOT = Path(__file__).resolve().parents[2]
ASSOCIATE = Actor(2, "Rose Vincent")


def cap_pages(journal: JournalStore) -> dict[str, int]:
    """Make every connection of the journal obey `limit["pages"]` (0: no cap)."""
    limit = {"pages": 0}

    @event.listens_for(journal.engine, "checkout")
    def _cap(dbapi_connection, _record, _proxy):  # SQLAlchemy signature
        pages = limit["pages"] or 1073741823
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    return limit


def fill(outbox: Outbox, limit: dict[str, int]) -> int:
    """Cap the journal at its size, then save filler ops, smaller and smaller, until not even
    a tiny one fits: the disk is full. Returns how many fillers were saved."""
    with outbox.journal.read() as s:
        limit["pages"] = s.connection().exec_driver_sql("PRAGMA page_count").scalar() + 4
    saved = 0
    for size in (4000, 1000, 200, 20, 1):
        for _ in range(2000):
            try:
                outbox.enqueue("message.post", {"pad": "x" * size}, "filler:1", ASSOCIATE)
            except NotSaved as exc:
                assert "disk is full" in str(exc), exc
                break
            saved += 1
        else:
            raise AssertionError("the capped journal never filled up")
    # The last crumbs of free space: each table keeps its own pages, so the audit trail (which
    # every save appends to) and the key/value facts get the smallest rows they take.
    for _ in range(20000):
        try:
            with outbox.journal.write() as s:
                audit.append(s, ASSOCIATE, "x", None)
        except NotSaved:
            break
    for n in range(20000):
        try:
            with outbox.journal.write() as s:
                s.add(JournalMeta(key=f"pad{n}", value=""))
        except NotSaved:
            return saved
    raise AssertionError("the capped journal never filled up")


def op_count(journal: JournalStore) -> int:
    with journal.read() as s:
        return s.scalar(select(func.count()).select_from(Op))


def test_disk_full_outbox_raises_not_saved_and_keeps_nothing(tmp_path, record):
    journal = JournalStore.open(tmp_path)
    try:
        outbox = Outbox(journal)
        limit = cap_pages(journal)
        fill(outbox, limit)
        before = op_count(journal)
        refused = 0
        for n in range(20):
            with pytest.raises(NotSaved, match="Not saved: .*disk is full") as caught:
                outbox.enqueue("count.apply", {"n": n, "pad": "y" * 50}, "quant:1", ASSOCIATE)
            assert "Free some space" in str(caught.value)
            refused += 1
        assert op_count(journal) == before  # nothing of the refused saves is there
        assert journal.quick_check() == "ok"
        limit["pages"] = 0  # space freed
        op = outbox.enqueue("count.apply", {"n": 99}, "quant:1", ASSOCIATE)
        assert outbox.get(op.uuid) is not None
        record(
            refused,
            0,
            f"{refused} saves on a full disk: all NotSaved, 0 kept, then saved",
            test="disk full (outbox)",
        )
    finally:
        journal.close()


def test_disk_full_on_the_counting_screen_says_not_saved_and_keeps_running(tmp_path, record):
    from storeapp.ui.errors import explain

    world = World(tmp_path)
    try:
        limit = cap_pages(world.journal)
        world.run(world.counts.scan("LYO-A01"))
        world.run(world.counts.scan("3760000000017"))
        assert counted(world) == {str(MUG): 1}
        fill(world.outbox, limit)
        with pytest.raises(NotSaved) as caught:
            world.run(world.counts.set_quantity(str(MUG), 11))
        said = explain(caught.value, "Saving the count")
        assert said.title == "Not saved" and "disk is full" in said.what, said
        assert "saved" not in said.todo.replace("Nothing of this change was kept", "")
        # The screen shows what the journal holds, not the failed change.
        assert counted(world) == {str(MUG): 1}
        limit["pages"] = 0
        feedback = world.run(world.counts.set_quantity(str(MUG), 11))
        assert feedback.level == "ok" and counted(world) == {str(MUG): 11}
        record(
            1,
            0,
            'count screen: "Not saved" on a full disk, line unchanged, then saved',
            test="disk full (count screen)",
        )
    finally:
        world.close()


CHILD = """
import sys, uuid
from pathlib import Path
from storeapp.offline import audit
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Actor, Outbox
from storeapp.offline.store import NotSaved

outbox = Outbox(JournalStore.open(Path(sys.argv[1])))
print("ready", flush=True)
for n in range(int(sys.argv[2])):
    op_uuid = str(uuid.uuid4())
    try:
        outbox.enqueue("picking.set_picked", {"n": n}, f"picking:{n % 3}",
                       Actor(2, "Rose"), uuid=op_uuid)
    except NotSaved as exc:
        print("notsaved", op_uuid, str(exc).replace(chr(10), " "), flush=True)
    else:
        print("saved", op_uuid, flush=True)
print("alive", flush=True)
"""


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_io_errors_on_journal_writes_under_strace(tmp_path, record):
    data = tmp_path / "data"
    JournalStore.open(data).close()  # created before the faults: only saves are hit
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    ops = 60
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # pwrite64 calls 25..60 of the child fail with EIO (opening the journal makes a few).
    cmd = [
        "strace", "-f", "-qq", "-o", os.devnull,
        "-e", "inject=pwrite64:error=EIO:when=25..60",
        sys.executable, str(script), str(data), str(ops),
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, env=env, cwd=ROOT)
    if "ptrace" in done.stderr and "not permitted" in done.stderr.lower():
        pytest.skip(f"ptrace is not allowed here: {done.stderr.strip()}")
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and lines[-1] == "alive", (done.returncode, done.stderr[-2000:])
    saved = [ln.split()[1] for ln in lines if ln.startswith("saved ")]
    refused = [ln.split()[1] for ln in lines if ln.startswith("notsaved ")]
    assert refused, "no write failed: the injection did not reach the journal"
    assert all("Not saved" in ln for ln in lines if ln.startswith("notsaved "))
    # Saving works again after the bad stretch, in the same process.
    assert lines[-2].startswith("saved "), lines[-5:]
    journal = JournalStore.open(data)
    try:
        assert journal.quick_check() == "ok"
        outbox = Outbox(journal)
        lost = [u for u in saved if outbox.get(u) is None]
        ghosts = [u for u in refused if outbox.get(u) is not None]
    finally:
        journal.close()
    record(
        ops,
        len(lost) + len(ghosts),
        f"EIO on {len(refused)} saves: {len(lost)} saved-but-lost, {len(ghosts)} "
        "not-saved-but-kept, process kept running",
        test="I/O errors (strace inject EIO)",
    )
    assert not lost and not ghosts
