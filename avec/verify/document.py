"""One analysis per text, shared by every checker (each extraction runs at most once)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from avec.clinical.drugs import DrugLexicon, DrugMention, default_lexicon
from avec.clinical.laterality import SideMention, find_sides
from avec.clinical.measurements import MeasureMention, find_measures
from avec.clinical.posology import Frequency, find_frequencies
from avec.clinical.quantities import Quantity, extract_quantities
from avec.text.assertion import Assertion, Term, find_assertions, mention_index
from avec.text.citations import Citation, find_citations
from avec.text.dates import DateMention, find_dates
from avec.text.instructions import Instruction, find_instructions
from avec.text.normalize import fold
from avec.text.numbers import NumberMatch, find_numbers
from avec.text.span import Span


class Analysis:
    def __init__(self, text: str, lexicon: DrugLexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self._contexts: dict[Span, frozenset[str]] = {}

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def drugs(self) -> list[DrugMention]:
        return self.lexicon.find(self.text, self.folded)

    @cached_property
    def measures(self) -> list[MeasureMention]:
        drug_spans = [d.span for d in self.drugs]
        return [
            m for m in find_measures(self.folded) if not any(m.span.overlaps(s) for s in drug_spans)
        ]

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
        return extract_quantities(self.text, self.folded, anchors, exclude, self.numbers)

    @cached_property
    def assertions(self) -> list[Assertion]:
        return find_assertions(self.text, self.folded)

    @cached_property
    def mentions(self) -> dict[str, list[Term]]:
        """Content words by head key with their assertion status."""
        return mention_index(self.folded, self.assertions)

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
        return cls(Analysis(source, lex), Analysis(output, lex), use_case)

    @property
    def lexicon(self) -> DrugLexicon:
        return self.output.lexicon


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
    before = [d for d in analysis.drugs if d.span.end <= span.start]
    dosing = _POSOLOGY.search(_clause(analysis.folded, span)) is not None
    for d in before:
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
