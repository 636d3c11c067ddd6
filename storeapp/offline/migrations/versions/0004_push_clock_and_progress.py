"""Op columns for exactly-once across clocks and restarts.

- `sent_clock`: the machine's boot id and monotonic reading when the op was last sent (JSON).
  The wait for an in-flight request to end is measured on it, not on the wall clock, which
  may jump (a PC clock corrected, a restart into a wrong time).
- `progress`: what a handler recorded before a request whose effect cannot carry the op's
  marker (JSON), e.g. the highest return id of a delivery before our return was created.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("op") as batch:
        batch.add_column(sa.Column("sent_clock", sa.Text(), nullable=True))
        batch.add_column(sa.Column("progress", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("op") as batch:
        batch.drop_column("progress")
        batch.drop_column("sent_clock")
