"""Apprendre: quiz attempts (the best score per module unlocks competency levels).

Revision ID: 0008_learn
Revises: 0007_communicate
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_learn"
down_revision = "0007_communicate"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quiz_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_name", sa.String(128), nullable=False, index=True),
        sa.Column("module", sa.String(8), nullable=False),
        sa.Column("percentage", sa.Float(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),  # canonical JSON: question → answer ids
        sa.Column("created", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("quiz_attempts")
