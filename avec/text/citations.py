"""Bibliographic citations: author–year ("Martin et al., 2019", "(Durand, 2021)"), DOI, PMID."""

from __future__ import annotations

import re
from dataclasses import dataclass

from avec.text.normalize import fold
from avec.text.span import Span

_NAME = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+"
_YEAR = r"(?P<year>(?:19|20)\d{2})[a-z]?"
_AUTHOR_YEAR = re.compile(
    rf"(?P<author>{_NAME})(?:\s+(?:et\s+al\.?|et\s+coll\.?|and\s+al\.?)|\s+(?:et|&|and)\s+{_NAME})?"
    rf"(?:\s*,\s*|\s+\(){_YEAR}\)?"
)
_AUTHOR_ETAL = re.compile(rf"(?P<author>{_NAME})\s+(?:et\s+al\.?|et\s+coll\.?)")
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>,;]+", re.IGNORECASE)
_PMID = re.compile(r"\bPMID\s*:?\s*(?P<pmid>\d{5,9})\b", re.IGNORECASE)
# Capitalised words that open a sentence and are never authors.
_NOT_AUTHORS = frozenset(
    [
        "en",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "dans",
        "depuis",
        "pour",
        "par",
        "sur",
        "selon",
        "avant",
        "apres",
        "entre",
        "vers",
        "ce",
        "cette",
        "il",
        "elle",
        "nous",
        "on",
        "au",
        "aux",
        "du",
        "de",
        "en",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "hospitalisation",
        "consultation",
        "etude",
        "essai",
        "cohorte",
        "revue",
    ]
)


@dataclass(frozen=True, slots=True)
class Citation:
    span: Span
    kind: str  # author_year | doi | pmid
    value: str  # folded surname, DOI (lowercase, no trailing dot) or PMID digits
    year: int | None = None
    year_span: Span | None = None


def normalise_doi(doi: str) -> str:
    return doi.lower().rstrip(".)]")


def find_citations(text: str) -> list[Citation]:
    found: list[Citation] = []
    for m in _DOI.finditer(text):
        doi = normalise_doi(m.group())
        found.append(Citation(Span(m.start(), m.start() + len(doi)), "doi", doi))
    for m in _PMID.finditer(text):
        found.append(Citation(Span(m.start(), m.end()), "pmid", m["pmid"]))
    taken = [c.span for c in found]
    for m in _AUTHOR_YEAR.finditer(text):
        span = Span(m.start(), m.end())
        author = fold(m["author"])
        if author in _NOT_AUTHORS or any(span.overlaps(t) for t in taken):
            continue
        found.append(
            Citation(
                span, "author_year", author, int(m["year"]), Span(m.start("year"), m.end("year"))
            )
        )
        taken.append(span)
    for m in _AUTHOR_ETAL.finditer(text):
        span = Span(m.start(), m.end())
        author = fold(m["author"])
        if author not in _NOT_AUTHORS and not any(span.overlaps(t) for t in taken):
            found.append(Citation(span, "author_year", author))
    found.sort(key=lambda c: c.span.start)
    return found
