"""Vérifier: check a generated text against its source (numbers, units, drugs, negations, dates,
laterality, citations, notation, doses). Deterministic, explainable, no model in the hot path.

>>> report = check("Doliprane 1 g matin et soir.", "Paracétamol 1000 mg x2/j.")
>>> report.findings
[]
"""

from avec.verify.finding import Finding, Report, Severity
from avec.verify.runner import Verifier, check

__all__ = ["Finding", "Report", "Severity", "Verifier", "check"]
