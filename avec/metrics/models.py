"""Measured figures of each catalogue model (« fiches outils »), computed by SQL over the store.

Per model: volume, validated / rejected / pending, correction rate (corrected ÷ validated),
rejection rate (rejected ÷ reviewed), mean edit distance of the validated texts, mean review
time, mean latency, findings per request by severity, findings by check, the precision of avec's
checks on this model's texts (confirmed ÷ decided findings), and the mean energy, GHG and water
per request over the requests that have a figure, with how many had one and by which method.

Grouped queries whatever the number of models or requests: one over the requests, by model
and energy method (all the list of models needs), and for the findings by check and the
precision, the finding counts and the finding decisions joined to their request, by model and
check. The dates filter the requests' creation (ISO text, start inclusive, end exclusive), also for the
findings and decisions of those requests, so SQLite and PostgreSQL give the same answers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, Float, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from avec.metrics.indicators import Filters, _ratio, _where
from avec.store.tables import FindingCount, FindingDecision, Request

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class CheckFigures:
    """One check on one model's texts: findings by severity, reviewers' verdicts."""

    check: str
    error: int = 0
    warning: int = 0
    info: int = 0
    confirmed: int = 0
    dismissed: int = 0

    @property
    def findings(self) -> int:
        return self.error + self.warning + self.info

    @property
    def precision(self) -> float | None:
        return _ratio(self.confirmed, self.confirmed + self.dismissed)


@dataclass(frozen=True)
class ModelFigures:
    """What Estimer measured for one model; None where nothing could be measured."""

    model: str
    requests: int = 0
    validated: int = 0
    rejected: int = 0
    pending: int = 0
    corrected: int = 0  # validated after a change by the reviewer
    correction_rate: float | None = None  # corrected ÷ validated
    rejection_rate: float | None = None  # rejected ÷ (validated + rejected)
    edit_distance: float | None = None  # mean normalised edit distance of the validated texts
    review_seconds: float | None = None  # mean, over the reviews with a time
    latency_ms: float | None = None  # mean generation latency
    findings: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))
    findings_per_request: dict[str, float | None] = field(
        default_factory=lambda: dict.fromkeys(SEVERITIES)
    )
    # by check name; None when not computed (`figures_by_model` without `checks=True`)
    checks: tuple[CheckFigures, ...] | None = ()
    energy_wh: float | None = None  # mean per request, over `estimated` requests
    gco2eq: float | None = None  # mean per request with a GHG figure
    water_l: float | None = None  # mean per request with a water figure
    estimated: int = 0  # requests with an energy figure
    methods: dict[str, int] = field(default_factory=dict)  # …of which by method (ecologits…)

    @property
    def measured(self) -> bool:
        return self.requests > 0

    @property
    def reviewed(self) -> int:
        return self.validated + self.rejected

    @property
    def confirmed(self) -> int | None:
        """Findings the reviewers confirmed (None when the checks were not computed)."""
        return None if self.checks is None else sum(c.confirmed for c in self.checks)

    @property
    def dismissed(self) -> int | None:
        """Findings the reviewers dismissed as false alarms."""
        return None if self.checks is None else sum(c.dismissed for c in self.checks)

    @property
    def precision(self) -> float | None:
        """The precision of avec's checks on this model's texts: confirmed ÷ decided."""
        if self.confirmed is None or self.dismissed is None:
            return None
        return _ratio(self.confirmed, self.confirmed + self.dismissed)


def model_figures(
    engine: Engine, model_id: str, start: str | None = None, end: str | None = None
) -> ModelFigures:
    """The figures of one model (empty figures when it has no request in the period)."""
    found = _figures(engine, Filters(start=start, end=end, model=model_id), checks=True)
    return found.get(model_id) or ModelFigures(model_id)


def figures_by_model(
    engine: Engine, start: str | None = None, end: str | None = None, *, checks: bool = False
) -> dict[str, ModelFigures]:
    """The figures of every model that has requests (a model without any is absent), in one
    grouped query; with `checks`, also the findings by check and the precision (two more)."""
    return _figures(engine, Filters(start=start, end=end), checks=checks)


def _sum_if(condition: ColumnElement[bool]) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _figures(engine: Engine, filters: Filters, *, checks: bool) -> dict[str, ModelFigures]:
    where = _where(filters)
    validated = Request.status == "validated"
    method = func.coalesce(Request.energy_method, literal("none")).label("method")
    by_request = (
        select(
            Request.model.label("model"), method,
            func.count().label("requests"),
            _sum_if(validated).label("validated"),
            _sum_if(Request.status == "rejected").label("rejected"),
            _sum_if(Request.status == "pending_review").label("pending"),
            _sum_if(and_(validated, Request.corrected.is_(True))).label("corrected"),
            func.sum(case((validated, cast(Request.edit_distance, Float)))).label("edit_distance_sum"),
            func.count(case((validated, Request.edit_distance))).label("edit_distance_n"),
            func.sum(cast(Request.review_seconds, Float)).label("review_seconds_sum"),
            func.count(Request.review_seconds).label("review_seconds_n"),
            func.sum(cast(Request.latency_ms, Float)).label("latency_ms_sum"),
            func.count(Request.latency_ms).label("latency_ms_n"),
            func.sum(Request.findings_error).label("error"),
            func.sum(Request.findings_warning).label("warning"),
            func.sum(Request.findings_info).label("info"),
            func.sum(Request.energy_wh).label("energy_wh_sum"),
            func.count(Request.energy_wh).label("energy_wh_n"),
            func.sum(Request.gco2eq).label("gco2eq_sum"),
            func.count(Request.gco2eq).label("gco2eq_n"),
            func.sum(Request.water_l).label("water_l_sum"),
            func.count(Request.water_l).label("water_l_n"),
        )
        .where(*where)
        .group_by(Request.model, method)
    )  # fmt: skip
    by_finding = (
        select(Request.model, FindingCount.check, FindingCount.severity,
               func.sum(FindingCount.n).label("n"))
        .join(Request, Request.id == FindingCount.request_id)
        .where(*where)
        .group_by(Request.model, FindingCount.check, FindingCount.severity)
    )  # fmt: skip
    by_decision = (
        select(Request.model, FindingDecision.check,
               _sum_if(FindingDecision.decision == "confirmed").label("confirmed"),
               _sum_if(FindingDecision.decision == "dismissed").label("dismissed"))
        .join(Request, Request.id == FindingDecision.request_id)
        .where(*where)
        .group_by(Request.model, FindingDecision.check)
    )  # fmt: skip
    totals: dict[str, dict[str, Any]] = {}
    methods: dict[str, dict[str, int]] = defaultdict(dict)
    by_check: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    with Session(engine) as session:
        for r in session.execute(by_request):
            row = dict(r._mapping)
            model, how = row.pop("model"), row.pop("method")
            if row["energy_wh_n"]:
                methods[model][how] = int(row["energy_wh_n"])
            into = totals.setdefault(model, {})
            for name, value in row.items():  # add the method groups up
                if value is not None:
                    into[name] = into.get(name, 0) + value
        if checks:
            for model, check, severity, n in session.execute(by_finding):
                by_check[model][check][severity] = int(n or 0)
            for model, check, confirmed, dismissed in session.execute(by_decision):
                by_check[model][check].update(confirmed=int(confirmed or 0),
                                              dismissed=int(dismissed or 0))  # fmt: skip
    return {model: _build(model, row, methods[model], by_check[model] if checks else None)
            for model, row in sorted(totals.items())}  # fmt: skip


def _mean(row: dict[str, Any], name: str, digits: int | None = 4) -> float | None:
    n = row.get(f"{name}_n") or 0
    total = row.get(f"{name}_sum")
    if not n or total is None:
        return None
    mean = float(total) / n
    return round(mean, digits) if digits is not None else mean


def _build(model: str, row: dict[str, Any], methods: dict[str, int],
           by_check: dict[str, dict[str, int]] | None) -> ModelFigures:  # fmt: skip
    count = int(row.get("requests", 0))
    validated, rejected = int(row.get("validated", 0)), int(row.get("rejected", 0))
    corrected = int(row.get("corrected", 0))
    findings = {s: int(row.get(s, 0)) for s in SEVERITIES}
    known = (*SEVERITIES, "confirmed", "dismissed")
    checks = None if by_check is None else tuple(
        CheckFigures(check, **{k: v for k, v in values.items() if k in known})
        for check, values in sorted(by_check.items())
    )  # fmt: skip
    return ModelFigures(
        model=model, requests=count, validated=validated, rejected=rejected,
        pending=int(row.get("pending", 0)), corrected=corrected,
        correction_rate=_ratio(corrected, validated),
        rejection_rate=_ratio(rejected, validated + rejected),
        edit_distance=_mean(row, "edit_distance"), review_seconds=_mean(row, "review_seconds"),
        latency_ms=_mean(row, "latency_ms"), findings=findings,
        findings_per_request={s: _ratio(n, count) for s, n in findings.items()},
        checks=checks,
        # physical figures can be tiny (0,0004 Wh): not rounded
        energy_wh=_mean(row, "energy_wh", None), gco2eq=_mean(row, "gco2eq", None),
        water_l=_mean(row, "water_l", None), estimated=int(row.get("energy_wh_n", 0)),
        methods=dict(sorted(methods.items())),
    )  # fmt: skip
