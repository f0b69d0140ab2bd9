from __future__ import annotations

import pytest

from avec.verify import Finding, Verifier


@pytest.fixture(scope="session")
def verifier() -> Verifier:
    return Verifier()


def flagged(
    verifier: Verifier,
    source: str,
    output: str,
    check: str | None = None,
    use_case: str | None = None,
) -> list[Finding]:
    """Findings of severity ≥ warning, optionally of one check."""
    report = verifier.check(source, output, use_case)
    return [
        f for f in report.findings if int(f.severity) >= 1 and (check is None or f.check == check)
    ]
