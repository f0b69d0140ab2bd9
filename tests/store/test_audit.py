"""The audit chain: intact, tampered (modified, deleted, reordered), concurrent appends."""

from __future__ import annotations

import multiprocessing
from itertools import pairwise
from typing import Any

from sqlalchemy import Engine, text

from avec.store import append, export, make_engine, migrate, verify
from avec.store.audit import GENESIS


def _fill(engine: Engine, n: int = 5) -> None:
    for i in range(n):
        append(
            engine,
            "request",
            "user:1",
            {"i": i, "source_sha256": "ab" * 32, "entities": {"NOM": 2}},
        )


def test_chain_is_linked_and_verifies(engine: Engine) -> None:
    _fill(engine)
    events = list(export(engine))
    assert [e["seq"] for e in events] == [1, 2, 3, 4, 5]
    assert events[0]["prev_hash"] == GENESIS
    assert all(b["prev_hash"] == a["hash"] for a, b in pairwise(events))
    verdict = verify(engine)
    assert verdict.intact and verdict.checked == 5


def test_migrations_are_idempotent(engine: Engine) -> None:
    migrate(engine)
    append(engine, "init", "cli")
    assert verify(engine).intact


def test_a_modified_event_is_named(engine: Engine) -> None:
    _fill(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET data = :d WHERE seq = 3"), {"d": '{"i":99}'})
    verdict = verify(engine)
    assert not verdict.intact and verdict.broken_at == 3 and "modifié" in verdict.reason


def test_a_deleted_event_is_named(engine: Engine) -> None:
    _fill(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    verdict = verify(engine)
    assert not verdict.intact and verdict.broken_at == 2 and "manquant" in verdict.reason


def test_reordered_events_are_detected(engine: Engine) -> None:
    _fill(engine)
    with engine.begin() as conn:  # swap the contents of events 2 and 3, keeping seq numbers
        rows = {
            r.seq: r for r in conn.execute(text("SELECT * FROM audit_events WHERE seq IN (2, 3)"))
        }
        for seq, other in ((2, 3), (3, 2)):
            r = rows[other]
            conn.execute(
                text("UPDATE audit_events SET ts=:ts, kind=:k, actor=:a, data=:d, prev_hash=:p, hash=:h WHERE seq=:s"),
                {"ts": r.ts, "k": r.kind, "a": r.actor, "d": r.data, "p": r.prev_hash,
                 "h": f"tmp{seq}" if seq == 2 else r.hash, "s": seq},
            )  # fmt: skip
        conn.execute(text("UPDATE audit_events SET hash=:h WHERE seq=2"), {"h": rows[3].hash + ""})
    verdict = verify(engine)
    assert not verdict.intact and verdict.broken_at == 2


def test_a_rewritten_event_breaks_the_next_link(engine: Engine) -> None:
    """Even a forger who recomputes an event's own hash is caught by the following event."""
    from avec.store.audit import event_hash

    _fill(engine)
    with engine.begin() as conn:
        r = conn.execute(text("SELECT * FROM audit_events WHERE seq = 2")).one()
        forged = event_hash(2, r.ts, r.kind, "intrus", r.data, r.prev_hash)
        conn.execute(
            text("UPDATE audit_events SET actor='intrus', hash=:h WHERE seq=2"), {"h": forged}
        )
    verdict = verify(engine)
    assert not verdict.intact and verdict.broken_at == 3


def _worker(url: str, n: int) -> None:
    eng = make_engine(url)
    for i in range(n):
        append(eng, "request", f"worker:{i}", {"i": i})
    eng.dispose()


def test_concurrent_appends_from_processes_keep_one_linear_chain(
    engine: Engine, db_url: str
) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker, args=(db_url, 25)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    events: list[dict[str, Any]] = list(export(engine))
    assert [e["seq"] for e in events] == list(range(1, 76))
    assert verify(engine).intact
