"""Superviser — the human review of every proposition: decisions on findings, corrections as
data, validation (never while an error is neither fixed nor dismissed) and provenance."""

from avec.review.corrections import CATEGORIES, Correction, changed_spans, prefill
from avec.review.service import (
    Case,
    ReviewError,
    blocking,
    decide_finding,
    load_case,
    provenance,
    record_manual_task,
    reject,
    validate,
)

__all__ = [
    "CATEGORIES", "Case", "Correction", "ReviewError", "blocking", "changed_spans",
    "decide_finding", "load_case", "prefill", "provenance", "record_manual_task", "reject",
    "validate",
]  # fmt: skip
