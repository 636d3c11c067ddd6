"""The audit chain: an append-only, hash-linked record of who did what in the journal.

Each entry's hash is SHA-256 over a canonical JSON of its own fields plus the previous entry's
hash, so changing or deleting any entry breaks verification from that entry on. The hash of the
newest entry is also kept in `journal_meta` ("audit_head"), written in the same transaction,
so that removing entries at the end is noticed too.

This protects against accidental damage and casual tampering; someone able to rewrite the whole
file could recompute the chain, which is why Odoo also receives actor and approver names.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from storeapp.offline.clock import to_iso, utcnow
from storeapp.offline.journal_models import AuditEntry, JournalMeta

GENESIS_HASH = "0" * 64
HEAD_KEY = "audit_head"


class ActorLike(Protocol):
    id: int | None
    name: str


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(
    *,
    seq: int,
    at: str,
    actor_id: int | None,
    actor_name: str | None,
    action: str,
    subject: str | None,
    details: str,
    prev_hash: str,
) -> str:
    body = canonical_json(
        {
            "seq": seq,
            "at": at,
            "actor_id": actor_id,
            "actor_name": actor_name,
            "action": action,
            "subject": subject,
            "details": details,
            "prev_hash": prev_hash,
        }
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _row_hash(row: AuditEntry) -> str:
    return entry_hash(
        seq=row.seq,
        at=row.at,
        actor_id=row.actor_id,
        actor_name=row.actor_name,
        action=row.action,
        subject=row.subject,
        details=row.details,
        prev_hash=row.prev_hash,
    )


def append(
    session: Session,
    actor: ActorLike | None,
    action: str,
    subject: str | None,
    details: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> AuditEntry:
    """Add one entry inside the caller's write transaction (BEGIN IMMEDIATE holds the write
    lock, so reading the previous hash here cannot race another writer)."""
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    row = AuditEntry(
        seq=seq,
        at=to_iso(at or utcnow()),
        actor_id=actor.id if actor else None,
        actor_name=actor.name if actor else None,
        action=action,
        subject=subject,
        details=canonical_json(details or {}),
        prev_hash=prev,
    )
    row.hash = _row_hash(row)
    session.add(row)
    head = session.get(JournalMeta, HEAD_KEY)
    value = f"{seq}:{row.hash}"
    if head is None:
        session.add(JournalMeta(key=HEAD_KEY, value=value))
    else:
        head.value = value
    session.flush()
    return row


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of `verify`. When not ok, `first_bad_seq` is the first entry that does not
    match (or, for entries missing at the end, the seq after the last one present)."""

    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str | None = None


def verify(journal: Any) -> VerifyResult:
    """Walk the whole chain of `journal` (a JournalStore) in order and check every link."""
    with journal.read() as session:
        head = session.get(JournalMeta, HEAD_KEY)
        expected_prev = GENESIS_HASH
        expected_seq = 1
        count = 0
        for row in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(500):
            if row.seq != expected_seq:
                return VerifyResult(False, count, expected_seq, f"entry {expected_seq} is missing")
            if row.prev_hash != expected_prev:
                return VerifyResult(
                    False, count, row.seq, f"entry {row.seq} does not follow the one before it"
                )
            if _row_hash(row) != row.hash:
                return VerifyResult(False, count, row.seq, f"entry {row.seq} was changed")
            expected_prev = row.hash
            expected_seq += 1
            count += 1
        head_value = head.value if head else None
        if count and head_value != f"{count}:{expected_prev}":
            recorded = int(head_value.split(":", 1)[0]) if head_value else 0
            if recorded > count:
                return VerifyResult(
                    False, count, count + 1, f"entries {count + 1}..{recorded} are missing"
                )
            return VerifyResult(False, count, count, "the newest entry does not match the head")
        if not count and head_value is not None:
            return VerifyResult(False, 0, 1, "every entry is missing")
        return VerifyResult(True, count)
