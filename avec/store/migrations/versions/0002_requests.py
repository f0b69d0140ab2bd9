"""Governed requests (metadata and counts; the case file is in the vault).

Revision ID: 0002_requests
Revises: 0001_audit
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_requests"
down_revision = "0001_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "requests",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("use_case", sa.String(64), nullable=False),
        sa.Column("model", sa.String(64), nullable=False),
        sa.Column("is_ai", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("prompt_tokens", sa.Integer(), nullable=False),
        sa.Column("completion_tokens", sa.Integer(), nullable=False),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
        sa.Column("entities", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("vault_ref", sa.String(128), nullable=False),
    )
    for column in ("created", "actor", "use_case", "status"):
        op.create_index(f"ix_requests_{column}", "requests", [column])


def downgrade() -> None:
    for column in ("created", "actor", "use_case", "status"):
        op.drop_index(f"ix_requests_{column}", "requests")
    op.drop_table("requests")
