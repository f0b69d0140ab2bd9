"""Fiches outils: the policy's catalogue of models, each with its card (hosting, HDS, retention,
identifying data, intended use, known limits, provenance) and what Estimer measured on it
(review outcomes, findings, precision of the checks, environmental cost). Any signed-in user
reads them: knowing one's tool is part of the guide's Apprendre."""

from __future__ import annotations

import datetime as dt
import functools
import math
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from avec.metrics.dashboard import METHOD_LABELS
from avec.metrics.indicators import Filters, audit_summary
from avec.metrics.models import figures_by_model, model_figures
from avec.store import reader
from avec.store.tables import User
from avec.web.context import page, signed_in, web

router = APIRouter()

METHOD_SHORT = {"ecologits": "EcoLogits", "rapl": "RAPL", "cpu_time": "temps CPU",
                "none": "non estimé"}  # fmt: skip
NBSP, THIN = "\u00a0", "\u202f"  # before a unit; between groups of thousands


def number(value: float | None, decimals: int = 0) -> str:
    """French: 12 345,6 (narrow no-break space between thousands, decimal comma); — if None."""
    if value is None:
        return "—"
    return f"{value:,.{decimals}f}".replace(",", THIN).replace(".", ",")


def percent(value: float | None) -> str:
    """A share (0–1) as a French percentage: 33 %."""
    return "—" if value is None else f"{number(value * 100)}{NBSP}%"


def estimate(value: float | None, digits: int = 2) -> str:
    """An order of magnitude with `digits` significant digits: 0,0042 ; 1,6 ; 1 580."""
    if value is None:
        return "—"
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else str(value)
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = number(value, decimals)
    return text.rstrip("0").rstrip(",") if "," in text else text


@functools.cache
def _check_labels() -> dict[str, str]:
    from avec.verify.checker import registered

    return {name: str(getattr(cls, "label", name)) for name, cls in registered().items()}


def _day(value: str) -> str | None:
    try:
        return dt.date.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return None


FORMAT: dict[str, Any] = {"number": number, "percent": percent, "estimate": estimate}


@router.get("/outils")
def catalogue(request: Request, user: Annotated[User, Depends(signed_in)]) -> Response:
    policy = web(request).policy
    figures = figures_by_model(reader(web(request).engine))
    return page(request, "tools.html", user=user, models=policy.models, figures=figures,
                methods=METHOD_SHORT, **FORMAT)  # fmt: skip


@router.get("/outils/{model_id}")
def card(request: Request, model_id: str, user: Annotated[User, Depends(signed_in)],
         debut: str = "", fin: str = "") -> Response:  # fmt: skip
    policy = web(request).policy
    model = policy.model(model_id)
    if model is None:
        message = f"Modèle inconnu : le catalogue ne contient pas de fiche outil « {model_id} »."
        return page(request, "error.html", 404, message=message, user=user)
    start, end = _day(debut), _day(fin)
    engine = reader(web(request).engine)  # only reads: no write lock held on SQLite
    figures = model_figures(engine, model.id, start, end)
    audits = audit_summary(engine, Filters(start=start, end=end, model=model.id))
    cases = [c for c in policy.use_cases if any(m.id == model.id for m in policy.models_for(c))]
    return page(request, "tool.html", user=user, model=model, figures=figures, cases=cases, audits=audits,
                start=start, end=end, methods=METHOD_LABELS, checks=_check_labels(), **FORMAT)  # fmt: skip
