"""`storeapp audit verify` on a real journal: a count, a recount, an approval and a rejection
leave a chain that verifies; editing or deleting any single audit row breaks it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from storeapp.cli import main
from storeapp.offline.journal import JOURNAL_FILE
from tests.unit.test_counts_presenter import CHLOE, JULES, ROSE, World, submit_mug


@pytest.fixture(scope="module")
def real_journal(tmp_path_factory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("journal")
    world = World(folder)
    try:
        first = submit_mug(world, ROSE, 2)
        world.who = ROSE
        world.run(world.counts.scan("LYO-BACK"))
        world.run(world.counts.scan("3760000000017"))
        world.run(world.counts.set_quantity("1", 29))  # within limits: queued at once
        world.run(world.counts.submit())
        # The first count is not in Odoo yet: this one is judged against its 2 (same shelf).
        second = submit_mug(world, ROSE, 40)
        world.who = JULES
        assert world.run(world.approvals.approve([first], "checked")).decided == (first,)
        world.who = CHLOE
        assert world.run(world.approvals.reject([second], "40 mugs cannot fit")).decided
        world.outbox.mark_sending(first)
        world.outbox.mark_done(first, {"move_id": 1})
    finally:
        world.close()
    with sqlite3.connect(folder / JOURNAL_FILE) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = db.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    return folder, rows


def verify(folder: Path, monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setenv("STOREAPP_DATA_DIR", str(folder))
    code = main(["audit", "verify"])
    return code, capsys.readouterr().out


def copy_of(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def test_real_journal_verifies(real_journal, monkeypatch, capsys):
    folder, rows = real_journal
    assert rows >= 15
    code, out = verify(folder, monkeypatch, capsys)
    assert code == 0 and f"{rows} entries" in out


def test_any_single_edited_row_is_caught(real_journal, tmp_path, monkeypatch, capsys):
    folder, rows = real_journal
    for seq in range(1, rows + 1):
        copy = copy_of(folder, tmp_path / f"edit{seq}")
        with sqlite3.connect(copy / JOURNAL_FILE) as db:
            db.execute(
                "UPDATE audit_entry SET details = replace(details, '}', ',\"x\":1}') WHERE seq = ?",
                (seq,),
            )
        code, out = verify(copy, monkeypatch, capsys)
        assert code == 1, seq
        assert f"BROKEN at entry {seq}" in out and "tell IT" in out


def test_any_single_deleted_row_is_caught(real_journal, tmp_path, monkeypatch, capsys):
    folder, rows = real_journal
    for seq in range(1, rows + 1):
        copy = copy_of(folder, tmp_path / f"delete{seq}")
        with sqlite3.connect(copy / JOURNAL_FILE) as db:
            db.execute("DELETE FROM audit_entry WHERE seq = ?", (seq,))
        code, out = verify(copy, monkeypatch, capsys)
        assert code == 1, seq
        assert "BROKEN" in out


def test_an_edited_actor_is_caught(real_journal, tmp_path, monkeypatch, capsys):
    folder, _rows = real_journal
    copy = copy_of(folder, tmp_path / "actor")
    with sqlite3.connect(copy / JOURNAL_FILE) as db:
        db.execute(
            "UPDATE audit_entry SET actor_name = 'Someone else' WHERE action = 'op.approved'"
        )
    code, out = verify(copy, monkeypatch, capsys)
    assert code == 1 and "was changed" in out


def test_no_journal_says_where_it_looked(tmp_path, monkeypatch, capsys):
    code, out = verify(tmp_path, monkeypatch, capsys)
    assert code == 2 and "STOREAPP_DATA_DIR" in out
