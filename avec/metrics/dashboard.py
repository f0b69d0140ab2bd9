"""Everything the Estimer dashboard and the governance report show, gathered once.

`gather()` runs the indicator queries for one period kind and set of filters and returns plain
data: the series per period (for the charts), totals, checker precision, corrections and
findings by kind, environmental cost by method (with avec's own checks), objectives' status.
`csv_rows()` gives the numbers behind each chart.
"""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from avec.metrics.energy import EnergySettings, estimate_check_cost
from avec.metrics.indicators import (
    METHODS,
    Filters,
    audit_grades,
    checker_precision,
    corrections_by_category,
    findings_by_check,
    requests,
)
from avec.metrics.objectives import Computed, Status, evaluate, objectives, scoped
from avec.review.corrections import CATEGORIES
from avec.store.db import reader
from avec.store.tables import AuditEvent

SERIES = ("indicateurs", "precision", "corrections", "constats", "energie", "audits")
METHOD_LABELS = {
    "ecologits": "EcoLogits (modèle servi, estimation à partir des paramètres et des jetons)",
    "rapl": "compteurs d'énergie RAPL de ce serveur (mesure)",
    "cpu_time": "temps CPU × puissance par cœur × PUE (estimation sur ce serveur)",
    "none": "non estimé (paramètres du modèle inconnus, ou texte externe)",
}


@dataclass
class Dashboard:
    period: str
    filters: Filters
    periods: list[str]
    rows: list[dict[str, Any]]
    totals: dict[str, Any]
    precision: list[dict[str, Any]]
    precision_by_check: list[dict[str, Any]]
    corrections: list[dict[str, Any]]
    energy: list[dict[str, Any]]
    check_cost: dict[str, Any]
    objectives: list[Status] = field(default_factory=list)
    audits: list[dict[str, Any]] = field(default_factory=list)  # expert audit grades per period

    def chart_data(self) -> dict[str, Any]:
        """Series aligned on `periods`, as the charts read them."""
        by_period = {r["period"]: r for r in self.rows}

        def line(key: str, scale: float = 1.0) -> list[float | None]:
            out = []
            for p in self.periods:
                value = by_period.get(p, {}).get(key)
                out.append(None if value is None else round(float(value) * scale, 4))
            return out

        found = {c["category"] for c in self.corrections}
        names = {
            c: CATEGORIES.get(c, c)
            for c in [*CATEGORIES, *sorted(found - set(CATEGORIES))]
            if c in found
        }
        corrections = {names[c]: [0] * len(self.periods) for c in names}
        for c in self.corrections:
            corrections[names[c["category"]]][self.periods.index(c["period"])] += c["n"]
        checks = sorted({p["check"] for p in self.precision})
        precision: dict[str, list[float | None]] = {c: [None] * len(self.periods) for c in checks}
        for p in self.precision:
            precision[p["check"]][self.periods.index(p["period"])] = (
                None if p["precision"] is None else round(p["precision"] * 100, 1)
            )
        return {
            "periods": self.periods,
            "volume": line("volume"), "ai_volume": line("ai_volume"), "without_ai": line("without_ai"),
            "without_ai_share": line("without_ai_share", 100),
            "acceptance_rate": line("acceptance_rate", 100), "corrected_share": line("corrected_share", 100),
            "edit_distance": line("edit_distance"), "review_seconds": line("review_seconds"),
            "findings_error": line("findings_error"), "findings_warning": line("findings_warning"),
            "findings_info": line("findings_info"), "tokens": line("tokens"),
            "energy_wh": line("energy_wh"), "gco2eq": line("gco2eq"), "water_l": line("water_l"),
            "check_ms": line("check_ms"), "corrections": corrections, "precision": precision,
        }  # fmt: skip


