"""A reader (indicators, reports) does not hold the SQLite write lock: a request can be stored
while a dashboard scan is open, and the reader still sees its own snapshot."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from avec.store import append, make_engine, migrate, reader
from avec.store.tables import AuditEvent


def test_a_write_is_not_held_up_by_an_open_read(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'avec.db'}")
    migrate(engine)
    append(engine, "first", "test", {})
    wrote = threading.Event()
    with Session(reader(engine)) as session:
        before = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
        # the read transaction is open; a writer in another thread must not wait for it
        started = time.perf_counter()
        writer = threading.Thread(
            target=lambda: (append(engine, "second", "test", {}), wrote.set())
        )
        writer.start()
        assert wrote.wait(10), "the writer waited for the reader"
        waited = time.perf_counter() - started
        again = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
        assert again == before  # the reader keeps its snapshot
        writer.join()
    assert waited < 5  # far below the 30 s busy timeout a write lock would impose
    with Session(engine) as session:
        assert (
            session.execute(select(func.count()).select_from(AuditEvent)).scalar_one() == before + 1
        )


def test_a_write_through_the_normal_engine_still_takes_the_lock_first(tmp_path: Path) -> None:
    path = tmp_path / "avec.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))  # BEGIN IMMEDIATE: the write lock from the first statement
        other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with Session(reader(engine)) as session:
        session.execute(text("SELECT 1"))  # a reader: deferred, no lock taken
        free = sqlite3.connect(path, timeout=0.1, isolation_level=None)
        free.execute("BEGIN IMMEDIATE")
        free.execute("ROLLBACK")
        free.close()
