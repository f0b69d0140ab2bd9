"""Accueil: the use cases this user may use, with their model cards; pending reviews; a task
done without AI."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from avec.review import record_manual_task
from avec.review.queries import pending_for
from avec.store.tables import User
from avec.web.context import Forbidden, check_csrf, page, redirect, signed_in, web

router = APIRouter()


@router.get("/")
def home(
    request: Request, user: Annotated[User, Depends(signed_in)], fait: str | None = None
) -> Response:
    policy = web(request).policy
    cases = policy.use_cases_for(user.level)
    locked = [u for u in policy.use_cases if u.min_level > user.level]
    pending = pending_for(web(request).engine, user.name, [u.id for u in cases])
    return page(request, "home.html", user=user, cases=cases, locked=locked, pending=pending,
                models_for=policy.models_for, labels={u.id: u.label for u in policy.use_cases},
                done=fait)  # fmt: skip


@router.post("/sans-ia")
def without_ai(request: Request, user: Annotated[User, Depends(signed_in)],
               use_case: Annotated[str, Form()], minutes: Annotated[str, Form()] = "",
               csrf: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    if web(request).policy.use_case(use_case) is None:
        raise Forbidden("Cas d'usage inconnu.")
    value = int(minutes) if minutes.strip().isdigit() else None
    record_manual_task(web(request).engine, user.name, use_case, value, user.team)
    return redirect("/?fait=sans-ia")
