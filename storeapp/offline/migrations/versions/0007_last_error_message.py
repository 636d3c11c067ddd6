"""An op's last error kept as a message (`op.last_error_message`): why its last try failed
("Odoo cannot be reached…", "Odoo is busy or restarting (HTTP 503)…") as its English template
and typed values, so the Sync & outbox screen shows it in the language of whoever reads it.

`last_error` keeps the English text (the CLI, logs, the support bundle); ops that failed
before this upgrade have no `last_error_message` and are shown as they were written.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("op") as batch:
        batch.add_column(sa.Column("last_error_message", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("op") as batch:
        batch.drop_column("last_error_message")
