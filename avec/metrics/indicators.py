"""Indicators of the HAS guide's « Estimer », computed by SQL over the store.

Per period (week, month) and optionally per use case, model, team or user: volume, acceptance
and rejection, share corrected, mean normalised edit distance, review time, time saved, tokens,
findings by severity, avec's own CPU time, energy, GHG and water; tasks done without AI and
their share; checker precision (confirmed ÷ decided findings); corrections by category;
findings by check; expert audit grades. Periods are read from the ISO timestamps as text, so
SQLite and PostgreSQL give the same answers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Float, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from avec.store.tables import AuditGrade, FindingCount, FindingDecision, ManualTask, Request, Review

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


def _day(column: Any) -> ColumnElement[str]:
    """'2026-11-28': queries group by day (a cheap text slice in both databases); the days are
    then rolled up into weeks or months in Python (a few hundred rows)."""
    return func.substr(column, 1, 10)


def period_of(day: str, period: str) -> str:
    """'2026-11' for a month; the Monday '2026-11-23' for a week."""
    if period == "month":
        return day[:7]
    if period != "week":
        raise ValueError(f"unknown period {period!r}")
    moment = dt.date.fromisoformat(day)
    return (moment - dt.timedelta(days=moment.weekday())).isoformat()


def _rollup(
    rows: list[dict[str, Any]], period: str, keys: tuple[str, ...]
) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Sum day rows into (period, *keys) groups; every other numeric field is added."""
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = (period_of(row.pop("day"), period), *(row[k] for k in keys))
        into = out.get(key)
        if into is None:
            out[key] = {**row, "period": key[0]}
            continue
        for name, value in row.items():
            if name not in keys and value is not None:
                into[name] = (into.get(name) or 0) + value
    return out


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
    day = _day(Request.created).label("day")
    method = func.coalesce(Request.energy_method, literal("none")).label("method")
    dims = _request_dims(by)
    validated = Request.status == "validated"
    query = (
        select(
            day, *dims, method,
            func.count().label("volume"),
            func.sum(case((validated, 1), else_=0)).label("validated"),
            func.sum(case((Request.status == "rejected", 1), else_=0)).label("rejected"),
            func.sum(case((Request.status == "pending_review", 1), else_=0)).label("pending"),
            func.sum(case((and_(validated, Request.corrected.is_(True)), 1), else_=0)).label("corrected"),
            func.sum(case((validated, cast(Request.edit_distance, Float)))).label("edit_distance_sum"),
            func.count(case((validated, Request.edit_distance))).label("edit_distance_n"),
            func.sum(cast(Request.review_seconds, Float)).label("review_seconds_sum"),
            func.count(Request.review_seconds).label("review_seconds_n"),
            func.sum(Request.time_saved_min).label("time_saved_min"),
            func.sum(Request.prompt_tokens + Request.completion_tokens).label("tokens"),
            func.sum(Request.findings_error).label("findings_error"),
            func.sum(Request.findings_warning).label("findings_warning"),
            func.sum(Request.findings_info).label("findings_info"),
            func.sum(cast(Request.check_ms, Float)).label("check_ms_sum"),
            func.count(Request.check_ms).label("check_ms_n"),
            func.sum(Request.energy_wh).label("energy_wh"),
            func.sum(Request.gco2eq).label("gco2eq"),
            func.sum(Request.water_l).label("water_l"),
            func.sum(case((Request.is_ai, 1), else_=0)).label("ai_volume"),
        )
        .select_from(Request)
        .where(*_where(filters))
        .group_by(day, *dims, method)
    )  # fmt: skip
    with Session(engine) as session:
        days = []
        for r in session.execute(query):
            row = dict(r._mapping)
            m = row.pop("method")
            for name in ("energy_wh", "gco2eq", "water_l"):  # the breakdown by estimation method
                row[f"{name}_{m}"] = row[name]
            row[f"requests_{m}"] = row["volume"]
            days.append(row)
    rows = list(_rollup(days, period, by).values())
    manual = _manual(engine, period, tuple(d for d in by if d != "model"), filters)
    for row in rows:
        decided = (row["validated"] or 0) + (row["rejected"] or 0)
        row["acceptance_rate"] = _ratio(row["validated"], decided)
        row["rejection_rate"] = _ratio(row["rejected"], decided)
        row["corrected_share"] = _ratio(row["corrected"], row["validated"])
        for name in ("edit_distance", "review_seconds", "check_ms"):
            total, n = row.pop(f"{name}_sum"), row.pop(f"{name}_n")
            row[name] = round(total / n, 4) if n and total is not None else None
        key = (row["period"], *(row[d] for d in by if d != "model"))
        tasks = manual.pop(key, (0, 0)) if "model" not in by else (0, 0)
        row["without_ai"], row["without_ai_minutes"] = tasks
        row["without_ai_share"] = _ratio(tasks[0], tasks[0] + row["volume"])
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
    if f.model:  # tasks without AI have no model: none match a model filter
        return {}
    day = _day(ManualTask.created).label("day")
    dims = [columns[d].label(d) for d in by]
    where = _within(ManualTask.created, f)
    for name in ("use_case", "team", "user"):
        if getattr(f, name):
            where.append(columns[name] == getattr(f, name))
    query = (select(day, *dims, func.count().label("n"),
                    func.coalesce(func.sum(ManualTask.minutes), 0).label("minutes"))
             .where(*where).group_by(day, *dims))  # fmt: skip
    with Session(engine) as session:
        days = [dict(r._mapping) for r in session.execute(query)]
    return {key[:1 + len(by)]: (int(v["n"] or 0), int(v["minutes"] or 0))
            for key, v in _rollup(days, period, by).items()}  # fmt: skip


