"""Audit d'expert: a référent-auditeur draws a sample of requests (random, by filter, from a seed
that is shown), reads each one pseudonymised, and grades it against the rubric."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from avec.learn.expert_audit import (
    MAX_SAMPLE,
    AuditError,
    SampleFilter,
    grade,
    load_rubric,
    new_seed,
    recent,
    requests_by_id,
    require_auditor,
    sample,
    view,
)
from avec.review.queries import STATUS_LABELS
from avec.store.tables import User
from avec.web.context import Forbidden, check_csrf, page, redirect, signed_in, web
from avec.web.relecture import SEVERITY_LABELS

router = APIRouter()


def auditor(user: Annotated[User, Depends(signed_in)]) -> User:
    try:
        require_auditor(user)
    except AuditError as exc:
        raise Forbidden(str(exc)) from None
    return user


def _date(value: str, label: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise AuditError(f"Date invalide ({label}) : AAAA-MM-JJ.") from None


def _labels(request: Request) -> dict[str, str]:
    return {u.id: u.label for u in web(request).policy.use_cases}


@router.get("/audit-expert")
def home(request: Request, user: Annotated[User, Depends(auditor)]) -> Response:
    policy = web(request).policy
    return page(request, "expert.html", user=user, cases=policy.use_cases, models=policy.models,
                statuses=STATUS_LABELS, grades=recent(web(request).engine), labels=_labels(request),
                max_sample=MAX_SAMPLE, values={}, rubric=load_rubric())  # fmt: skip


@router.get("/audit-expert/echantillon")
def draw(request: Request, user: Annotated[User, Depends(auditor)], n: int = 10, cas: str = "",
         modele: str = "", equipe: str = "", utilisateur: str = "", statut: str = "",
         debut: str = "", fin: str = "", erreurs: str = "", corrigees: str = "",
         deja: str = "", graine: str = "") -> Response:  # fmt: skip
    """The sample for these filters and seed; without a seed, one is drawn and put in the
    address (the page can be shared and drawn again identically)."""
    values = {"n": n, "cas": cas, "modele": modele, "equipe": equipe, "utilisateur": utilisateur,
              "statut": statut, "debut": debut, "fin": fin, "erreurs": erreurs,
              "corrigees": corrigees, "deja": deja}  # fmt: skip
    policy = web(request).policy
    try:
        if not graine:
            return redirect(
                "/audit-expert/echantillon?" + urlencode({**values, "graine": new_seed()})
            )
        if not graine.isdigit():
            raise AuditError("Graine invalide : un nombre entier.")
        filters = SampleFilter(use_case=cas or None, model=modele or None, team=equipe or None,
                               user=utilisateur or None, status=statut or None,
                               start=_date(debut, "du"), end=_date(fin, "au"),
                               with_errors=bool(erreurs), corrected=bool(corrigees),
                               not_audited=not deja)  # fmt: skip
        drawn = sample(web(request).engine, user, n, filters, seed=int(graine))
    except AuditError as exc:
        return page(request, "expert.html", 400, user=user, cases=policy.use_cases,
                    models=policy.models, statuses=STATUS_LABELS, grades=recent(web(request).engine),
                    labels=_labels(request), max_sample=MAX_SAMPLE, values=values, error=str(exc),
                    rubric=load_rubric())  # fmt: skip
    rows = requests_by_id(web(request).engine, drawn.ids)
    return page(request, "expert.html", user=user, cases=policy.use_cases, models=policy.models,
                statuses=STATUS_LABELS, grades=recent(web(request).engine), labels=_labels(request),
                max_sample=MAX_SAMPLE, values=values, drawn=drawn, rows=rows,
                rubric=load_rubric())  # fmt: skip


@router.get("/audit-expert/{request_id}")
async def read(request: Request, request_id: str, user: Annotated[User, Depends(auditor)],
               enregistre: str = "") -> Response:  # fmt: skip
    return await _show(request, request_id, user, saved=bool(enregistre))


async def _show(request: Request, request_id: str, user: User, status: int = 200,
                error: str | None = None, saved: bool = False) -> Response:  # fmt: skip
    w = web(request)
    audit = await run_in_threadpool(view, w.engine, w.pipeline.vault, w.detector, request_id)
    if audit is None:
        raise Forbidden(
            "Demande introuvable (ou dossier supprimé à la fin de sa durée de conservation)."
        )
    mine = next((g for g in audit.grades if g.auditor == user.name), None)
    return page(request, "expert_case.html", status, user=user, audit=audit, rubric=load_rubric(),
                labels=_labels(request), statuses=STATUS_LABELS, severity_labels=SEVERITY_LABELS,
                card=w.policy.model(audit.request.model), mine=mine, error=error, saved=saved,
                own=audit.request.owner == user.name)  # fmt: skip


@router.post("/audit-expert/{request_id}")
async def record(request: Request, request_id: str, user: Annotated[User, Depends(auditor)],
                 request_quality: Annotated[str, Form()] = "",
                 output_quality: Annotated[str, Form()] = "",
                 review_quality: Annotated[str, Form()] = "", comment: Annotated[str, Form()] = "",
                 share: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    w = web(request)
    labels = _labels(request)
    try:
        await run_in_threadpool(partial(
            grade, w.engine, w.detector, user, request_id, request_quality=request_quality,
            output_quality=output_quality, review_quality=review_quality, comment=comment,
            share=bool(share), use_case_labels=labels))  # fmt: skip
    except AuditError as exc:
        return await _show(request, request_id, user, 400, error=str(exc))
    return redirect(f"/audit-expert/{request_id}?enregistre=1")
