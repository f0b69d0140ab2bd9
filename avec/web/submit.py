"""Nouvelle demande: choose a use case, paste or upload the source, see the request-quality
feedback and exactly what will leave, then generate with progress (server-sent events)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from avec.documents import DocumentError, extract
from avec.llm import LLMError
from avec.pipeline import Exceeded, Outcome, Prepared, Refused
from avec.privacy import Vault, VaultError
from avec.privacy.vault import new_reference
from avec.store.tables import User
from avec.web import transcription
from avec.web.context import Forbidden, Web, check_csrf, page, redirect, signed_in, web
from avec.web.events import Report, event, follow, relay, sse

router = APIRouter()
MAX_SOURCE = 100_000  # characters
MAX_UPLOAD = 10_000_000  # bytes


def pieces(source: str, prepared: Prepared) -> list[dict[str, str]]:
    """The source as it will leave: plain text, and each replaced identifier marked with what
    replaces it and why."""
    out: list[dict[str, str]] = []
    cursor = 0
    for r in prepared.pseudo.entities:
        out.append({"kind": "plain", "text": source[cursor : r.start]})
        out.append({"kind": "pseudo", "label": r.label.value, "replacement": r.replacement,
                    "original": r.text, "why": r.explanation})  # fmt: skip
        cursor = r.end
    out.append({"kind": "plain", "text": source[cursor:]})
    return out


async def _source(text: str, upload: UploadFile | None) -> tuple[str, list[str]]:
    """The pasted text, or the uploaded file's text (.txt, .md, .docx, .pdf) and its warnings."""
    if upload is None or not upload.filename:
        return text, []
    data = await upload.read(MAX_UPLOAD + 1)
    try:
        extracted = extract(data, upload.filename, upload.content_type, limit=MAX_UPLOAD)
    except DocumentError as exc:
        raise Forbidden(str(exc)) from None
    return extracted.text, [f"{upload.filename} : {w}" for w in extracted.warnings]


def _form(request: Request, user: User, status: int = 200, **values: Any) -> Response:
    policy = web(request).policy
    cases = policy.use_cases_for(user.level)
    models = {c.id: [m for m in policy.models_for(c)] for c in cases}
    return page(request, "request.html", status, user=user, cases=cases, models=models,
                all_models=policy.models, audio=transcription.available(policy), **values)  # fmt: skip


@router.get("/demande")
def new(
    request: Request, user: Annotated[User, Depends(signed_in)], cas: str | None = None
) -> Response:
    return _form(request, user, chosen=cas)


@router.post("/demande")
async def preview(request: Request, user: Annotated[User, Depends(signed_in)],
                  use_case: Annotated[str, Form()], csrf: Annotated[str, Form()] = "",
                  model: Annotated[str, Form()] = "", instruction: Annotated[str, Form()] = "",
                  source: Annotated[str, Form()] = "",
                  upload: UploadFile | None = None) -> Response:  # fmt: skip
    check_csrf(request, csrf)
    values = {"chosen": use_case, "model": model, "instruction": instruction, "source": source}
    if upload is not None and upload.filename and transcription.is_audio(upload):
        try:
            return await transcription.start(request, user, upload, use_case, model, instruction)
        except Forbidden as exc:
            return _form(request, user, 400, error=str(exc), **values)
    try:
        text, warnings = await _source(source, upload)
    except Forbidden as exc:
        return _form(request, user, 400, error=str(exc), **values)
    return await preview_page(request, user, use_case, model, instruction, text, warnings)


async def preview_page(request: Request, user: User, use_case: str, model: str, instruction: str,
                       text: str, warnings: list[str]) -> Response:  # fmt: skip
    """Request quality and exactly what will leave, or the form again with why not."""
    text = text.replace("\r\n", "\n")
    values = {"chosen": use_case, "model": model, "instruction": instruction, "source": text}
    if not text.strip():
        return _form(
            request,
            user,
            400,
            error="La source est vide : coller un texte ou joindre un fichier.",
            **values,
        )
    if len(text) > MAX_SOURCE:
        return _form(
            request,
            user,
            413,
            error=f"Source trop longue ({len(text)} caractères ; maximum {MAX_SOURCE}).",
            **values,
        )
    try:
        prepared = await run_in_threadpool(
            web(request).pipeline.preview, use_case, text, level=user.level,
            model_id=model or None, instruction=instruction or None,
        )  # fmt: skip
    except Refused as exc:
        return _form(request, user, 403, error=str(exc), **values)
    return page(request, "preview.html", user=user, prepared=prepared, pieces=pieces(text, prepared),
                source=text, instruction=instruction, warnings=warnings)  # fmt: skip


