"""Keyed audit chain (each entry names the key of its HMAC; entries found by subject) and
keyed sign-in records (`employee_credential.row_mac`).

`key_id` is NULL for entries written before keys existed; the first start after this upgrade
that can reach the OS keyring seals them (storeapp/offline/audit.py, `audit.sealed`). The index
on `subject` lets the push prove one op's approval without walking the whole chain. Sign-in rows get their MAC, and older PIN verifiers their
pepper, at the first start that creates the PIN pepper (storeapp/offline/credentials_repo.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
    op.create_index("ix_audit_entry_subject", "audit_entry", ["subject"])
    with op.batch_alter_table("employee_credential") as batch:
        batch.add_column(sa.Column("row_mac", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("employee_credential") as batch:
        batch.drop_column("row_mac")
    op.drop_index("ix_audit_entry_subject", table_name="audit_entry")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("key_id")
