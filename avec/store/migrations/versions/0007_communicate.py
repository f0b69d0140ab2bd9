"""Communiquer: experience feedback (REX) board and patient notices edited by a référent.

Revision ID: 0007_communicate
Revises: 0006_estimer
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_communicate"
down_revision = "0006_estimer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rex",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created", sa.String(32), nullable=False, index=True),
        sa.Column("author", sa.String(128), nullable=False),
        sa.Column("team", sa.String(128), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),  # retour | incident
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),  # pseudonymised before storage
        sa.Column("request_id", sa.String(36), nullable=True),
        sa.Column("use_case", sa.String(64), nullable=True),
        sa.Column("model", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),  # ouvert | enseignement | proposition
        sa.Column("lesson", sa.Text(), nullable=True),
        sa.Column("proposal", sa.Text(), nullable=True),  # a policy change proposal
        sa.Column("handled_by", sa.String(128), nullable=True),
    )
    op.create_table(
        "notices",
        sa.Column("use_case", sa.String(64), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("edited_by", sa.String(128), nullable=False),
        sa.Column("updated", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("notices")
    op.drop_table("rex")
