from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from avec.store import make_engine, migrate
from avec.verify import Finding, Verifier


@pytest.fixture(scope="session")
def verifier() -> Verifier:
    return Verifier()


def flagged(
    verifier: Verifier,
    source: str,
    output: str,
    check: str | None = None,
    use_case: str | None = None,
) -> list[Finding]:
    """Findings of severity ≥ warning, optionally of one check."""
    report = verifier.check(source, output, use_case)
    return [
        f for f in report.findings if int(f.severity) >= 1 and (check is None or f.check == check)
    ]


# --- databases: every store test runs on SQLite and on the PostgreSQL server at 127.0.0.1:5432
# (database `test`), each PostgreSQL test in a schema of its own, dropped afterwards.

POSTGRES = os.environ.get("AVEC_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextmanager
def postgres_schema(prefix: str = "avec_test") -> Iterator[str]:
    """A database URL on a fresh PostgreSQL schema, dropped on exit."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'avec.db'}"
        return
    with postgres_schema() as url:
        yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    migrate(eng)
    yield eng
    eng.dispose()
