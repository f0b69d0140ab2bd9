"""Relecture: source and proposition side by side, every finding highlighted with its evidence,
decisions per finding, the text edited in place, validation (never over an open error) or
rejection with a reason; then the validated document with its provenance mention."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from avec.review import CATEGORIES, Case, ReviewError, blocking, decide_finding, load_case, prefill
from avec.review import reject as reject_case
from avec.review import validate as validate_case
from avec.review.queries import STATUS_LABELS
from avec.store.tables import User
from avec.web.context import Forbidden, check_csrf, page, redirect, signed_in, web

router = APIRouter()
SEVERITY_LABELS = {"error": "erreur", "warning": "avertissement", "info": "information"}


def anchors(findings: list[dict[str, Any]]) -> dict[int, int]:
    """For each finding with an output span, the mark it is shown in (the first overlapping)."""
    spans = sorted((f["output_span"][0], f["output_span"][1], i) for i, f in enumerate(findings)
                   if f.get("output_span") and f["output_span"][1] > f["output_span"][0])  # fmt: skip
    out: dict[int, int] = {}
    shown: list[tuple[int, int, int]] = []
    for start, end, index in spans:
        host = next((h for s, e, h in shown if s < end and start < e), None)
        if host is None:
            shown.append((start, end, index))
            host = index
        out[index] = host
    return out


def marked(text: str, findings: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """`text` cut into plain pieces and marked pieces (one per finding span; overlaps joined
    to the first)."""
    spans = sorted(
        (f[key][0], f[key][1], i) for i, f in enumerate(findings) if f.get(key) and f[key][1] > f[key][0]
    )  # fmt: skip
    out: list[dict[str, Any]] = []
    cursor = 0
    for start, end, index in spans:
        if start < cursor:
            continue
        out.append({"text": text[cursor:start]})
        out.append({"text": text[start:end], "finding": index,
                    "severity": findings[index].get("severity", "info")})  # fmt: skip
        cursor = end
    out.append({"text": text[cursor:]})
    return out


def _compared(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What each finding points at in the source: its evidence, else the clause its output clause
    was compared with (Vérifier II; the card quotes that clause)."""
    return [{**f, "source_mark": f.get("source_span") or f.get("source_clause")} for f in findings]


def _case(request: Request, request_id: str, user: User) -> Case:
    case = load_case(web(request).engine, web(request).pipeline.vault, request_id)
    if case is None:
        raise Forbidden(
            "Proposition introuvable (ou supprimée à la fin de sa durée de conservation)."
        )
    if not case.may_view(user.name, user.role):
        raise Forbidden("Cette proposition appartient à un autre professionnel.")
    return case


def _may_review(request: Request, case: Case, user: User) -> bool:
    use_case = web(request).policy.use_case(case.request.use_case)
    min_level = int(use_case.min_level) if use_case else 3
    return case.may_review(user.name, user.role, user.level, min_level)


def _show(request: Request, case: Case, user: User, status: int = 200, **values: Any) -> Response:
    policy = web(request).policy
    confirmed = [case.findings[i] for i, d in case.decisions.items() if d.decision == "confirmed"]
    final = values.pop("final", case.proposition)
    suggested = values.pop("categories", None) or prefill(case.proposition, final, confirmed)
    return page(request, "review.html", status, user=user, case=case, final=final,
                use_case=policy.use_case(case.request.use_case), card=policy.model(case.request.model),
                proposition=marked(case.proposition, case.findings, "output_span"),
                source=marked(case.source, _compared(case.findings), "source_mark"),
                editable=_may_review(request, case, user), categories=CATEGORIES,
                anchors=anchors(case.findings), statuses=STATUS_LABELS,
                suggested=set(suggested), severity_labels=SEVERITY_LABELS,
                opened=int(time.time()), **values)  # fmt: skip


