"""One analysis per text, shared by every checker (each extraction runs at most once)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from avec.clinical.drugs import DrugLexicon, DrugMention, default_lexicon
from avec.clinical.laterality import SideMention, find_sides
from avec.clinical.measurements import MeasureMention, find_measures
from avec.clinical.posology import Frequency, find_frequencies
from avec.clinical.quantities import Quantity, anchor_quantities, extract_quantities
from avec.clinical.spoken import spoken_quantities
from avec.text.assertion import Assertion, Term, find_assertions, mention_index
from avec.text.citations import Citation, find_citations
from avec.text.clauses import Clause, by_clause, split_clauses
from avec.text.concepts import find_concepts
from avec.text.dates import DateMention, find_dates
from avec.text.dialogue import Answer, answers
from avec.text.instructions import Instruction, find_instructions
from avec.text.normalize import fold
from avec.text.numbers import NumberMatch, find_numbers
from avec.text.span import Coverage, Span
from avec.verify.alignment import Alignment
from avec.verify.contrasts import Contrast, clause_quote, contrasts
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain


class Analysis:
    def __init__(self, text: str, lexicon: DrugLexicon, spoken: bool = False) -> None:
        self.text = text
        self.lexicon = lexicon
        self.spoken = spoken  # also read quantities said aloud (a source, not an output)
        self._contexts: dict[Span, frozenset[str]] = {}

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def drugs(self) -> list[DrugMention]:
        return self.lexicon.find(self.text, self.folded)

    @cached_property
    def quantities_by_anchor(self) -> dict[str | None, list[Quantity]]:
        """The quantities of each drug or measure (None: anchored to nothing)."""
        found: dict[str | None, list[Quantity]] = {}
        for q in self.quantities:
            found.setdefault(q.anchor, []).append(q)
        return found

    def quantities_in(self, clause: Clause) -> list[Quantity]:
        return self._quantities_by_clause.get(clause.index, [])

    @cached_property
    def _quantities_by_clause(self) -> dict[int, list[Quantity]]:
        found: dict[int, list[Quantity]] = {}
        where = by_clause([q.span.start for q in self.quantities], self.clauses)
        for q, k in zip(self.quantities, where, strict=True):
            found.setdefault(k, []).append(q)
        return found

    @cached_property
    def drug_ends(self) -> list[int]:
        """Where each drug mention ends, in text order (mentions do not overlap)."""
        return [d.span.end for d in self.drugs]

    @cached_property
    def measures(self) -> list[MeasureMention]:
        drugs = Coverage(len(self.text))
        for d in self.drugs:
            drugs.take(d.span)
        return [m for m in find_measures(self.folded) if drugs.free(m.span)]

    @cached_property
    def frequencies(self) -> list[Frequency]:
        return find_frequencies(self.text, self.folded)

    @cached_property
    def dosed_frequencies(self) -> list[tuple[Frequency, DrugMention | None]]:
        """Each frequency with the drug it belongs to (nearest drug before it, same line)."""
        return [(f, drug_anchor_of(self, f.span)) for f in self.frequencies]

    def frequencies_of(self, drug: DrugMention) -> list[Frequency]:
        return [f for f, d in self.dosed_frequencies if d == drug]

    @cached_property
    def single_drug(self) -> bool:
        """Every drug mention of the text names the same drug (brand ≡ INN)."""
        first = self.drugs[0].entry if self.drugs else None
        return first is not None and all(d.entry.keys & first.keys for d in self.drugs)

    @cached_property
    def numbers(self) -> list[NumberMatch]:
        return find_numbers(self.text)

    @cached_property
    def concepts(self) -> list[tuple[Span, str]]:
        """Drugs by substance (brand ≡ INN) and measures by what they measure (« K+ » ≡
        « kaliémie »): anchors that align clauses worded differently."""
        found = [(d.span, "drug:" + k) for d in self.drugs for k in d.keys]
        found += [(m.span, "measure:" + m.measure) for m in self.measures]
        found += [(span, "concept:" + key) for span, key in find_concepts(self.folded)]
        return found

    @cached_property
    def number_values(self) -> list[tuple[Span, float]]:
        return [(n.span, round(n.value, 6)) for n in self.numbers]

    @cached_property
    def keyed(self) -> str:
        """Folded text with whitespace and hyphen runs collapsed, for lexicon-key searches."""
        return " ".join(re.split(r"[\s\-]+", self.folded))

    @cached_property
    def dates(self) -> list[DateMention]:
        cites = [c.span for c in self.citations]
        return [d for d in find_dates(self.text) if not any(d.span.overlaps(c) for c in cites)]

    @cached_property
    def citations(self) -> list[Citation]:
        return find_citations(self.text)

    @cached_property
    def quantities(self) -> list[Quantity]:
        exclude: list[Span] = [d.span for d in self.dates]
        exclude += [c.span for c in self.citations]
        exclude += [f.span for f in self.frequencies]
        anchors: list[DrugMention | MeasureMention] = [*self.drugs, *self.measures]
        anchors.sort(key=lambda a: a.span.start)
        written = extract_quantities(self.text, self.folded, anchors, exclude, self.numbers)
        if not self.spoken:
            return written
        taken = Coverage(len(self.text))  # dates, citations, frequencies: not values
        for e in exclude:
            taken.take(e)
        said = [
            q for q in spoken_quantities(self.folded, self.numbers, written) if taken.free(q.span)
        ]
        return anchor_quantities(written + said, anchors, self.folded)

    @cached_property
    def assertions(self) -> list[Assertion]:
        return find_assertions(self.text, self.folded)

    @cached_property
    def clauses(self) -> list[Clause]:
        return split_clauses(self.text)

    @cached_property
    def answers(self) -> list[Answer]:
        """Questions of a transcript with the status their answer gives them."""
        return answers(self.folded, self.clauses)

    @cached_property
    def mentions(self) -> dict[str, list[Term]]:
        """Content words by head key with their assertion status; the words of an answered
        question take the answer's status (« Des allergies ? — Non. » denies the allergy)."""
        index = mention_index(self.folded, self.assertions)
        if not self.answers:
            return index
        for terms in index.values():
            for k, term in enumerate(terms):
                answer = self._answer_at(term.span)
                if answer is not None:
                    terms[k] = replace(term, status=answer.status)
        return index

    def _answer_at(self, span: Span) -> Answer | None:
        """The answered question holding `span`, if any."""
        i = bisect_right(self._asked_starts, span.start) - 1
        return self.answers[i] if i >= 0 and self.answers[i].asked.contains(span) else None

    @cached_property
    def _asked_starts(self) -> list[int]:
        return [a.asked.start for a in self.answers]

    @cached_property
    def terms_by_start(self) -> tuple[list[int], list[Term]]:
        """Every mention sorted by start, with the starts (for a bisect)."""
        terms = sorted((t for ts in self.mentions.values() for t in ts), key=lambda t: t.span.start)
        return [t.span.start for t in terms], terms

    def answer_of(self, term: Term) -> Answer | None:
        """The answer that gave `term` its status, when it was asked in a question."""
        return self._answer_at(term.span)

    @cached_property
    def instructions(self) -> list[Instruction]:
        return find_instructions(self.folded)

    @cached_property
    def sides(self) -> list[SideMention]:
        return find_sides(self.folded)

    def context_of(self, span: Span) -> frozenset[str]:
        """Content words of the clause around a span (up to 8 words each side): what a value
        is about when no drug or measure label names it ("consultation de neurologie dans…")."""
        cached = self._contexts.get(span)
        if cached is None:
            clause = _clause(self.folded, span)
            offset = self.folded.find(clause, max(0, span.start - len(clause)))
            rel = span.start - max(offset, 0)
            left = _CONTEXT_WORD.findall(clause[:rel])[-8:]
            right = _CONTEXT_WORD.findall(clause[rel + len(span) :])[:8]
            # words cut to 6 letters: "meilleur" and "meilleure", "contrôle" and "contrôlé" agree
            cached = frozenset(w[:6] for w in left + right if w not in _CONTEXT_STOP)
            self._contexts[span] = cached
        return cached


