"""Initial journal schema: ops, work sessions, audit chain, credentials, meta.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "op",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=48), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("aggregate", sa.String(length=128), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=256), nullable=True),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("approver_name", sa.String(length=256), nullable=True),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("park_reason", sa.Text(), nullable=True),
        sa.Column("park_action", sa.Text(), nullable=True),
        sa.Column("next_attempt_at", sa.String(length=40), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("sent_at", sa.String(length=40), nullable=True),
        sa.Column("done_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_op"),
        sa.UniqueConstraint("uuid", name="uq_op_uuid"),
    )
    op.create_index("ix_op_state_seq", "op", ["state", "seq"])

    op.create_table(
        "work_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("subject", sa.String(length=128), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("employee_name", sa.String(length=256), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_work_session"),
        sa.UniqueConstraint("uuid", name="uq_work_session_uuid"),
    )
    op.create_index("ix_work_session_kind_state", "work_session", ["kind", "state"])

    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=256), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=128), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entry"),
    )

    op.create_table(
        "employee_credential",
        sa.Column("employee_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=256), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("badge_hash", sa.String(length=64), nullable=True),
        sa.Column("pin_verifier", sa.Text(), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("enrolled_by_id", sa.Integer(), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.String(length=40), nullable=True),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("employee_id", name="pk_employee_credential"),
        sa.UniqueConstraint("badge_hash", name="uq_employee_credential_badge_hash"),
    )

    op.create_table(
        "journal_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_journal_meta"),
    )


def downgrade() -> None:
    op.drop_table("journal_meta")
    op.drop_table("employee_credential")
    op.drop_table("audit_entry")
    op.drop_index("ix_work_session_kind_state", table_name="work_session")
    op.drop_table("work_session")
    op.drop_index("ix_op_state_seq", table_name="op")
    op.drop_table("op")
