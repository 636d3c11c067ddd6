"""Random page damage to the cache and the journal, several seeds.

Each seed starts from a real store folder (the cache filled by a pull from odoosim, ops
waiting in the journal), overwrites random pages of each file with random bytes (pages 2..n:
damage to page 1, the header, is the all-or-nothing case tests/offline already covers), then
starts the store again:

- the cache is set aside and rebuilt empty (quick_check ok);
- the journal opens in safe mode: nothing can be written, and `storeapp outbox export`
  (export_ops) still writes out the ops it can read, with the unreadable ranges named;
- a sync engine over the damaged journal pushes nothing: odoosim's ledger gets no note.
"""

from __future__ import annotations

import json
import random
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError

from storeapp.core import ops
from storeapp.offline.cache import CACHE_FILE, CacheStore
from storeapp.offline.db import quick_check
from storeapp.offline.export import export_ops
from storeapp.offline.journal import JOURNAL_FILE, JournalStore, SafeModeKind
from storeapp.offline.store import NotSaved
from tests.reliability.results import scaled
from tests.sync.conftest import make_engine
from tests.sync.helpers import enqueue, message_payload

SEEDS = 6  # CI; times STOREAPP_RELIABILITY_SCALE
OPS = 120
PAGE = 4096


def _damage(path: Path, rng: random.Random) -> int:
    """Overwrite random pages (not the header page) until quick_check sees the damage; return
    how many pages were hit. A page SQLite never reads (free) can take garbage unnoticed,
    which is why it keeps going."""
    pages = path.stat().st_size // PAGE
    assert pages > 3, f"{path.name} is too small to damage meaningfully ({pages} pages)"
    hit = 0
    for page in rng.sample(range(1, pages), min(12, pages - 1)):
        with path.open("r+b") as fh:
            fh.seek(page * PAGE)
            fh.write(rng.randbytes(PAGE))
        hit += 1
        if quick_check(path) != "ok":
            return hit
    raise AssertionError(f"{hit} pages of random bytes went unnoticed in {path.name}")


@pytest.fixture
def store_folder(sim, tmp_path, memory_keyring) -> tuple[Path, list[str]]:
    """A store that pulled odoosim and has OPS notes waiting (sim down, so none left)."""
    folder = tmp_path / "template"
    wiring = make_engine(sim, folder)
    try:
        wiring.engine.run_once(push=False)
        pickings = [o["picking_id"] for o in sim.facts["click_collect_orders"]["ready"]]
        made = []
        for n in range(OPS):
            op_uuid = str(uuid.uuid4())
            body = f"note {n} [op:{op_uuid}] " + "padding " * 30
            enqueue(
                wiring.outbox,
                ops.MESSAGE_POST,
                message_payload(pickings[n % len(pickings)], body),
                op_uuid,
            )
            made.append(op_uuid)
    finally:
        wiring.close()
    for name in (JOURNAL_FILE, CACHE_FILE):  # everything in the main files, as after a restart
        assert quick_check(folder / name) == "ok"
        assert not (folder / f"{name}-wal").exists() or (folder / f"{name}-wal").stat().st_size == 0
    return folder, made


def test_random_page_damage(sim, tmp_path, memory_keyring, store_folder, record):
    template, made = store_folder
    seeds = scaled(SEEDS)
    exported_total = pushed_total = refused = unreadable_tables = 0
    sim.ledger.clear()
    for seed in range(seeds):
        rng = random.Random(seed)
        folder = tmp_path / f"seed{seed}"
        shutil.copytree(template, folder)
        _damage(folder / CACHE_FILE, rng)
        _damage(folder / JOURNAL_FILE, rng)
        damaged = (folder / JOURNAL_FILE).read_bytes()

        cache = CacheStore.open(folder)
        try:
            assert cache.rebuilt_reason and "damaged" in cache.rebuilt_reason, seed
            assert cache.quick_check() == "ok", seed
        finally:
            cache.close()

        journal = JournalStore.open(folder)
        try:
            assert journal.safe_mode is not None, seed
            assert journal.safe_mode.kind is SafeModeKind.CORRUPT, seed
            with pytest.raises(NotSaved, match="damaged"):
                with journal.write():
                    pass
        finally:
            journal.close()

        target = tmp_path / f"export{seed}.jsonl"
        report = export_ops(folder / JOURNAL_FILE, target)
        rows = [json.loads(line) for line in target.read_text("utf-8").splitlines() if line]
        assert report.count == len(rows), (seed, report)
        assert {r["uuid"] for r in rows} <= set(made), seed  # only real ops, none invented
        # What could not be read is named (ranges of op numbers), never silently dropped.
        assert len(rows) == len(made) or report.unreadable or report.problem, (seed, report)
        exported_total += len(rows)
        unreadable_tables += not rows  # the damage took the op table's root: nothing to read

        sim.up()
        wiring = make_engine(sim, folder)
        try:
            for _ in range(3):
                wiring.engine.connectivity.reset_backoff()
                try:
                    wiring.engine.run_once(pull=False)
                except DatabaseError:
                    # Reading the damaged op table failed outright:
                    # a refusal, as long as nothing went out.
                    refused += 1
                    break
        finally:
            wiring.close()
        notes = [
            e for e in sim.ledger.entries(kind="message.posted") if "[op:" in e.data.get("body", "")
        ]
        pushed_total += len(notes)
        assert notes == [], f"seed {seed}: {len(notes)} ops pushed from a damaged journal"
        assert (folder / JOURNAL_FILE).read_bytes() == damaged, f"seed {seed}: journal touched"
    assert exported_total > 0, "no export read anything: the damage was not random enough"
    record(
        seeds,
        0,
        f"cache rebuilt {seeds}/{seeds}, journal safe mode {seeds}/{seeds}, "
        f"{exported_total} ops exported ({unreadable_tables} seeds with the op table itself "
        f"unreadable, its range named), {pushed_total} pushed "
        f"({refused} cycles ended by a read error)",
        test="corruption (random page damage)",
    )


def _op_root_page(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'op'").fetchone()[0]
    finally:
        conn.close()


def test_sync_cycle_on_a_damaged_journal_says_safe_mode(sim, tmp_path, store_folder):
    template, _made = store_folder
    folder = tmp_path / "damaged"
    shutil.copytree(template, folder)
    path = folder / JOURNAL_FILE
    root = _op_root_page(path)
    with path.open("r+b") as fh:  # the op table's root page: every read of it fails
        fh.seek((root - 1) * PAGE)
        fh.write(random.Random(1).randbytes(PAGE))
    wiring = make_engine(sim, folder)
    try:
        assert wiring.journal.safe_mode is not None
        cycle = wiring.engine.run_once(pull=False)
    finally:
        wiring.close()
    assert cycle.error and "damaged" in cycle.error
