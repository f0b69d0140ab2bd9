"""Quantities in French clinical text: a value, its unit, and the drug or measure it belongs to.

"Doliprane 1 g", "2 à 3 cp", "1/2 cp", "deux comprimés et demi", "PA 130/80 mmHg",
"tension à 13/8" (cmHg convention), "T° 38,2 °C" or "38°2", "HbA1c 7,8 %", "créat 95 µmol/L",
"EVA 6/10". Values are normalised through `avec.clinical.units`, so 1 g and 1000 mg are equal.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from avec.clinical.drugs import DrugMention
from avec.clinical.measurements import MeasureMention
from avec.clinical.units import Unit, parse_unit, unit_regex
from avec.text.numbers import NumberMatch, find_numbers
from avec.text.span import Coverage, Span

_BP = re.compile(
    r"(?<![\d/,.])(\d{1,3}(?:,\d)?)\s*/\s*(\d{1,3}(?:,\d)?)(?![\d/])(?:\s*(mm\s*hg|cm\s*hg))?"
)
_SCORE = re.compile(r"(?<![\d/,.])(\d{1,2}(?:,\d)?)\s*/\s*(10|15|20|30|100)(?![\d/,])")
_TEMP_ORAL = re.compile(r"(?<![\d,.])(3\d|4[0-2])\s*°\s*([0-9])(?![\d])")
_CLOCK = re.compile(
    r"(?<![\d,.])([01]?\d|2[0-3])\s*h\s*([0-5]\d)(?!\d)"  # 14h30
    r"|(?<=\ba )(?<!\d a )([01]?\d|2[0-3])\s*(?:h|heures?)\b(?!\s*\d)"  # à 8 h, not « 2 à 3 h »
)
# What every match of the pattern above contains, found by a fast scan (no lookbehind at every
# position): a text without it is not scanned with the full pattern.
_HINTS = {
    _BP: re.compile(r"\d\s*/\s*\d"),
    _SCORE: re.compile(r"/\s*(?:10|15|20|30)"),
    _TEMP_ORAL: re.compile(r"\d\s*°\s*\d"),
    _CLOCK: re.compile(r"\d\s*h"),
}
_SENTENCE_BREAK = re.compile(r"(?<!\.\.)[.;](?!\.)\s|\n")
_RANGE_JOIN = re.compile(r"^\s*(?:a|-|ou)\s*$")
_BETWEEN = re.compile(r"entre\s*$")  # "entre 2 et 3 cp" is a range, "un, deux et trois mois" is not
# Both matched at a position of the folded text (no copy of its tail for every number).
_HALF_AFTER = re.compile(r"\s+(?:et\s+(demie?|quart)\b|1/2(?![\d/]))")  # "1 cp et demi", "1 cp 1/2"
_UNIT_GAP = re.compile(r"\s*-?\s*")
_OF_DRUG = re.compile(r"^\s*(?:de\s+|d')")
_BP_LABELS = {"blood_pressure"}


def _cmhg_shaped(sys_raw: str, dia_raw: str) -> bool:
    """Looks like a pressure in cmHg: 9–25 over 4–15, systolic above diastolic."""
    sys_, dia = float(sys_raw.replace(",", ".")), float(dia_raw.replace(",", "."))
    return 9 <= sys_ <= 25 and 4 <= dia <= 15 and sys_ > dia


ANCHOR_WINDOW = 80  # characters between a drug and its dose
MEASURE_WINDOW = 30  # characters between a measure's label and its value ("tension à …")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Quantity:
    span: Span
    value: float
    unit: Unit | None
    high: float | None = None  # upper bound of a range ("2 à 3 cp")
    second: float | None = None  # diastolic pressure, scale of a score ("6/10")
    kind: str = "value"  # value | bp | score | clock
    anchor: str | None = None  # "drug:<concept>" or "measure:<id>"

    def normalized(self) -> tuple[float, ...]:
        f = self.unit.factor if self.unit else 1.0
        values = [self.value * f]
        if self.high is not None:
            values.append(self.high * f)
        if self.second is not None:
            values.append(self.second * (f if self.kind == "bp" else 1.0))
        return tuple(float(f"{v:.12g}") for v in values)

    @property
    def dimension(self) -> str | None:
        if self.kind in ("score", "clock"):
            return self.kind
        return self.unit.dimension if self.unit else None

    def same_value(self, other: Quantity) -> bool:
        if self.kind != other.kind or self.dimension != other.dimension:
            return False
        return all(
            abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)
            for a, b in zip(self.normalized(), other.normalized(), strict=False)
        ) and len(self.normalized()) == len(other.normalized())

    def raw_numbers(self) -> tuple[float, ...]:
        values = [self.value]
        if self.high is not None:
            values.append(self.high)
        return tuple(values)


def extract_quantities(
    text: str,
    folded: str,
    anchors: Sequence[DrugMention | MeasureMention] = (),
    exclude: Sequence[Span] = (),
    numbers: Sequence[NumberMatch] | None = None,
) -> list[Quantity]:
    """Every quantity in `text` (with `folded` its `fold`), attached to its nearest anchor."""
    taken = Coverage(len(text))
    for span in exclude:
        taken.take(span)
    found: list[Quantity] = []

    def free(span: Span) -> bool:
        return taken.free(span)

    def take(q: Quantity) -> None:
        taken.take(q.span)
        found.append(q)

    measure_spans = [a for a in anchors if isinstance(a, MeasureMention)]

    for m in _scan(_CLOCK, folded):
        span = Span(m.start(), m.end())
        if free(span):
            hours = int(m[1]) + int(m[2]) / 60 if m[1] else float(m[3])
            take(Quantity(span, hours, parse_unit("h"), kind="clock"))
    for m in _scan(_BP, folded):
        span = Span(m.start(), m.end())
        label_near = any(
            a.measure in _BP_LABELS
            and 0 <= span.start - a.span.end <= 60
            and not _SENTENCE_BREAK.search(folded[a.span.end : span.start])
            for a in measure_spans
        )
        after_bp = any(
            q.kind == "bp"
            and 0 <= span.start - q.span.end <= 100
            and "\n" not in folded[q.span.end : span.start]
            for q in found
        )
        cmhg_shaped = _cmhg_shaped(m[1], m[2]) and any(
            a.measure in _BP_LABELS and 0 <= span.start - a.span.end <= 120 for a in measure_spans
        )  # "Et ma tension ? — 12/7, parfait."
        if not free(span) or not (label_near or m[3] or after_bp or cmhg_shaped):
            continue
        sys_, dia = float(m[1].replace(",", ".")), float(m[2].replace(",", "."))
        if (m[3] and m[3].startswith("cm")) or (not m[3] and sys_ <= 30 and dia <= 20):
            sys_, dia = sys_ * 10, dia * 10  # "13/8": French cmHg convention
        if sys_ <= dia:
            continue
        take(Quantity(span, sys_, parse_unit("mmhg"), second=dia, kind="bp"))
    for m in _scan(_TEMP_ORAL, folded):
        span = Span(m.start(), m.end())
        if free(span):
            take(Quantity(span, float(m[1]) + int(m[2]) / 10, parse_unit("°c")))
    for m in _scan(_SCORE, folded):
        span = Span(m.start(), m.end())
        if free(span):
            take(
                Quantity(
                    span, float(m[1].replace(",", ".")), None, second=float(m[2]), kind="score"
                )
            )

    units = unit_regex()
    pending: NumberMatch | None = None  # a unit-less number that may open a range
    for number in find_numbers(text) if numbers is None else numbers:
        if not free(number.span):
            pending = None
            continue
        gap = _UNIT_GAP.match(folded, number.span.end)
        unit_start = gap.end() if gap else number.span.end
        um = units.match(folded, unit_start)
        if um is None or (
            um.end() < len(folded) and folded[um.end() - 1].isalpha() and folded[um.end()].isalpha()
        ):
            pending = None if pending is not None and _joins(folded, pending, number) else number
            if number.written != "digits":
                continue  # "un", "deux" without a unit are articles or counts of things
            found.append(Quantity(number.span, number.value, None))
            taken.take(number.span)
            continue
        unit = parse_unit(um.group())
        if unit is None:
            pending = None
            continue
        start, value, high = number.span.start, number.value, None
        if pending is not None and _joins(folded, pending, number):
            # "2 à 3 cp": the unit-less lower bound was recorded alone; fold it into the range.
            found[:] = [q for q in found if q.span != pending.span]
            start, value, high = pending.span.start, pending.value, number.value
        end = um.end()
        half = _HALF_AFTER.match(folded, end)
        if half and high is None:
            value += 0.25 if half.group(1) == "quart" else 0.5
            end = half.end()
        take(Quantity(Span(start, end), value, unit, high=high))
        pending = None
    return anchor_quantities(found, anchors, folded)


def anchor_quantities(
    found: list[Quantity], anchors: Sequence[DrugMention | MeasureMention], folded: str
) -> list[Quantity]:
    """Each quantity attached to its drug or measure (anchors sorted by start), in text order."""
    found = sorted(found, key=lambda q: q.span.start)
    starts = [a.span.start for a in anchors]
    return [_anchor(q, anchors, folded, starts) for q in found]


def _scan(pattern: re.Pattern[str], folded: str) -> Iterator[re.Match[str]]:
    return pattern.finditer(folded) if _HINTS[pattern].search(folded) else iter(())


def _joins(folded: str, low: NumberMatch, high: NumberMatch) -> bool:
    gap = folded[low.span.end : high.span.start]
    if _RANGE_JOIN.match(gap):
        return True
    return gap.strip() == "et" and bool(
        _BETWEEN.search(folded[max(0, low.span.start - 8) : low.span.start])
    )


def _anchor(q: Quantity, anchors: Sequence[DrugMention | MeasureMention], folded: str,
            starts: list[int]) -> Quantity:  # fmt: skip
    best: DrugMention | MeasureMention | None = None
    # anchors are sorted by start (`starts`): look at the one right after the value, then backwards.
    i = bisect_left(starts, q.span.end)
    if i < len(anchors):
        a = anchors[i]
        if _OF_DRUG.match(folded[q.span.end : a.span.start]) and a.span.start - q.span.end < 6:
            best = a  # "1 g de paracétamol": a drug right after its dose
    if best is None:
        for a in reversed(anchors[max(0, i - 8) : i]):
            if a.span.end > q.span.start:
                continue
            gap = folded[a.span.end : q.span.start]
            if len(gap) > ANCHOR_WINDOW or _SENTENCE_BREAK.search(gap):
                break
            if isinstance(a, MeasureMention) and (len(gap) > MEASURE_WINDOW or _DIGIT.search(gap)):
                break  # "FR 16/min, débit de pointe 340": 340 is not a respiratory rate
            best = a
            break
    if best is None:
        return q
    key = ("measure:" + best.measure) if isinstance(best, MeasureMention) else "drug:" + best.key
    return replace(q, anchor=key)
