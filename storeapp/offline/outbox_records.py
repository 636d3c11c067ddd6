"""The outbox's vocabulary: the states that matter together, who did a change (`Actor`), a
read-only copy of an op (`OpRecord`) and the errors an outbox call raises.

Shared by `Outbox` (storeapp.offline.outbox) and the parts mixed into it (outbox_undo,
outbox_figures); import them from `storeapp.offline.outbox` as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from storeapp.core.actor import Actor as Actor  # re-exported: offline code names it from here
from storeapp.core.message_data import message_data, message_from
from storeapp.core.ops import MESSAGE_POST
from storeapp.core.text import Message
from storeapp.offline.clock import from_iso
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import Op, OpState

# States in which an op has not reached its end: they keep their aggregate's place in line.
UNFINISHED = (
    OpState.PENDING_APPROVAL,
    OpState.QUEUED,
    OpState.SENDING,
    OpState.FAILED,
    OpState.PARKED,
)
# Kinds that do not hold their aggregate's line while parked: a chatter note Odoo refused (e.g.
# the device user has no e-mail address) must never keep the stock changes of its order waiting.
NEVER_BLOCK_WHEN_PARKED = (MESSAGE_POST,)
# States counted as "waiting for Odoo" in the status bar (approval waits for a manager).
# "Waiting for Odoo", the one definition: what the push engine will send (to send) and what
# waits for a person to retry or cancel (parked). Ops waiting for a manager's approval are the
# approval inbox's business, not Odoo's.
TO_SEND = (OpState.QUEUED, OpState.SENDING, OpState.FAILED)
WAITING_FOR_ODOO = (*TO_SEND, OpState.PARKED)


SYSTEM = Actor(None, "storeapp")


@dataclass(frozen=True)
class OpRecord:
    """A read-only copy of one op, safe to hand to any thread."""

    seq: int
    uuid: str
    kind: str
    payload: dict[str, Any]
    aggregate: str
    actor_id: int | None
    actor_name: str | None
    approver_id: int | None
    approver_name: str | None
    state: OpState
    attempts: int
    last_error: str | None
    park_reason: str | None
    park_action: str | None
    next_attempt_at: datetime | None
    result: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None = None
    done_at: datetime | None = None
    sent_clock: dict[str, Any] | None = None
    progress: dict[str, Any] | None = None

    @classmethod
    def from_row(cls, row: Op) -> OpRecord:
        return cls(
            seq=row.seq,
            uuid=row.uuid,
            kind=row.kind,
            payload=json.loads(row.payload),
            aggregate=row.aggregate,
            actor_id=row.actor_id,
            actor_name=row.actor_name,
            approver_id=row.approver_id,
            approver_name=row.approver_name,
            state=OpState(row.state),
            attempts=row.attempts,
            last_error=saved_text(row.last_error, row.last_error_message),
            park_reason=park_text(row.park_reason, row.park_message, "reason"),
            park_action=park_text(row.park_action, row.park_message, "action"),
            next_attempt_at=from_iso(row.next_attempt_at),
            result=json.loads(row.result) if row.result is not None else None,
            created_at=from_iso(row.created_at),
            updated_at=from_iso(row.updated_at),
            sent_at=from_iso(row.sent_at),
            done_at=from_iso(row.done_at),
            sent_clock=json_or_none(row.sent_clock),
            progress=json_or_none(row.progress),
        )


def park_text(plain: str | None, park_message: str | None, part: str) -> str | None:
    """An op's park reason or action (`part`): the message `park_message` saved with its
    values (so a screen can show it in its reader's language), else the `plain` text, as an
    op parked before 0006 has it."""
    saved = json_or_none(park_message)
    if plain is None or saved is None or part not in saved:
        return plain
    return message_from(saved[part])


def saved_text(plain: str | None, saved_message: str | None) -> str | None:
    """An op's last error: the message `saved_message` keeps with its values (so a screen can
    show it in its reader's language), else the `plain` text, as an op failed before 0007 or
    with a plain text has it."""
    saved = json_or_none(saved_message)
    if plain is None or saved is None:
        return plain
    return message_from(saved)


def message_json(text: str) -> str | None:
    """What a message column (`Op.last_error_message`) keeps for `text`: its data, or None
    when it is plain text (there is nothing more to keep than the text itself)."""
    return json.dumps(message_data(text)) if isinstance(text, Message) else None


def park_message(reason: str, action: str) -> str | None:
    """What `Op.park_message` keeps for a park: both texts as data, or None when neither is
    a message (there is nothing more to keep than the plain text)."""
    if not isinstance(reason, Message) and not isinstance(action, Message):
        return None
    return json.dumps({"reason": message_data(reason), "action": message_data(action)})


def json_or_none(text: str | None) -> dict[str, Any] | None:
    """A JSON object column; damaged text reads as absent (it only ever adds caution)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


class OutboxError(Exception):
    """An outbox call that cannot be done; the message says why in plain words."""


class OpNotFound(OutboxError):
    pass


class InvalidTransition(OutboxError):
    pass


class OpChanged(InvalidTransition):
    """Compare-and-set refused: the op is no longer as this pusher read it (another pusher
    claimed or finished it). The pusher leaves it alone."""


class SelfApproval(OutboxError):
    pass


class DuplicateOp(OutboxError):
    pass


class AlreadySent(OutboxError):
    """An undo came too late: a request of the op may have reached Odoo (or it is done)."""


class NotYours(OutboxError):
    """An undo by someone who neither recorded the change nor is a manager."""


@contextmanager
def writing(journal: JournalStore, session: Session | None) -> Iterator[Session]:
    """The caller's transaction when it gives one (the op commits with the user's action),
    else a transaction of its own."""
    if session is not None:
        yield session
        session.flush()
    else:
        with journal.write() as own:
            yield own
