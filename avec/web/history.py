"""Historique: my requests with their status, filters, and each one's audit trail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from avec.review.queries import STATUS_LABELS, history, trail
from avec.review.service import SUPERVISORS
from avec.store.tables import User
from avec.web.context import Forbidden, page, signed_in, web
from avec.web.relecture import _case

router = APIRouter()


@router.get("/historique")
def listing(request: Request, user: Annotated[User, Depends(signed_in)], statut: str = "",
            cas: str = "", tous: str = "") -> Response:  # fmt: skip
    everyone = bool(tous) and user.role in SUPERVISORS
    rows = history(web(request).engine, None if everyone else user.name,
                   status=statut or None, use_case=cas or None)  # fmt: skip
    policy = web(request).policy
    return page(request, "history.html", user=user, rows=rows, statut=statut, cas=cas,
                everyone=everyone, statuses=STATUS_LABELS, cases=policy.use_cases,
                labels={u.id: u.label for u in policy.use_cases},
                models={m.id: m.label for m in policy.models})  # fmt: skip


@router.get("/historique/{request_id}")
def one(request: Request, request_id: str, user: Annotated[User, Depends(signed_in)]) -> Response:
    case = _case(request, request_id, user)
    if case is None:
        raise Forbidden("Demande introuvable.")
    events = trail(web(request).engine, request_id)
    policy = web(request).policy
    return page(request, "trail.html", user=user, case=case, events=events, statuses=STATUS_LABELS,
                use_case=policy.use_case(case.request.use_case))  # fmt: skip
