"""Upgrading storeapp on a store PC: a journal written by the first release's schema, with work
still waiting for Odoo, is backed up, migrated by the current release and its ops pushed to Odoo
(odoosim over real HTTP) — none lost, none applied twice."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from storeapp.core import ops
from storeapp.core.ops import aggregate_for, validate_payload
from storeapp.offline import migrate
from storeapp.offline.db import JOURNAL_DURABILITY, WRITE_OPTION, make_engine
from storeapp.offline.journal import BACKUP_FOLDER, JOURNAL_FILE, JournalStore
from storeapp.offline.journal_models import OpState
from tests.sync.conftest import make_engine as make_sync_engine
from tests.sync.helpers import (
    drain,
    effects,
    make_picking,
    message_payload,
    picking_moves,
    set_picked_payload,
    stocked_products,
    validate_payload_for,
)

FIRST = migrate.revisions_oldest_first()[0]
HEAD = migrate.head_revision()


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def old_release_journal(data_dir: Path, queued: list[tuple[str, dict]]) -> list[str]:
    """A journal at the first revision holding `queued` ops as that release saved them: plain
    rows in its op table (the first one already failed twice while the PC was offline)."""
    data_dir.mkdir(parents=True)
    engine = make_engine(data_dir / JOURNAL_FILE, JOURNAL_DURABILITY)
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        migrate.upgrade(conn, FIRST)
        if conn.in_transaction():
            conn.commit()
    columns = set()
    uuids = []
    earlier = datetime.now(UTC) - timedelta(hours=3)
    with engine.begin() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(op)"))}
        for i, (kind, payload) in enumerate(queued):
            clean = validate_payload(kind, payload)
            row = {
                "uuid": str(uuid.uuid4()),
                "kind": kind,
                "payload": json.dumps({**clean, "v": 1}, sort_keys=True),
                "aggregate": aggregate_for(kind, clean),
                "actor_id": 2,
                "actor_name": "Camille Garcia",
                "state": OpState.FAILED.value if i == 0 else OpState.QUEUED.value,
                "attempts": 2 if i == 0 else 0,
                "last_error": "Odoo cannot be reached" if i == 0 else None,
                "next_attempt_at": _iso(earlier) if i == 0 else None,
                "created_at": _iso(earlier + timedelta(seconds=i)),
                "updated_at": _iso(earlier + timedelta(seconds=i)),
            }
            missing = set(row) - columns
            assert not missing, f"the first revision has no op column {missing}"
            names = ", ".join(row)
            conn.execute(
                text(f"INSERT INTO op ({names}) VALUES ({', '.join(':' + n for n in row)})"), row
            )
            uuids.append(row["uuid"])
    engine.dispose()
    return uuids


def test_an_old_journal_with_pending_ops_is_migrated_and_pushed(sim, memory_keyring, tmp_path):
    assert FIRST != HEAD, "with a single revision there is nothing to upgrade from"
    products = stocked_products(sim)
    first = make_picking(sim, [(products[0]["product_id"][0], 2)])
    second = make_picking(
        sim, [(products[1]["product_id"][0], 1), (products[2]["product_id"][0], 3)]
    )
    queued = [
        (ops.PICKING_SET_PICKED, set_picked_payload(sim, first)),
        (ops.PICKING_VALIDATE, validate_payload_for(sim, first)),
        (ops.PICKING_SET_PICKED, set_picked_payload(sim, second)),
        (ops.MESSAGE_POST, message_payload(second, "Customer will come on Saturday")),
    ]
    data_dir = tmp_path / "data"
    uuids = old_release_journal(data_dir, queued)

    # The new release's first start: backup, migration, every op still waiting.
    journal = JournalStore.open(data_dir)
    try:
        assert journal.safe_mode is None
        assert journal.revision == HEAD
        assert journal.backup is not None
        assert journal.backup.parent == data_dir / BACKUP_FOLDER
        assert journal.backup.name.endswith(f"-{FIRST}-to-{HEAD}.sqlite")
    finally:
        journal.close()
    backup = make_engine(journal.backup, JOURNAL_DURABILITY)
    with backup.connect() as conn:
        assert migrate.current_revision(conn) == FIRST
        assert conn.execute(text("SELECT count(*) FROM op")).scalar() == len(queued)
    backup.dispose()

    # The sync engine of the new release pushes them to Odoo.
    wiring = make_sync_engine(sim, data_dir)
    try:
        pending = {op.uuid: op for op in wiring.outbox.list()}
        assert set(pending) == set(uuids)
        assert all(op.state in (OpState.QUEUED, OpState.FAILED) for op in pending.values())
        drain(wiring.engine)
        for op_uuid in uuids:
            record = wiring.outbox.get(op_uuid)
            assert record.state == OpState.DONE, (record.kind, record.state, record.last_error)
    finally:
        wiring.close()

    assert effects(sim).validated == {first: 1}
    for move in picking_moves(sim, second):
        assert move["picked"] is True
    notes = sim.execute(
        "mail.message",
        "search_read",
        [("model", "=", "stock.picking"), ("res_id", "=", second)],
        ["body"],
    )
    assert sum("Customer will come on Saturday" in (n["body"] or "") for n in notes) == 1
