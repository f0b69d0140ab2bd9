"""Quantities as they are said aloud, read off a source so that an output may write them out.

A consultation transcript says « un mètre soixante-cinq », « la kaliémie à quatre deux », « la
tension à douze sept, parfois treize », « à midi », « un quart d'heure », « la créat à cent
soixante-dix ». Each becomes a `Quantity` in the canonical form a note would use (1,65 m;
4,2; 120/70 mmHg and 130 mmHg; 12 h; 15 min; 170), *added* to the source's quantities: an output
value is supported when the source states the same quantity in any of these forms. Readings are
generous on purpose (« quatre deux » gives 4,2, and 42 would not be supported): they only ever
support a value, they never raise a finding.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from avec.clinical.quantities import Quantity
from avec.clinical.units import parse_unit, unit_regex
from avec.text.numbers import NumberMatch
from avec.text.span import Span

_PAIR_GAP = re.compile(r"[ \t]+")  # « treize huit »
_GAP = re.compile(r"[ \t]*")
_OVER = re.compile(r"[ \t]+sur[ \t]+")
_HOUR = re.compile(r"[ \t]*(?:h|heures?)[ \t]*(?:et[ \t]+)?")
_HOUR_HALF = re.compile(r"[ \t]*heures?[ \t]+et[ \t]+(demie|quart)\b")
_YEAR_HALF = re.compile(r"[ \t]*(ans?|annees?|mois|semaines?|jours?)[ \t]+et[ \t]+demie?\b")
_FIXED = [  # phrases that say one quantity: (pattern, value, unit code, kind)
    (re.compile(r"\bmidi\b"), 12.0, "h", "clock"),
    (re.compile(r"\bminuit\b"), 0.0, "h", "clock"),
    (re.compile(r"\b(?:un|1)\s+quart\s+d'heure\b"), 15.0, "min", "value"),
    (re.compile(r"\btrois\s+quarts\s+d'heure\b"), 45.0, "min", "value"),
    (re.compile(r"\b(?:une\s+)?demi-?\s?heure\b"), 30.0, "min", "value"),
    (re.compile(r"\b(?:une\s+)?demi-?\s?journee\b"), 12.0, "h", "value"),
]
_BP_AFTER = re.compile(r"[^.\n]{0,40}?\b(?:parfois|jusqu'a|voire|max(?:imum)?|a)\s+$")


def spoken_quantities(
    folded: str, numbers: list[NumberMatch], stated: list[Quantity]
) -> list[Quantity]:
    """Quantities said aloud in `folded` that `stated` (the written reading) does not give."""
    found = list(_fixed(folded))
    found += _pairs(folded, numbers)
    found += _compounds(folded, numbers)
    found += _bare_words(numbers, stated)
    found += _systolic_alone(folded, numbers, stated)
    return found


def _q(
    span: Span, value: float, code: str | None, kind: str = "value", second: float | None = None
) -> Quantity:
    return Quantity(span, value, parse_unit(code) if code else None, second=second, kind=kind)


def _fixed(folded: str) -> Iterator[Quantity]:
    for pattern, value, code, kind in _FIXED:
        for m in pattern.finditer(folded):
            yield _q(Span(m.start(), m.end()), value, code, kind)


def _pairs(folded: str, numbers: list[NumberMatch]) -> list[Quantity]:
    """Numbers said one after the other: « quatre deux » (4,2), « zéro quatre-vingt-dix »
    (0,90), « un trente » (1,30), « treize huit » (13,8, or a pressure of 130/80 mmHg),
    « quatorze deux sur huit » (142/80 mmHg), « treize sur huit »."""
    found: list[Quantity] = []
    for k, (a, b) in enumerate(itertools.pairwise(numbers)):
        if a.written != "words" or b.written != "words" or a.value != int(a.value):
            continue
        span = Span(a.span.start, b.span.end)
        if _PAIR_GAP.fullmatch(folded, a.span.end, b.span.start):
            if 0 <= b.value < 10:
                found.append(_q(span, a.value + b.value / 10, None))
            elif 10 <= b.value < 100 and a.value < 10:
                found.append(_q(span, a.value + b.value / 100, None))
            if 9 <= a.value <= 25 and 4 <= b.value <= 15 and a.value > b.value:
                found.append(_q(span, a.value * 10, "mmhg", "bp", second=b.value * 10))
            c = numbers[k + 2] if k + 2 < len(numbers) else None
            if c is not None and b.value < 10 and _OVER.fullmatch(folded, b.span.end, c.span.start):
                systolic = a.value * 10 + b.value  # « quatorze deux sur huit »
                found.append(_q(Span(a.span.start, c.span.end), systolic, "mmhg", "bp",
                                second=c.value * 10))  # fmt: skip
        elif _OVER.fullmatch(folded, a.span.end, b.span.start) and 9 <= a.value <= 25:
            found.append(_q(span, a.value * 10, "mmhg", "bp", second=b.value * 10))
    return found


def _compounds(folded: str, numbers: list[NumberMatch]) -> list[Quantity]:
    """A number, a unit, a number: « 1 m 65 », « un mètre soixante-cinq » (1,65 m), « un gramme
    quatre-vingt-cinq » (1,85 g), « 3 kg 200 » (3,2 kg); « huit heures trente » (8 h 30),
    « huit heures et demie », « un an et demi » (18 mois)."""
    found: list[Quantity] = []
    units = unit_regex()
    for a, b in zip(numbers, [*numbers[1:], None], strict=False):
        after = a.span.end
        half = _HOUR_HALF.match(folded, after)
        if half:
            extra = 0.5 if half.group(1) == "demie" else 0.25
            span = Span(a.span.start, half.end())
            found.append(_q(span, a.value + extra, "h", "clock"))
            found.append(_q(span, a.value + extra, "h"))
            continue
        year = _YEAR_HALF.match(folded, after)
        if year:
            unit = "an" if year.group(1).startswith(("an", "annee")) else year.group(1)
            found.append(_q(Span(a.span.start, year.end()), a.value + 0.5, unit))
            continue
        if b is None or b.value != int(b.value) or not 0 <= b.value < 1000:
            continue
        hour = _HOUR.fullmatch(folded, after, b.span.start)
        if hour is not None and b.value < 60:
            span = Span(a.span.start, b.span.end)
            found.append(_q(span, a.value + b.value / 60, "h", "clock"))
            found.append(
                _q(span, a.value + b.value / 60, "h")
            )  # « une heure trente »: a duration too
            continue
        gap = _GAP.match(folded, after)
        unit = units.match(folded, gap.end() if gap else after)
        if unit is None or not _GAP.fullmatch(folded, unit.end(), b.span.start):
            continue
        parsed = parse_unit(unit.group())
        if parsed is None or parsed.dimension == "time":
            continue
        value = a.value + b.value / 10 ** len(f"{int(b.value)}")
        found.append(Quantity(Span(a.span.start, b.span.end), value, parsed))
    return found


def _bare_words(numbers: list[NumberMatch], stated: list[Quantity]) -> list[Quantity]:
    """Numbers said in words without a unit (« la créat à cent soixante-dix »): the written
    reading skips them (« un », « deux » are mostly articles); kept here as bare values."""
    taken = [q.span for q in stated]
    return [
        _q(n.span, n.value, None)
        for n in numbers
        if n.written == "words"
        and (n.value >= 10 or n.value != int(n.value))  # « un », « deux » are mostly articles
        and not any(n.span.overlaps(t) for t in taken)
    ]


_PRESSURE_LABEL = re.compile(r"\b(?:tension|ta|pa|pression)\b[^.\n\d]{0,20}$")


def _systolic_alone(
    folded: str, numbers: list[NumberMatch], stated: list[Quantity]
) -> list[Quantity]:
    """« 12/7, parfois 13 »: a lone systolic pressure in cmHg after a pressure."""
    found: list[Quantity] = []
    pressures = [q for q in stated if q.kind == "bp"]
    for n in numbers:
        if not 9 <= n.value <= 25 or any(n.span.overlaps(q.span) for q in pressures):
            continue
        before = [q for q in pressures if 0 <= n.span.start - q.span.end <= 60]
        if before and _BP_AFTER.match(folded, before[-1].span.end, n.span.start):
            found.append(_q(n.span, n.value * 10, "mmhg"))
        elif n.written == "words" and _PRESSURE_LABEL.search(
            folded, max(0, n.span.start - 30), n.span.start
        ):
            found.append(_q(n.span, n.value * 10, "mmhg"))  # « la tension à quatorze »
    return found
