"""Indicators of the HAS guide's « Estimer », computed by SQL over the store.

Per period (week, month) and optionally per use case, model, team or user: volume, acceptance
and rejection, share corrected, mean normalised edit distance, review time, time saved, tokens,
findings by severity, avec's own CPU time, energy, GHG and water; tasks done without AI and
their share; checker precision (confirmed ÷ decided findings); corrections by category;
findings by check. Periods are read from the ISO timestamps as text, so SQLite and PostgreSQL
give the same answers.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, Engine, Float, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from avec.store.tables import FindingCount, FindingDecision, ManualTask, Request, Review

PERIODS = ("month", "week")
METHODS = ("ecologits", "rapl", "cpu_time", "none")  # how a request's energy was estimated
DIMENSIONS = ("use_case", "model", "team", "user")


@dataclass(frozen=True)
class Filters:
    start: str | None = None  # ISO date, inclusive
    end: str | None = None  # ISO date, exclusive
    use_case: str | None = None
    model: str | None = None
    team: str | None = None
    user: str | None = None


def _period(engine: Engine, column: Any, period: str) -> ColumnElement[str]:
    """'2026-11' for a month; the Monday '2026-11-23' for a week."""
    if period == "month":
        return func.substr(column, 1, 7)
    if period != "week":
        raise ValueError(f"unknown period {period!r}")
    day = func.substr(column, 1, 10)
    if engine.dialect.name == "sqlite":
        return func.date(day, "weekday 0", "-6 days")
    return func.to_char(func.date_trunc("week", cast(day, Date())), "YYYY-MM-DD")


def _request_dims(by: tuple[str, ...]) -> list[Any]:
    columns = {"use_case": Request.use_case, "model": Request.model, "team": Request.team,
               "user": Request.owner}  # fmt: skip
    return [columns[d].label(d) for d in by]


def _where(f: Filters, created: Any = Request.created) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.start:
        out.append(created >= f.start)
    if f.end:
        out.append(created < f.end)
    for name, column in (("use_case", Request.use_case), ("model", Request.model),
                         ("team", Request.team), ("user", Request.owner)):  # fmt: skip
        value = getattr(f, name)
        if value:
            out.append(column == value)
    return out


def _needs_request(f: Filters) -> bool:
    """A filter on the request's use case, model, team or user (a join to requests)."""
    return any((f.use_case, f.model, f.team, f.user))


def _by_request(f: Filters) -> list[ColumnElement[bool]]:
    return _where(Filters(None, None, f.use_case, f.model, f.team, f.user))


def _within(column: Any, f: Filters) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.start:
        out.append(column >= f.start)
    if f.end:
        out.append(column < f.end)
    return out


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if not b else round((a or 0) / b, 4)


def requests(engine: Engine, period: str = "month", by: tuple[str, ...] = (),
             filters: Filters = Filters()) -> list[dict[str, Any]]:  # fmt: skip
    """One row per period (and dimension values): the request and review indicators."""
    validated = Request.status == "validated"
    rejected = Request.status == "rejected"
    p = _period(engine, Request.created, period).label("period")
    dims = _request_dims(by)
    query = (
        select(
            p, *dims,
            func.count().label("volume"),
            func.sum(case((validated, 1), else_=0)).label("validated"),
            func.sum(case((rejected, 1), else_=0)).label("rejected"),
            func.sum(case((Request.status == "pending_review", 1), else_=0)).label("pending"),
            func.sum(case((and_(validated, Request.corrected.is_(True)), 1), else_=0)).label("corrected"),
            func.avg(case((validated, cast(Request.edit_distance, Float)))).label("edit_distance"),
            func.avg(cast(Request.review_seconds, Float)).label("review_seconds"),
            func.sum(Request.time_saved_min).label("time_saved_min"),
            func.sum(Request.prompt_tokens + Request.completion_tokens).label("tokens"),
            func.sum(Request.findings_error).label("findings_error"),
            func.sum(Request.findings_warning).label("findings_warning"),
            func.sum(Request.findings_info).label("findings_info"),
            func.avg(cast(Request.check_ms, Float)).label("check_ms"),
            func.sum(Request.energy_wh).label("energy_wh"),
            func.sum(Request.gco2eq).label("gco2eq"),
            func.sum(Request.water_l).label("water_l"),
            func.sum(case((Request.is_ai, 1), else_=0)).label("ai_volume"),
            *(func.sum(case((Request.energy_method == m, 1), else_=0)).label(f"requests_{m}") for m in METHODS),
            *(func.sum(case((Request.energy_method == m, Request.energy_wh))).label(f"energy_wh_{m}") for m in METHODS),
            *(func.sum(case((Request.energy_method == m, Request.gco2eq))).label(f"gco2eq_{m}") for m in METHODS),
            *(func.sum(case((Request.energy_method == m, Request.water_l))).label(f"water_l_{m}") for m in METHODS),
        )
        .select_from(Request)
        .where(*_where(filters))
        .group_by(p, *dims)
        .order_by(p, *dims)
    )  # fmt: skip
    with Session(engine) as session:
        rows = [dict(r._mapping) for r in session.execute(query)]
    manual = _manual(engine, period, tuple(d for d in by if d != "model"), filters)
    for row in rows:
        decided = (row["validated"] or 0) + (row["rejected"] or 0)
        row["acceptance_rate"] = _ratio(row["validated"], decided)
        row["rejection_rate"] = _ratio(row["rejected"], decided)
        row["corrected_share"] = _ratio(row["corrected"], row["validated"])
        key = (row["period"], *(row[d] for d in by if d != "model"))
        tasks = manual.pop(key, (0, 0)) if "model" not in by else (0, 0)
        row["without_ai"], row["without_ai_minutes"] = tasks
        row["without_ai_share"] = _ratio(tasks[0], tasks[0] + row["volume"])
        for name in ("edit_distance", "review_seconds", "check_ms"):
            row[name] = None if row[name] is None else round(float(row[name]), 4)
    for key, (count, minutes) in manual.items():  # periods with only tasks done without AI
        row = {"period": key[0], **dict(zip([d for d in by if d != "model"], key[1:], strict=True)),
               "volume": 0, "without_ai": count, "without_ai_minutes": minutes,
               "without_ai_share": 1.0 if count else None}  # fmt: skip
        rows.append(row)
    rows.sort(key=lambda r: (r["period"], *(str(r.get(d) or "") for d in by)))
    return rows


