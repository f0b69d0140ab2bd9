"""How two quantities are compared: the rules shared by the value and frequency checks
(same dose said another way, a unit of another magnitude, a value aligned by context…)."""

from __future__ import annotations

import re

from avec.clinical.doses import usual_unit
from avec.clinical.drugs import DrugMention
from avec.clinical.posology import Frequency
from avec.clinical.quantities import Quantity
from avec.clinical.units import parse_unit, same_magnitude
from avec.text.clauses import by_clause
from avec.verify.document import Analysis, Pair


def is_dose(q: Quantity) -> bool:
    return q.unit is not None and q.unit.is_dose()


def is_count(q: Quantity) -> bool:
    return q.unit is not None and q.unit.base_dimension.startswith("count:")


def once_daily(a: Quantity, b: Quantity) -> bool:
    """'75 mg/j' and '75 mg' name the same once-a-day dose ('100 000 UI par mois' and a monthly
    '100 000 UI' alike): the amount of one period."""
    if a.unit is None or b.unit is None or a.raw_numbers() != b.raw_numbers():
        return False
    ua, ub = a.unit, b.unit
    if ua.base_dimension != ub.base_dimension or (ua.per_time() is None) == (ub.per_time() is None):
        return False
    rate, amount = (ua, ub) if ua.per_time() is not None else (ub, ua)
    return rate.code.split("/")[0] == amount.code


def posologies(a: Analysis) -> list[tuple[Frequency, DrugMention | None]]:
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


def unit_swapped(s: Quantity, q: Quantity) -> bool:
    """Same number, a dose unit of another magnitude or kind: mg→µg, mL→L, UI→mg."""
    if s.unit is None or q.unit is None or s.raw_numbers() != q.raw_numbers():
        return False
    if is_count(s) or is_count(q) or not (s.unit.is_dose() and q.unit.is_dose()):
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


def said_without_unit(q: Quantity, spoken: set[float], micro: bool = False) -> bool:
    """'le Doliprane 1000' supports '1000 mg' and '1 g' (oral doses are spoken in mg, in µg for
    the drugs dosed so: 'le Lévothyrox 75'); 'pouls de 72 à 80' supports '72 à 80/min'."""
    if q.unit is not None and q.unit.dimension == "mass":
        spoken_unit = 1e-6 if micro else 1e-3
        amount = q.normalized()[0] / spoken_unit
        return any(abs(v - amount) < 1e-6 * max(v, 1) for v in spoken)
    return all(round(v, 6) in spoken for v in q.raw_numbers())


def concentration_said(s: Quantity, q: Quantity) -> bool:
    """« deux grammes » of LDL supports « LDL 2 g/L », « cent vingt micromoles » of creatinine
    « 120 µmol/L »: the analyte implies the volume a spoken amount is per."""
    if s.unit is None or q.unit is None or s.raw_numbers() != q.raw_numbers():
        return False
    head, _, per = q.unit.code.partition("/")
    return bool(per) and q.unit.dimension.endswith("/volume") and s.unit.code == head


def said_in_clause(pair: Pair, q: Quantity) -> bool:
    """The number of `q` is said, bare or in words, in the source clause its clause comes from
    (« le Lasilix, quarante le matin » for « furosémide 40 mg le matin », « CRP inférieure à
    cinq » for « CRP < 5 mg/L », « mille le matin et mille le soir » for « 2 g/j »): the unit
    was implied by the speaker. A dose said without its unit is in mg (« le 40 » is not 40 g)."""
    link = pair.alignment.link_of(q.span)
    if link is None or not link.sources or (q.unit is None and q.kind != "value"):
        return False
    src = pair.source
    # a number that is something else (a value with its unit, a frequency, a date) says no dose
    taken = [s.span for s in src.quantities if s.unit is not None]
    taken += [f.span for f in src.frequencies] + [d.span for d in src.dates]
    found = {
        (n.span, round(n.value, 6))
        for clause in link.sources
        for n in src.numbers
        if clause.span.contains(n.span) and not any(n.span.overlaps(t) for t in taken)
    }
    found |= {  # readings of spoken values (« zéro soixante-dix » is 0,70)
        (s.span, round(s.value, 6))
        for clause in link.sources
        for s in src.quantities
        if s.unit is None and s.kind == "value" and clause.span.contains(s.span)
    }
    said = [v for _, v in found]
    if q.unit is not None and is_dose(q) and q.unit.dimension in ("mass", "mass/time"):
        head = parse_unit(q.unit.code.split("/")[0].replace("ug", "µg"))
        if head is None:
            return False
        in_mg = {round(v * head.factor / 1e-3, 6) for v in q.raw_numbers()}
        whole = [
            v for span, v in found if not any(o.contains(span) and o != span for o, _ in found)
        ]
        return in_mg <= set(said) or (len(in_mg) == 1 and round(sum(whole), 6) in in_mg)
    return {round(v, 6) for v in q.raw_numbers()} <= set(said)


