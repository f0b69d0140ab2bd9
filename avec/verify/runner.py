"""Run the registered checkers on a (source, output) pair and gather one `Report`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from time import perf_counter

from avec.clinical.drugs import DrugLexicon, default_lexicon
from avec.text.span import Span
from avec.verify.checker import Checker, registered
from avec.verify.document import Pair
from avec.verify.finding import Finding, Report
from avec.verify.use_cases import USE_CASES, UnknownUseCase


class Verifier:
    """Checkers and lexicon loaded once, reused for every check (batch, web, gateway)."""

    def __init__(
        self, checks: Sequence[str] | None = None, lexicon: DrugLexicon | None = None
    ) -> None:
        classes = registered()
        unknown = [c for c in checks or () if c not in classes]
        if unknown:
            raise ValueError(f"unknown checks: {', '.join(unknown)}; known: {', '.join(classes)}")
        self.lexicon = lexicon or default_lexicon()
        # without a list: every checker that does not declare itself opt-in (`default = False`)
        names = checks or [c for c, cls in classes.items() if getattr(cls, "default", True)]
        self.checkers: list[Checker] = [classes[c]() for c in names]

    def check(self, source: str, output: str, use_case: str | None = None) -> Report:
        if use_case is not None and use_case not in USE_CASES:
            raise UnknownUseCase(use_case)
        pair = Pair.of(source, output, use_case, self.lexicon)
        report = Report(source, output, use_case)
        seen: set[tuple[str, str, tuple[int, int] | None, tuple[int, int] | None]] = set()
        for checker in self.checkers:
            started = perf_counter()
            for f in checker.check(pair):
                key = (f.check, f.category, _pos(f.output_span), _pos(f.source_span))
                if key not in seen:
                    seen.add(key)
                    report.findings.append(f)
            report.timings_ms[checker.id] = (perf_counter() - started) * 1000
        report.findings[:] = [_with_clause(pair, f) for f in report.findings]
        report.findings.sort(key=_order)
        return report


def _with_clause(pair: Pair, f: Finding) -> Finding:
    """A finding whose output and source passages sit in aligned clauses names the source clause
    too (the review page shows it), whichever check found it."""
    if f.source_clause is not None or f.output_span is None or f.source_span is None:
        return f
    link = pair.alignment.link_of(f.output_span)
    if link is None:
        return f
    clause = next((c for c in link.sources if c.span.contains(f.source_span)), None)
    return replace(f, source_clause=clause.span) if clause is not None else f


def _pos(span: Span | None) -> tuple[int, int] | None:
    return (span.start, span.end) if span is not None else None


def _order(f: Finding) -> tuple[int, int, int]:
    start = f.output_span.start if f.output_span else -1
    return (start, -int(f.severity), 0)


_default: Verifier | None = None


def check(source: str, output: str, use_case: str | None = None) -> Report:
    """Check `output` against `source`; the default verifier is built on first use."""
    global _default
    if _default is None:
        _default = Verifier()
    return _default.check(source, output, use_case)
