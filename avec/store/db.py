"""The database: SQLite in AVEC_HOME by default (WAL, one writer), PostgreSQL by URL.

`AVEC_DATABASE_URL` selects another database (`postgresql://user@host/db`); the schema is
created and upgraded by Alembic migrations (`migrate`), never by `create_all`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

from avec.clinical.resources import user_data_dir

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
READ_ONLY = "avec_read_only"  # an execution option: see reader()


def database_url() -> str:
    url = os.environ.get("AVEC_DATABASE_URL")
    if url:
        return normalise(url)
    return f"sqlite:///{user_data_dir() / 'avec.db'}"


def normalise(url: str) -> str:
    """ "postgresql://…" and "postgres://…" use the psycopg 3 driver."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def reader(engine: Engine) -> Engine:
    """The same database and pool, for work that only reads (indicators, reports): on SQLite its
    transactions are deferred instead of taking the write lock; elsewhere nothing changes."""
    return engine.execution_options(**{READ_ONLY: True})


def make_engine(url: str | None = None) -> Engine:
    url = normalise(url) if url else database_url()
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # pysqlite's own transaction handling off, so that every transaction is BEGIN IMMEDIATE:
        # writers queue on the database lock instead of failing on upgrade (one writer at a time).
        engine = create_engine(url, connect_args={"isolation_level": None, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(conn: Any, _: Any) -> None:
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # a reader's deferred BEGIN takes no write lock: in WAL mode it neither waits for the
            # writer nor holds it up (a dashboard scan must not stall the requests being stored)
            read_only = conn.get_execution_options().get(READ_ONLY)
            conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the latest migration (idempotent)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
