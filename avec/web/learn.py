"""Apprendre: the training modules, their quizzes with explanations, competency levels unlocked
by the scores (level 3 granted by a référent), a certificate, and the team's training status."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from markdown_it import MarkdownIt
from sqlalchemy import select
from sqlalchemy.orm import Session

from avec.learn.modules import (
    LearnError,
    Module,
    load_levels,
    load_module,
    load_modules,
    load_quiz,
)
from avec.learn.progress import attempt, bests, grant_referent, passed_on
from avec.review.service import SUPERVISORS
from avec.store.accounts import get_user
from avec.store.tables import User
from avec.web.context import Forbidden, check_csrf, page, redirect, signed_in, web

router = APIRouter()
_MD = MarkdownIt("commonmark", {"html": False}).enable("table")  # no raw HTML from the content


def _module(module_id: str) -> Module:
    try:
        return load_module(module_id)
    except LearnError:
        raise Forbidden("Module inconnu.") from None


def _marks(modules: list[Module]) -> dict[str, float]:
    rules = load_levels()
    return {m.id: rules.pass_mark(m.id) for m in modules}


@router.get("/apprendre")
def overview(
    request: Request, user: Annotated[User, Depends(signed_in)], niveau: str = ""
) -> Response:
    best = bests(web(request).engine, user.name)
    modules = load_modules()
    return page(request, "learn.html", user=user, modules=modules, best=best, marks=_marks(modules),
                levels=load_levels().levels, raised=niveau)  # fmt: skip


@router.get("/apprendre/attestation")
def certificate(request: Request, user: Annotated[User, Depends(signed_in)]) -> Response:
    best = bests(web(request).engine, user.name)
    when = passed_on(web(request).engine, user.name, load_levels())
    passed = [m for m in load_modules() if m.id in when]
    return page(request, "learn_certificate.html", user=user, passed=passed, best=best, when=when,
                today=dt.date.today().strftime("%d/%m/%Y"))  # fmt: skip


@router.get("/apprendre/equipe")
def team(request: Request, user: Annotated[User, Depends(signed_in)]) -> Response:
    if user.role not in SUPERVISORS:
        raise Forbidden("Réservé aux référents et aux administrateurs.")
    with Session(web(request).engine) as session:
        people = list(session.execute(select(User).order_by(User.name)).scalars())
        session.expunge_all()
    table = [(p, bests(web(request).engine, p.name)) for p in people]
    return page(request, "learn_team.html", user=user, table=table, modules=load_modules())


@router.post("/apprendre/equipe/{name}/niveau3")
async def grant(request: Request, name: str, user: Annotated[User, Depends(signed_in)]) -> Response:
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    try:
        grant_referent(web(request).engine, name, user)
    except LearnError as exc:
        raise Forbidden("; ".join(exc.errors)) from None
    return redirect("/apprendre/equipe")


@router.get("/apprendre/{module_id}")
def module(request: Request, module_id: str, user: Annotated[User, Depends(signed_in)]) -> Response:
    mod = _module(module_id)
    return page(request, "learn_module.html", user=user, module=mod, body=_MD.render(mod.body),
                quiz=load_quiz(mod.id), best=bests(web(request).engine, user.name).get(mod.id),
                mark=load_levels().pass_mark(mod.id))  # fmt: skip


@router.post("/apprendre/{module_id}")
async def answer(
    request: Request, module_id: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    mod = _module(module_id)
    quiz = load_quiz(mod.id)
    answers = {q.id: [str(v) for v in form.getlist(f"q-{q.id}")] for q in quiz.questions}
    try:
        result, raised = attempt(web(request).engine, user, mod.id, answers)
    except LearnError as exc:
        raise Forbidden("; ".join(exc.errors)) from None
    if raised is not None:  # the header shows the new level at once
        user = get_user(web(request).engine, user.name) or user
    return page(request, "learn_module.html", user=user, module=mod, body=_MD.render(mod.body),
                quiz=quiz, result=result, raised=raised, mark=load_levels().pass_mark(mod.id),
                best=bests(web(request).engine, user.name).get(mod.id))  # fmt: skip