@dataclass
class Pair:
    """A source and the output generated from it, each analysed once."""

    source: Analysis
    output: Analysis
    use_case: str | None = None

    @classmethod
    def of(
        cls,
        source: str,
        output: str,
        use_case: str | None = None,
        lexicon: DrugLexicon | None = None,
    ) -> Pair:
        lex = lexicon or default_lexicon()
        return cls(Analysis(source, lex, spoken=True), Analysis(output, lex), use_case)

    @property
    def lexicon(self) -> DrugLexicon:
        return self.output.lexicon

    @cached_property
    def alignment(self) -> Alignment:
        """Each output clause with the source clause(s) it comes from (built on first use)."""
        src, out = self.source, self.output
        return Alignment(
            src.text, src.folded, out.text, out.folded, src.clauses, out.clauses,
            src.concepts, out.concepts, src.number_values, out.number_values,
        )  # fmt: skip

    @cached_property
    def contrasts(self) -> list[Contrast]:
        """Meaning-changing edits between aligned clauses (polarity, antonyms, sides…)."""
        return [c for link in self.alignment.links for c in contrasts(self.alignment, link)]

    def contrast_finding(
        self, contrast: Contrast, check: str, category: str, severity: Severity, key: str
    ) -> Finding:
        """A finding for an aligned edit: both spans, the source clause, a message that quotes it."""
        src, out = self.source.text, self.output.text
        original = contrast.source_span.of(src)
        message, suggestion = explain(
            key,
            written=contrast.output_span.of(out),
            source=original,
            clause=clause_quote(src, contrast.source_clause),
        )
        return Finding(
            check, category, severity, contrast.output_span, contrast.source_span, message,
            suggestion, original, contrast.source_clause.span,
        )  # fmt: skip


