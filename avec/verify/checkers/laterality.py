"""Laterality: gauche/droite swapped for the same anatomical site."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from avec.text.span import Span
from avec.verify.document import Pair
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain

CHECK = "laterality"


class LateralityChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Latéralité"

    def check(self, pair: Pair) -> Iterator[Finding]:
        shown: list[Span] = []
        for f in self._sites(pair):
            shown.append(f.output_span)  # type: ignore[arg-type]
            yield f
        # any word, not only the listed sites: « néphrectomie gauche » → « néphrectomie droite »
        for c in pair.contrasts:
            if c.kind == "laterality" and not any(c.output_span.overlaps(s) for s in shown):
                shown.append(c.output_span)
                yield pair.contrast_finding(
                    c, CHECK, "side_swapped", Severity.ERROR, "laterality.side_swapped_clause"
                )

    def _sites(self, pair: Pair) -> Iterator[Finding]:
        src, out = pair.source, pair.output
        for m in out.sides:
            same_site = [s for s in src.sides if s.site == m.site]
            if not same_site:
                continue
            if any(s.side == m.side for s in same_site):
                # Both sides in the source ("genou gauche douloureux, genou droit normal"): the
                # output mention is compared with the source mention that shares its context.
                best = max(same_site, key=lambda s: len(s.context & m.context))
                shared = len(best.context & m.context)
                ties = [s for s in same_site if len(s.context & m.context) == shared]
                if shared < 2 or any(s.side == m.side for s in ties):
                    continue
                s = best
            else:
                s = same_site[0]
            yield Finding(
                CHECK,
                "side_swapped",
                Severity.ERROR,
                m.span,
                s.span,
                *explain(
                    "laterality.side_swapped",
                    written=m.span.of(out.text),
                    source=s.span.of(src.text),
                    side=s.label,
                ),
                s.span.of(src.text),
            )
