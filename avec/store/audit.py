"""The audit trail: append-only and hash-chained.

Each event carries the SHA-256 of the previous one over canonical JSON, so modifying, deleting
or reordering any row breaks the chain at a place `verify` names. Appends are serialised by the
database (a transaction-scoped advisory lock on PostgreSQL, the write lock of BEGIN IMMEDIATE
on SQLite), so several processes or hosts append to one linear chain.

Callers put hashes and counts in `data`, never identifying text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from avec.store.tables import AuditEvent

GENESIS = "0" * 64
_LOCK_KEY = 0x41564543  # "AVEC": the advisory lock that serialises appends on PostgreSQL


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(seq: int, ts: str, kind: str, actor: str, data: str, prev_hash: str) -> str:
    body = {"seq": seq, "ts": ts, "kind": kind, "actor": actor, "data": json.loads(data),
            "prev_hash": prev_hash}  # fmt: skip
    return hashlib.sha256(canonical(body).encode()).hexdigest()


def append(engine: Engine, kind: str, actor: str, data: dict[str, Any] | None = None) -> AuditEvent:
    """Add one event at the end of the chain and return it."""
    with Session(engine) as session, session.begin():
        event = append_in(session, kind, actor, data)
        session.expunge(event)
    return event


def append_in(
    session: Session, kind: str, actor: str, data: dict[str, Any] | None = None
) -> AuditEvent:
    """Add one event inside the caller's open transaction: it commits with what it records, or
    not at all (one commit for a request and its events)."""
    payload = canonical(data or {})
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    last = session.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar()
    seq = last.seq + 1 if last else 1
    prev = last.hash if last else GENESIS
    ts = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    event = AuditEvent(seq=seq, ts=ts, kind=kind, actor=actor, data=payload, prev_hash=prev,
                       hash=event_hash(seq, ts, kind, actor, payload, prev))  # fmt: skip
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class Verdict:
    intact: bool
    checked: int
    broken_at: int | None = None  # sequence number of the first event that does not hold
    reason: str = ""


def verify(engine: Engine) -> Verdict:
    """Walk the chain from the start; stop at the first event that does not hold."""
    expected_seq, prev = 1, GENESIS
    checked = 0
    with Session(engine) as session:
        for event in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
            if event.seq != expected_seq:
                return Verdict(False, checked, expected_seq,
                               f"événement {expected_seq} manquant (supprimé ?)")  # fmt: skip
            if event.prev_hash != prev:
                return Verdict(False, checked, event.seq,
                               f"événement {event.seq} : ne suit pas l'événement précédent (supprimé ou déplacé ?)")  # fmt: skip
            try:
                recomputed = event_hash(
                    event.seq, event.ts, event.kind, event.actor, event.data, event.prev_hash
                )
            except (ValueError, TypeError):
                recomputed = ""
            if recomputed != event.hash:
                return Verdict(
                    False, checked, event.seq, f"événement {event.seq} : contenu modifié"
                )
            prev, expected_seq = event.hash, expected_seq + 1
            checked += 1
    return Verdict(True, checked)


def export(engine: Engine) -> Iterator[dict[str, Any]]:
    """Every event in order, as plain dictionaries (for JSONL)."""
    with Session(engine) as session:
        for event in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
            yield {"seq": event.seq, "ts": event.ts, "kind": event.kind, "actor": event.actor,
                   "data": json.loads(event.data), "prev_hash": event.prev_hash, "hash": event.hash}  # fmt: skip