def same_anchor(lexicon: DrugLexicon, a: str | None, b: str | None) -> bool:
    """Two anchors name the same thing: one measure, or equivalent drugs (brand ≡ INN)."""
    if a is None or b is None:
        return False
    return _same_anchor(lexicon, a, b)


@lru_cache(maxsize=65536)
def _same_anchor(lexicon: DrugLexicon, a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("drug:") and b.startswith("drug:"):
        ea, eb = lexicon.entries.get(a[5:]), lexicon.entries.get(b[5:])
        return ea is not None and eb is not None and bool(ea.keys & eb.keys)
    return False


def drug_anchor_of(analysis: Analysis, span: Span, window: int = 120) -> DrugMention | None:
    """The drug a posology belongs to: the nearest drug before it on the same line, or — in a
    text about one drug only (a leaflet, a single prescription) — the last mention before it."""
    best = None
    count = bisect_right(analysis.drug_ends, span.start)  # the drugs ending before the span
    before = analysis.drugs[:count]
    dosing = _POSOLOGY.search(_clause(analysis.folded, span)) is not None
    lo = bisect_left(analysis.drug_ends, span.start - window, 0, count)
    for d in before[lo:]:  # only those close enough can be the one
        gap = analysis.text[d.span.end : span.start]
        if (
            len(gap) <= window
            and "\n" not in gap
            and (". " not in gap or (dosing and gap.count(". ") == 1))
        ):
            best = (
                d  # "… du propranolol, le 40. La première semaine, un demi-comprimé matin et soir"
            )
    if best is None and before and analysis.single_drug and dosing:
        best = before[-1]
    return best


# Words that make a clause a posology ("un comprimé le matin"), not a schedule of something else
# ("trois mesures matin et soir", "kinésithérapie 3 séances par semaine").
_POSOLOGY = re.compile(
    r"\b(?:cp|comprimes?|gelules?|sachets?|ampoules?|gouttes?|bouffees?|inhalations?|patchs?|"
    r"injections?|prises?|prendre|prenez|mg|µg|ui|unites?|doses?|suppositoires?|pulverisations?)\b"
)


_CONTEXT_WORD = re.compile(r"[a-z]{4,}")
_CONTEXT_STOP = frozenset(
    [
        "avec",
        "dans",
        "pour",
        "sans",
        "sous",
        "chez",
        "puis",
        "depuis",
        "pendant",
        "entre",
        "contre",
        "apres",
        "avant",
        "plus",
        "moins",
        "tres",
        "leur",
        "leurs",
        "cette",
        "elle",
        "elles",
        "nous",
        "vous",
        "sont",
        "etait",
        "avoir",
        "fait",
        "jour",
        "jours",
        "mois",
        "semaine",
        "semaines",
        "heure",
        "heures",
        "fois",
        "matin",
        "soir",
        "midi",
        "environ",
        "soit",
        "ainsi",
    ]
)


_CLAUSE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[;\n]")  # "8.2%" is a number, not a full stop


def _clause(folded: str, span: Span, reach: int = 400) -> str:
    """The clause around a span (a clause longer than `reach` characters each side is cut)."""
    lo = max(0, span.start - reach)
    starts = [m.end() for m in _CLAUSE_END.finditer(folded, lo, span.start)]
    end = _CLAUSE_END.search(folded, span.end, min(len(folded), span.end + reach))
    stop = end.start() if end else min(len(folded), span.end + reach)
    return folded[starts[-1] if starts else lo : stop]
