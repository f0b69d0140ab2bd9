"""Review operations on one proposition: load it, decide on findings, validate or reject.

Rules: human review is the only way out of `pending_review`; validation is refused while an
`error` finding is neither fixed in the text nor dismissed with a reason; a decision is
recorded per finding (it measures the checkers' precision); the validated text and its
provenance mention go to the encrypted vault, the database keeps hashes, counts and categories.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from avec.policy import ModelCard
from avec.privacy import Vault, VaultError
from avec.review.corrections import CATEGORIES, changed_spans, measure
from avec.store.audit import append
from avec.store.tables import FindingDecision, ManualTask, Request, Review

PENDING = "pending_review"
VALIDATED = "validated"
REJECTED = "rejected"
SUPERVISORS = ("référent", "administrateur")


class ReviewError(Exception):
    """A review action that cannot be done; the message is for the user (French)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Case:
    """One proposition and everything its review needs (identifying parts from the vault)."""

    request: Request
    source: str
    sent: str
    proposition: str
    findings: list[dict[str, Any]]
    decisions: dict[int, FindingDecision] = field(default_factory=dict)
    review: Review | None = None
    validated: str | None = None
    mention: str | None = None
    answer: str = ""  # the model's answer as it came (placeholders in it)
    lint: list[dict[str, Any]] = field(default_factory=list)  # the request's analysis

    @property
    def id(self) -> str:
        return self.request.id

    def may_review(self, user: str, role: str, level: int, min_level: int) -> bool:
        """The responsible user reviews; a request without one goes to any qualified user."""
        if self.request.status != PENDING:
            return False
        if self.request.owner is None:
            return level >= min_level
        return self.request.owner == user

    def may_view(self, user: str, role: str) -> bool:
        """Owner, or a référent/administrator reading for audit."""
        return self.request.owner in (user, None) or role in SUPERVISORS


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def load_case(engine: Engine, vault: Vault, request_id: str) -> Case | None:
    with Session(engine) as session:
        request = session.get(Request, request_id)
        if request is None:
            return None
        decisions = {
            d.finding: d
            for d in session.execute(
                select(FindingDecision).where(FindingDecision.request_id == request_id)
            ).scalars()
        }
        review = session.get(Review, request_id)
        session.expunge_all()
    try:
        doc = vault.get(request.vault_ref)
    except VaultError:
        return None  # purged after its retention period, or another vault
    validated = doc.get("validated") or {}
    return Case(request, doc.get("source", ""), doc.get("sent", ""), doc.get("proposition", ""),
                list((doc.get("findings") or {}).get("findings", [])), decisions, review,
                validated.get("text"), validated.get("mention"), doc.get("answer", ""),
                list(doc.get("lint") or []))  # fmt: skip


def decide_finding(engine: Engine, case: Case, index: int, decision: str, reason: str | None,
                   user: str) -> FindingDecision:  # fmt: skip
    """Confirm a finding (a real error) or dismiss it (a false alarm; an error needs a reason)."""
    if case.request.status != PENDING:
        raise ReviewError("Cette proposition a déjà été relue.", "closed")
    if not 0 <= index < len(case.findings):
        raise ReviewError("Constat inconnu.", "unknown_finding")
    if decision not in ("confirmed", "dismissed"):
        raise ReviewError("Décision inconnue : « confirmé » ou « fausse alerte ».", "bad_decision")
    finding = case.findings[index]
    reason = (reason or "").strip() or None
    if decision == "dismissed" and finding.get("severity") == "error" and not reason:
        raise ReviewError("Écarter une erreur demande une raison.", "reason_required")
    row = FindingDecision(request_id=case.id, finding=index, check=finding.get("check", ""),
                          category=finding.get("category", ""), severity=finding.get("severity", ""),
                          decision=decision, reason=reason, decided_by=user, decided_at=_now())  # fmt: skip
    with Session(engine, expire_on_commit=False) as session, session.begin():
        session.merge(row)
    case.decisions[index] = row
    append(engine, "finding_decision", f"user:{user}", {
        "request_id": case.id, "finding": index, "check": row.check, "category": row.category,
        "severity": row.severity, "decision": decision, "reason_given": reason is not None,
    })  # fmt: skip
    return row


def fixed(case: Case, index: int, final_text: str) -> bool:
    """The text of the finding's span was changed in the final text."""
    span = case.findings[index].get("output_span")
    if not span:
        return False
    start, end = span
    return any(
        (i1 < end and start < i2) or (i1 == i2 and start <= i1 <= end)
        for i1, i2, _, _ in changed_spans(case.proposition, final_text)
    )


def blocking(case: Case, final_text: str) -> list[int]:
    """Error findings neither fixed in `final_text` nor dismissed with a reason."""
    out = []
    for i, f in enumerate(case.findings):
        if f.get("severity") != "error":
            continue
        d = case.decisions.get(i)
        if d is not None and d.decision == "dismissed" and d.reason:
            continue
        if fixed(case, i, final_text):
            continue
        out.append(i)
    return out


