"""Estimer: each request's environmental cost and verification cost, finding counts as columns
(indicators by SQL), teams, objectives.

Revision ID: 0006_estimer
Revises: 0005_review
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_estimer"
down_revision = "0005_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("team", sa.String(128), nullable=True))
        batch.add_column(
            sa.Column("findings_error", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("findings_warning", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("findings_info", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("check_ms", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("energy_wh", sa.Float(), nullable=True))
        batch.add_column(sa.Column("gco2eq", sa.Float(), nullable=True))
        batch.add_column(sa.Column("water_l", sa.Float(), nullable=True))
        batch.add_column(sa.Column("energy_method", sa.String(16), nullable=True))
        # the review's figures, copied when it closes: indicators read one table
        batch.add_column(sa.Column("corrected", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("edit_distance", sa.Float(), nullable=True))
        batch.add_column(sa.Column("review_seconds", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("time_saved_min", sa.Integer(), nullable=True))
    op.create_index("ix_requests_use_case_created", "requests", ["use_case", "created"])
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("team", sa.String(128), nullable=True))
    with op.batch_alter_table("manual_tasks") as batch:
        batch.add_column(sa.Column("team", sa.String(128), nullable=True))
    op.create_table(
        "finding_counts",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("check", sa.String(64), primary_key=True),
        sa.Column("severity", sa.String(16), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("created", sa.String(32), nullable=False, index=True),  # the request's
    )
    op.create_table(
        "objectives",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("indicator", sa.String(64), nullable=False),
        sa.Column("use_case", sa.String(64), nullable=True),  # NULL: every use case
        sa.Column("comparator", sa.String(2), nullable=False),  # "<", "<=", ">", ">="
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("set_by", sa.String(128), nullable=False),
        sa.Column("created", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("objectives")
    op.drop_table("finding_counts")
    with op.batch_alter_table("manual_tasks") as batch:
        batch.drop_column("team")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("team")
    op.drop_index("ix_requests_use_case_created", "requests")
    with op.batch_alter_table("requests") as batch:
        for column in ("time_saved_min", "review_seconds", "edit_distance", "corrected", "energy_method", "water_l", "gco2eq", "energy_wh", "check_ms",
                       "findings_info", "findings_warning", "findings_error", "team"):  # fmt: skip
            batch.drop_column(column)
