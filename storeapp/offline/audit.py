"""The audit chain: an append-only, linked record of who did what in the journal, keyed.

Each entry's hash covers its own fields and the previous entry's hash, so changing or deleting
any entry breaks verification from that entry on; the newest hash is also kept in
`journal_meta` ("audit_head"), written in the same transaction, so entries removed at the end
are noticed too.

Keyed: entries are HMAC-SHA256 under the journal's integrity key (storeapp/offline/integrity.py,
kept in the OS keyring, never in the data folder), and each entry names its key (`key_id`).
Someone who can edit `journal.sqlite` but does not hold the key cannot recompute the chain.
Entries written before keys existed keep their plain SHA-256; the first keyed start seals them
(`audit.sealed`, see `_seal`) so they are verified as they were found, not declared broken.

Ops are bound to the chain: every entry about an op ("op:<uuid>") records a digest of the op
row as it is after the change (`bound`: kind, place, content, author, state and approver). So an
op row edited by SQL no longer matches its newest entry, and an approval that no entry records
is not proven (`prove_op`, used by the push before sending anything).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storeapp.core.text import msg
from storeapp.offline.clock import to_iso, utcnow
from storeapp.offline.integrity import AuditKey, JournalKeys
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import AuditEntry, JournalMeta, Op, OpState
from storeapp.offline.store import Readable

log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64
HEAD_KEY = "audit_head"
SEAL_SUBJECT = "audit"
# An op may be in these states without any approval recorded, even when it needed one.
_UNAPPROVED_OK = (OpState.PENDING_APPROVAL.value, OpState.CANCELLED.value)


class ActorLike(Protocol):
    @property
    def id(self) -> int | None: ...

    @property
    def name(self) -> str: ...


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
    key: AuditKey | None = None,
) -> str:
    """SHA-256 of the entry's canonical fields (unkeyed, as before keys existed), or
    HMAC-SHA256 under `key` with the key's id among the fields."""
    fields: dict[str, Any] = {
        "seq": seq,
        "at": at,
        "actor_id": actor_id,
        "actor_name": actor_name,
        "action": action,
        "subject": subject,
        "details": details,
        "prev_hash": prev_hash,
    }
    if key is None:
        return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()
    fields["key_id"] = key.key_id
    return key.secret.mac(canonical_json(fields).encode("utf-8"))


def _row_hash(row: AuditEntry, key: AuditKey | None = None) -> str:
    return entry_hash(
        seq=row.seq,
        at=row.at,
        actor_id=row.actor_id,
        actor_name=row.actor_name,
        action=row.action,
        subject=row.subject,
        details=row.details,
        prev_hash=row.prev_hash,
        key=key,
    )


# --------------------------------------------------------------------------- op binding


def _digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()[:32]


def op_binding(row: Op) -> dict[str, Any]:
    """What an entry records about its op: `fixed` never changes after enqueue (kind, place,
    content, author); `row` also covers state and approver, which each transition changes."""
    fixed = _digest(
        {
            "uuid": row.uuid,
            "kind": row.kind,
            "aggregate": row.aggregate,
            "payload": row.payload,
            "actor_id": row.actor_id,
            "actor_name": row.actor_name,
        }
    )
    whole = _digest(
        {
            "fixed": fixed,
            "state": row.state,
            "approver_id": row.approver_id,
            "approver_name": row.approver_name,
        }
    )
    return {"fixed": fixed, "row": whole, "state": row.state, "approver_id": row.approver_id}


def _op_uuid(subject: str | None) -> str | None:
    return subject[3:] if subject and subject.startswith("op:") else None


# --------------------------------------------------------------------------- appending


def _signing_key(session: Session) -> AuditKey | None:
    """The key of the journal this session writes to (None: unkeyed, no usable keyring)."""
    journal = session.info.get("journal")
    return journal.audit_signing_key(session) if journal is not None else None


