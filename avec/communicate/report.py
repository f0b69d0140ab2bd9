"""The governance report for a period: register of uses, indicators with charts, objectives,
incidents and REX, environmental cost, organisational impacts, data types sent.

One self-contained HTML document (inline CSS, charts as inline SVG, no script, nothing fetched),
printable and turned into PDF by WeasyPrint when it is installed (avec.communicate.pdf).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine

from avec import __version__
from avec.communicate.register import register
from avec.communicate.rex import KINDS, STATUSES, board
from avec.communicate.svgchart import chart
from avec.metrics.dashboard import Dashboard, gather
from avec.metrics.indicators import Filters
from avec.metrics.objectives import INDICATORS
from avec.policy import Policy

TEMPLATES = Path(__file__).resolve().parent / "templates"
_ENV = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


@dataclass
class Report:
    organisation: str
    start: str | None
    end: str | None
    generated: str
    register: list[dict[str, Any]]
    board: Dashboard
    rex: list[Any]
    charts: dict[str, str]
    impacts: dict[str, Any]


def build(
    policy: Policy, engine: Engine, start: str | None = None, end: str | None = None
) -> Report:
    board_ = gather(engine, "month", Filters(start=start, end=end), policy.energy)
    d = board_.chart_data()
    periods = d["periods"]
    charts = {
        "volume": chart(periods, {"demandes à l'IA": d["volume"], "tâches sans IA": d["without_ai"]},
                        "Demandes à l'IA et tâches faites sans IA, par mois", stacked=True),
        "quality": chart(periods, {"acceptation": d["acceptance_rate"], "corrigées": d["corrected_share"],
                                   "sans IA": d["without_ai_share"]},
                         "Acceptation, part corrigée, part sans IA (%), par mois", kind="line", unit="%"),
        "findings": chart(periods, {"erreurs": d["findings_error"], "avertissements": d["findings_warning"]},
                          "Constats de vérification par gravité, par mois", stacked=True),
        "corrections": chart(periods, d["corrections"] or {"aucune": [0] * len(periods)},
                             "Corrections par catégorie, par mois", stacked=True),
        "energy": chart(periods, {"énergie": d["energy_wh"]}, "Énergie estimée (Wh), par mois",
                        kind="line", unit="Wh"),
    }  # fmt: skip
    totals = board_.totals
    reviews = (totals.get("validated") or 0) + (totals.get("rejected") or 0)
    seconds = [r["review_seconds"] * ((r.get("validated") or 0) + (r.get("rejected") or 0))
               for r in board_.rows if r.get("review_seconds")]  # fmt: skip
    impacts = {
        "reviews": reviews,
        "review_hours": round(sum(seconds) / 3600, 1),
        "time_saved_hours": round((totals.get("time_saved_min") or 0) / 60, 1),
        "without_ai": totals.get("without_ai") or 0,
        "pending": totals.get("pending") or 0,
    }
    return Report(policy.organisation, start, end, dt.datetime.now(dt.UTC).isoformat(timespec="minutes"),
                  register(policy, engine, start, end), board_, board(engine, start=start, end=end),
                  charts, impacts)  # fmt: skip


def render_html(report: Report) -> str:
    return _ENV.get_template("report.html").render(
        r=report, indicators=INDICATORS, kinds=KINDS, statuses=STATUSES, version=__version__
    )


def render_pdf(report: Report) -> bytes:
    """The PDF of the report (WeasyPrint); PdfUnavailable when it is not installed."""
    from avec.communicate.pdf import html_to_pdf

    return html_to_pdf(render_html(report))
