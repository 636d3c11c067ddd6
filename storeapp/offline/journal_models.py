"""Tables of `journal.sqlite`: the precious database.

Everything here exists nowhere else until it is pushed to Odoo, so the schema changes only
through Alembic revisions (storeapp/offline/migrations) and the app never deletes the file.

Timestamps are ISO-8601 UTC strings ("2026-11-26T14:02:11.123456+00:00"): sortable, readable in
an exported outbox, and free of driver-specific datetime handling.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Float, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storeapp.offline.cache_models import NAMING_CONVENTION


class JournalBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class OpState(StrEnum):
    """Life of an operation (docs/architecture.md, "Ops and the push")."""

    PENDING_APPROVAL = "pending_approval"  # waits for a manager
    REJECTED = "rejected"  # a manager said no; never sent
    QUEUED = "queued"  # ready to send (approved ops go here too)
    SENDING = "sending"  # recorded before the RPC: outcome unknown until reconciled
    DONE = "done"
    FAILED = "failed"  # transient error; retried at next_attempt_at
    PARKED = "parked"  # needs a person: reason and suggested action recorded
    CANCELLED = "cancelled"  # a manager withdrew a parked op


class Op(JournalBase):
    """One change meant for Odoo — the outbox row. `seq` gives the global order; ops of one
    aggregate are pushed strictly in seq order."""

    __tablename__ = "op"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(48))  # area.verb, e.g. "count.apply"
    payload: Mapped[str] = mapped_column(Text)  # JSON, with "v" = payload schema version
    aggregate: Mapped[str] = mapped_column(String(128))  # e.g. "picking:4711"
    actor_id: Mapped[int | None] = mapped_column(Integer)  # hr.employee id
    actor_name: Mapped[str | None] = mapped_column(String(256))
    approver_id: Mapped[int | None] = mapped_column(Integer)
    approver_name: Mapped[str | None] = mapped_column(String(256))
    state: Mapped[str] = mapped_column(String(24), default=OpState.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # JSON: the same error as a message with its values, for a screen in its reader's
    # language (storeapp/core/message_data.py); NULL before 0007 or for a plain text (0007)
    last_error_message: Mapped[str | None] = mapped_column(Text)
    park_reason: Mapped[str | None] = mapped_column(Text)  # plain words for the person
    park_action: Mapped[str | None] = mapped_column(Text)  # what to do about it
    # JSON {"reason", "action"}: the same two as messages with their values, so a screen shows
    # them in its reader's language (storeapp/core/message_data.py); NULL before 0006 (0006)
    park_message: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[str | None] = mapped_column(String(40))
    result: Mapped[str | None] = mapped_column(Text)  # JSON of what Odoo answered / ids made
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    sent_at: Mapped[str | None] = mapped_column(String(40))
    done_at: Mapped[str | None] = mapped_column(String(40))
    # JSON {"boot", "mono"}: when the op was last sent, on a clock that cannot jump (0004)
    sent_clock: Mapped[str | None] = mapped_column(Text)
    # JSON: what a handler recorded before an unmarked request, e.g. {"fence": 812} (0004)
    progress: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        Index("ix_op_state_seq", "state", "seq"),
        Index("ix_op_aggregate_seq", "aggregate", "seq"),
    )


class WorkSession(JournalBase):
    """Work in progress on the PC (a pick, a return intake, a count) so that closing the app or
    a crash loses nothing. `data` is JSON owned by the feature."""

    __tablename__ = "work_session"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(24))  # pick | return | count
    subject: Mapped[str] = mapped_column(String(128))  # e.g. "picking:4711", "location:12"
    state: Mapped[str] = mapped_column(String(24))  # open | submitted | abandoned | ...
    data: Mapped[str] = mapped_column(Text, default="{}")
    employee_id: Mapped[int | None] = mapped_column(Integer)
    employee_name: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    __table_args__ = (Index("ix_work_session_kind_state", "kind", "state"),)


class Approval(JournalBase):
    """A manager's decision on an op that needed one (count adjustment, return exception)."""

    __tablename__ = "approval"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_uuid: Mapped[str] = mapped_column(String(36), index=True)
    requested_by_id: Mapped[int | None] = mapped_column(Integer)
    requested_at: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str | None] = mapped_column(String(16))  # approved | rejected | None
    decided_by_id: Mapped[int | None] = mapped_column(Integer)
    decided_by_name: Mapped[str | None] = mapped_column(String(256))
    decided_at: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    value_impact: Mapped[float | None] = mapped_column(Float)


class AuditEntry(JournalBase):
    """Append-only keyed chain (storeapp/offline/audit.py): each entry's HMAC covers its content
    and the previous hash, so editing or deleting any row breaks verification from that row on."""

    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor_name: Mapped[str | None] = mapped_column(String(256))
    action: Mapped[str] = mapped_column(String(64))  # e.g. "op.parked", "count.approved"
    subject: Mapped[str | None] = mapped_column(String(128))
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))  # HMAC under key_id's key, or SHA-256 (None)
    key_id: Mapped[str | None] = mapped_column(String(16))  # None: written before keys existed
    __table_args__ = (Index("ix_audit_entry_subject", "subject"),)


class EmployeeCredential(JournalBase):
    """How an employee signs in on this PC: a peppered scrypt verifier of the PIN and a keyed
    hash of the badge — never the plaintext of either."""

    __tablename__ = "employee_credential"
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(256))
    source: Mapped[str] = mapped_column(String(16))  # odoo | local
    badge_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    pin_verifier: Mapped[str | None] = mapped_column(Text)  # "scrypt$n$r$p$salt$hash"
    role: Mapped[str] = mapped_column(String(16), default="associate")  # associate | manager
    enrolled_by_id: Mapped[int | None] = mapped_column(Integer)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    # HMAC (PIN pepper) over role, verifier, badge and lockout: an edit by SQL shows.
    row_mac: Mapped[str | None] = mapped_column(String(64))


class JournalMeta(JournalBase):
    """Key/value facts: device id, store, the secret key for badge hashes is NOT here (keyring)."""

    __tablename__ = "journal_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class WebhookDelivery(JournalBase):
    """One webhook event on its way to one endpoint: the durable queue of storeapp/sync/webhooks.

    `body` is the exact JSON that is signed and sent, so every retry carries the same bytes and
    the same Idempotency-Key (`event_uuid`). One row per (event, endpoint)."""

    __tablename__ = "webhook_delivery"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_uuid: Mapped[str] = mapped_column(String(36))
    event_type: Mapped[str] = mapped_column(String(48))
    endpoint: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))  # pending | delivered | refused | expired
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[str | None] = mapped_column(String(40))
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    delivered_at: Mapped[str | None] = mapped_column(String(40))
    __table_args__ = (
        UniqueConstraint("event_uuid", "endpoint"),
        Index("ix_webhook_delivery_state_next", "state", "next_attempt_at"),
    )