def _append(
    session: Session,
    key: AuditKey | None,
    actor: ActorLike | None,
    action: str,
    subject: str | None,
    details: dict[str, Any],
    at: datetime | None,
) -> AuditEntry:
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    op_uuid = _op_uuid(subject)
    if op_uuid is not None:
        # populate_existing: bind the row as the database has it now, even when the caller
        # changed it with a bulk UPDATE that left an older copy in this session.
        op = session.scalar(
            select(Op).where(Op.uuid == op_uuid).execution_options(populate_existing=True)
        )
        if op is not None:
            details = {**details, "bound": op_binding(op)}
    row = AuditEntry(
        seq=seq,
        at=to_iso(at or utcnow()),
        actor_id=actor.id if actor else None,
        actor_name=actor.name if actor else None,
        action=action,
        subject=subject,
        details=canonical_json(details),
        prev_hash=prev,
        key_id=key.key_id if key else None,
    )
    row.hash = _row_hash(row, key)
    session.add(row)
    head = session.get(JournalMeta, HEAD_KEY)
    value = f"{seq}:{row.hash}"
    if head is None:
        session.add(JournalMeta(key=HEAD_KEY, value=value))
    else:
        head.value = value
    session.flush()
    return row


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
    key = _signing_key(session)
    return _append(session, key, actor, action, subject, details or {}, at)


def _has_keyed(session: Session) -> bool:
    return (
        session.scalar(select(func.min(AuditEntry.seq)).where(AuditEntry.key_id.is_not(None)))
        is not None
    )


def prepare_chain(session: Session, key: AuditKey, created: bool, keys: JournalKeys) -> None:
    """Run once per open journal before its first keyed entry.

    - unkeyed entries and a key made just now: the first keyed start (upgrade) seals them;
    - unkeyed entries although the key already existed: the chain was rewritten without the
      key; nothing is sealed (that would launder the rewrite) and `verify` reports it;
    - newest entry made with another key (a journal copied from another PC, or restored without
      its keyring entry): an `audit.rekeyed` entry says so before this PC's key takes over.
    """
    newest = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    if newest is not None and newest.key_id == key.key_id:
        return
    if newest is None or newest.key_id is None:
        # The first release kept ops without any audit entry: those are sealed too.
        has_ops = session.scalar(select(Op.seq).limit(1)) is not None
        if created and not _has_keyed(session) and (newest is not None or has_ops):
            _seal(session, key, newest)
        return
    known = keys.find(newest.key_id) is not None
    log.warning("journal entries were made with key %s; this PC continues with %s",
                newest.key_id, key.key_id)  # fmt: skip
    _append(
        session,
        key,
        None,
        "audit.rekeyed",
        SEAL_SUBJECT,
        {"previous_key_id": newest.key_id, "previous_key_on_this_pc": known},
        None,
    )


def _seal(session: Session, key: AuditKey, newest: AuditEntry | None) -> None:
    """Key an unkeyed chain as found: one entry naming the unkeyed head, then one per op that
    is not done, binding its row as it is now (ops done before keys existed stay as they are;
    sending one again is reconciled by Odoo's markers anyway)."""
    _append(
        session,
        key,
        None,
        "audit.sealed",
        SEAL_SUBJECT,
        {
            "unkeyed_entries": newest.seq if newest else 0,
            "unkeyed_head": newest.hash if newest else GENESIS_HASH,
        },
        None,
    )
    uuids = session.scalars(
        select(Op.uuid).where(Op.state != OpState.DONE.value).order_by(Op.seq)
    ).all()
    for op_uuid in uuids:
        _append(session, key, None, "audit.sealed", f"op:{op_uuid}", {}, None)
    log.info("audit chain sealed: %d unkeyed entries, %d open ops",
             newest.seq if newest else 0, len(uuids))  # fmt: skip


# --------------------------------------------------------------------------- op proofs


@dataclass(frozen=True)
class _Bound:
    seq: int
    action: str
    actor_id: int | None
    bound: dict[str, Any]


def _bound_of(row: AuditEntry) -> _Bound | None:
    try:
        bound = json.loads(row.details).get("bound")
    except (ValueError, AttributeError):
        return None
    if not isinstance(bound, dict):
        return None
    return _Bound(row.seq, row.action, row.actor_id, bound)


