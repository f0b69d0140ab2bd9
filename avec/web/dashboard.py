"""Tableau de bord (Estimer): indicators over time with filters, objectives, environmental cost;
the numbers behind every chart as CSV. Référents and administrators see everyone's requests
and set objectives; a professional sees their own indicators."""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from avec.metrics.dashboard import SERIES, csv_rows, gather
from avec.metrics.indicators import PERIODS, Filters
from avec.metrics.objectives import (
    COMPARATORS,
    INDICATORS,
    ObjectiveError,
    add_objective,
    remove_objective,
)
from avec.review.service import SUPERVISORS
from avec.store.tables import User
from avec.web.context import Forbidden, check_csrf, page, redirect, signed_in, web

router = APIRouter()


def _filters(user: User, debut: str, fin: str, cas: str, modele: str, equipe: str,
             utilisateur: str) -> Filters:  # fmt: skip
    everyone = user.role in SUPERVISORS
    return Filters(start=debut or None, end=fin or None, use_case=cas or None, model=modele or None,
                   team=equipe or None, user=(utilisateur or None) if everyone else user.name)  # fmt: skip


@router.get("/tableau-de-bord")
def dashboard(request: Request, user: Annotated[User, Depends(signed_in)], periode: str = "month",
              debut: str = "", fin: str = "", cas: str = "", modele: str = "", equipe: str = "",
              utilisateur: str = "", erreur: str = "") -> Response:  # fmt: skip
    period = periode if periode in PERIODS else "month"
    filters = _filters(user, debut, fin, cas, modele, equipe, utilisateur)
    policy = web(request).policy
    board = gather(web(request).engine, period, filters, policy.energy)
    query = request.url.query
    return page(request, "dashboard.html", user=user, board=board, chart=json.dumps(board.chart_data()),
                period=period, values={"debut": debut, "fin": fin, "cas": cas, "modele": modele,
                                       "equipe": equipe, "utilisateur": utilisateur},
                cases=policy.use_cases, models=policy.models, indicators=INDICATORS,
                comparators=COMPARATORS, supervisor=user.role in SUPERVISORS, query=query,
                series=SERIES, labels={u.id: u.label for u in policy.use_cases}, error=erreur)  # fmt: skip


@router.get("/tableau-de-bord/donnees.csv")
def download(request: Request, user: Annotated[User, Depends(signed_in)], serie: str = "indicateurs",
             periode: str = "month", debut: str = "", fin: str = "", cas: str = "", modele: str = "",
             equipe: str = "", utilisateur: str = "") -> Response:  # fmt: skip
    if serie not in SERIES:
        raise Forbidden("Série inconnue.")
    period = periode if periode in PERIODS else "month"
    board = gather(web(request).engine, period, _filters(user, debut, fin, cas, modele, equipe, utilisateur),
                   web(request).policy.energy)  # fmt: skip
    rows = csv_rows(web(request).engine, board, serie)
    out = io.StringIO()
    if rows:
        columns = list(dict.fromkeys(k for r in rows for k in r))
        writer = csv.DictWriter(out, fieldnames=columns, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return Response(out.getvalue().encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="avec-{serie}-{period}.csv"'})  # fmt: skip


@router.post("/tableau-de-bord/objectifs")
def set_objective(request: Request, user: Annotated[User, Depends(signed_in)],
                  indicator: Annotated[str, Form()], comparator: Annotated[str, Form()],
                  target: Annotated[str, Form()], use_case: Annotated[str, Form()] = "",
                  note: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    if user.role not in SUPERVISORS:
        raise Forbidden("Seuls les référents et les administrateurs fixent des objectifs.")
    try:
        value = float(target.replace(",", ".").replace("%", "").strip())
        if INDICATORS.get(indicator, ("", "", False))[2]:
            value /= 100  # entered as a percentage
        add_objective(
            web(request).engine, indicator, comparator, value, use_case or None, user.name, note
        )
    except (ValueError, ObjectiveError) as exc:
        message = (
            str(exc)
            if isinstance(exc, ObjectiveError)
            else "cible invalide : un nombre est attendu"
        )
        return redirect(f"/tableau-de-bord?erreur={quote(message)}")
    return redirect("/tableau-de-bord#objectifs")


@router.post("/tableau-de-bord/objectifs/{objective_id}/supprimer")
def delete_objective(request: Request, objective_id: int, user: Annotated[User, Depends(signed_in)],
                     csrf: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    check_csrf(request, csrf)
    if user.role not in SUPERVISORS:
        raise Forbidden("Seuls les référents et les administrateurs modifient les objectifs.")
    try:
        remove_objective(web(request).engine, objective_id, user.name)
    except ObjectiveError as exc:
        raise Forbidden(str(exc)) from None
    return redirect("/tableau-de-bord#objectifs")
