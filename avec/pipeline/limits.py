"""Rate limits and daily token quotas, counted from the requests table (shared by every process)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Engine, func, select
from sqlalchemy.orm import Session

from avec.policy.model import Limits
from avec.store.tables import AuditEvent, Request


@dataclass(frozen=True)
class Exceeded(Exception):
    message: str
    retry_after_s: int

    def __str__(self) -> str:
        return self.message


def check_limits(engine: Engine, limits: Limits, actor: str, owner: str | None = None) -> None:
    """Raise Exceeded when `actor` ("key:NAME" or "user:NAME") is over its minute or day budget,
    or when `owner` — the user behind a key — is over the user budget, whichever way they ask."""
    if owner is not None and actor.startswith("key:"):
        _check(engine, limits, Request.owner == owner, is_key=False)
    _check(engine, limits, Request.actor == actor, is_key=actor.startswith("key:"))


def _check(engine: Engine, limits: Limits, whose: ColumnElement[bool], *, is_key: bool) -> None:
    per_minute = (
        limits.requests_per_minute_per_key if is_key else limits.requests_per_minute_per_user
    )
    daily = limits.daily_tokens_per_key if is_key else limits.daily_tokens_per_user
    now = dt.datetime.now(dt.UTC)
    minute_ago = (now - dt.timedelta(seconds=60)).isoformat(timespec="seconds")
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with Session(engine) as session:
        recent = session.execute(
            select(func.count()).select_from(Request).where(whose, Request.created >= minute_ago)
        ).scalar_one()
        if recent >= per_minute:
            raise Exceeded(
                f"Trop de requêtes : {per_minute} par minute au plus. Réessayer dans une minute.",
                60,
            )
        if daily is not None:
            used = session.execute(
                select(
                    func.coalesce(func.sum(Request.prompt_tokens + Request.completion_tokens), 0)
                ).where(
                    whose,
                    Request.created >= midnight.isoformat(timespec="seconds"),
                )
            ).scalar_one()
            if used >= daily:
                wait = int((midnight + dt.timedelta(days=1) - now).total_seconds())
                raise Exceeded(f"Quota quotidien atteint : {daily} jetons par jour. Il sera rétabli à minuit (UTC).",
                               wait)  # fmt: skip


def check_practice(engine: Engine, limits: Limits, actor: str) -> None:
    """The sandbox's model calls are not requests (nothing is stored): count them from their
    audit events, against the same per-minute budget as the user's requests."""
    minute_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=60)).isoformat()
    with Session(engine) as session:
        recent = session.execute(
            select(func.count()).select_from(AuditEvent).where(
                AuditEvent.kind == "practice_run", AuditEvent.actor == actor,
                AuditEvent.ts >= minute_ago, AuditEvent.data.contains('"origin":"model"'))
        ).scalar_one()  # fmt: skip
    if recent >= limits.requests_per_minute_per_user:
        raise Exceeded(
            f"Trop d'essais avec un modèle : {limits.requests_per_minute_per_user} par minute au "
            "plus. Réessayer dans une minute.",
            60,
        )