def check_op(row: Op, bound: list[_Bound], legacy: bool) -> str | None:
    """Why the op row is not what the chain recorded, or None. `bound` are the op's trusted
    entries with a binding, oldest first; `legacy` says it has entries from before keys."""
    name = f"op {row.uuid} ({row.kind})"
    if not bound:
        if legacy and row.state == OpState.DONE.value:
            return None  # done before keys existed: nothing left to send
        return msg("{op}: no audit entry records it (inserted outside storeapp)", op=name)
    first, last = bound[0], bound[-1]
    now = op_binding(row)
    if first.bound.get("fixed") != now["fixed"]:
        return msg(
            "{op}: its kind, place, content or author differs from what was recorded", op=name
        )
    if last.bound.get("row") != now["row"]:
        return msg(
            "{op}: recorded as {state} (approver {approver}) in entry {seq}, but the journal "
            "says {now} (approver {now_approver}): edited outside storeapp",
            op=name,
            state=str(last.bound.get("state")),
            approver=str(last.bound.get("approver_id")),
            seq=last.seq,
            now=row.state,
            now_approver=str(row.approver_id),
        )
    return _approval_problem(row, bound, name)


def _approval_problem(row: Op, bound: list[_Bound], name: str) -> str | None:
    first = bound[0]
    if row.approver_id is None:
        if first.bound.get("state") == OpState.PENDING_APPROVAL.value and (
            row.state not in _UNAPPROVED_OK
        ):
            return msg("{op}: it needed an approval and none is recorded", op=name)
        return None
    if row.approver_id == row.actor_id:
        return msg("{op}: it says it was approved by the person who made it", op=name)
    decision = "op.rejected" if row.state == OpState.REJECTED.value else "op.approved"
    if any(e.action == decision and e.actor_id == row.approver_id for e in bound):
        return None
    if first.action == "audit.sealed" and first.bound.get("approver_id") == row.approver_id:
        return None  # decided before keys existed, sealed as found
    return msg(
        "{op}: no decision by employee {employee} is recorded for it",
        op=name,
        employee=row.approver_id,
    )


class _Trust:
    """Which entries count as proof: keyed ones whose HMAC verifies under a key this PC has;
    unkeyed ones only in a journal that has never been keyed on a PC without its key."""

    def __init__(
        self, session: Session, device_id: str | None, known: AuditKey | None = None
    ) -> None:
        self.keys = JournalKeys(device_id) if device_id else None
        # The open journal's own key saves a keyring read per op pushed.
        self._found: dict[str, AuditKey | None] = {known.key_id: known} if known else {}
        self.unkeyed_ok = (
            known is None
            and not _has_keyed(session)
            and (self.keys is None or self.keys.current() is None)
        )

    def key(self, key_id: str) -> AuditKey | None:
        if key_id not in self._found:
            self._found[key_id] = self.keys.find(key_id) if self.keys else None
        return self._found[key_id]

    def valid(self, row: AuditEntry) -> bool:
        if row.key_id is None:
            return self.unkeyed_ok and _row_hash(row) == row.hash
        key = self.key(row.key_id)
        return key is not None and hmac.compare_digest(_row_hash(row, key), row.hash)


def prove_op(journal: Readable, op_uuid: str) -> str | None:
    """None when the chain proves the op row as it is now (and its approval, if it has or
    needed one); otherwise why not, in words for the outbox's park reason and for IT."""
    with journal.read() as session:
        row = session.scalar(select(Op).where(Op.uuid == op_uuid))
        if row is None:
            return msg("op {uuid} is not in the journal", uuid=op_uuid)
        device_id = session.scalar(select(JournalMeta.value).where(JournalMeta.key == "device_id"))
        trust = _Trust(session, device_id, getattr(journal, "_audit_key", None))
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.subject == f"op:{op_uuid}").order_by(AuditEntry.seq)
        ).all()
        bound: list[_Bound] = []
        legacy = False
        for entry in entries:
            if entry.key_id is None and not trust.unkeyed_ok:
                legacy = True
                continue
            if not trust.valid(entry):
                return msg(
                    "audit entry {seq} about op {uuid} does not verify (forged or edited)",
                    seq=entry.seq,
                    uuid=op_uuid,
                )
            item = _bound_of(entry)
            if item is not None:
                bound.append(item)
            else:
                legacy = True
        return check_op(row, bound, legacy)


