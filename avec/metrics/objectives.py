"""Objectives a référent sets on indicators, and their status and trend over the periods.

An objective is « indicator comparator target » for one use case or all (« part corrigée < 20 % »,
« précision des vérifications > 80 % », « part sans IA ≥ 10 % », « gCO2eq par mois < 500 »). Its
status is judged on the latest period with data; its trend compares it with the period before.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from avec.metrics.indicators import Filters, audit_grades, checker_precision, requests
from avec.store.audit import append
from avec.store.tables import Objective

# indicator → (French label, unit shown, shown as a percentage)
INDICATORS: dict[str, tuple[str, str, bool]] = {
    "corrected_share": ("part des propositions corrigées", "%", True),
    "acceptance_rate": ("taux d'acceptation", "%", True),
    "rejection_rate": ("taux de rejet", "%", True),
    "edit_distance": ("distance d'édition moyenne", "", False),
    "checker_precision": ("précision des vérifications (constats confirmés)", "%", True),
    "without_ai_share": ("part des tâches faites sans IA", "%", True),
    "review_seconds": ("temps de relecture moyen", "s", False),
    "volume": ("nombre de demandes", "", False),
    "energy_wh": ("énergie par période", "Wh", False),
    "gco2eq": ("émissions par période", "gCO2eq", False),
    "water_l": ("eau par période", "L", False),
    "audit_output_quality": ("note moyenne des propositions auditées (1 à 4)", "/4", False),
    "audit_review_quality": ("note moyenne des relectures auditées (1 à 4)", "/4", False),
    "audit_request_quality": ("note moyenne des demandes auditées (1 à 4)", "/4", False),
    "audit_below_share": ("part des audits avec une note 1 ou 2", "%", True),
}
COMPARATORS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}  # fmt: skip


class ObjectiveError(ValueError):
    """An objective that cannot be set; the message is for the user (French)."""


@dataclass(frozen=True)
class Status:
    objective: Objective
    label: str
    period: str | None  # the latest period with data
    value: float | None
    previous: float | None
    met: bool | None  # None: no data yet
    improving: bool | None

    @property
    def trend(self) -> str:
        if self.value is None or self.previous is None or self.value == self.previous:
            return "stable" if self.value is not None and self.previous is not None else "—"
        return "en amélioration" if self.improving else "en dégradation"


def add_objective(engine: Engine, indicator: str, comparator: str, target: float,
                  use_case: str | None, set_by: str, note: str | None = None) -> Objective:  # fmt: skip
    if indicator not in INDICATORS:
        raise ObjectiveError(f"indicateur inconnu « {indicator} »")
    if comparator not in COMPARATORS:
        raise ObjectiveError(f"comparaison inconnue « {comparator} » (<, <=, >, >=)")
    if INDICATORS[indicator][2] and not 0 <= target <= 1:
        raise ObjectiveError("une cible en pourcentage s'écrit entre 0 et 100 %")
    row = Objective(indicator=indicator, use_case=use_case or None, comparator=comparator,
                    target=target, set_by=set_by, note=(note or "").strip() or None,
                    created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))  # fmt: skip
    with Session(engine, expire_on_commit=False) as session, session.begin():
        session.add(row)
    append(engine, "objective_set", f"user:{set_by}", {
        "indicator": indicator, "comparator": comparator, "target": target, "use_case": use_case,
    })  # fmt: skip
    return row


def remove_objective(engine: Engine, objective_id: int, by: str) -> None:
    with Session(engine) as session, session.begin():
        row = session.get(Objective, objective_id)
        if row is None:
            raise ObjectiveError("objectif inconnu")
        session.delete(row)
    append(engine, "objective_removed", f"user:{by}", {"objective": objective_id})


def objectives(engine: Engine) -> list[Objective]:
    with Session(engine) as session:
        rows = list(session.execute(select(Objective).order_by(Objective.id)).scalars())
        session.expunge_all()
        return rows


def series(engine: Engine, indicator: str, period: str, filters: Filters,
           rows: list[dict[str, Any]] | None = None,
           precision: list[dict[str, Any]] | None = None) -> list[tuple[str, float]]:  # fmt: skip
    """(period, value) of one indicator, oldest first, periods without a value left out;
    `rows`/`precision` already computed for these filters are reused."""
    if indicator == "checker_precision":
        totals: dict[str, list[int]] = {}
        for row in (
            precision if precision is not None else checker_precision(engine, period, filters)
        ):
            pair = totals.setdefault(row["period"], [0, 0])
            pair[0] += row["confirmed"]
            pair[1] += row["confirmed"] + row["dismissed"]
        return [(p, round(c / n, 4)) for p, (c, n) in sorted(totals.items()) if n]
    if indicator.startswith("audit_"):  # the expert audits' grades, by period of grading
        return [(r["period"], float(r[indicator])) for r in audit_grades(engine, period, filters)
                if r.get(indicator) is not None]  # fmt: skip
    out = []
    for row in rows if rows is not None else requests(engine, period, (), filters):
        value = row.get(indicator)
        if value is not None:
            out.append((row["period"], float(value)))
    return out


Computed = tuple[list[dict[str, Any]], list[dict[str, Any]]]  # requests rows, precision rows


def scoped(filters: Filters, use_case: str | None) -> Filters:
    """`filters` narrowed to an objective's use case (all use cases: unchanged)."""
    return Filters(filters.start, filters.end, use_case or filters.use_case, filters.model,
                   filters.team, filters.user)  # fmt: skip


def evaluate(engine: Engine, period: str = "month", filters: Filters | None = None,
             rows: list[dict[str, Any]] | None = None,
             precision: list[dict[str, Any]] | None = None,
             known: dict[str | None, Computed] | None = None) -> list[Status]:  # fmt: skip
    """Each objective on the latest period with data; `rows` and `precision`, computed for
    `filters`, serve the objectives on every use case, `known` those of other use cases (by
    use case id); what is missing is queried (one query per other use case)."""
    filters = filters or Filters()
    cache: dict[str | None, Computed] = dict(known or {})
    if rows is not None and precision is not None:
        cache[filters.use_case] = (rows, precision)
    out = []
    for objective in objectives(engine):
        narrow = scoped(filters, objective.use_case)
        if narrow.use_case not in cache:
            cache[narrow.use_case] = (requests(engine, period, (), narrow),
                                      checker_precision(engine, period, narrow))  # fmt: skip
        scoped_rows, scoped_precision = cache[narrow.use_case]
        values = series(engine, objective.indicator, period, narrow, scoped_rows, scoped_precision)
        label = INDICATORS.get(objective.indicator, (objective.indicator, "", False))[0]
        if not values:
            out.append(Status(objective, label, None, None, None, None, None))
            continue
        last_period, value = values[-1]
        previous = values[-2][1] if len(values) > 1 else None
        compare = COMPARATORS[objective.comparator]
        lower_is_better = objective.comparator in ("<", "<=")
        improving = (
            None
            if previous is None
            else (value < previous if lower_is_better else value > previous)
        )
        out.append(Status(objective, label, last_period, value, previous,
                          compare(value, objective.target), improving))  # fmt: skip
    return out
