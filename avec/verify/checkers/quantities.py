"""Numbers and units: a value changed, a value with no basis in the source, a unit change that
alters magnitude (mg→µg, UI→mg), a changed administration frequency."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from avec.clinical.quantities import Quantity
from avec.clinical.units import same_magnitude
from avec.verify.document import Analysis, Pair, same_anchor
from avec.verify.finding import Finding, Severity

CHECK = "quantities"


def _is_dose(q: Quantity) -> bool:
    return q.unit is not None and q.unit.is_dose()


def _counts(q: Quantity) -> bool:
    return q.unit is not None and q.unit.base_dimension.startswith("count:")


def _once_daily(a: Quantity, b: Quantity) -> bool:
    """'75 mg/j' and '75 mg' name the same once-daily dose."""
    if a.unit is None or b.unit is None or a.raw_numbers() != b.raw_numbers():
        return False
    ua, ub = a.unit, b.unit
    if ua.base_dimension != ub.base_dimension or (ua.per_time() is None) == (ub.per_time() is None):
        return False
    rate, amount = (ua, ub) if ua.per_time() is not None else (ub, ua)
    return rate.per_time() == 86400.0 and rate.code.split("/")[0] == amount.code


def _unit_swapped(s: Quantity, q: Quantity) -> bool:
    """Same number, a dose unit of another magnitude or kind: mg→µg, mL→L, UI→mg."""
    if s.unit is None or q.unit is None or s.raw_numbers() != q.raw_numbers():
        return False
    if _counts(s) or _counts(q) or not (s.unit.is_dose() and q.unit.is_dose()):
        return False
    return not same_magnitude(s.unit, q.unit)


def _numbered_item(a: Analysis, q: Quantity) -> bool:
    """A list number ("1. ", "2) ") or a bare number glued to a word, not a clinical value."""
    line_start = a.text.rfind("\n", 0, q.span.start) + 1
    nxt = a.text[q.span.end : q.span.end + 1]
    return a.text[line_start : q.span.start].strip() == "" and nxt in (".", ")")


class QuantityChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Valeurs numériques, unités et fréquences"

    def check(self, pair: Pair) -> Iterator[Finding]:
        src_numbers = {round(n.value, 6) for n in pair.source.numbers}
        src_numbers |= {round(v, 6) for q in pair.source.quantities for v in q.raw_numbers()}
        for q in pair.output.quantities:
            if q.kind == "value" and q.unit is None:
                yield from self._bare(pair, q, src_numbers)
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
            same = [s for s in pair.source.quantities if s.anchor == q.anchor]
            if any(round(s.value, 6) == round(q.value, 6) for s in same):
                return
            if same:
                s = same[0]
                yield self._finding(
                    pair,
                    q,
                    s,
                    "value_changed",
                    Severity.WARNING,
                    f"Valeur modifiée : « {written} » alors que la source indique "
                    f"« {s.span.of(pair.source.text)} ».",
                    f"Reprendre la valeur de la source : {s.span.of(pair.source.text)}.",
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
            f"Le nombre « {written} » ne figure pas dans la source.",
            "Vérifier ce nombre ou le supprimer s'il n'a pas de base dans la source.",
        )

    def _with_unit(self, pair: Pair, q: Quantity, src_numbers: set[float]) -> Iterator[Finding]:
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
            and (_is_dose(q) or (q.anchor or "").startswith("measure:"))
        ]
        if (
            any(s.same_value(q) for s in comparable)
            or (not comparable and any(s.raw_numbers() == q.raw_numbers() for s in unitless))
            or any(_once_daily(s, q) for s in anchored)
            or self._derivable(pair, q, anchored)
        ):
            return
        if any(s.anchor is None and s.same_value(q) for s in src.quantities):
            return  # the source states this value without naming what it belongs to
        if comparable or unitless:
            # The source gives this drug or measure a value, and it is not this one.
            swapped = [s for s in anchored if _unit_swapped(s, q)]
            if swapped:
                yield self._unit_finding(pair, q, swapped[0])
                return
            s = min(comparable or unitless, key=lambda s: abs(s.span.start - q.span.start))
            severity = Severity.ERROR if _is_dose(q) or q.kind == "bp" else Severity.WARNING
            yield self._finding(
                pair,
                q,
                s,
                "value_changed",
                severity,
                f"Valeur modifiée : « {written} » alors que la source indique « {s.span.of(src.text)} ».",
                f"Reprendre la valeur de la source : {s.span.of(src.text)}.",
            )
            return
        if any(s.same_value(q) for s in src.quantities):
            return  # present in the source, attached to another word: accepted
        swapped = [s for s in src.quantities if s.kind == q.kind and _unit_swapped(s, q)]
        if swapped:
            yield self._unit_finding(pair, q, swapped[0])
            return
        if _is_dose(q) and not _counts(q):
            # a dose said without its unit in a transcript ("l'Imigrane… le 50"): oral doses are
            # spoken in mg or µg; "50 g" or "50 mL" still need a written basis
            bare = {
                round(s.value, 6) for s in src.quantities if s.unit is None and s.kind == "value"
            }
            assert q.unit is not None
            if q.unit.code in ("mg", "ug") and all(round(v, 6) in bare for v in q.raw_numbers()):
                return
        elif all(round(v, 6) in src_numbers for v in q.raw_numbers()):
            return  # the number is in the source, written another way ("huit, neuf jours")
        severity = Severity.ERROR if _is_dose(q) and not _counts(q) else Severity.WARNING
        yield self._finding(
            pair,
            q,
            None,
            "unsupported_value",
            severity,
            f"La valeur « {written} » n'a pas de base dans la source.",
            "Vérifier cette valeur dans le dossier ou la supprimer.",
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
            f"L'horaire « {q.span.of(pair.output.text)} » ne figure pas dans la source.",
            "Vérifier cet horaire dans le dossier.",
        )

    def _unit_finding(self, pair: Pair, q: Quantity, s: Quantity) -> Finding:
        src = pair.source
        return self._finding(
            pair,
            q,
            s,
            "unit_magnitude",
            Severity.ERROR,
            f"Unité modifiée : « {q.span.of(pair.output.text)} » alors que la source indique "
            f"« {s.span.of(src.text)} » — l'ordre de grandeur change.",
            f"Reprendre l'unité de la source : {s.span.of(src.text)}.",
        )

    def _derivable(self, pair: Pair, q: Quantity, anchored: list[Quantity]) -> bool:
        """'1 g x3/j' in the source supports '3 g/j' in the output (and the reverse)."""
        if q.unit is None or not _is_dose(q):
            return False
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
        src_freqs = src.dosed_frequencies
        for f, drug in out.dosed_frequencies:
            if drug is None:
                continue
            same = [
                sf
                for sf, d in src_freqs
                if d is not None and same_anchor(lex, "drug:" + d.key, "drug:" + drug.key)
            ]
            if not same or any(abs(sf.per_day - f.per_day) < 1e-6 for sf in same):
                continue
            sf = same[0]
            yield Finding(
                CHECK,
                "frequency_changed",
                Severity.ERROR,
                f.span,
                sf.span,
                f"Fréquence modifiée pour {drug.span.of(out.text)} : « {f.span.of(out.text)} » "
                f"({f.describe()}) alors que la source indique « {sf.span.of(src.text)} » "
                f"({sf.describe()}).",
                f"Reprendre la fréquence de la source : {sf.span.of(src.text)}.",
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