_REFERENCE = re.compile(
    r"\b(?:normale?s?|norme|reference|habituellement|en general|chez l'adulte)\b"
)


def reference_range(pair: Pair, q: Quantity) -> bool:
    """A leaflet's reference range (« la normale est entre 3,5 et 5 mmol/L »): general knowledge
    a model adds, not a value about the patient."""
    if pair.use_case != "patient_leaflet":
        return False
    link = pair.alignment.link_of(q.span)
    clause = link.output.span if link else q.span
    return _REFERENCE.search(pair.output.folded, clause.start, clause.end) is not None


CONTEXT_MIN_SHARED = 3  # content words a value's clause must share with its source counterpart


def context_counterpart(pair: Pair, q: Quantity) -> Quantity | None:
    """The source value that is about the same thing as `q` by the words around it (“consultation
    de neurologie dans 4 mois” for “… dans 1 mois”), when it differs from `q`; else None."""
    mine = pair.output.context_of(q.span)
    if len(mine) < CONTEXT_MIN_SHARED:
        return None
    # the values of the source clauses it was aligned with (not every value of the source: the
    # cost stays linear, and a value elsewhere is about something else)
    link = pair.alignment.link_of(q.span)
    candidates = [s for c in link.sources for s in pair.source.quantities_in(c)] if link else []
    scored = [
        (len(mine & pair.source.context_of(s.span)), s)
        for s in candidates
        if s.kind == q.kind and s.dimension == q.dimension
    ]
    if not scored:
        return None
    best = max(score for score, _ in scored)
    if best < CONTEXT_MIN_SHARED:
        return None
    tops = [s for score, s in scored if score == best]
    same = [s for s in pair.source.quantities if s.same_value(q) or once_daily(s, q)]
    if any(len(mine & pair.source.context_of(s.span)) >= 1 or _alone(pair.source, s) for s in same):
        return None  # the same value is stated in a related context, or alone (« 91 ans. »)
    if len(tops) > 1:
        return None  # two equally close candidates: not sure which one it paraphrases
    if q.high is not None and each_bound_stated(q, pair.source.quantities):
        return None
    return tops[0]


def dosed_in_micrograms(pair: Pair, q: Quantity) -> bool:
    """The drug of this dose is dosed in µg in the dose table (lévothyroxine, fentanyl…)."""
    if not q.anchor or not q.anchor.startswith("drug:"):
        return False
    entry = pair.lexicon.entries.get(q.anchor[5:])
    return entry is not None and usual_unit(entry) == "ug"


def _alone(a: Analysis, q: Quantity) -> bool:
    """The value is all its clause says (« Fils : Quatre-vingt-onze ans. »): an answer."""
    (k,) = by_clause([q.span.start], a.clauses)
    if k < 0 or not a.clauses[k].span.contains(q.span):
        return False
    span = a.clauses[k].span
    rest = a.folded[span.start : q.span.start] + a.folded[q.span.end : span.end]
    return not re.search(r"[a-z]{3,}", rest)


def each_bound_stated(q: Quantity, source: list[Quantity]) -> bool:
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


def numbered_item(a: Analysis, q: Quantity) -> bool:
    """A list number ("1. ", "2) ") or a bare number glued to a word, not a clinical value."""
    line_start = a.text.rfind("\n", 0, q.span.start) + 1
    nxt = a.text[q.span.end : q.span.end + 1]
    return a.text[line_start : q.span.start].strip() == "" and nxt in (".", ")")