@router.get("/relecture/{request_id}")
def review(
    request: Request, request_id: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    case = _case(request, request_id, user)
    if case.request.status == "validated" and case.validated is not None:
        return redirect(f"/document/{request_id}")
    return _show(request, case, user)


@router.post("/relecture/{request_id}/constat/{index}")
def decide(request: Request, request_id: str, index: int, user: Annotated[User, Depends(signed_in)],
           decision: Annotated[str, Form()], reason: Annotated[str, Form()] = "",
           csrf: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    case = _case(request, request_id, user)
    if not _may_review(request, case, user):
        raise Forbidden("Vous ne pouvez pas relire cette proposition (lecture seule).")
    error: str | None = None
    try:
        decide_finding(web(request).engine, case, index, decision, reason, user.name)
    except ReviewError as exc:
        error = str(exc)
    if request.headers.get("hx-request"):
        return page(request, "_finding.html", 400 if error else 200, user=user, case=case, i=index,
                    f=case.findings[index], editable=True, error=error,
                    anchors=anchors(case.findings), severity_labels=SEVERITY_LABELS)  # fmt: skip
    if error:
        return _show(request, case, user, 400, error=error)
    return redirect(f"/relecture/{request_id}#constat-{index}")


def _categories(form: Any) -> list[str]:
    return [c for c in form.getlist("categories") if c in CATEGORIES]


@router.post("/relecture/{request_id}/valider")
async def validate(
    request: Request, request_id: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    case = _case(request, request_id, user)
    if not _may_review(request, case, user):
        raise Forbidden("Vous ne pouvez pas valider cette proposition.")
    final = str(form.get("final") or "").replace("\r\n", "\n").strip()
    categories = _categories(form)
    open_errors = blocking(case, final)
    if open_errors:
        return _show(request, case, user, 409, final=final, categories=categories, blocking=open_errors,
                     error=f"Validation impossible : {len(open_errors)} erreur(s) ni corrigée(s) ni "
                           "écartée(s) avec une raison.")  # fmt: skip
    if final != case.proposition.strip() and not categories and not form.get("no_category"):
        return _show(request, case, user, 200, final=final, confirm_categories=True,
                     error="Le texte a été modifié : vérifier les catégories de correction proposées, puis valider.")  # fmt: skip
    opened = str(form.get("opened") or "")
    seconds = int(time.time()) - int(opened) if opened.isdigit() else None
    saved = str(form.get("time_saved") or "")
    try:
        validate_case(web(request).engine, web(request).pipeline.vault, case, user.name, final,
                      categories, web(request).policy.model(case.request.model),
                      review_seconds=seconds if seconds is not None and 0 <= seconds < 86_400 else None,
                      time_saved_min=int(saved) if saved.lstrip("-").isdigit() else None)  # fmt: skip
    except ReviewError as exc:
        return _show(request, case, user, 409, final=final, categories=categories, error=str(exc))
    return redirect(f"/document/{request_id}")


@router.post("/relecture/{request_id}/rejeter")
async def reject(
    request: Request, request_id: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    case = _case(request, request_id, user)
    if not _may_review(request, case, user):
        raise Forbidden("Vous ne pouvez pas rejeter cette proposition.")
    try:
        reject_case(
            web(request).engine, case, user.name, str(form.get("reason") or ""), _categories(form)
        )
    except ReviewError as exc:
        return _show(request, case, user, 400, error=str(exc))
    return redirect(f"/historique/{request_id}")


@router.get("/document/{request_id}")
def document(
    request: Request, request_id: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    case = _case(request, request_id, user)
    if case.validated is None:
        return redirect(f"/relecture/{request_id}")
    return page(request, "document.html", user=user, case=case)


@router.get("/document/{request_id}/texte")
def download(
    request: Request, request_id: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    case = _case(request, request_id, user)
    if case.validated is None:
        raise Forbidden("Ce document n'a pas été validé.")
    return PlainTextResponse(f"{case.validated}\n\n{case.mention}\n", headers={
        "Content-Disposition": f'attachment; filename="avec-{request_id[:8]}.txt"'})  # fmt: skip


@router.get("/document/{request_id}/depliant")
async def leaflet(request: Request, request_id: str, user: Annotated[User, Depends(signed_in)],
                  format: str = "", auteur: str = "") -> Response:  # fmt: skip
    """A validated patient leaflet as an illustrated A4 page (HTML or PDF): the pathway's steps
    on a timeline with pictograms; `auteur=1` adds the readability score for the author."""
    from avec.communicate.leaflet import build_leaflet, leaflet_html, leaflet_pdf
    from avec.communicate.pdf import PdfUnavailable

    case = _case(request, request_id, user)
    if case.validated is None or case.request.use_case != "patient_leaflet":
        raise Forbidden(
            "Seul un document d'information patient validé devient un dépliant illustré."
        )
    use_case = web(request).policy.use_case(case.request.use_case)
    data = build_leaflet(case.validated, mention=case.mention or "",
                         title=use_case.label if use_case else "Votre parcours de soins")  # fmt: skip
    if format == "pdf":
        try:
            pdf = await run_in_threadpool(leaflet_pdf, data, for_author=bool(auteur))
        except PdfUnavailable as exc:
            raise Forbidden(f"{exc} La version HTML imprimable reste disponible.") from None
        return Response(pdf, media_type="application/pdf",
                        headers={"Content-Disposition": f'attachment; filename="depliant-{request_id[:8]}.pdf"'})  # fmt: skip
    response = HTMLResponse(leaflet_html(data, for_author=bool(auteur)))
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
    )
    return response
