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


def limits_for(entry: DrugEntry) -> list[DoseLimit]:
    """The table rows of a drug, matched by ATC code or substance (brand ≡ INN)."""
    key = fold_key(entry.name)
    return [
        lim
        for lim in dose_limits()
        if lim.atc in entry.keys or ("sub:" + lim.key) in entry.keys or lim.key == key
    ]


def usual_unit(entry: DrugEntry) -> str | None:
    """The unit the table doses this drug in ('mg', 'ug', '[iU]'…), if the drug is in it."""
    limits = limits_for(entry)
    return limits[0].unit.code if limits else None
