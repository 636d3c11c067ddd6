"""Meta-tests for the journal's Alembic revisions: every revision upgrades from the one before
with pending ops inside and keeps every one of them; the newest schema matches the models."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, text

from storeapp.offline import migrate
from storeapp.offline.db import JOURNAL_DURABILITY, WRITE_OPTION, make_engine
from storeapp.offline.journal import JOURNAL_FILE, JournalStore
from storeapp.offline.journal_models import JournalBase, OpState
from storeapp.offline.outbox import Outbox

REVISIONS = migrate.revisions_oldest_first()
PENDING_STATES = ["queued", "sending", "failed", "parked", "pending_approval", "done"]


def _journal_at(data_dir: Path, revision: str) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / JOURNAL_FILE
    engine = make_engine(path, JOURNAL_DURABILITY)
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        migrate.upgrade(conn, revision)
        if conn.in_transaction():
            conn.commit()
    engine.dispose()
    return path


def _insert_ops(conn: Connection, count: int) -> list[dict]:
    """Insert ops with plain SQL shaped by the op table as it is at this revision, filling
    every column the revision has (so a revision that adds a NOT NULL column is exercised)."""
    columns = conn.execute(text("PRAGMA table_info(op)")).all()
    made = []
    for i in range(count):
        values: dict[str, object] = {}
        for _cid, name, type_, notnull, _default, pk in columns:
            if pk:
                continue
            if name == "uuid":
                values[name] = str(uuid.uuid4())
            elif name == "payload":
                values[name] = json.dumps({"v": 1, "lines": [{"product_id": i, "qty": i + 0.5}]})
            elif name == "state":
                values[name] = PENDING_STATES[i % len(PENDING_STATES)]
            elif name == "aggregate":
                values[name] = f"picking:{i % 7}"
            elif name == "kind":
                values[name] = "picking.set_picked"
            elif name.endswith("_at"):
                values[name] = f"2026-11-{10 + i % 10:02d}T08:00:00.000000+00:00"
            elif "INT" in type_.upper():
                values[name] = i
            elif notnull or name in ("actor_name", "last_error"):
                values[name] = f"{name} {i} é"
        names = ", ".join(values)
        marks = ", ".join(f":{n}" for n in values)
        conn.execute(text(f"INSERT INTO op ({names}) VALUES ({marks})"), values)
        made.append(values)
    return made


def test_there_are_at_least_two_revisions():
    assert len(REVISIONS) >= 2
    assert REVISIONS[-1] == migrate.head_revision()


@pytest.mark.parametrize("revision", REVISIONS[1:])
def test_upgrade_to_each_revision_keeps_every_op(tmp_path: Path, revision: str):
    previous = REVISIONS[REVISIONS.index(revision) - 1]
    data_dir = tmp_path / "data"
    path = _journal_at(data_dir, previous)
    engine = make_engine(path, JOURNAL_DURABILITY)
    with engine.begin() as conn:
        before = _insert_ops(conn, 60)
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        migrate.upgrade(conn, revision)
        if conn.in_transaction():
            conn.commit()
        assert migrate.current_revision(conn) == revision
        after = {row.uuid: row._mapping for row in conn.execute(text("SELECT * FROM op"))}
    engine.dispose()
    assert len(after) == len(before)
    for op in before:
        kept = after[op["uuid"]]
        for column, value in op.items():
            assert kept[column] == value, (revision, column)


def test_opening_an_old_journal_backs_up_upgrades_and_keeps_ops(tmp_path: Path):
    data_dir = tmp_path / "data"
    path = _journal_at(data_dir, REVISIONS[0])
    engine = make_engine(path, JOURNAL_DURABILITY)
    with engine.begin() as conn:
        before = _insert_ops(conn, 30)
    engine.dispose()

    journal = JournalStore.open(data_dir)
    try:
        assert journal.safe_mode is None
        assert journal.revision == REVISIONS[-1]
        assert journal.backup is not None
        assert journal.backup.name.endswith(f"-{REVISIONS[0]}-to-{REVISIONS[-1]}.sqlite")
        outbox = Outbox(journal)
        ops = {op.uuid: op for op in outbox.list()}
        assert set(ops) == {op["uuid"] for op in before}
        for op in before:
            assert ops[op["uuid"]].state == OpState(op["state"])
            assert ops[op["uuid"]].payload == json.loads(op["payload"])
        # The upgraded journal works for the push engine straight away.
        assert outbox.ready()
    finally:
        journal.close()

    # The backup is a complete, readable copy of the journal as it was.
    backup = make_engine(journal.backup, JOURNAL_DURABILITY)
    with backup.connect() as conn:
        assert migrate.current_revision(conn) == REVISIONS[0]
        assert conn.execute(text("SELECT count(*) FROM op")).scalar() == 30
    backup.dispose()


def test_only_the_last_five_backups_are_kept(tmp_path: Path):
    from datetime import UTC, datetime, timedelta

    data_dir = tmp_path / "data"
    for day in range(7):
        (data_dir / JOURNAL_FILE).unlink(missing_ok=True)
        _journal_at(data_dir, REVISIONS[0])
        moment = datetime(2026, 1, 1 + day, tzinfo=UTC) + timedelta(hours=1)
        JournalStore.open(data_dir, clock=lambda m=moment: m).close()
    names = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert len(names) == 5
    assert names[0].startswith("journal-20260103T")
    assert names[-1].startswith("journal-20260107T")


def test_head_schema_matches_the_models(journal: JournalStore):
    """Someone who adds a column to journal_models.py must add a revision too."""
    with journal.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), JournalBase.metadata)
    assert diff == []


def test_0007_keeps_an_old_last_error_as_text_and_a_new_one_as_a_message(tmp_path: Path):
    """An op that failed before 0007 reads back its English last error as it was written;
    after the upgrade a failure given as a message comes back as one, values and all."""
    from datetime import UTC, datetime

    from storeapp.core.text import Message, msg

    data_dir = tmp_path / "data"
    path = _journal_at(data_dir, "0006")
    engine = make_engine(path, JOURNAL_DURABILITY)
    with engine.begin() as conn:
        old = _insert_ops(conn, 3)[2]  # "failed", with a last_error of its own
    engine.dispose()
    assert old["state"] == "failed"

    journal = JournalStore.open(data_dir)
    try:
        assert journal.revision == REVISIONS[-1]
        outbox = Outbox(journal)
        before = outbox.get(old["uuid"])
        assert before is not None and before.last_error == old["last_error"]
        assert not isinstance(before.last_error, Message)
        error = msg("Odoo is busy or restarting (HTTP {status}); …", status=503)
        outbox.mark_failed(old["uuid"], error, datetime(2026, 12, 5, tzinfo=UTC))
        after = outbox.get(old["uuid"])
        assert after is not None and isinstance(after.last_error, Message)
        assert after.last_error.template == error.template
        assert after.last_error.values == {"status": 503}
    finally:
        journal.close()
