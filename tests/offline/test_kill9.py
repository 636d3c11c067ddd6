"""kill -9 in the middle of a stream of journal writes loses no op whose commit had returned."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from storeapp.offline import audit
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import Op

KILLS = 60

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and the fork server are POSIX"),
]


def _received(conn) -> list[str]:
    uuids = []
    while True:
        try:
            if not conn.poll():
                break
            uuids.append(conn.recv_bytes().decode("ascii"))
        except (EOFError, OSError):
            break  # the last message may have been cut by the kill: it proves nothing
    return uuids


def test_kill_9_during_writes_loses_no_acknowledged_op(tmp_path: Path):
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.offline.kill_writer"])
    from tests.offline.kill_writer import write_until_killed

    seed = int(os.environ.get("KILL9_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    JournalStore.open(data_dir).close()
    acknowledged: list[str] = []
    started = time.monotonic()
    for round_ in range(KILLS):
        reader, writer = ctx.Pipe(duplex=False)
        child = ctx.Process(target=write_until_killed, args=(str(data_dir), writer), daemon=True)
        child.start()
        writer.close()
        assert reader.poll(20), f"writer did not start (round {round_}, seed {seed})"
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
        assert child.exitcode == -signal.SIGKILL
        got = _received(reader)
        reader.close()
        assert got, f"round {round_}: no commit was acknowledged (seed {seed})"
        acknowledged.extend(got)

    journal = JournalStore.open(data_dir)
    try:
        assert journal.safe_mode is None, journal.safe_mode
        assert journal.quick_check() == "ok"
        with journal.read() as session:
            stored = set(session.scalars(select(Op.uuid)))
        lost = [u for u in acknowledged if u not in stored]
        assert lost == [], f"{len(lost)} acknowledged ops lost (seed {seed})"
        # Ops and their audit entries were committed together, so the chain is whole too.
        assert audit.verify(journal).ok
    finally:
        journal.close()
    elapsed = time.monotonic() - started
    print(f"\n{KILLS} kills, {len(acknowledged)} acknowledged ops, 0 lost, {elapsed:.1f} s")