def _energy(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Totals per estimation method, from the per-period rows (no second scan)."""
    out = []
    for method in METHODS:
        n = sum(r.get(f"requests_{method}") or 0 for r in rows)
        if method == "none":
            n += sum(
                (r.get("volume") or 0) - sum(r.get(f"requests_{m}") or 0 for m in METHODS)
                for r in rows
            )
        if n:
            out.append({"method": method, "requests": n,
                        **{k: sum(r.get(f"{k}_{method}") or 0 for r in rows) or None
                           for k in ("energy_wh", "gco2eq", "water_l")}})  # fmt: skip
    return out


def _periods(rows: list[dict[str, Any]], *more: list[dict[str, Any]]) -> list[str]:
    found = {r["period"] for r in rows}
    for extra in more:
        found |= {r["period"] for r in extra}
    return sorted(p for p in found if p)


_CACHE: dict[tuple[Any, ...], Dashboard] = {}
_CACHE_SIZE = 64


def gather(engine: Engine, period: str = "month", filters: Filters | None = None,
           settings: EnergySettings | None = None) -> Dashboard:  # fmt: skip
    """The dashboard's data; recomputed only when the store changed. Every change avec makes
    (a request, a review, a decision, a task, an objective) appends an audit event, so the
    last audit sequence number is an exact version of the indicators."""
    filters = filters or Filters()
    key = (str(engine.url), period, filters, settings, _version(engine))
    cached = _CACHE.get(key)
    if cached is None:
        cached = _compute(engine, period, filters, settings)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = cached
    return cached


def clear_cache() -> None:
    _CACHE.clear()


def _version(engine: Engine) -> int:
    with Session(reader(engine)) as session:
        return int(session.execute(select(func.max(AuditEvent.seq))).scalar() or 0)


def _compute(engine: Engine, period: str, filters: Filters,
             settings: EnergySettings | None) -> Dashboard:  # fmt: skip
    engine = reader(engine)  # only reads: on SQLite, no write lock held while it scans
    # the other use cases' objectives need their own figures: all the scans are independent,
    # run on two connections at once (the database works while Python waits)
    others = {
        o.use_case for o in objectives(engine) if o.use_case and o.use_case != filters.use_case
    }
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="avec-dashboard") as pool:
        later = [pool.submit(fn, engine, period, filters)
                 for fn in (checker_precision, corrections_by_category, audit_grades)]  # fmt: skip
        narrowed = {uc: (pool.submit(requests, engine, period, (), scoped(filters, uc)),
                         pool.submit(checker_precision, engine, period, scoped(filters, uc)))
                    for uc in sorted(others)}  # fmt: skip
        rows = requests(engine, period, (), filters)
        precision, corrections, audits = (f.result() for f in later)
        known: dict[str | None, Computed] = {
            uc: (a.result(), b.result()) for uc, (a, b) in narrowed.items()
        }
    energy = _energy(rows)
    totals: dict[str, Any] = defaultdict(float)
    for r in rows:
        for key in ("volume", "validated", "rejected", "pending", "corrected", "tokens",
                    "without_ai", "energy_wh", "gco2eq", "water_l", "time_saved_min",
                    "findings_error", "findings_warning", "findings_info"):  # fmt: skip
            totals[key] += r.get(key) or 0
    decided = totals["validated"] + totals["rejected"]
    totals["acceptance_rate"] = totals["validated"] / decided if decided else None
    totals["corrected_share"] = (
        totals["corrected"] / totals["validated"] if totals["validated"] else None
    )
    done = totals["volume"] + totals["without_ai"]
    totals["without_ai_share"] = totals["without_ai"] / done if done else None
    weighted = [(r["check_ms"], r["volume"]) for r in rows if r.get("check_ms") is not None]
    check_ms = sum(c * v for c, v in weighted)  # total CPU ms of avec's own work
    check = estimate_check_cost(check_ms / 1000, settings)
    by_check: dict[str, list[int]] = {}
    for p in precision:
        pair = by_check.setdefault(p["check"], [0, 0])
        pair[0] += p["confirmed"]
        pair[1] += p["dismissed"]
    precision_by_check = [
        {"check": c, "confirmed": a, "dismissed": b, "precision": a / (a + b) if a + b else None}
        for c, (a, b) in sorted(by_check.items())
    ]
    return Dashboard(
        period, filters, _periods(rows, precision, corrections), rows, dict(totals), precision,
        precision_by_check, corrections,
        [{**e, "label": METHOD_LABELS.get(e["method"], e["method"])} for e in energy],
        {"cpu_s": round(check_ms / 1000, 2), "energy_wh": check.energy_wh, "gco2eq": check.gco2eq,
         "detail": check.detail, "requests": sum(v for _, v in weighted)},
        evaluate(engine, period, filters, rows, precision, known), audits,
    )  # fmt: skip


def csv_rows(engine: Engine, board: Dashboard, serie: str) -> list[dict[str, Any]]:
    """The numbers behind one chart (`SERIES`), one dict per line."""
    if serie == "indicateurs":
        return board.rows
    if serie == "precision":
        return board.precision
    if serie == "corrections":
        return board.corrections
    if serie == "constats":  # by check and severity: only for this download (not on the page)
        return findings_by_check(engine, board.period, board.filters)
    if serie == "energie":
        return [{k: v for k, v in e.items()} for e in board.energy]
    if serie == "audits":
        return board.audits
    raise ValueError(f"unknown series {serie!r}")
