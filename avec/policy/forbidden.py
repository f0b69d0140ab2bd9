"""Uses the HAS guide excludes, recognised in a request and refused with an explanation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from avec.policy.model import ForbiddenUse, Policy
from avec.text.normalize import fold


@dataclass(frozen=True, slots=True)
class ForbiddenMatch:
    use: ForbiddenUse
    start: int
    end: int
    text: str

    @property
    def message(self) -> str:
        return f"Usage non autorisé — {self.use.label} : {self.use.explanation}"


def find_forbidden(policy: Policy, request: str) -> list[ForbiddenMatch]:
    """Every forbidden use a request asks for (patterns match the accent-free lower-case text)."""
    folded = fold(request).lower()
    found: list[ForbiddenMatch] = []
    for use in policy.forbidden_uses:
        for pattern in use.patterns:
            m = re.search(pattern, folded)
            if m:
                found.append(ForbiddenMatch(use, m.start(), m.end(), request[m.start() : m.end()]))
                break
    return found
