"""The governed generation pipeline (see avec.pipeline.governed) and request linting."""

from avec.pipeline.governed import PENDING_REVIEW, Outcome, Pipeline, Prepared, Refused
from avec.pipeline.limits import Exceeded, check_limits, check_practice
from avec.pipeline.lint import Issue, LintReport, lint_request

__all__ = [
    "PENDING_REVIEW",
    "Exceeded",
    "Issue",
    "LintReport",
    "Outcome",
    "Pipeline",
    "Prepared",
    "Refused",
    "check_limits",
    "check_practice",
    "lint_request",
]