@router.post("/demande/envoyer")
def send(request: Request, user: Annotated[User, Depends(signed_in)],
         use_case: Annotated[str, Form()], source: Annotated[str, Form()],
         csrf: Annotated[str, Form()] = "", model: Annotated[str, Form()] = "",
         instruction: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    ref = "draft-" + new_reference()
    _vault(request).put(ref, {
        "owner": user.name, "use_case": use_case, "model": model or None,
        "instruction": instruction or None, "source": source.replace("\r\n", "\n"), "state": "new",
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    })  # fmt: skip
    case = web(request).policy.use_case(use_case)
    return page(request, "progress.html", user=user, ref=ref, case=case)


def _vault(request: Request) -> Vault:
    return web(request).pipeline.vault


def _draft(request: Request, ref: str, user: User) -> dict[str, Any]:
    if not ref.startswith("draft-"):
        raise Forbidden("Demande inconnue.")
    try:
        draft = _vault(request).get(ref)
    except VaultError:
        raise Forbidden("Demande inconnue ou expirée.") from None
    if draft.get("owner") != user.name:
        raise Forbidden("Cette demande appartient à un autre utilisateur.")
    return draft


def _run(context: Web, ref: str, draft: dict[str, Any], user: User, **callbacks: Any) -> Outcome:
    """Run the pipeline for a draft and record how it ended (the source is then dropped)."""
    vault = context.pipeline.vault
    vault.put(ref, {**draft, "state": "running"})
    try:
        outcome = context.pipeline.run(
            draft["use_case"], draft["source"], actor=f"user:{user.name}", level=user.level,
            owner=user.name, model_id=draft.get("model"), instruction=draft.get("instruction"),
            **callbacks,
        )  # fmt: skip
    except (Refused, Exceeded, LLMError) as exc:
        vault.put(ref, {**draft, "source": "", "state": "failed", "error": str(exc)})
        raise
    vault.put(ref, {**draft, "source": "", "state": "done", "request_id": outcome.request_id})
    return outcome


@router.get("/demande/executer/{ref}")
async def run_now(
    request: Request, ref: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    """Without JavaScript: generate, then go to the review."""
    draft = _draft(request, ref, user)
    if draft.get("state") == "done":
        return redirect(f"/relecture/{draft['request_id']}")
    if draft.get("state") != "new":
        raise Forbidden(draft.get("error") or "Génération déjà en cours : voir l'historique.")
    try:
        outcome = await run_in_threadpool(_run, web(request), ref, draft, user)
    except (Refused, Exceeded, LLMError) as exc:
        raise Forbidden(str(exc)) from None
    return redirect(f"/relecture/{outcome.request_id}")


@router.get("/demande/flux/{ref}")
async def stream(request: Request, ref: str, user: Annotated[User, Depends(signed_in)]) -> Response:
    """Progress of a generation as server-sent events: `progress` (tokens so far), `text` (the
    re-identified text as it comes), `done` (the review's address) or `failed` (why). A
    reconnection, on any process, follows the same draft instead of generating twice."""
    draft = _draft(request, ref, user)
    context = web(request)
    if draft.get("state") != "new":
        return sse(follow(context.pipeline.vault, ref, lambda d: f"/relecture/{d['request_id']}"))
    produced: list[str] = []

    def work(report: Report) -> None:
        outcome = _run(context, ref, draft, user, on_text=lambda t: report("text", t),
                       on_progress=lambda n: report("progress", n))  # fmt: skip
        produced.append(outcome.request_id)

    async def generate() -> AsyncIterator[bytes]:
        yield event("step", {"step": "generation"})
        last = 0
        async for kind, value in relay(work, (Refused, Exceeded, LLMError),
                                       "Erreur inattendue pendant la génération."):  # fmt: skip
            if kind == "progress" and (value - last >= 4 or value < 4):  # not one event per token
                last = value
                yield event("progress", {"tokens": value})
            elif kind == "text":
                yield event("text", {"text": value})
            elif kind == "done":
                yield event("done", {"url": f"/relecture/{produced[0]}"})
            elif kind == "failed":
                yield event("failed", {"message": value})

    return sse(generate())