def checker_precision(engine: Engine, period: str = "month",
                      filters: Filters = Filters()) -> list[dict[str, Any]]:  # fmt: skip
    """Per period of decision and check: findings confirmed and dismissed by reviewers, and the
    precision (the period and the dates filter are those of the decisions)."""
    day = _day(FindingDecision.decided_at).label("day")
    confirmed = func.sum(case((FindingDecision.decision == "confirmed", 1), else_=0))
    dismissed = func.sum(case((FindingDecision.decision == "dismissed", 1), else_=0))
    query = select(
        day, FindingDecision.check, confirmed.label("confirmed"), dismissed.label("dismissed")
    )
    if _needs_request(filters):
        query = query.join(Request, Request.id == FindingDecision.request_id).where(
            *_by_request(filters)
        )
    query = query.where(*_within(FindingDecision.decided_at, filters)).group_by(
        day, FindingDecision.check
    )
    with Session(engine) as session:
        days = [dict(r._mapping) for r in session.execute(query)]
    rows = sorted(
        _rollup(days, period, ("check",)).values(), key=lambda r: (r["period"], r["check"])
    )
    for row in rows:
        row["precision"] = _ratio(row["confirmed"], row["confirmed"] + row["dismissed"])
    return [{"period": r["period"], "check": r["check"], "confirmed": r["confirmed"],
             "dismissed": r["dismissed"], "precision": r["precision"]} for r in rows]  # fmt: skip


def findings_by_check(engine: Engine, period: str = "month",
                      filters: Filters = Filters()) -> list[dict[str, Any]]:  # fmt: skip
    day = _day(FindingCount.created).label("day")
    query = select(
        day, FindingCount.check, FindingCount.severity, func.sum(FindingCount.n).label("n")
    )
    if _needs_request(filters):
        query = query.join(Request, Request.id == FindingCount.request_id).where(
            *_by_request(filters)
        )
    query = (query.where(*_within(FindingCount.created, filters))
             .group_by(day, FindingCount.check, FindingCount.severity))  # fmt: skip
    with Session(engine) as session:
        days = [dict(r._mapping) for r in session.execute(query)]
    rows = _rollup(days, period, ("check", "severity")).values()
    return sorted(({"period": r["period"], "check": r["check"], "severity": r["severity"], "n": r["n"]}
                   for r in rows), key=lambda r: (r["period"], r["check"], r["severity"]))  # fmt: skip


