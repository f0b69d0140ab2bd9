"""Bac à sable (/apprendre/pratique): the whole pipeline run on packaged fictional cases.

The learner, at any level, picks a case; no free text is accepted as a source. They run every
stage with the case's example proposition, a catalogue model their level allows, or the example
they corrected themselves (checked only, never sent), and see what each stage and each check
caught — and what it missed. Nothing is stored but one `practice_run` audit event with counts.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from avec.learn.modules import LearnError
from avec.learn.practice import (
    KINDS,
    STAGES,
    PracticeCase,
    Rehearsal,
    load_case,
    load_cases,
    model_choices,
    rehearse,
)
from avec.llm import LLMError
from avec.pipeline import Exceeded, Refused
from avec.store.tables import User
from avec.web.context import Forbidden, check_csrf, page, signed_in, web
from avec.web.relecture import SEVERITY_LABELS, anchors, marked
from avec.web.submit import pieces

router = APIRouter()


def _case(case_id: str) -> PracticeCase:
    try:
        return load_case(case_id)
    except LearnError:
        raise Forbidden("Cas d'entraînement inconnu.") from None


@router.get("/apprendre/pratique")
def cases(request: Request, user: Annotated[User, Depends(signed_in)]) -> Response:
    try:
        found = load_cases()
    except LearnError as exc:
        raise Forbidden("Cas d'entraînement illisibles : " + "; ".join(exc.errors)) from None
    policy = web(request).policy
    return page(request, "practice.html", user=user, cases=found,
                use_cases={c.id: policy.use_case(c.use_case) for c in found})  # fmt: skip


def _show(request: Request, user: User, case: PracticeCase, status: int = 200,
          result: Rehearsal | None = None, **values: Any) -> Response:  # fmt: skip
    policy = web(request).policy
    use_case = policy.use_case(case.use_case)
    choices = model_choices(policy, use_case, user.level) if use_case else []
    shown: dict[str, Any] = {}
    if result is not None:
        shown = {
            "pseudo": pieces(case.source, result.prepared),
            "proposition": marked(result.proposition, result.findings, "output_span"),
            "anchors": anchors(result.findings),
            "labels": {g.check: g.label for g in result.by_check},
        }
    return page(request, "practice_case.html", status, user=user, case=case, use_case=use_case,
                choices=choices, stages=STAGES, kinds=KINDS, result=result,
                severity_labels=SEVERITY_LABELS, **shown, **values)  # fmt: skip


@router.get("/apprendre/pratique/{case_id}")
def case_page(
    request: Request, case_id: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    return _show(request, user, _case(case_id))


@router.post("/apprendre/pratique/{case_id}")
async def run(
    request: Request, case_id: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    case = _case(case_id)
    model = str(form.get("model") or "").strip() or None
    edited = form.get("proposition")
    proposition = str(edited) if edited is not None else None
    values: dict[str, Any] = {"chosen": model or ""}
    try:
        result = await run_in_threadpool(
            rehearse, web(request).pipeline, case, model_id=model, proposition=proposition,
            actor=f"user:{user.name}", level=user.level,
        )  # fmt: skip
    except Refused as exc:
        return _show(request, user, case, 403, error=str(exc), **values)
    except Exceeded as exc:
        return _show(request, user, case, 429, error=str(exc), **values)
    except LLMError as exc:
        return _show(request, user, case, 502, **values,
                     error=f"Le modèle n'a pas pu répondre : {exc} Rien n'a été enregistré ; "
                           "réessayer plus tard ou lancer l'exercice avec la proposition d'exemple.")  # fmt: skip
    except (TimeoutError, OSError):
        return _show(request, user, case, 502, **values,
                     error="Le modèle n'a pas répondu (délai dépassé ou serveur injoignable). "
                           "Réessayer plus tard ou lancer l'exercice avec la proposition d'exemple.")  # fmt: skip
    return _show(request, user, case, result=result, **values)
