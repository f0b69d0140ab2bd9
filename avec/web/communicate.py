"""Communiquer: the register of AI uses (page, CSV, JSON), patient notices (printable, PDF,
edited by a référent), the REX board, and the governance report (page, HTML, PDF)."""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from avec.communicate import notice as notices
from avec.communicate import readability
from avec.communicate.register import register
from avec.communicate.report import build, render_html
from avec.communicate.rex import KINDS, POSTED_BY_USERS, STATUSES, RexError, board, handle, post
from avec.policy import UseCase
from avec.review.service import SUPERVISORS
from avec.store.tables import User
from avec.web.context import TEMPLATES, Forbidden, check_csrf, page, redirect, signed_in, web

router = APIRouter()


def _supervisor(user: User) -> None:
    if user.role not in SUPERVISORS:
        raise Forbidden("Réservé aux référents et aux administrateurs.")


@router.get("/communiquer")
def hub(request: Request, user: Annotated[User, Depends(signed_in)]) -> Response:
    policy = web(request).policy
    return page(request, "communicate.html", user=user, rows=register(policy, web(request).engine),
                cases=policy.use_cases, supervisor=user.role in SUPERVISORS)  # fmt: skip


@router.get("/communiquer/registre.{fmt}")
def register_file(
    request: Request, fmt: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    rows = register(web(request).policy, web(request).engine)
    if fmt == "json":
        body = json.dumps({"organisation": web(request).policy.organisation, "uses": rows},
                          ensure_ascii=False, indent=2)  # fmt: skip
        return Response(body, media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="registre-ia.json"'})  # fmt: skip
    if fmt != "csv":
        raise Forbidden("Format inconnu : csv ou json.")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["id"], delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    return Response(out.getvalue().encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="registre-ia.csv"'})  # fmt: skip


def _case(request: Request, use_case: str) -> UseCase:
    case: UseCase | None = web(request).policy.use_case(use_case)
    if case is None:
        raise Forbidden("Cas d'usage inconnu.")
    return case


@router.get("/communiquer/notice/{use_case}")
def notice(request: Request, use_case: str, user: Annotated[User, Depends(signed_in)],
           impression: str = "") -> Response:  # fmt: skip
    case = _case(request, use_case)
    text, edited = notices.current(web(request).engine, web(request).policy, case)
    score = readability(text)
    if impression:  # a self-contained A4 page (its own inline styles)
        return _printable(request, case, text)
    return page(request, "notice.html", user=user, case=case, text=text, edited=edited, score=score,
                supervisor=user.role in SUPERVISORS)  # fmt: skip


def _printable(request: Request, case: UseCase, text: str) -> HTMLResponse:
    html = TEMPLATES.get_template("notice_print.html").render(
        case=case, text=text, organisation=web(request).policy.organisation
    )
    response = HTMLResponse(html)
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
    )
    return response


@router.get("/communiquer/notice/{use_case}/pdf")
async def notice_pdf(
    request: Request, use_case: str, user: Annotated[User, Depends(signed_in)]
) -> Response:
    from avec.communicate.pdf import PdfUnavailable, html_to_pdf

    case = _case(request, use_case)
    text, _ = notices.current(web(request).engine, web(request).policy, case)
    html = bytes(_printable(request, case, text).body).decode()
    try:
        pdf = await run_in_threadpool(html_to_pdf, html)
    except PdfUnavailable as exc:
        raise Forbidden(f"{exc} La version imprimable reste disponible.") from None
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="notice-{case.id}.pdf"'})  # fmt: skip


@router.post("/communiquer/notice/{use_case}")
def edit_notice(request: Request, use_case: str, user: Annotated[User, Depends(signed_in)],
                text: Annotated[str, Form()] = "", action: Annotated[str, Form()] = "save",
                csrf: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    _supervisor(user)
    case = _case(request, use_case)
    if action == "reset":
        notices.reset(web(request).engine, case, user.name)
    else:
        try:
            notices.save(web(request).engine, case, text, user.name)
        except ValueError as exc:
            raise Forbidden(str(exc)) from None
    return redirect(f"/communiquer/notice/{case.id}")


def _board(request: Request, user: User, status: int = 200, *, cas: str = "", kind: str = "",
           request_id: str = "", error: str = "") -> Response:  # fmt: skip
    policy = web(request).policy
    rows = board(web(request).engine, use_case=cas or None, kind=kind or None)
    return page(request, "rex.html", status, user=user, rows=rows, kinds=KINDS, statuses=STATUSES,
                postable=POSTED_BY_USERS, cas=cas, kind=kind, request_id=request_id, error=error,
                cases=policy.use_cases, labels={u.id: u.label for u in policy.use_cases},
                supervisor=user.role in SUPERVISORS)  # fmt: skip


@router.get("/communiquer/rex")
def rex_board(request: Request, user: Annotated[User, Depends(signed_in)], cas: str = "",
              type: str = "", demande: str = "", erreur: str = "") -> Response:  # fmt: skip
    return _board(request, user, cas=cas, kind=type, request_id=demande, error=erreur)


@router.post("/communiquer/rex")
def rex_post(request: Request, user: Annotated[User, Depends(signed_in)],
             kind: Annotated[str, Form()], title: Annotated[str, Form()], body: Annotated[str, Form()],
             request_id: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    try:
        if kind not in POSTED_BY_USERS:  # an « audit » comes from the expert audit page only
            raise RexError("Type inconnu : retour d'expérience ou incident.")
        post(web(request).engine, web(request).detector, user.name, user.team, kind, title, body,
             request_id.strip() or None)  # fmt: skip
    except RexError as exc:
        return _board(request, user, 400, request_id=request_id, error=str(exc))
    return redirect("/communiquer/rex")


@router.post("/communiquer/rex/{rex_id}")
def rex_handle(request: Request, rex_id: int, user: Annotated[User, Depends(signed_in)],
               lesson: Annotated[str, Form()] = "", proposal: Annotated[str, Form()] = "",
               csrf: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    _supervisor(user)
    try:
        handle(web(request).engine, web(request).detector, rex_id, user.name, lesson, proposal)
    except RexError as exc:
        raise Forbidden(str(exc)) from None
    return redirect(f"/communiquer/rex#rex-{rex_id}")


@router.get("/communiquer/rapport")
async def report(request: Request, user: Annotated[User, Depends(signed_in)], debut: str = "",
                 fin: str = "", format: str = "") -> Response:  # fmt: skip
    _supervisor(user)
    data = await run_in_threadpool(
        build, web(request).policy, web(request).engine, debut or None, fin or None
    )
    if format == "pdf":
        from avec.communicate.pdf import PdfUnavailable
        from avec.communicate.report import render_pdf

        try:
            pdf = await run_in_threadpool(render_pdf, data)
        except PdfUnavailable as exc:
            raise Forbidden(f"{exc} Le rapport HTML reste disponible.") from None
        return Response(pdf, media_type="application/pdf",
                        headers={"Content-Disposition": 'attachment; filename="rapport-ia.pdf"'})  # fmt: skip
    html = render_html(data)
    headers = (
        {"Content-Disposition": 'attachment; filename="rapport-ia.html"'}
        if format == "html"
        else {}
    )
    response = HTMLResponse(html, headers=headers)
    # the report carries its own inline styles (self-contained file): allow them on this page
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
    )
    return response
