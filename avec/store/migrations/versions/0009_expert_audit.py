"""Apprendre: expert audits, a référent-auditeur's grades of a request against the rubric.

Revision ID: 0009_expert_audit
Revises: 0008_learn
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_expert_audit"
down_revision = "0008_learn"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_grades",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.String(36), nullable=False, index=True),
        sa.Column("auditor", sa.String(128), nullable=False),
        sa.Column("graded_at", sa.String(32), nullable=False, index=True),
        sa.Column("request_quality", sa.Integer(), nullable=False),
        sa.Column("output_quality", sa.Integer(), nullable=False),
        sa.Column("review_quality", sa.Integer(), nullable=True),  # None: not reviewed yet
        sa.Column("comment", sa.Text(), nullable=True),  # pseudonymised
        sa.Column("rex_id", sa.Integer(), nullable=True),
        sa.UniqueConstraint("request_id", "auditor", name="uq_audit_grade"),
    )


def downgrade() -> None:
    op.drop_table("audit_grades")
