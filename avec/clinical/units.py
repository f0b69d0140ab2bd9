"""Units of measure (UCUM codes) and their conversion, from `data/units.toml`.

Measured before choosing: pint takes ~0.7 s to import and build its registry and ~190 µs per
conversion here, and knows neither "UI", "cp" nor French spellings; a small UCUM table is loaded
in a few milliseconds and converts with one multiplication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from avec.clinical.resources import load_toml


@dataclass(frozen=True, slots=True)
class Unit:
    code: str  # UCUM code, e.g. "mg", "mg/kg/d", "[iU]"
    dimension: str  # "mass", "mass/mass/time", "count:tablet"…
    factor: float  # to the dimension's base unit

    @property
    def base_dimension(self) -> str:
        return self.dimension.split("/")[0]

    def is_dose(self) -> bool:
        """A unit in which a drug dose is written (mass, volume, IU, amount, dose forms)."""
        if self.code.split("/")[0] == "kg":
            return False  # a body weight ("perte de 7 kg"), never a drug dose
        return self.base_dimension in ("mass", "volume", "iu", "amount", "equivalents") or (
            self.base_dimension.startswith("count:")
        )

    def per_time(self) -> float | None:
        """For a rate such as mg/d, the period in seconds of the last denominator."""
        if self.dimension.endswith("/time"):
            return _period(self.code.rsplit("/", 1)[1])
        return None


@cache
def _atoms() -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for row in load_toml("units.toml")["unit"]:
        unit = Unit(row["code"], row["dimension"], float(row["factor"]))
        for alias in row["aliases"]:
            table[alias] = unit
    return table


def _period(code: str) -> float | None:
    for unit in _atoms().values():
        if unit.code == code and unit.dimension == "time":
            return unit.factor
    return None


@cache
def unit_regex() -> re.Pattern[str]:
    """Matches a (compound) unit at the start of folded text: 'mg', 'mg/kg/j', 'ml par heure'."""
    aliases = sorted(_atoms(), key=len, reverse=True)
    atom = "|".join(re.escape(a) for a in aliases if not a.startswith("/"))
    rates = "|".join(re.escape(a) for a in aliases if a.startswith("/"))
    # An alphabetic alias must end at a word boundary; "%" and "°" need not.
    atom_b = rf"(?:{atom})(?![a-z0-9µ²])"
    return re.compile(
        rf"(?:{rates})(?![a-z])|{atom_b}(?:\s*(?:/|\bpar\b)\s*(?:{atom_b}))*", re.UNICODE
    )


def parse_unit(folded: str) -> Unit | None:
    """Unit for a folded unit string such as 'mg', 'mg/kg/j', 'ml par heure', 'µg/kg/min'."""
    parts = [p.strip() for p in re.split(r"\s*(?:/|\bpar\b)\s*", folded) if p.strip()]
    if folded.startswith("/"):
        return _atoms().get(folded.strip())
    atoms = _atoms()
    if not parts or any(p not in atoms for p in parts):
        return None
    head = atoms[parts[0]]
    if len(parts) == 1:
        return head
    code, dimension, factor = head.code, head.dimension, head.factor
    for part in parts[1:]:
        den = atoms[part]
        code += "/" + den.code
        dimension += "/" + den.dimension.split(":")[0]
        factor /= den.factor
    return Unit(code, dimension, factor)


def same_magnitude(a: Unit, b: Unit) -> bool:
    return a.dimension == b.dimension and abs(a.factor - b.factor) <= 1e-12 * max(
        a.factor, b.factor
    )


def unit_for_code(code: str) -> Unit | None:
    """Unit for a UCUM code of the table ('mg', '[iU]', 'ug/h')."""
    parts = code.split("/")
    by_code = {u.code: alias for alias, u in _atoms().items()}
    if any(p not in by_code for p in parts):
        return None
    return parse_unit("/".join(by_code[p] for p in parts))
