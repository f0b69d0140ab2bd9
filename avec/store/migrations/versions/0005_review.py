"""Human review: decisions on findings, the review of each proposition, tasks done without AI.

Revision ID: 0005_review
Revises: 0004_key_scope
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_review"
down_revision = "0004_key_scope"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "finding_decisions",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("finding", sa.Integer(), primary_key=True),  # index in the report
        sa.Column("check", sa.String(64), nullable=False),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),  # confirmed | dismissed
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(128), nullable=False),
        sa.Column("decided_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_finding_decisions_check", "finding_decisions", ["check", "decision"])
    op.create_table(
        "reviews",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("reviewer", sa.String(128), nullable=False, index=True),
        sa.Column("decision", sa.String(16), nullable=False),  # validated | rejected
        sa.Column("decided_at", sa.String(32), nullable=False, index=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("edit_distance", sa.Float(), nullable=False),
        sa.Column("corrected", sa.Boolean(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),  # canonical JSON list
        sa.Column("review_seconds", sa.Integer(), nullable=True),
        sa.Column("time_saved_min", sa.Integer(), nullable=True),
    )
    op.create_table(
        "manual_tasks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_name", sa.String(128), nullable=False, index=True),
        sa.Column("use_case", sa.String(64), nullable=False),
        sa.Column("created", sa.String(32), nullable=False, index=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("manual_tasks")
    op.drop_table("reviews")
    op.drop_index("ix_finding_decisions_check", "finding_decisions")
    op.drop_table("finding_decisions")
