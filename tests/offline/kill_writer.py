"""The writer process of the kill -9 test: enqueues ops as fast as it can and reports each
uuid only after `enqueue` — and therefore the commit — has returned.

Runs in a child started by the multiprocessing fork server, which imports this module once
(SQLAlchemy and Alembic included), so each of the many children starts in milliseconds.
"""

from __future__ import annotations

import itertools
from multiprocessing.connection import Connection
from pathlib import Path

import keyring
from keyring.backends import fail

from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Actor, Outbox

WRITER = Actor(7, "Kill Test")


def write_until_killed(data_dir: str, report: Connection) -> None:
    # No keyring, as in the test's own process (tests/conftest.py): the journal is unkeyed
    # whichever fork server started this child (one started by another test may have left
    # its own keyring installed, and each child would then key the journal anew).
    keyring.set_keyring(fail.Keyring())
    journal = JournalStore.open(Path(data_dir))
    outbox = Outbox(journal)
    for n in itertools.count():
        op = outbox.enqueue(
            "picking.set_picked", {"n": n, "qty": n * 0.5}, f"picking:{n % 9}", WRITER
        )
        if n % 4 == 3:  # state changes too, so the kill also lands in updates
            outbox.mark_sending(op.uuid)
        report.send_bytes(op.uuid.encode("ascii"))
