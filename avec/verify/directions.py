"""The direction of instructions: stop or go on with a treatment, before or after meals, and the
exceptions that must survive a rewrite (« sauf avis médical »).

« Kardégic : à poursuivre sans interruption » and « vous pouvez l'arrêter » name the same drug
with opposite directions. A direction is read per clause: a verb of stopping or of going on
(`data/contrasts.toml`), turned round by a negation next to it (« ne pas l'arrêter » is to go
on, « sans interruption » too), and the drugs (or, failing one, the words) it applies to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from avec.text.clauses import Clause
from avec.text.phrases import phrase_pattern
from avec.text.span import Span
from avec.verify.alignment import Token, stem
from avec.verify.contrasts import lists

STOP, KEEP, BEFORE_MEAL, AFTER_MEAL = "stop", "keep", "before_meal", "after_meal"
ALLOW, FORBID = "allow", "forbid"  # a drug allowed or forbidden (« vous pouvez lui donner »)
_OPPOSITE = {STOP: KEEP, KEEP: STOP, BEFORE_MEAL: AFTER_MEAL, AFTER_MEAL: BEFORE_MEAL,
             ALLOW: FORBID, FORBID: ALLOW}  # fmt: skip
_NEGATORS = frozenset({"pas", "jamais", "plus", "sans", "aucun", "aucune", "ni"})
_FILLER = frozenset({"ne", "n", "l", "le", "la", "les", "de", "d", "vous", "pas", "surtout", "a"})


@dataclass(frozen=True, slots=True)
class Direction:
    clause: Clause
    span: Span  # the verb (with its negation) or the meal phrase
    way: str  # stop | keep | before_meal | after_meal
    objects: frozenset[str]  # drug keys ("drug:…") and content stems of the clause


@cache
def _verbs() -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = lists()["instructions"]
    return tuple(table["stop"]), tuple(table["keep"])


@cache
def _phrases() -> dict[str, re.Pattern[str]]:
    table = lists()["instructions"]
    return {
        BEFORE_MEAL: phrase_pattern(table["meal_before"]),
        AFTER_MEAL: phrase_pattern(table["meal_after"]),
        "exception": phrase_pattern(table["exceptions"]),
    }


def directions(
    folded: str, clauses: list[Clause], tokens_of_clause: list[list[Token]],
    drugs: list[tuple[Span, str]],
) -> list[Direction]:  # fmt: skip
    """Every instruction direction stated in the clauses."""
    stop_stems, keep_stems = _verbs()
    found: list[Direction] = []
    d = 0
    drugs = sorted(drugs)
    for clause in clauses:
        while d < len(drugs) and drugs[d][0].start < clause.span.start:
            d += 1
        keys = set()
        k = d
        while k < len(drugs) and drugs[k][0].start < clause.span.end:
            keys.add(drugs[k][1])
            k += 1
        if clause.by_patient:
            continue  # what the patient says they did is no instruction
        tokens = tokens_of_clause[clause.index]
        words = [t.text for t in tokens]
        content = {stem(w) for w in words if len(w) > 3}
        for i, word in enumerate(words):
            way = (
                STOP
                if word.startswith(stop_stems)
                else KEEP
                if word.startswith(keep_stems)
                else None
            )
            if way is None or _not_an_instruction(words, i):
                continue
            if _negated(words, i):
                way = _OPPOSITE[way]
            objects = frozenset(keys | (content - {stem(word)}))
            found.append(Direction(clause, tokens[i].span, way, objects))
        # a drug allowed or forbidden: « vous pouvez aussi lui donner de l'ibuprofène » against
        # « pas d'ibuprofène », « ne pas donner d'aspirine », « AINS contre-indiqués »
        if keys:
            text = clause.span.of(folded)
            allowed = _ALLOWED.search(text)
            forbidden = _FORBIDDEN.search(text)
            if allowed and not forbidden:
                start = clause.span.start + allowed.start()
                found.append(Direction(clause, Span(start, clause.span.start + allowed.end()),
                                       ALLOW, frozenset(keys)))  # fmt: skip
            elif forbidden and not allowed:
                start = clause.span.start + forbidden.start()
                found.append(Direction(clause, Span(start, clause.span.start + forbidden.end()),
                                       FORBID, frozenset(keys)))  # fmt: skip
        if _TARGET.search(folded, clause.span.start, clause.span.end):
            continue  # « glycémie < 1,20 g/L après les repas » is a target, not how to take
        for way in (BEFORE_MEAL, AFTER_MEAL):
            for m in _phrases()[way].finditer(folded, clause.span.start, clause.span.end):
                objects = frozenset(keys | content)
                found.append(Direction(clause, Span(m.start(), m.end()), way, objects))
    return found


_AUXILIARY = frozenset(
    {"ai", "avez", "avons", "ont", "avait", "avais", "aviez"}
)  # « à » folds to « a »
_NOT_ACTS = frozenset({"cardiaque", "cardio-respiratoire", "respiratoire", "travail"})
_ALLOWED = re.compile(
    r"\b(?:vous pouvez|vous pourrez|on peut|il peut|elle peut|possible de|autorisee?s?)"
    r"(?: \w+){0,3}? (?:donner|prendre|utiliser|associer|reprendre)\b|\bautorisee?s?\b"
)
_FORBIDDEN = re.compile(
    r"\b(?:pas d'|pas de|jamais d'|jamais de|aucun|aucune|ne pas (?:donner|prendre|utiliser)|"
    r"ne (?:lui )?donnez pas|ne prenez pas|evite[rz]?|contre-indique\w*|interdite?s?|proscrite?s?)\b"
)
_TARGET = re.compile(r"\b(?:glycemi\w*|objectifs?|cibles?|g/l|mmol/l)(?!\w)")


def _not_an_instruction(words: list[str], i: int) -> bool:
    """A past act (« j'ai arrêté », « vous avez arrêté ») or a noun of something else (« arrêt
    cardiaque », « arrêt de travail »)."""
    before = words[max(0, i - 2) : i]
    after = words[i + 1 : i + 3]
    return bool(_AUXILIARY & set(before)) or bool(_NOT_ACTS & set(after))


def _negated(words: list[str], i: int) -> bool:
    """A negation next to the verb: « ne pas arrêter », « ne l'arrêtez pas », « sans interruption »."""
    before = words[max(0, i - 4) : i]
    after = words[i + 1 : i + 3]
    if before and before[-1] == "sans":
        return True
    if ("ne" in before or "n" in before) and (_NEGATORS & set(before + after)):
        return True
    return bool(before) and before[-1] in ("pas", "jamais") and all(w in _FILLER for w in before)


def exceptions(folded: str, clause: Clause) -> Iterator[Span]:
    for m in _phrases()["exception"].finditer(folded, clause.span.start, clause.span.end):
        yield Span(m.start(), m.end())


def reversed_directions(
    source: list[Direction], output: list[Direction]
) -> Iterator[tuple[Direction, Direction]]:
    """(output direction, source direction) pairs about the same thing that point opposite ways,
    when nothing in the source points the output's way for it."""
    for o in output:
        drugs = {x for x in o.objects if x.startswith("drug:")}
        related = [
            s
            for s in source
            if (drugs & s.objects) or (not drugs and len((o.objects & s.objects) - {""}) >= 2)
        ]
        if not related or any(s.way == o.way for s in related):
            continue
        against = [s for s in related if s.way == _OPPOSITE[o.way]]
        if against:
            yield o, against[0]
