"""The dose plausibility table (`data/dose_limits.toml`): usual maximum adult doses of common and
high-risk drugs, each with its source (French RCP, ANSM, HAS)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from avec.clinical.drugs import DrugEntry
from avec.clinical.resources import load_toml
from avec.clinical.units import Unit, unit_for_code
from avec.text.normalize import fold_key


@dataclass(frozen=True, slots=True)
class DoseLimit:
    inn: str
    atc: str
    unit: Unit
    max_single: float | None
    max_daily: float | None
    max_weekly: float | None
    weekly: bool
    ceiling: bool
    high_risk: bool
    note: str
    source: str

    @property
    def key(self) -> str:
        return _folded_inn(self.inn)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> DoseLimit | None:
        unit = unit_for_code(row["unit"])
        if unit is None:
            return None
        return cls(
            row["inn"],
            row.get("atc", ""),
            unit,
            row.get("max_single"),
            row.get("max_daily"),
            row.get("max_weekly"),
            row.get("schedule") == "weekly",
            row.get("ceiling", True),
            row.get("high_risk", False),
            row.get("note", ""),
            row.get("source", ""),
        )


@cache
def dose_limits() -> tuple[DoseLimit, ...]:
    rows = load_toml("dose_limits.toml").get("drug", [])
    return tuple(limit for row in rows if (limit := DoseLimit.from_row(row)) is not None)


@cache
def _folded_inn(inn: str) -> str:
    return fold_key(inn)


@cache
def _rows_by_key() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Rows of the table by concept key (ATC code, "sub:" + substance) and by folded INN."""
    by_concept: dict[str, list[int]] = {}
    by_name: dict[str, list[int]] = {}
    for i, lim in enumerate(dose_limits()):
        by_concept.setdefault(lim.atc, []).append(i)
        by_concept.setdefault("sub:" + lim.key, []).append(i)
        by_name.setdefault(lim.key, []).append(i)
    return by_concept, by_name


def limits_for(entry: DrugEntry) -> list[DoseLimit]:
    """The table rows of a drug, matched by ATC code or substance (brand ≡ INN), in table order."""
    by_concept, by_name = _rows_by_key()
    rows = set(by_name.get(fold_key(entry.name), ()))
    for key in entry.keys:
        rows.update(by_concept.get(key, ()))
    limits = dose_limits()
    return [limits[i] for i in sorted(rows)]


def usual_unit(entry: DrugEntry) -> str | None:
    """The unit the table doses this drug in ('mg', 'ug', '[iU]'…), if the drug is in it."""
    limits = limits_for(entry)
    return limits[0].unit.code if limits else None
