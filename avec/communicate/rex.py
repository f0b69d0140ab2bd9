"""Retours d'expérience (REX): feedback and incidents shared across teams.

Anything identifying in a post is replaced before it is stored (the detector of the privacy
package, placeholders); a request may be linked (its use case and model are recorded, its text
is not). A référent records the lesson learned and may turn it into a policy change proposal.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from avec.privacy import Detector, pseudonymize
from avec.store.audit import append
from avec.store.tables import Request, Rex

KINDS = {"retour": "retour d'expérience", "incident": "incident", "audit": "audit d'expert"}
POSTED_BY_USERS = ("retour", "incident")  # an « audit » is posted by the expert audit
STATUSES = {"ouvert": "ouvert", "enseignement": "enseignement tiré",
            "proposition": "proposition de modification de la politique"}  # fmt: skip


class RexError(ValueError):
    """A post that cannot be recorded; the message is for the user (French)."""


def _clean(text: str, detector: Detector) -> str:
    return pseudonymize(text.strip(), detector=detector).text


def post(engine: Engine, detector: Detector, author: str, team: str | None, kind: str, title: str,
         body: str, request_id: str | None = None) -> Rex:  # fmt: skip
    if kind not in KINDS:
        raise RexError("Type inconnu : retour d'expérience ou incident.")
    if not title.strip() or not body.strip():
        raise RexError("Un titre et une description sont nécessaires.")
    if len(body) > 10_000 or len(title) > 200:
        raise RexError("Texte trop long (titre 200 caractères, description 10 000).")
    use_case = model = None
    with Session(engine) as session:
        if request_id:
            linked = session.get(Request, request_id)
            if linked is None:
                raise RexError("Demande liée introuvable.")
            use_case, model = linked.use_case, linked.model
    row = Rex(created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), author=author, team=team,
              kind=kind, title=_clean(title, detector)[:200], body=_clean(body, detector),
              request_id=request_id or None, use_case=use_case, model=model, status="ouvert")  # fmt: skip
    with Session(engine, expire_on_commit=False) as session, session.begin():
        session.add(row)
    append(
        engine,
        "rex_posted",
        f"user:{author}",
        {"rex": row.id, "kind": kind, "request_id": request_id},
    )
    return row


def handle(engine: Engine, detector: Detector, rex_id: int, by: str, lesson: str,
           proposal: str | None = None) -> Rex:  # fmt: skip
    """A référent records the lesson learned, and optionally a policy change proposal."""
    if not lesson.strip():
        raise RexError("L'enseignement tiré est à écrire.")
    with Session(engine, expire_on_commit=False) as session, session.begin():
        row = session.get(Rex, rex_id)
        if row is None:
            raise RexError("Retour d'expérience introuvable.")
        row.lesson = _clean(lesson, detector)
        row.proposal = _clean(proposal, detector) if proposal and proposal.strip() else None
        row.status = "proposition" if row.proposal else "enseignement"
        row.handled_by = by
    append(
        engine,
        "rex_lesson",
        f"user:{by}",
        {"rex": rex_id, "policy_proposal": row.proposal is not None},
    )
    return row


def board(engine: Engine, *, use_case: str | None = None, kind: str | None = None,
          start: str | None = None, end: str | None = None) -> list[Rex]:  # fmt: skip
    query = select(Rex).order_by(Rex.created.desc())
    if use_case:
        query = query.where(Rex.use_case == use_case)
    if kind:
        query = query.where(Rex.kind == kind)
    if start:
        query = query.where(Rex.created >= start)
    if end:
        query = query.where(Rex.created < end)
    with Session(engine) as session:
        rows = list(session.execute(query.limit(500)).scalars())
        session.expunge_all()
        return rows
