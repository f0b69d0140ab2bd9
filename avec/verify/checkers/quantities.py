"""Numbers and units: a value changed, a value with no basis in the source, a unit change that
alters magnitude (mg→µg, UI→mg), a changed administration frequency."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import ClassVar

from avec.clinical.quantities import Quantity
from avec.text.span import Coverage, Span
from avec.verify.document import Pair, same_anchor
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain
from avec.verify.values import (
    concentration_said,
    context_counterpart,
    dosed_in_micrograms,
    each_bound_stated,
    is_count,
    is_dose,
    numbered_item,
    once_daily,
    posologies,
    reference_range,
    said_in_clause,
    said_without_unit,
    unit_swapped,
)

CHECK = "quantities"
_ENGLISH_THOUSANDS = re.compile(r"(?<![\d,.])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])")


def _outside(spans: list[Span], length: int) -> Callable[[Span], bool]:
    """A test: does a span overlap none of `spans`? Their characters are marked once instead of
    a pass over every span for every number (an empty span overlaps by the definition only)."""
    covered = Coverage(max([length, *(s.end for s in spans)]))
    for s in spans:
        covered.take(s)
    empty = any(len(s) == 0 for s in spans)

    def outside(span: Span) -> bool:
        if empty or len(span) == 0:
            return not any(span.overlaps(s) for s in spans)
        return covered.free(span)

    return outside


_DENOMINATOR = re.compile(r"/\s*$")


def _denominator(folded: str, q: Quantity) -> bool:
    return _DENOMINATOR.search(folded, max(0, q.span.start - 3), q.span.start) is not None


def _body_mass_index(said: list[Quantity], value: float) -> bool:
    weights = [q.normalized()[0] / 1000 for q in said if q.unit and q.unit.dimension == "mass"]
    heights = [q.normalized()[0] for q in said if q.unit and q.unit.dimension == "length"]
    return any(
        abs(w / h**2 - value) <= 0.5
        for w in weights
        if 20 <= w <= 300
        for h in heights
        if 0.4 <= h <= 2.5
    )


_DAILY = re.compile(r"\b(?:par jour|/\s*j|/\s*24\s*h|quotidien\w*|total|soit)\b", re.IGNORECASE)


def _daily_total(text: str, span: Span) -> bool:
    """A daily amount: « soit 3 g par jour », or a table whose header says « Total par jour »."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    if _DAILY.search(line):
        return True
    if not line.lstrip().startswith("|"):
        return False
    pos = line_start  # up the table to its header
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start : pos - 1]
        if not prev.lstrip().startswith("|"):
            return False
        if _DAILY.search(prev):
            return True
        pos = prev_start
    return False


_TIME_OF_DAY = re.compile(r"\b(?:matin|midi|soir|coucher|nuit|apres-midi)\b")


def _times_of_day(folded: str, start: int, end: int) -> int:
    """Distinct times of day named between a drug and its last intake, in one sentence."""
    part = folded[start:end]
    if "\n" in part or ". " in part:
        return 0
    return len(set(_TIME_OF_DAY.findall(part)))


class QuantityChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Valeurs numériques, unités et fréquences"

    def check(self, pair: Pair) -> Iterator[Finding]:
        src = pair.source
        all_numbers = {round(n.value, 6) for n in src.numbers}
        not_values = [d.span for d in src.dates] + [c.span for c in src.citations]
        outside = _outside(not_values, len(src.text))
        src_numbers = {round(n.value, 6) for n in src.numbers if outside(n.span)}
        src_numbers |= {round(v, 6) for q in pair.source.quantities for v in q.raw_numbers()}
        # English abstracts group thousands with a comma: "1,036 patients" is 1 036, not 1.036.
        english = {float(m.group().replace(",", "")) for m in _ENGLISH_THOUSANDS.finditer(src.text)}
        all_numbers |= english
        src_numbers |= english
        shown: list[Span] = []
        for q in pair.output.quantities:
            if _denominator(pair.output.folded, q):
                continue  # « mL/min/1,73 m² »: part of a unit
            if q.kind == "value" and q.unit is None:
                found = self._bare(pair, q, all_numbers)  # "du 7 au 12" may be dates
            else:
                found = self._with_unit(pair, q, src_numbers)
            for f in found:
                if f.category != "unit_magnitude" and said_in_clause(pair, q):
                    continue  # « le Lasilix, quarante le matin » for « furosémide 40 mg »
                if f.category == "unsupported_value" and reference_range(pair, q):
                    f = replace(f, severity=Severity.INFO)  # « la normale est entre 3,5 et 5 »
                shown.append(q.span)
                yield f
        yield from self._frequencies(pair)
        # « revoir dans 3 semaines » → « revoir dans 3 mois »: same number, another unit of time
        for c in pair.contrasts:
            if c.kind == "duration" and not any(c.output_span.overlaps(s) for s in shown):
                shown.append(c.output_span)
                yield pair.contrast_finding(
                    c, CHECK, "duration_changed", Severity.ERROR, "quantities.duration_changed"
                )

    # -- values -----------------------------------------------------------------------------
    def _bare(self, pair: Pair, q: Quantity, src_numbers: set[float]) -> Iterator[Finding]:
        out = pair.output
        if numbered_item(out, q):
            return
        written = q.span.of(out.text)
        if q.anchor and q.anchor.startswith("measure:"):
            same = [s for s in pair.source.quantities if s.anchor == q.anchor and s.kind == "value"]
            if any(round(s.value, 6) == round(q.value, 6) for s in same):
                return
            if any(
                s.anchor is None and s.unit is None and round(s.value, 6) == round(q.value, 6)
                for s in pair.source.quantities
            ):
                return
            if same:
                s = same[0]
                yield self._finding(
                    pair,
                    q,
                    s,
                    "value_changed",
                    Severity.WARNING,
                    *explain(
                        "quantities.value_changed",
                        written=written,
                        source=s.span.of(pair.source.text),
                    ),
                )
                return
        if round(q.value, 6) in src_numbers:
            return
        yield self._finding(
            pair,
            q,
            None,
            "unsupported_value",
            Severity.WARNING,
            *explain("quantities.unsupported_number", written=written),
        )

    def _with_unit(self, pair: Pair, q: Quantity, src_numbers: set[float]) -> Iterator[Finding]:
        """A value with a unit, compared first with the source values of the same drug or
        measure, then with values about the same thing by context, then with any value."""
        src, out, lex = pair.source, pair.output, pair.lexicon
        written = q.span.of(out.text)
        if q.kind == "clock":
            yield from self._clock(pair, q)
            return
        anchored = (
            [
                s
                for anchor, values in src.quantities_by_anchor.items()
                if same_anchor(lex, anchor, q.anchor)
                for s in values
                if s.kind == q.kind
            ]
            if q.anchor is not None  # no anchor, nothing is the same drug or measure
            else []
        )
        comparable = [s for s in anchored if s.dimension == q.dimension]
        # In transcripts a dose or a measure is often said without its unit: "le Doliprane 1000".
        unitless = [
            s
            for s in anchored
            if s.unit is None
            and s.kind == "value"
            and ((is_dose(q) and not is_count(q)) or (q.anchor or "").startswith("measure:"))
        ]
        micro = dosed_in_micrograms(pair, q)
        spoken = {round(s.value, 6) for s in unitless}
        # 1. Supported by the source values of the same drug or measure.
        if (
            any(s.same_value(q) for s in comparable)
            or (not comparable and said_without_unit(q, spoken, micro))
            or each_bound_stated(q, src.quantities)
            or any(once_daily(s, q) or concentration_said(s, q) for s in anchored)
            or self._derivable(pair, q, anchored)
        ):
            return
        # 2. Same number, unit of another magnitude for the same drug: mg → µg.
        swapped = [s for s in anchored if unit_swapped(s, q)]
        if swapped:
            yield self._unit_finding(pair, q, swapped[0])
            return
        # 3. A source value about the same thing by its context, and a different one.
        counterpart = None if comparable else context_counterpart(pair, q)
        if counterpart is not None:
            yield self._finding(
                pair,
                q,
                counterpart,
                "value_changed",
                Severity.ERROR if is_dose(q) else Severity.WARNING,
                *explain(
                    "quantities.value_changed_context",
                    written=written,
                    source=counterpart.span.of(src.text),
                ),
            )
            return
        # 4. Stated elsewhere without a label, or a duration/measure stated anywhere: accepted.
        if any(
            s.anchor is None and (s.same_value(q) or once_daily(s, q)) for s in src.quantities
        ) or (
            not is_dose(q)
            and any(s.same_value(q) or concentration_said(s, q) for s in src.quantities)
        ):
            return
        if any(concentration_said(s, q) for s in src.quantities):
            return  # « un gramme soixante-dix » for a glycaemia of 1,70 g/L
        if (
            q.unit is not None
            and q.unit.code == "kg/m2"
            and _body_mass_index(src.quantities, q.value)
        ):
            return  # a BMI the note computed from the weight and the height said
        # 5. The source gives this drug or measure another value.
        if comparable or unitless:
            s = min(comparable or unitless, key=lambda s: abs(s.span.start - q.span.start))
            severity = Severity.ERROR if is_dose(q) or q.kind == "bp" else Severity.WARNING
            yield self._finding(
                pair,
                q,
                s,
                "value_changed",
                severity,
                *explain("quantities.value_changed", written=written, source=s.span.of(src.text)),
            )
            return
        if any(s.same_value(q) for s in src.quantities):
            return  # present in the source, attached to another word: accepted
        swapped = [
            s
            for s in src.quantities
            if s.kind == q.kind and s.anchor is None and unit_swapped(s, q)
        ]
        if swapped:
            yield self._unit_finding(pair, q, swapped[0])
            return
        # 6. Written another way: a dose said without unit, a number in words.
        if is_dose(q) and not is_count(q):
            bare = {
                round(s.value, 6) for s in src.quantities if s.unit is None and s.kind == "value"
            }
            if said_without_unit(q, bare, micro):
                return
        elif all(round(v, 6) in src_numbers for v in q.raw_numbers()):
            return  # "8 à 9 jours" for "huit, neuf jours"
        severity = Severity.ERROR if is_dose(q) and not is_count(q) else Severity.WARNING
        yield self._finding(
            pair,
            q,
            None,
            "unsupported_value",
            severity,
            *explain("quantities.unsupported_value", written=written),
        )

    def _clock(self, pair: Pair, q: Quantity) -> Iterator[Finding]:
        """A time of day ("à 8 h", "14h30") is supported by the same hour in any form."""
        for s in pair.source.quantities:
            hours = s.value if s.kind == "clock" else None
            if s.kind == "value" and s.unit is not None and s.unit.dimension == "time":
                hours = s.normalized()[0] / 3600
            if hours is not None and abs(hours - q.value) < 1e-6:
                return
        yield self._finding(
            pair,
            q,
            None,
            "unsupported_value",
            Severity.WARNING,
            *explain("quantities.unsupported_clock", written=q.span.of(pair.output.text)),
        )

    def _unit_finding(self, pair: Pair, q: Quantity, s: Quantity) -> Finding:
        src = pair.source
        return self._finding(
            pair,
            q,
            s,
            "unit_magnitude",
            Severity.ERROR,
            *explain(
                "quantities.unit_magnitude",
                written=q.span.of(pair.output.text),
                source=s.span.of(src.text),
            ),
        )

    def _derivable(self, pair: Pair, q: Quantity, anchored: list[Quantity]) -> bool:
        """'1 g x3/j' in the source supports '3 g/j' in the output (and the reverse);
        'paracétamol 500 mg : 2 gélules' supports 'paracétamol 1 g'."""
        if q.unit is None or not is_dose(q):
            return False
        if q.unit.base_dimension == "mass" and q.unit.per_time() is None:
            strengths = [s for s in anchored if s.unit is not None and s.unit.dimension == "mass"]
            counts = [
                s.value for s in anchored if s.unit is not None and is_count(s) and s.high is None
            ]
            for s in strengths:
                for n in counts:
                    if abs(s.normalized()[0] * n - q.normalized()[0]) <= 1e-9 * q.normalized()[0]:
                        return True
        freqs = [
            f.per_day
            for f, d in pair.source.dosed_frequencies
            if d is not None and same_anchor(pair.lexicon, "drug:" + d.key, q.anchor)
        ]
        q_period = q.unit.per_time()
        daily_total = q_period is None and _daily_total(pair.output.text, q.span)
        for s in anchored:
            if s.unit is None or s.unit.base_dimension != q.unit.base_dimension:
                continue
            s_period = s.unit.per_time()
            for per_day in freqs:
                if daily_total and not s_period:  # « Total par jour : 10 mg » for 5 mg x 2
                    daily = s.normalized()[0] * per_day
                    if abs(daily - q.normalized()[0]) <= 1e-6 * daily:
                        return True
                if q_period and not s_period:  # dose x frequency = daily amount
                    daily = s.normalized()[0] * per_day / 86400
                    if abs(daily - q.normalized()[0]) <= 1e-6 * daily:
                        return True
                if s_period and not q_period:
                    single = s.normalized()[0] * 86400 / per_day
                    if abs(single - q.normalized()[0]) <= 1e-6 * single:
                        return True
        return False

    # -- frequencies ------------------------------------------------------------------------
    def _frequencies(self, pair: Pair) -> Iterator[Finding]:
        src, out, lex = pair.source, pair.output, pair.lexicon
        src_freqs = posologies(src)
        out_freqs = posologies(out)
        for f, drug in out_freqs:
            if drug is None:
                continue
            key = "drug:" + drug.key
            same = [
                sf
                for sf, d in src_freqs
                if d is not None and same_anchor(lex, "drug:" + d.key, key)
            ]
            mine = [
                of
                for of, d in out_freqs
                if d is not None and same_anchor(lex, "drug:" + d.key, key)
            ]
            if len(same) > 1 and len(same) == len(mine):
                # "matin et soir pendant 4 semaines, puis le matin": compare step by step
                same = [same[mine.index(f)]]
            if not same or any(abs(sf.per_day - f.per_day) < 1e-6 for sf in same):
                continue
            # « 5 mL le matin et 5 mL le soir » for « 5 mL matin et soir »: one dose per intake
            intakes = _times_of_day(out.folded, drug.span.end, f.span.end)
            if intakes > 1 and any(abs(sf.per_day - intakes) < 1e-6 for sf in same):
                continue
            sf = same[0]
            yield Finding(
                CHECK,
                "frequency_changed",
                Severity.ERROR,
                f.span,
                sf.span,
                *explain(
                    "quantities.frequency_changed",
                    drug=drug.span.of(out.text),
                    written=f.span.of(out.text),
                    written_rate=f.describe(),
                    source=sf.span.of(src.text),
                    source_rate=sf.describe(),
                ),
                sf.span.of(src.text),
            )

    @staticmethod
    def _finding(
        pair: Pair,
        q: Quantity,
        s: Quantity | None,
        category: str,
        severity: Severity,
        message: str,
        suggestion: str,
    ) -> Finding:
        return Finding(
            CHECK,
            category,
            severity,
            q.span,
            s.span if s else None,
            message,
            suggestion,
            s.span.of(pair.source.text) if s else "",
        )
