"""Lists the workbench shows: pending reviews, a user's history, one request's audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session

from avec.store.audit import export
from avec.store.tables import Request, Review

STATUS_LABELS = {"pending_review": "à relire", "validated": "validée", "rejected": "rejetée"}


@dataclass(frozen=True)
class Row:
    request: Request
    review: Review | None


def pending_for(engine: Engine, user: str, cases: list[str]) -> list[Request]:
    """Requests waiting for this user: theirs, and those without a responsible user in the use
    cases they may handle."""
    with Session(engine) as session:
        rows = session.execute(
            select(Request)
            .where(Request.status == "pending_review")
            .where(
                or_(Request.owner == user, Request.owner.is_(None) & Request.use_case.in_(cases))
            )
            .order_by(Request.created.desc())
            .limit(200)
        ).scalars()
        out = list(rows)
        session.expunge_all()
        return out


def history(engine: Engine, user: str | None, *, status: str | None = None,
            use_case: str | None = None, limit: int = 200) -> list[Row]:  # fmt: skip
    """Newest first; `user` None lists everyone's (référents, administrators)."""
    query = select(Request, Review).outerjoin(Review, Review.request_id == Request.id)
    if user is not None:
        query = query.where(Request.owner == user)
    if status:
        query = query.where(Request.status == status)
    if use_case:
        query = query.where(Request.use_case == use_case)
    with Session(engine) as session:
        rows = [
            Row(r, v)
            for r, v in session.execute(query.order_by(Request.created.desc()).limit(limit))
        ]
        session.expunge_all()
        return rows


def trail(engine: Engine, request_id: str) -> list[dict[str, Any]]:
    """The audit events about one request, in order (hashes and counts, nothing identifying)."""
    return [e for e in export(engine) if e["data"].get("request_id") == request_id]
