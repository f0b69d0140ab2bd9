"""Numbers and units: a value changed, a value with no basis in the source, a unit change that
alters magnitude (mg→µg, UI→mg), a changed administration frequency."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from avec.clinical.doses import usual_unit
from avec.clinical.drugs import DrugMention
from avec.clinical.posology import Frequency
from avec.clinical.quantities import Quantity
from avec.clinical.units import same_magnitude
from avec.verify.document import Analysis, Pair, same_anchor
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain

CHECK = "quantities"


def _is_dose(q: Quantity) -> bool:
    return q.unit is not None and q.unit.is_dose()


def _counts(q: Quantity) -> bool:
    return q.unit is not None and q.unit.base_dimension.startswith("count:")


def _once_daily(a: Quantity, b: Quantity) -> bool:
    """'75 mg/j' and '75 mg' name the same once-a-day dose ('100 000 UI par mois' and a monthly
    '100 000 UI' alike): the amount of one period."""
    if a.unit is None or b.unit is None or a.raw_numbers() != b.raw_numbers():
        return False
    ua, ub = a.unit, b.unit
    if ua.base_dimension != ub.base_dimension or (ua.per_time() is None) == (ub.per_time() is None):
        return False
    rate, amount = (ua, ub) if ua.per_time() is not None else (ub, ua)
    return rate.code.split("/")[0] == amount.code


def _posologies(a: Analysis) -> list[tuple[Frequency, DrugMention | None]]:
    """Frequencies with their drug, plus the implicit ones of "1 cp/j", "1 patch par jour"."""
    found = list(a.dosed_frequencies)
    for q in a.quantities:
        if q.unit is None or not q.anchor or not q.anchor.startswith("drug:") or q.value != 1:
            continue
        period = q.unit.per_time()
        if period and q.unit.base_dimension.startswith("count:"):
            drug = next(
                (d for d in a.drugs if "drug:" + d.key == q.anchor and d.span.end <= q.span.start),
                None,
            )
            if drug is not None and not any(f.span.overlaps(q.span) for f, _ in found):
                found.append((Frequency(q.span, 86400 / period), drug))
    found.sort(key=lambda fd: fd[0].span.start)
    return found


def _unit_swapped(s: Quantity, q: Quantity) -> bool:
    """Same number, a dose unit of another magnitude or kind: mg→µg, mL→L, UI→mg."""
    if s.unit is None or q.unit is None or s.raw_numbers() != q.raw_numbers():
        return False
    if _counts(s) or _counts(q) or not (s.unit.is_dose() and q.unit.is_dose()):
        return False
    if s.unit.code.split("/")[0] == q.unit.code.split("/")[0]:
        return False  # "un litre" vs "un litre par jour": same unit, a rate or an amount
    kinds = {s.unit.base_dimension, q.unit.base_dimension}
    if len(kinds) == 2 and kinds not in (
        {"iu", "mass"},
        {"amount", "mass"},
        {"equivalents", "amount"},
    ):
        return False  # a volume is not a mistyped mass
    return not same_magnitude(s.unit, q.unit)


def _said_without_unit(q: Quantity, spoken: set[float], micro: bool = False) -> bool:
    """'le Doliprane 1000' supports '1000 mg' and '1 g' (oral doses are spoken in mg, in µg for
    the drugs dosed so: 'le Lévothyrox 75'); 'pouls de 72 à 80' supports '72 à 80/min'."""
    if q.unit is not None and q.unit.base_dimension == "mass":
        if q.unit.per_time() is not None:
            return False
        spoken_unit = 1e-6 if micro else 1e-3
        amount = q.normalized()[0] / spoken_unit
        return any(abs(v - amount) < 1e-6 * max(v, 1) for v in spoken)
    return all(round(v, 6) in spoken for v in q.raw_numbers())


CONTEXT_MIN_SHARED = 3  # content words a value's clause must share with its source counterpart


def _context_counterpart(pair: Pair, q: Quantity) -> Quantity | None:
    """The source value that is about the same thing as `q` by the words around it (“consultation
    de neurologie dans 4 mois” for “… dans 1 mois”), when it differs from `q`; else None."""
    mine = pair.output.context_of(q.span)
    if len(mine) < CONTEXT_MIN_SHARED:
        return None
    scored = [
        (len(mine & pair.source.context_of(s.span)), s)
        for s in pair.source.quantities
        if s.kind == q.kind and s.dimension == q.dimension
    ]
    if not scored:
        return None
    best = max(score for score, _ in scored)
    if best < CONTEXT_MIN_SHARED:
        return None
    tops = [s for score, s in scored if score == best]
    if any((s.same_value(q) or _once_daily(s, q)) and score >= 1 for score, s in scored):
        return None  # the same value is stated in a related context too
    if len(tops) > 1:
        return None  # two equally close candidates: not sure which one it paraphrases
    if q.high is not None and _each_bound_stated(q, pair.source.quantities):
        return None
    return tops[0]


def _dosed_in_micrograms(pair: Pair, q: Quantity) -> bool:
    """The drug of this dose is dosed in µg in the dose table (lévothyroxine, fentanyl…)."""
    if not q.anchor or not q.anchor.startswith("drug:"):
        return False
    entry = pair.lexicon.entries.get(q.anchor[5:])
    return entry is not None and usual_unit(entry) == "ug"


def _each_bound_stated(q: Quantity, source: list[Quantity]) -> bool:
    """'FC de 132 à 78/min' when the source gives 132/min at entry and 78/min at discharge, or
    'pouls de 72 à 80/min' when a transcript says 'le pouls passe de 72 à 80'."""
    if q.high is None or q.unit is None:
        return False
    f = q.unit.factor
    values = {
        round(s.normalized()[0], 9) for s in source if s.dimension == q.dimension and s.high is None
    }
    bare = {round(s.value, 6) for s in source if s.unit is None and s.kind == "value"}
    return all(round(v * f, 9) in values or round(v, 6) in bare for v in (q.value, q.high))


def _numbered_item(a: Analysis, q: Quantity) -> bool:
    """A list number ("1. ", "2) ") or a bare number glued to a word, not a clinical value."""
    line_start = a.text.rfind("\n", 0, q.span.start) + 1
    nxt = a.text[q.span.end : q.span.end + 1]
    return a.text[line_start : q.span.start].strip() == "" and nxt in (".", ")")


class QuantityChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Valeurs numériques, unités et fréquences"

    def check(self, pair: Pair) -> Iterator[Finding]:
        src = pair.source
        all_numbers = {round(n.value, 6) for n in src.numbers}
        not_values = [d.span for d in src.dates] + [c.span for c in src.citations]
        src_numbers = {
            round(n.value, 6)
            for n in src.numbers
            if not any(n.span.overlaps(x) for x in not_values)
        }
        src_numbers |= {round(v, 6) for q in pair.source.quantities for v in q.raw_numbers()}
        for q in pair.output.quantities:
            if q.kind == "value" and q.unit is None:
                yield from self._bare(pair, q, all_numbers)  # "du 7 au 12" may be dates
            else:
                yield from self._with_unit(pair, q, src_numbers)
        yield from self._frequencies(pair)

    # -- values -----------------------------------------------------------------------------
    def _bare(self, pair: Pair, q: Quantity, src_numbers: set[float]) -> Iterator[Finding]:
        out = pair.output
        if _numbered_item(out, q):
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
        anchored = [
            s for s in src.quantities if s.kind == q.kind and same_anchor(lex, s.anchor, q.anchor)
        ]
        comparable = [s for s in anchored if s.dimension == q.dimension]
        # In transcripts a dose or a measure is often said without its unit: "le Doliprane 1000".
        unitless = [
            s
            for s in anchored
            if s.unit is None
            and s.kind == "value"
            and ((_is_dose(q) and not _counts(q)) or (q.anchor or "").startswith("measure:"))
        ]
        micro = _dosed_in_micrograms(pair, q)
        spoken = {round(s.value, 6) for s in unitless}
        # 1. Supported by the source values of the same drug or measure.
        if (
            any(s.same_value(q) for s in comparable)
            or (not comparable and _said_without_unit(q, spoken, micro))
            or _each_bound_stated(q, src.quantities)
            or any(_once_daily(s, q) for s in anchored)
            or self._derivable(pair, q, anchored)
        ):
            return
        # 2. Same number, unit of another magnitude for the same drug: mg → µg.
        swapped = [s for s in anchored if _unit_swapped(s, q)]
        if swapped:
            yield self._unit_finding(pair, q, swapped[0])
            return
        # 3. A source value about the same thing by its context, and a different one.
        counterpart = None if comparable else _context_counterpart(pair, q)
        if counterpart is not None:
            yield self._finding(
                pair,
                q,
                counterpart,
                "value_changed",
                Severity.ERROR if _is_dose(q) else Severity.WARNING,
                *explain(
                    "quantities.value_changed_context",
                    written=written,
                    source=counterpart.span.of(src.text),
                ),
            )
            return
        # 4. Stated elsewhere without a label, or a duration/measure stated anywhere: accepted.
        if any(
            s.anchor is None and (s.same_value(q) or _once_daily(s, q)) for s in src.quantities
        ) or (not _is_dose(q) and any(s.same_value(q) for s in src.quantities)):
            return
        # 5. The source gives this drug or measure another value.
        if comparable or unitless:
            s = min(comparable or unitless, key=lambda s: abs(s.span.start - q.span.start))
            severity = Severity.ERROR if _is_dose(q) or q.kind == "bp" else Severity.WARNING
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
            if s.kind == q.kind and s.anchor is None and _unit_swapped(s, q)
        ]
        if swapped:
            yield self._unit_finding(pair, q, swapped[0])
            return
        # 6. Written another way: a dose said without unit, a number in words.
        if _is_dose(q) and not _counts(q):
            bare = {
                round(s.value, 6) for s in src.quantities if s.unit is None and s.kind == "value"
            }
            if _said_without_unit(q, bare, micro):
                return
        elif all(round(v, 6) in src_numbers for v in q.raw_numbers()):
            return  # "8 à 9 jours" for "huit, neuf jours"
        severity = Severity.ERROR if _is_dose(q) and not _counts(q) else Severity.WARNING
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
        if q.unit is None or not _is_dose(q):
            return False
        if q.unit.base_dimension == "mass" and q.unit.per_time() is None:
            strengths = [s for s in anchored if s.unit is not None and s.unit.dimension == "mass"]
            counts = [
                s.value for s in anchored if s.unit is not None and _counts(s) and s.high is None
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
        for s in anchored:
            if s.unit is None or s.unit.base_dimension != q.unit.base_dimension:
                continue
            s_period = s.unit.per_time()
            for per_day in freqs:
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
        src_freqs = _posologies(src)
        out_freqs = _posologies(out)
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