def provenance(card: ModelCard | None, model_id: str, reviewer: str, when: dt.date) -> str:
    day = when.strftime("%d/%m/%Y")
    label = card.label if card else model_id
    if card is not None and not card.is_ai:
        return (
            f"Structuré automatiquement sans IA ({label}), relu et validé par {reviewer} le {day}."
        )
    if card is not None and card.backend.value == "external":
        return (f"Rédigé avec un outil d'IA générative externe, vérifié par avec, relu et validé par "
                f"{reviewer} le {day}.")  # fmt: skip
    return f"Rédigé avec l'aide d'une IA générative (modèle {label}), relu et validé par {reviewer} le {day}."


def validate(engine: Engine, vault: Vault, case: Case, user: str, final_text: str,
             categories: list[str], card: ModelCard | None, *, review_seconds: int | None = None,
             time_saved_min: int | None = None) -> Review:  # fmt: skip
    if case.request.status != PENDING:
        raise ReviewError("Cette proposition a déjà été relue.", "closed")
    final_text = final_text.replace("\r\n", "\n").strip()
    if not final_text:
        raise ReviewError("Le texte validé est vide.", "empty")
    open_errors = blocking(case, final_text)
    if open_errors:
        raise ReviewError(
            f"Validation impossible : {len(open_errors)} erreur(s) ni corrigée(s) ni écartée(s) avec "
            "une raison.", "open_errors",
        )  # fmt: skip
    for i, _ in enumerate(case.findings):  # a fixed finding without a decision was confirmed
        if i not in case.decisions and fixed(case, i, final_text):
            decide_finding(engine, case, i, "confirmed", None, user)
    unknown = [c for c in categories if c not in CATEGORIES]
    if unknown:
        raise ReviewError(
            f"Catégorie de correction inconnue : {', '.join(unknown)}.", "bad_category"
        )
    change = measure(case.proposition, final_text)
    mention = provenance(card, case.request.model, user, dt.date.today())
    review = Review(request_id=case.id, reviewer=user, decision=VALIDATED, decided_at=_now(),
                    reason=None, edit_distance=change.distance, corrected=change.corrected,
                    categories=json.dumps(sorted(set(categories))), review_seconds=review_seconds,
                    time_saved_min=time_saved_min)  # fmt: skip
    _close(engine, case, review)
    doc = vault.get(case.request.vault_ref)
    doc["validated"] = {"text": final_text, "mention": mention, "by": user, "at": review.decided_at}
    vault.put(case.request.vault_ref, doc)
    case.validated, case.mention = final_text, mention
    append(engine, "review_validated", f"user:{user}", {
        "request_id": case.id, "final_sha256": hashlib.sha256(final_text.encode()).hexdigest(),
        "edit_distance": change.distance, "categories": sorted(set(categories)),
        "findings": len(case.findings), "decisions": len(case.decisions),
    })  # fmt: skip
    return review


def reject(engine: Engine, case: Case, user: str, reason: str,
           categories: list[str] | None = None) -> Review:  # fmt: skip
    if case.request.status != PENDING:
        raise ReviewError("Cette proposition a déjà été relue.", "closed")
    reason = reason.strip()
    if not reason:
        raise ReviewError("Rejeter une proposition demande une raison.", "reason_required")
    review = Review(request_id=case.id, reviewer=user, decision=REJECTED, decided_at=_now(),
                    reason=reason, edit_distance=1.0, corrected=False,
                    categories=json.dumps(sorted(set(categories or []))))  # fmt: skip
    _close(engine, case, review)
    append(engine, "review_rejected", f"user:{user}", {"request_id": case.id, "reason": reason})
    return review


def _close(engine: Engine, case: Case, review: Review) -> None:
    """Record the review and move the request out of pending, once (a second reviewer loses)."""
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            request = session.get(Request, case.id, with_for_update=True)
            if request is None or request.status != PENDING:
                raise ReviewError("Cette proposition a déjà été relue.", "closed")
            request.status = review.decision
            if review.decision == VALIDATED:  # copied for the indicators (one table to read)
                request.corrected, request.edit_distance = review.corrected, review.edit_distance
            request.review_seconds, request.time_saved_min = (
                review.review_seconds,
                review.time_saved_min,
            )
            session.add(review)
    except IntegrityError:
        raise ReviewError("Cette proposition a déjà été relue.", "closed") from None
    case.request.status = review.decision
    case.review = review


def record_manual_task(engine: Engine, user: str, use_case: str, minutes: int | None,
                       team: str | None = None) -> None:  # fmt: skip
    """A task done without AI, declared by the professional (feeds the Estimer indicators)."""
    with Session(engine) as session, session.begin():
        session.add(ManualTask(user_name=user, use_case=use_case, created=_now(), minutes=minutes,
                               team=team))  # fmt: skip
    append(engine, "manual_task", f"user:{user}", {"use_case": use_case, "minutes": minutes})