# --------------------------------------------------------------------------- verifying


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of `verify`. When the chain itself is broken, `first_bad_seq` is the first entry
    that does not match (or, for entries missing at the end, the seq after the last one
    present). `op_problems` lists op rows that differ from what the chain recorded."""

    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str | None = None
    op_problems: tuple[str, ...] = field(default_factory=tuple)


def verify(journal: JournalStore) -> VerifyResult:
    """Walk the whole chain of `journal` (a JournalStore) in order and check every link, every
    entry's hash or HMAC, and every op row against the entries bound to it."""
    with journal.read() as session:
        device_id = session.scalar(select(JournalMeta.value).where(JournalMeta.key == "device_id"))
        trust = _Trust(session, device_id)
        walk = _walk(session, trust)
        if walk.result is not None:
            return walk.result
        if walk.count and walk.first_keyed is None and not trust.unkeyed_ok:
            return VerifyResult(
                False,
                walk.count,
                1,
                msg(
                    "no entry is keyed although this PC holds the journal's key: the chain "
                    "was rewritten outside storeapp"
                ),
            )
        problems = []
        for row in session.scalars(select(Op).order_by(Op.seq)).yield_per(500):
            problem = check_op(row, walk.bound.get(row.uuid, []), row.uuid in walk.legacy)
            if problem:
                problems.append(problem)
        if problems:
            return VerifyResult(
                False,
                walk.count,
                None,
                msg("{count} op(s) differ from the chain", count=len(problems)),
                tuple(problems),
            )
        return VerifyResult(True, walk.count)


@dataclass
class _Walk:
    count: int = 0
    first_keyed: int | None = None
    result: VerifyResult | None = None
    bound: dict[str, list[_Bound]] = field(default_factory=dict)
    legacy: set[str] = field(default_factory=set)


def _entry_problem(row: AuditEntry, trust: _Trust, walk: _Walk) -> str | None:
    if row.key_id is None:
        if walk.first_keyed is not None:
            return msg(
                "entry {seq} is not keyed although earlier ones are: written outside storeapp",
                seq=row.seq,
            )
        return None if _row_hash(row) == row.hash else msg("entry {seq} was changed", seq=row.seq)
    key = trust.key(row.key_id)
    if key is None:
        return msg(
            "entry {seq} was made with key {key}, which this PC does not have: the journal was "
            "copied from another PC (or this PC's keyring entry was lost)",
            seq=row.seq,
            key=row.key_id,
        )
    if not hmac.compare_digest(_row_hash(row, key), row.hash):
        return msg("entry {seq} was changed or forged", seq=row.seq)
    if walk.first_keyed is None:
        walk.first_keyed = row.seq
        if row.seq > 1 and not (row.action == "audit.sealed" and row.subject == SEAL_SUBJECT):
            return msg("entries 1..{last} are not keyed and were never sealed", last=row.seq - 1)
    return None


def _walk(session: Session, trust: _Trust) -> _Walk:
    walk = _Walk()
    head = session.get(JournalMeta, HEAD_KEY)
    expected_prev = GENESIS_HASH
    for row in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(500):
        expected = walk.count + 1
        if row.seq != expected:
            missing = msg("entry {seq} is missing", seq=expected)
            walk.result = VerifyResult(False, walk.count, expected, missing)
            return walk
        if row.prev_hash != expected_prev:
            walk.result = VerifyResult(
                False,
                walk.count,
                row.seq,
                msg("entry {seq} does not follow the one before it", seq=row.seq),
            )
            return walk
        problem = _entry_problem(row, trust, walk)
        if problem:
            walk.result = VerifyResult(False, walk.count, row.seq, problem)
            return walk
        op_uuid = _op_uuid(row.subject)
        if op_uuid is not None:
            item = _bound_of(row) if (row.key_id or trust.unkeyed_ok) else None
            if item is not None:
                walk.bound.setdefault(op_uuid, []).append(item)
            else:
                walk.legacy.add(op_uuid)
        expected_prev = row.hash
        walk.count += 1
    walk.result = _head_problem(head.value if head else None, walk.count, expected_prev)
    return walk


def _head_problem(head_value: str | None, count: int, newest: str) -> VerifyResult | None:
    if count and head_value != f"{count}:{newest}":
        recorded = int(head_value.split(":", 1)[0]) if head_value else 0
        if recorded > count:
            return VerifyResult(
                False,
                count,
                count + 1,
                msg("entries {first}..{last} are missing", first=count + 1, last=recorded),
            )
        return VerifyResult(False, count, count, msg("the newest entry does not match the head"))
    if not count and head_value is not None:
        return VerifyResult(False, 0, 1, msg("every entry is missing"))
    return None
