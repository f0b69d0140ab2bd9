"""Alignment of an output with its source: each output clause with the source clause(s) it
comes from.

Clauses are compared by their *anchors*: content-word stems, numbers by value (« cent vingt »
and « 120 » are one anchor), drugs by substance (brand ≡ INN) and measures by what they
measure (« K+ » ≡ « kaliémie »). Anchors are weighted by rarity among the source clauses, and an
inverted index gives each output clause its candidates, so the cost is linear in the number of
clauses (an anchor shared by too many clauses is not used to look candidates up). The best
source clause covers most of the output clause's anchor weight; a second and a third are added
when they cover what the first lacks (a summary merges clauses). Ties go to the source clause
nearest to where the previous output clause was aligned (texts are mostly written in order).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from avec.text.assertion import STOPWORDS
from avec.text.clauses import Clause
from avec.text.span import Span
from avec.verify.resources import load_words

MIN_COVERAGE = 0.3  # share of an output clause's anchor weight a source clause must cover
MAX_POSTINGS = 40  # an anchor in more source clauses than this does not propose candidates
MAX_SOURCES = 3

_WORD = re.compile(r"[a-z0-9µœæ+]+(?:-[a-z0-9µœæ]+)*")
# Words that do not anchor a clause: the qualifier's stop words, the fillers of speech, the words
# that name the people present.
_STOP = STOPWORDS | frozenset(
    [
        "si",
        "mais",
        "donc",
        "car",
        "comme",
        "aussi",
        "encore",
        "deja",
        "puis",
        "quand",
        "bon",
        "ben",
        "euh",
        "voila",
        "hein",
        "bah",
        "ok",
        "madame",
        "monsieur",
        "docteur",
        "patient",
        "patiente",
        "mme",
        "dr",
        "oui",
    ]
)
# Words that carry no content of their own: a change of them alone is no edit of meaning.
FUNCTION_WORDS = frozenset(load_words("function_words.txt"))


def stem(word: str) -> str:
    """A light French stem: plural removed, cut to six letters ("douleurs" ≈ "douloureux")."""
    if len(word) > 4 and word[-1] in "sx":
        word = word[:-1]
    return word[:6]


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # folded
    start: int
    end: int

    @property
    def span(self) -> Span:  # built when asked: a text has thousands of tokens, few are shown
        return Span(self.start, self.end)


def tokens_of(folded: str, span: Span) -> list[Token]:
    return [
        Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded, span.start, span.end)
    ]


@dataclass(frozen=True, slots=True)
class Link:
    output: Clause
    sources: tuple[Clause, ...]  # best first; empty when nothing in the source matches
    coverage: float  # share of the output clause's anchor weight found in the sources


class Alignment:
    """Output clauses linked with source clauses; built once per (source, output) pair."""

    def __init__(
        self,
        source_text: str,
        source_folded: str,
        output_text: str,
        output_folded: str,
        source_clauses: list[Clause],
        output_clauses: list[Clause],
        source_concepts: list[tuple[Span, str]],
        output_concepts: list[tuple[Span, str]],
        source_numbers: list[tuple[Span, float]],
        output_numbers: list[tuple[Span, float]],
    ) -> None:
        self.source_text, self.output_text = source_text, output_text
        self.source_folded, self.output_folded = source_folded, output_folded
        self.source_clauses = source_clauses
        self.output_clauses = output_clauses
        self._source_tokens = [tokens_of(source_folded, c.span) for c in source_clauses]
        self._output_tokens = [tokens_of(output_folded, c.span) for c in output_clauses]
        self._src_anchors = _anchors(
            self.source_clauses, self._source_tokens, source_concepts, source_numbers
        )
        self._out_anchors = _anchors(
            self.output_clauses, self._output_tokens, output_concepts, output_numbers
        )

    @cached_property
    def weights(self) -> dict[str, float]:
        df: dict[str, int] = {}
        for anchors in self._src_anchors:
            for a in anchors:
                df[a] = df.get(a, 0) + 1
        n = len(self.source_clauses) + 1
        return {a: math.log(1 + n / k) for a, k in df.items()}

    @cached_property
    def _postings(self) -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for i, anchors in enumerate(self._src_anchors):
            for a in anchors:
                index.setdefault(a, []).append(i)
        return index

    @cached_property
    def links(self) -> list[Link]:
        links: list[Link] = []
        expected = 0
        unknown = math.log(2 + len(self.source_clauses))  # an anchor the source never states
        for clause, anchors in zip(self.output_clauses, self._out_anchors, strict=True):
            weight = {a: self.weights.get(a, unknown) for a in anchors}
            total = sum(weight.values())
            candidates: dict[int, float] = {}
            for a in anchors:
                postings = self._postings.get(a, ())
                if 0 < len(postings) <= MAX_POSTINGS:
                    for i in postings:
                        candidates[i] = candidates.get(i, 0.0) + weight[a]
            if not candidates or total == 0:
                links.append(Link(clause, (), 0.0))
                continue
            best_score = max(candidates.values())
            near = [i for i, s in candidates.items() if s >= 0.95 * best_score]
            best = min(near, key=lambda i: (abs(i - expected), i))
            chosen = [best]
            covered = set(anchors & self._src_anchors[best])
            for _ in range(MAX_SOURCES - 1):
                gain = {
                    i: sum(weight[a] for a in (anchors & self._src_anchors[i]) - covered)
                    for i in candidates
                    if i not in chosen
                }
                more = max(gain, key=lambda i: (gain[i], -abs(i - best)), default=None)
                if more is None or gain[more] < 0.2 * total or gain[more] < 1.0:
                    break
                chosen.append(more)
                covered |= anchors & self._src_anchors[more]
            coverage = sum(weight[a] for a in covered) / total
            if coverage < MIN_COVERAGE:
                links.append(Link(clause, (), coverage))
                continue
            expected = best + 1
            links.append(Link(clause, tuple(self.source_clauses[i] for i in chosen), coverage))
        return links

    def source_tokens(self, clause: Clause) -> list[Token]:
        """Tokens of a source clause (computed once)."""
        return self._source_tokens[clause.index]

    def output_tokens(self, clause: Clause) -> list[Token]:
        return self._output_tokens[clause.index]

    @property
    def source_token_lists(self) -> list[list[Token]]:
        return self._source_tokens

    @property
    def output_token_lists(self) -> list[list[Token]]:
        return self._output_tokens

    @cached_property
    def covered_sources(self) -> set[int]:
        """Source clauses that some output clause was aligned with."""
        return {s.index for link in self.links for s in link.sources}

    def anchors_of_source(self, clause: Clause) -> frozenset[str]:
        return self._src_anchors[clause.index]

    def anchors_of_output(self, clause: Clause) -> frozenset[str]:
        return self._out_anchors[clause.index]

    @cached_property
    def output_anchor_set(self) -> frozenset[str]:
        return frozenset(a for anchors in self._out_anchors for a in anchors)

    def aligned(self, output_span: Span, source_span: Span) -> bool:
        """Whether the source clause holding `source_span` is one the output clause holding
        `output_span` was aligned with."""
        link = self.link_of(output_span)
        return link is not None and any(c.span.contains(source_span) for c in link.sources)

    @cached_property
    def _output_starts(self) -> list[int]:
        return [c.span.start for c in self.output_clauses]

    def link_of(self, span: Span) -> Link | None:
        """The link of the output clause that holds `span`."""
        i = bisect_right(self._output_starts, span.start) - 1
        if i < 0:
            return None
        link = self.links[i]
        return link if link.output.span.end >= span.start else None


def _anchors(
    clauses: list[Clause],
    tokens: list[list[Token]],
    concepts: list[tuple[Span, str]],
    numbers: list[tuple[Span, float]],
) -> list[frozenset[str]]:
    """Anchors of each clause: stems of content words, concepts, numbers by value."""
    starts = [c.span.start for c in clauses]
    extra: list[set[str]] = [set() for _ in clauses]

    def place(span: Span, anchor: str) -> None:
        i = bisect_right(starts, span.start) - 1
        if i >= 0 and span.start < clauses[i].span.end:
            extra[i].add(anchor)

    for span, key in concepts:
        place(span, key)
    for span, value in numbers:
        place(span, f"#{value:g}")
    result = []
    for words_of, more in zip(tokens, extra, strict=True):
        words = {
            stem(t.text)
            for t in words_of
            if len(t.text) >= 3 and t.text not in _STOP and not t.text.isdigit()
        }
        result.append(frozenset(words | more))
    return result
