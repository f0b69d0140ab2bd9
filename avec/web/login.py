"""Sign in and out: local accounts, argon2, lock-out after repeated failures, audited."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from avec.store.accounts import AccountLocked, login
from avec.store.audit import append
from avec.web.context import check_csrf, page, redirect, web

router = APIRouter()


def _safe(target: str | None) -> str:
    """Only a path of this site (no open redirect)."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


@router.get("/connexion")
def form(request: Request, suite: str | None = None) -> Response:
    return page(request, "login.html", suite=_safe(suite))


@router.post("/connexion")
def sign_in(request: Request, name: Annotated[str, Form()], password: Annotated[str, Form()],
            csrf: Annotated[str, Form()] = "", suite: Annotated[str, Form()] = "/") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    try:
        user = login(web(request).engine, name.strip(), password)
    except AccountLocked as exc:
        return page(request, "login.html", 423, error=str(exc), name=name, suite=_safe(suite))
    if user is None:
        return page(request, "login.html", 401, error="Identifiant ou mot de passe incorrect.",
                    name=name, suite=_safe(suite))  # fmt: skip
    request.session.clear()  # a new session at each sign-in (no fixation)
    request.session["user"] = user.name
    return redirect(_safe(suite))


@router.post("/deconnexion")
def sign_out(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    name = request.session.get("user")
    request.session.clear()
    if isinstance(name, str):
        append(web(request).engine, "logout", f"user:{name}", {"source": "web"})
    return redirect("/connexion")
