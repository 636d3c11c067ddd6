"""Manager approvals, and an index for pushing each aggregate's ops in order.

The push engine asks "what is the oldest unfinished op of each aggregate" on every round; without
(aggregate, seq) that is a scan of the whole op table, which grows for months between cleanups.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_op_aggregate_seq", "op", ["aggregate", "seq"])
    op.create_table(
        "approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("op_uuid", sa.String(length=36), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=True),
        sa.Column("requested_at", sa.String(length=40), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_by_name", sa.String(length=256), nullable=True),
        sa.Column("decided_at", sa.String(length=40), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("value_impact", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_approval"),
    )
    op.create_index("ix_approval_op_uuid", "approval", ["op_uuid"])


def downgrade() -> None:
    op.drop_index("ix_approval_op_uuid", table_name="approval")
    op.drop_table("approval")
    op.drop_index("ix_op_aggregate_seq", table_name="op")