def corrections_by_category(engine: Engine, period: str = "month",
                            filters: Filters = Filters()) -> list[dict[str, Any]]:  # fmt: skip
    """Per period of review: how many validated propositions had each correction category."""
    day = _day(Review.decided_at).label("day")
    # few distinct category lists: count them in SQL, parse each distinct list once
    query = select(day, Review.categories, func.count()).where(
        Review.decision == "validated", Review.categories != "[]"
    )
    if _needs_request(filters):
        query = query.join(Request, Request.id == Review.request_id).where(*_by_request(filters))
    query = query.where(*_within(Review.decided_at, filters)).group_by(day, Review.categories)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    parsed: dict[str, list[str]] = {}
    with Session(engine) as session:
        for day_value, categories, n in session.execute(query):
            if categories not in parsed:
                parsed[categories] = json.loads(categories)
            for category in parsed[categories]:
                counts[period_of(day_value, period)][category] += n
    return [{"period": k, "category": c, "n": n}
            for k in sorted(counts) for c, n in sorted(counts[k].items())]  # fmt: skip


def audit_grades(engine: Engine, period: str = "month",
                 filters: Filters = Filters()) -> list[dict[str, Any]]:  # fmt: skip
    """Per period of grading: requests audited by référents and their mean grades (1–4) on the
    rubric's three axes; `below` counts audits with an axis graded 1 or 2."""
    day = _day(AuditGrade.graded_at).label("day")
    low = (
        (AuditGrade.request_quality <= 2)
        | (AuditGrade.output_quality <= 2)
        | (AuditGrade.review_quality <= 2)
    )
    query = select(
        day,
        func.count().label("audited"),
        func.sum(cast(AuditGrade.request_quality, Float)).label("request_sum"),
        func.sum(cast(AuditGrade.output_quality, Float)).label("output_sum"),
        func.sum(cast(AuditGrade.review_quality, Float)).label("review_sum"),
        func.count(AuditGrade.review_quality).label("review_n"),
        func.sum(case((low, 1), else_=0)).label("below"),
    )
    if _needs_request(filters):
        query = query.join(Request, Request.id == AuditGrade.request_id).where(
            *_by_request(filters)
        )
    query = query.where(*_within(AuditGrade.graded_at, filters)).group_by(day)
    with Session(engine) as session:
        days = [dict(r._mapping) for r in session.execute(query)]
    out = []
    for row in sorted(_rollup(days, period, ()).values(), key=lambda r: r["period"]):
        n, reviewed = row["audited"], row["review_n"]
        out.append({"period": row["period"], "audited": n, "below": row["below"], "reviewed": reviewed,
                    "audit_request_quality": round(row["request_sum"] / n, 2) if n else None,
                    "audit_output_quality": round(row["output_sum"] / n, 2) if n else None,
                    "audit_review_quality": round(row["review_sum"] / reviewed, 2) if reviewed else None,
                    "audit_below_share": _ratio(row["below"], n)})  # fmt: skip
    return out


def audit_summary(engine: Engine, filters: Filters = Filters()) -> dict[str, Any]:
    """The expert audits of the whole span of `filters` in one row (weighted means)."""
    rows = audit_grades(engine, "month", filters)
    n = sum(r["audited"] for r in rows)
    out: dict[str, Any] = {"audited": n, "below": sum(r["below"] for r in rows)}
    for axis in ("request", "output"):
        key = f"audit_{axis}_quality"
        out[key] = round(sum(r[key] * r["audited"] for r in rows) / n, 2) if n else None
    # the review axis is graded only once a review is closed: weigh by the months' review grades
    graded = [(r["audit_review_quality"], r["reviewed"]) for r in rows if r["reviewed"]]
    reviewed = sum(w for _, w in graded)
    out["audit_review_quality"] = (
        round(sum(v * w for v, w in graded) / reviewed, 2) if reviewed else None
    )
    return out
