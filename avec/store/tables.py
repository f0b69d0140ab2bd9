"""Tables (SQLAlchemy 2 declarative). Identifying text is never stored here: the audit keeps
hashes and counts, the correspondence tables live in the encrypted vault."""

from __future__ import annotations

from sqlalchemy import BigInteger, Float, String, Text, UniqueConstraint
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
    owner: Mapped[str | None] = mapped_column(String(128), nullable=True)  # responsible user
    team: Mapped[str | None] = mapped_column(String(128), nullable=True)  # the owner's, at the time
    findings_error: Mapped[int] = mapped_column(default=0)
    findings_warning: Mapped[int] = mapped_column(default=0)
    findings_info: Mapped[int] = mapped_column(default=0)
    check_ms: Mapped[int | None] = mapped_column(nullable=True)  # CPU time of avec's checks
    energy_wh: Mapped[float | None] = mapped_column(Float, nullable=True)
    gco2eq: Mapped[float | None] = mapped_column(Float, nullable=True)
    water_l: Mapped[float | None] = mapped_column(Float, nullable=True)
    energy_method: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # the review's figures, copied when it closes (indicators read one table)
    corrected: Mapped[bool | None] = mapped_column(nullable=True)
    edit_distance: Mapped[float | None] = mapped_column(Float, nullable=True)
    review_seconds: Mapped[int | None] = mapped_column(nullable=True)
    time_saved_min: Mapped[int | None] = mapped_column(nullable=True)


class User(Base):
    """A local account: role, competency level, argon2 password hash, lock-out counters."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    level: Mapped[int] = mapped_column()
    password_hash: Mapped[str] = mapped_column(String(255))
    created: Mapped[str] = mapped_column(String(32))
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[str | None] = mapped_column(String(32), nullable=True)
    team: Mapped[str | None] = mapped_column(String(128), nullable=True)  # service, unit


class ApiKey(Base):
    """A gateway key: only its SHA-256 is kept; the key itself is shown once at creation."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    key_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created: Mapped[str] = mapped_column(String(32))
    revoked: Mapped[bool] = mapped_column(default=False)
    # owned by a user (their level at each request applies) or a service key with its own level
    user_name: Mapped[str | None] = mapped_column(String(128), nullable=True)
    level: Mapped[int | None] = mapped_column(nullable=True)
    use_cases: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON list; NULL = all
    models: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON list; NULL = all


class FindingDecision(Base):
    """The reviewer's verdict on one finding: confirmed (a real error) or dismissed (a false
    alarm, with its reason). Per checker, they measure avec's own precision in real use."""

    __tablename__ = "finding_decisions"

    request_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    finding: Mapped[int] = mapped_column(primary_key=True)
    check: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(128))
    decided_at: Mapped[str] = mapped_column(String(32))


class Review(Base):
    """The end of a proposition's review: validated or rejected, and what the reviewer changed
    (the validated text itself is in the vault)."""

    __tablename__ = "reviews"

    request_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(128), index=True)
    decision: Mapped[str] = mapped_column(String(16))
    decided_at: Mapped[str] = mapped_column(String(32), index=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    edit_distance: Mapped[float] = mapped_column(Float)
    corrected: Mapped[bool] = mapped_column()
    categories: Mapped[str] = mapped_column(Text)  # canonical JSON list
    review_seconds: Mapped[int | None] = mapped_column(nullable=True)
    time_saved_min: Mapped[int | None] = mapped_column(nullable=True)


class ManualTask(Base):
    """A task the professional declares done without AI (the guide asks to keep such practice)."""

    __tablename__ = "manual_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(128), index=True)
    use_case: Mapped[str] = mapped_column(String(64))
    created: Mapped[str] = mapped_column(String(32), index=True)
    minutes: Mapped[int | None] = mapped_column(nullable=True)
    team: Mapped[str | None] = mapped_column(String(128), nullable=True)


class FindingCount(Base):
    """How many findings of a check and severity a request had (indicators by SQL)."""

    __tablename__ = "finding_counts"

    request_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    check: Mapped[str] = mapped_column(String(64), primary_key=True)
    severity: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column()
    created: Mapped[str] = mapped_column(String(32), index=True)  # the request's


class Objective(Base):
    """A target a référent sets on an indicator (for one use case or all)."""

    __tablename__ = "objectives"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator: Mapped[str] = mapped_column(String(64))
    use_case: Mapped[str | None] = mapped_column(String(64), nullable=True)
    comparator: Mapped[str] = mapped_column(String(2))
    target: Mapped[float] = mapped_column(Float)
    set_by: Mapped[str] = mapped_column(String(128))
    created: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class Rex(Base):
    """A « retour d'expérience »: feedback or an incident, visible across teams; identifiers in
    its text are replaced before it is stored."""

    __tablename__ = "rex"

    id: Mapped[int] = mapped_column(primary_key=True)
    created: Mapped[str] = mapped_column(String(32), index=True)
    author: Mapped[str] = mapped_column(String(128))
    team: Mapped[str | None] = mapped_column(String(128), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    request_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    use_case: Mapped[str | None] = mapped_column(String(64), nullable=True)
    model: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    lesson: Mapped[str | None] = mapped_column(Text, nullable=True)
    proposal: Mapped[str | None] = mapped_column(Text, nullable=True)
    handled_by: Mapped[str | None] = mapped_column(String(128), nullable=True)


class Notice(Base):
    """A patient information notice a référent edited (otherwise generated from the policy)."""

    __tablename__ = "notices"

    use_case: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    edited_by: Mapped[str] = mapped_column(String(128))
    updated: Mapped[str] = mapped_column(String(32))


class QuizAttempt(Base):
    """One attempt at a module's quiz; the best per module counts toward the levels."""

    __tablename__ = "quiz_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(128), index=True)
    module: Mapped[str] = mapped_column(String(8))
    percentage: Mapped[float] = mapped_column(Float)
    answers: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(String(32))


class AuditGrade(Base):
    """A référent-auditeur's grades of one request against the rubric (1–4 per axis); the
    comment is pseudonymised before it is stored. One grade per auditor and request."""

    __tablename__ = "audit_grades"
    __table_args__ = (UniqueConstraint("request_id", "auditor", name="uq_audit_grade"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(String(36), index=True)
    auditor: Mapped[str] = mapped_column(String(128))
    graded_at: Mapped[str] = mapped_column(String(32), index=True)
    request_quality: Mapped[int] = mapped_column()
    output_quality: Mapped[int] = mapped_column()
    review_quality: Mapped[int | None] = mapped_column(nullable=True)  # None: not reviewed yet
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    rex_id: Mapped[int | None] = mapped_column(nullable=True)  # shared on the REX board
