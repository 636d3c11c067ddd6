"""Park explanations kept as messages (`op.park_message`): the reason an op is parked and what
to do about it, as their English template and typed values, so the Sync & outbox screen shows
them in the language of whoever reads them.

`park_reason` and `park_action` keep the English text (the CLI, logs, the support bundle);
ops parked before this upgrade have no `park_message` and are shown as they were written.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("op") as batch:
        batch.add_column(sa.Column("park_message", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("op") as batch:
        batch.drop_column("park_message")