def _manual(engine: Engine, period: str, by: tuple[str, ...],
            f: Filters) -> dict[tuple[Any, ...], tuple[int, int]]:  # fmt: skip
    columns = {
        "use_case": ManualTask.use_case,
        "team": ManualTask.team,
        "user": ManualTask.user_name,
    }
    p = _period(engine, ManualTask.created, period).label("period")
    dims = [columns[d].label(d) for d in by]
    where = []
    if f.start:
        where.append(ManualTask.created >= f.start)
    if f.end:
        where.append(ManualTask.created < f.end)
    for name in ("use_case", "team", "user"):
        if getattr(f, name):
            where.append(columns[name] == getattr(f, name))
    if f.model:  # tasks without AI have no model: none match a model filter
        return {}
    query = (select(p, *dims, func.count(), func.coalesce(func.sum(ManualTask.minutes), 0))
             .where(*where).group_by(p, *dims))  # fmt: skip
    with Session(engine) as session:
        return {
            tuple(r[: 1 + len(by)]): (int(r[-2] or 0), int(r[-1] or 0))
            for r in session.execute(query)
        }


def checker_precision(engine: Engine, period: str = "month",
                      filters: Filters = Filters()) -> list[dict[str, Any]]:  # fmt: skip
    """Per period of decision and check: findings confirmed and dismissed by reviewers, and the
    precision (the period and the dates filter are those of the decisions)."""
    p = _period(engine, FindingDecision.decided_at, period).label("period")
    confirmed = func.sum(case((FindingDecision.decision == "confirmed", 1), else_=0))
    dismissed = func.sum(case((FindingDecision.decision == "dismissed", 1), else_=0))
    query = select(
        p, FindingDecision.check, confirmed.label("confirmed"), dismissed.label("dismissed")
    )
    if _needs_request(filters):
        query = query.join(Request, Request.id == FindingDecision.request_id).where(
            *_by_request(filters)
        )
    query = (query.where(*_within(FindingDecision.decided_at, filters))
             .group_by(p, FindingDecision.check).order_by(p, FindingDecision.check))  # fmt: skip
    with Session(engine) as session:
        rows = [dict(r._mapping) for r in session.execute(query)]
    for row in rows:
        row["precision"] = _ratio(row["confirmed"], row["confirmed"] + row["dismissed"])
    return rows


def findings_by_check(engine: Engine, period: str = "month",
                      filters: Filters = Filters()) -> list[dict[str, Any]]:  # fmt: skip
    p = _period(engine, FindingCount.created, period).label("period")
    query = select(
        p, FindingCount.check, FindingCount.severity, func.sum(FindingCount.n).label("n")
    )
    if _needs_request(filters):
        query = query.join(Request, Request.id == FindingCount.request_id).where(
            *_by_request(filters)
        )
    query = (query.where(*_within(FindingCount.created, filters))
             .group_by(p, FindingCount.check, FindingCount.severity)
             .order_by(p, FindingCount.check, FindingCount.severity))  # fmt: skip
    with Session(engine) as session:
        return [dict(r._mapping) for r in session.execute(query)]


def corrections_by_category(engine: Engine, period: str = "month",
                            filters: Filters = Filters()) -> list[dict[str, Any]]:  # fmt: skip
    """Per period of review: how many validated propositions had each correction category."""
    p = _period(engine, Review.decided_at, period).label("period")
    # few distinct category lists: count them in SQL, parse each distinct list once
    query = select(p, Review.categories, func.count()).where(
        Review.decision == "validated", Review.categories != "[]"
    )
    if _needs_request(filters):
        query = query.join(Request, Request.id == Review.request_id).where(*_by_request(filters))
    query = query.where(*_within(Review.decided_at, filters)).group_by(p, Review.categories)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    with Session(engine) as session:
        for period_value, categories, n in session.execute(query):
            for category in json.loads(categories):
                counts[period_value][category] += n
    return [{"period": k, "category": c, "n": n}
            for k in sorted(counts) for c, n in sorted(counts[k].items())]  # fmt: skip


def energy_by_method(engine: Engine, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Totals per estimation method (EcoLogits, RAPL, CPU time, unknown)."""
    method = func.coalesce(Request.energy_method, literal("none")).label("method")
    query = (
        select(method, func.count().label("requests"), func.sum(Request.energy_wh).label("energy_wh"),
               func.sum(Request.gco2eq).label("gco2eq"), func.sum(Request.water_l).label("water_l"))
        .where(*_where(filters))
        .group_by(method)
    )  # fmt: skip
    with Session(engine) as session:
        return [dict(r._mapping) for r in session.execute(query)]
