"""Omissions that matter: a statement of the source with clinical content that the output dropped.

A source clause counts when the use case must keep what it says (`data/omissions.toml`): a
result or a vital sign, a pertinent negative (« pas de fièvre », « — Des migraines ? — Non. »),
an allergy, an instruction, a symptom with its duration. It is *dropped* when the output states
none of it anywhere: not the measure nor its value, not the denied finding, not the allergen,
not the instruction's words. A placeholder sent to the model (« [NOM_2] ») and missing from its
answer is reported too: the clinical content around it is often gone with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, TypeVar

from avec.clinical.quantities import Quantity
from avec.text.assertion import INSTRUCTION, NEGATED
from avec.text.clauses import Clause, by_clause
from avec.text.phrases import phrase_pattern
from avec.text.span import Span
from avec.verify.alignment import stem
from avec.verify.contrasts import clause_quote
from avec.verify.document import Analysis, Pair
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain
from avec.verify.resources import load_toml

CHECK = "omissions"
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")


def _table() -> dict[str, Any]:
    return load_toml("omissions.toml")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cues = _table()["cues"]
    return {
        kind: phrase_pattern(cues[kind]) for kind in ("instruction", "duration", "allergy", "event")
    }


@cache
def _generic() -> frozenset[str]:
    return frozenset(stem(w) for w in _table()["generic"]["words"])


@dataclass(frozen=True, slots=True)
class Statement:
    kind: str  # result | negative_result | negative | allergy | instruction | symptom | event
    clause: Clause
    span: Span  # what is dropped, in the source
    needles: frozenset[str]  # anchors (stems, numbers, concepts), any of which keeps it


class OmissionChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Omissions"

    def check(self, pair: Pair) -> Iterator[Finding]:
        yield from self._placeholders(pair)
        kinds = _table()["use_cases"].get(pair.use_case or "", [])
        if not kinds:
            return
        al = pair.alignment
        kept = al.output_anchor_set | _synonyms_of(pair)
        reported: set[int] = set()
        for s in _statements(pair):
            kind = "result" if s.kind == "negative_result" else s.kind
            if kind not in kinds or s.clause.index in reported or _kept(s, kept):
                continue
            reported.add(s.clause.index)
            src = pair.source.text
            said = " ".join(s.span.of(src).split())
            yield Finding(
                CHECK, "statement_omitted", Severity.WARNING, None, s.span,
                *explain(_MESSAGES[kind], source=said,
                         clause=clause_quote(src, s.clause)),
                said, s.clause.span,
            )  # fmt: skip

    @staticmethod
    def _placeholders(pair: Pair) -> Iterator[Finding]:
        written = set(_PLACEHOLDER.findall(pair.output.text))
        seen: set[str] = set()
        for m in _PLACEHOLDER.finditer(pair.source.text):
            if m.group() in written or m.group() in seen:
                continue
            seen.add(m.group())
            yield Finding(
                CHECK, "placeholder_omitted", Severity.WARNING, None, Span(m.start(), m.end()),
                *explain("omissions.placeholder", source=m.group()), m.group(),
            )  # fmt: skip


def _statements(pair: Pair) -> Iterator[Statement]:
    """The statements of the source a note must keep, each with what would show it was kept."""
    src, al = pair.source, pair.alignment
    clauses = al.source_clauses
    p = _patterns()
    drugs = [d.span for d in src.drugs]
    negated = [
        (a.cue, t)
        for a in src.assertions
        if a.status == NEGATED and _NOUN_NEGATION.match(src.folded, a.cue.start)
        for t in a.terms
        if not any(d.overlaps(t.span) for d in drugs)
    ]
    negative_results = [
        (a.cue, t) for a in src.assertions if a.status == NEGATED for t in a.terms if t.result
    ]
    quantities = src.quantities
    # results: a measure's value, or a value in a unit of the body's measures (52 mmHg, 86 %)
    measured = [q for q in quantities if _result(q)]
    # everything grouped by clause once (one bisect each): the loop below stays linear
    group = _grouper(clauses)
    negated_in = group(negated, lambda x: x[1].span.start)
    results_in = group(negative_results, lambda x: x[1].span.start)
    measured_in = group(measured, lambda q: q.span.start)
    readings_in = group(quantities, lambda q: q.span.start)
    denied_in = group(
        [a for a in src.assertions if a.status in (NEGATED, INSTRUCTION)], lambda a: a.cue.start
    )
    concepts_in = group(src.concepts, lambda c: c[0].start)
    for clause in clauses:
        if clause.question:
            continue
        k = clause.index
        folded = clause.span.of(src.folded)
        anchors = al.anchors_of_source(clause) - _generic()
        numbers = frozenset(a for a in anchors if a.startswith("#"))
        for q in measured_in[k]:
            # every reading of the value (« trente-huit deux » is 38 and 38,2)
            values = {
                f"#{round(v, 6):g}"
                for r in readings_in[k]
                if r.span.overlaps(q.span)
                for v in r.raw_numbers()
            }
            span = q.span.cover(_label(src, q))
            if q.anchor and _measured_here(pair, clause, q.anchor):
                continue  # the output gives this measure here: a changed value, not an omission
            yield Statement("result", clause, span, frozenset(values))
        for cue, t in results_in[k]:  # « β-hCG négatifs »
            yield Statement("negative_result", clause, t.span.cover(cue), anchors)
        for cue, t in negated_in[k]:
            if stem(t.head) not in _generic():
                concepts = {key for s, key in concepts_in[k] if s.overlaps(t.span)}
                denied = {stem(t.head)} | concepts
                if t.modifier:
                    denied.add(stem(t.modifier))  # « pas de port de charge » kept as « charges »
                yield Statement("negative", clause, cue.cover(t.span), frozenset(denied))
        if p["allergy"].search(folded) and not denied_in[k]:
            needles = anchors - {stem(w) for w in ("allergie", "allergique", "allergies")}
            needles -= {"concept:allergie"}
            if needles:
                yield Statement("allergy", clause, clause.span, frozenset(needles))
        if p["instruction"].search(folded) and len(anchors) >= 2 and not clause.by_patient:
            yield Statement("instruction", clause, clause.span, anchors)
        timed = any(q.unit is not None and q.unit.dimension == "time" for q in readings_in[k])
        if p["duration"].search(folded) and (timed or _TIME_WORD.search(folded)) and numbers:
            yield Statement("symptom", clause, clause.span, anchors)
        if p["event"].search(folded) and anchors:
            yield Statement("event", clause, clause.span, anchors)
    for a in src.answers:
        asked = (
            frozenset().union(
                *(al.anchors_of_source(c) for c in clauses if a.asked.contains(c.span))
            )
            - _generic()
        )
        if a.status == NEGATED and asked:
            yield Statement("negative", a.question, a.asked.cover(a.reply.span), asked)


T = TypeVar("T")


def _grouper(clauses: list[Clause]) -> Callable[[list[T], Callable[[T], int]], list[list[T]]]:
    def group(items: list[T], start: Callable[[T], int]) -> list[list[T]]:
        buckets: list[list[T]] = [[] for _ in clauses]
        for item, k in zip(items, by_clause([start(x) for x in items], clauses), strict=True):
            if k >= 0:
                buckets[k].append(item)
        return buckets

    return group


def _result(q: Quantity) -> bool:
    if q.anchor and q.anchor.startswith("measure:"):
        return True
    return (
        q.unit is not None
        and q.unit.dimension in _RESULT_DIMENSIONS
        and not (q.anchor or "").startswith("drug:")
    )


# A negation that denies a finding named by a noun (« pas de fièvre », « absence de signe de
# gravité », « aucune allergie »), not a verb (« il ne va pas être content »).
_NOUN_NEGATION = re.compile(
    r"(?:pas\s+(?:de|d'|du|des)|absence|aucune?|ni|sans(?!\s+(?:avoir|etre|[a-z]+er\b)))\b"
)


_MESSAGES = {
    "result": "omissions.result", "negative": "omissions.negative",
    "allergy": "omissions.allergy", "instruction": "omissions.instruction",
    "symptom": "omissions.symptom", "event": "omissions.event",
}  # fmt: skip
KEPT_SHARE = 0.5  # of a multi-word statement's words the output must state somewhere
_RESULT_DIMENSIONS = frozenset(
    {"pressure", "ratio", "mass/volume", "amount/volume", "iu/volume", "temperature", "rate"}
)


def _kept(s: Statement, kept: frozenset[str]) -> bool:
    shared = s.needles & kept
    if s.kind in ("result", "negative"):
        return bool(shared)
    if s.kind in ("symptom", "instruction") and any(n.startswith("#") for n in shared):
        return True  # its number is stated (a duration, a delay): the statement with it, surely
    return len(shared) >= KEPT_SHARE * len(s.needles)


def _measured_here(pair: Pair, clause: Clause, anchor: str) -> bool:
    return any(
        anchor in pair.alignment.anchors_of_output(link.output)
        for link in pair.alignment.links
        if clause in link.sources
    )


def _label(src: Analysis, q: Quantity) -> Span:
    measures = [m.span for m in src.measures if m.span.end <= q.span.start]
    return measures[-1] if measures and q.span.start - measures[-1].end < 40 else q.span


_TIME_WORD = re.compile(r"\b(?:jours?|semaines?|mois|ans|heures?|hier|veille|matin)\b")


def _synonyms_of(pair: Pair) -> frozenset[str]:
    """Stems the output states through a synonym (« apyrétique » keeps « pas de fièvre »)."""
    return frozenset(stem(t.head) for terms in pair.output.mentions.values() for t in terms)
