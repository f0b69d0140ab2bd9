"""Keys owned by a user (whose live level applies) or service keys with their own level, both
scoped to use cases and models; requests name the responsible user; an index for rate limits.

Revision ID: 0004_key_scope
Revises: 0003_users_keys
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_key_scope"
down_revision = "0003_users_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("user_name", sa.String(128), nullable=True))
        batch.add_column(sa.Column("level", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("use_cases", sa.Text(), nullable=True))
        batch.add_column(sa.Column("models", sa.Text(), nullable=True))
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("owner", sa.String(128), nullable=True))
    op.create_index("ix_requests_actor_created", "requests", ["actor", "created"])
    op.create_index("ix_requests_owner_created", "requests", ["owner", "created"])


def downgrade() -> None:
    op.drop_index("ix_requests_owner_created", "requests")
    op.drop_index("ix_requests_actor_created", "requests")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("owner")
    with op.batch_alter_table("api_keys") as batch:
        for column in ("models", "use_cases", "level", "user_name"):
            batch.drop_column(column)
