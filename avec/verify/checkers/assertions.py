"""Negation and hypothesis flips: "pas de fièvre" → "fièvre", "allergie à la pénicilline" →
"pas d'allergie connue", "suspicion de pneumopathie" → "pneumopathie"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from avec.text.assertion import AFFIRMED, HYPOTHESIS, NEGATED, Term
from avec.verify.document import Analysis, Pair
from avec.verify.finding import Finding, Severity

CHECK = "assertions"


def _compatible(a: Term, b: Term) -> bool:
    return a.modifier is None or b.modifier is None or a.modifier == b.modifier


def _statuses(analysis: Analysis, term: Term) -> list[Term]:
    return [m for m in analysis.mentions.get(term.head, ()) if _compatible(term, m)]


class AssertionChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Négations et hypothèses"

    def check(self, pair: Pair) -> Iterator[Finding]:
        src, out = pair.source, pair.output
        reported: set[int] = set()
        # Source denies or doubts, output affirms.
        for assertion in src.assertions:
            for term in assertion.terms:
                found = _statuses(out, term)
                if not found or any(m.status != AFFIRMED for m in found):
                    continue
                if any(m.status == AFFIRMED for m in _statuses(src, term)):
                    continue  # the source also affirms it somewhere: ambiguous
                hit = found[0]
                if hit.span.start in reported:
                    continue
                reported.add(hit.span.start)
                yield self._flip(pair, hit, term, assertion.cue, assertion.status)
        # Output denies, source affirms.
        for assertion in out.assertions:
            if assertion.status != NEGATED:
                continue
            for term in assertion.terms:
                found = _statuses(src, term)
                if not found or any(m.status != AFFIRMED for m in found):
                    continue
                if term.span.start in reported:
                    continue
                reported.add(term.span.start)
                span = assertion.cue.cover(term.span)
                s = found[0]
                yield Finding(
                    CHECK,
                    "negation_flip",
                    Severity.ERROR,
                    span,
                    s.span,
                    f"Le texte produit nie « {term.span.of(out.text)} » alors que la source "
                    f"l'affirme : « {_context(src, s)} ».",
                    "Rétablir l'information de la source.",
                    _context(src, s),
                )

    @staticmethod
    def _flip(pair: Pair, hit: Term, term: Term, cue: object, status: str) -> Finding:
        src, out = pair.source, pair.output
        evidence = _context(src, term)
        said = hit.span.of(out.text)
        if status == HYPOTHESIS:
            return Finding(
                CHECK,
                "hypothesis_to_certainty",
                Severity.ERROR,
                hit.span,
                term.span,
                f"« {said} » est présenté comme certain alors que la source ne l'évoque que comme "
                f"une hypothèse : « {evidence} ».",
                "Conserver le caractère hypothétique (« suspicion de… », « probable »).",
                evidence,
            )
        return Finding(
            CHECK,
            "negation_flip",
            Severity.ERROR,
            hit.span,
            term.span,
            f"Le texte produit affirme « {said} » alors que la source le nie : « {evidence} ».",
            "Rétablir la négation de la source.",
            evidence,
        )


def _context(a: Analysis, term: Term, width: int = 50) -> str:
    """The clause around a term, for the evidence line."""
    text = a.text
    start = max(0, term.span.start - width)
    for c in ".\n;":
        cut = text.rfind(c, start, term.span.start)
        if cut != -1:
            start = max(start, cut + 1)
    end = min(len(text), term.span.end + width)
    for c in ".\n;":
        cut = text.find(c, term.span.end, end)
        if cut != -1:
            end = min(end, cut)
    return text[start:end].strip()
