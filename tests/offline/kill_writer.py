"""The writer process of the kill -9 test: enqueues ops as fast as it can and reports each
uuid only after `enqueue` — and therefore the commit — has returned.

Runs in a child started by the multiprocessing fork server, which imports this module once
(SQLAlchemy and Alembic included), so each of the many children starts in milliseconds.
"""

from __future__ import annotations

import itertools
from multiprocessing.connection import Connection
from pathlib import Path

from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Actor, Outbox

WRITER = Actor(7, "Kill Test")


def write_until_killed(data_dir: str, report: Connection) -> None:
    journal = JournalStore.open(Path(data_dir))
    outbox = Outbox(journal)
    for n in itertools.count():
        op = outbox.enqueue(
            "picking.set_picked", {"n": n, "qty": n * 0.5}, f"picking:{n % 9}", WRITER
        )
        if n % 4 == 3:  # state changes too, so the kill also lands in updates
            outbox.mark_sending(op.uuid)
        report.send_bytes(op.uuid.encode("ascii"))
