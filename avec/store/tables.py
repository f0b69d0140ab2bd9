"""Tables (SQLAlchemy 2 declarative). Identifying text is never stored here: the audit keeps
hashes and counts, the correspondence tables live in the encrypted vault."""

from __future__ import annotations

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class AuditEvent(Base):
    """One link of the audit chain: `hash` = SHA-256 over the canonical JSON of the event and
    the previous event's hash."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    ts: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(64), index=True)
    actor: Mapped[str] = mapped_column(String(128))
    data: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Request(Base):
    """One governed generation: metadata and counts only; the case file (source, answer,
    proposition, findings) is in the encrypted vault under `vault_ref`."""

    __tablename__ = "requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(128), index=True)
    use_case: Mapped[str] = mapped_column(String(64), index=True)
    model: Mapped[str] = mapped_column(String(64))
    is_ai: Mapped[bool] = mapped_column()
    status: Mapped[str] = mapped_column(String(32), index=True)
    source_sha256: Mapped[str] = mapped_column(String(64))
    prompt_tokens: Mapped[int] = mapped_column()
    completion_tokens: Mapped[int] = mapped_column()
    latency_ms: Mapped[int] = mapped_column()
    entities: Mapped[str] = mapped_column(Text)  # canonical JSON: counts by label
    findings: Mapped[str] = mapped_column(Text)  # canonical JSON: counts by severity and check
    vault_ref: Mapped[str] = mapped_column(String(128))
