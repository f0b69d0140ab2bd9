"""Citations of a literature synthesis: each author–year, DOI and PMID must match a source
reference; invented references and wrong years are flagged."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import ClassVar

from avec.text.citations import Citation
from avec.text.span import Span
from avec.verify.document import Pair
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain

CHECK = "citations"
_BLOCK_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:\[?\d+[\].)]|[-•*])\s)")


class CitationChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Références bibliographiques"

    def check(self, pair: Pair) -> Iterator[Finding]:
        src, out = pair.source, pair.output
        cited = out.citations
        if not cited:
            return
        has_refs = bool(src.citations) or pair.use_case == "literature_synthesis"
        dois = {c.value for c in src.citations if c.kind == "doi"}
        pmids = {c.value for c in src.citations if c.kind == "pmid"}
        blocks = _blocks(src.text)
        for c in cited:
            written = c.span.of(out.text)
            if c.kind == "doi" and c.value not in dois:
                yield Finding(
                    CHECK,
                    "unknown_doi",
                    Severity.ERROR,
                    c.span,
                    None,
                    *explain("citations.unknown_doi", written=written),
                )
            elif c.kind == "pmid" and c.value not in pmids:
                yield Finding(
                    CHECK,
                    "unknown_pmid",
                    Severity.ERROR,
                    c.span,
                    None,
                    *explain("citations.unknown_pmid", written=written),
                )
            elif c.kind == "author_year" and has_refs:
                yield from self._author_year(pair, c, blocks)

    def _author_year(
        self, pair: Pair, c: Citation, blocks: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        src, out = pair.source, pair.output
        written = c.span.of(out.text)
        hits = [m for m in re.finditer(rf"(?<!\w){re.escape(c.value)}(?!\w)", src.folded)]
        if not hits:
            yield Finding(
                CHECK,
                "unknown_reference",
                Severity.ERROR,
                c.span,
                None,
                *explain("citations.unknown_reference", written=written),
            )
            return
        if c.year is None:
            return
        years: list[tuple[int, int, int]] = []  # (year, start, end) in the author's reference
        for m in hits:
            start, end = next(
                ((b, e) for b, e in blocks if b <= m.start() < e), (m.start(), m.start() + 400)
            )
            for ym in re.finditer(r"(?<!\d)(?:19|20)\d{2}(?!\d)", src.text[start:end]):
                years.append((int(ym.group()), start + ym.start(), start + ym.end()))
        if not years or any(year == c.year for year, _, _ in years):
            return
        y, ys, ye = years[0]
        yield Finding(
            CHECK,
            "wrong_year",
            Severity.ERROR,
            c.year_span or c.span,
            Span(ys, ye),
            *explain("citations.wrong_year", written=written, year=y),
            src.text[max(0, ys - 60) : ye + 10].strip(),
        )


def _blocks(text: str) -> list[tuple[int, int]]:
    """One block per reference/abstract: paragraphs, numbered or bulleted items."""
    cuts = [0, *[m.end() for m in _BLOCK_BREAK.finditer(text)], len(text)]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
