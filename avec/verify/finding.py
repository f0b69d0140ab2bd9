"""What a check reports: `Finding` (one explainable problem) and `Report` (all of them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from avec.text.span import Span


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        return cls[name.upper()]


@dataclass(frozen=True, slots=True)
class Finding:
    check: str  # checker id: "quantities", "drugs", …
    category: str  # finer kind: "value_changed", "unit_magnitude", "lasa", …
    severity: Severity
    output_span: Span | None
    source_span: Span | None
    message: str  # French, for the professional
    suggestion: str = ""
    evidence: str = ""  # the source text that supports or contradicts, quoted
    source_clause: Span | None = None  # the source clause the output clause was compared with

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "category": self.category,
            "severity": str(self.severity),
            "output_span": self.output_span.as_list() if self.output_span else None,
            "source_span": self.source_span.as_list() if self.source_span else None,
            "message": self.message,
            "suggestion": self.suggestion,
            "evidence": self.evidence,
            "source_clause": self.source_clause.as_list() if self.source_clause else None,
        }


@dataclass(slots=True)
class Report:
    source: str
    output: str
    use_case: str | None = None
    findings: list[Finding] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)

    def at_least(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity >= severity]

    @property
    def max_severity(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    def summary(self) -> dict[str, Any]:
        by_severity = {str(s): 0 for s in Severity}
        by_check: dict[str, int] = {}
        for f in self.findings:
            by_severity[str(f.severity)] += 1
            by_check[f.check] = by_check.get(f.check, 0) + 1
        return {
            "total": len(self.findings),
            "by_severity": by_severity,
            "by_check": by_check,
            "use_case": self.use_case,
            "max_severity": str(self.max_severity) if self.max_severity is not None else None,
        }

    def to_dict(self) -> dict[str, Any]:
        return {"findings": [f.to_dict() for f in self.findings], "summary": self.summary()}
