"""Dates in the output absent from the source ("12/03/2025" ≡ "12 mars 2025")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from avec.verify.document import Pair
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain

CHECK = "dates"


class DateChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Dates"

    def check(self, pair: Pair) -> Iterator[Finding]:
        src, out = pair.source, pair.output
        for d in out.dates:
            if any(d.agrees(s) for s in src.dates):
                continue
            written = d.span.of(out.text)
            near = [
                s for s in src.dates if (s.year, s.month) == (d.year, d.month) or s.day == d.day
            ]
            evidence = near[0] if near else None
            if evidence is not None:
                message, suggestion = explain(
                    "dates.date_unsupported_near",
                    written=written,
                    source=evidence.span.of(src.text),
                )
            else:
                message, suggestion = explain("dates.date_unsupported", written=written)
            yield Finding(
                CHECK,
                "date_unsupported",
                Severity.ERROR if near else Severity.WARNING,
                d.span,
                evidence.span if evidence else None,
                message,
                suggestion,
                evidence.span.of(src.text) if evidence else "",
            )
