"""The `Checker` contract and the registry of checkers.

A checker compares the analysed output with the analysed source and yields findings. It is
deterministic, explains itself, never calls a model. Built-ins are declared as entry points
(group `avec.checkers`) in pyproject.toml, exactly as a site's own plugin would be.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import entry_points
from typing import ClassVar, Protocol, runtime_checkable

from avec.verify.document import Pair
from avec.verify.finding import Finding

ENTRY_POINT_GROUP = "avec.checkers"


@runtime_checkable
class Checker(Protocol):
    id: ClassVar[str]
    label: ClassVar[str]  # French name shown to users

    def check(self, pair: Pair) -> Iterable[Finding]: ...


# Used when the package metadata is not installed (running from a source tree).
BUILTIN = {
    "quantities": "avec.verify.checkers.quantities:QuantityChecker",
    "drugs": "avec.verify.checkers.drugs:DrugChecker",
    "assertions": "avec.verify.checkers.assertions:AssertionChecker",
    "dates": "avec.verify.checkers.dates:DateChecker",
    "laterality": "avec.verify.checkers.laterality:LateralityChecker",
    "citations": "avec.verify.checkers.citations:CitationChecker",
    "notation": "avec.verify.checkers.notation:NotationChecker",
    "doses": "avec.verify.checkers.doses:DoseChecker",
    "support": "avec.verify.checkers.support:SupportChecker",
    "omissions": "avec.verify.checkers.omissions:OmissionChecker",
}


def _load(target: str) -> type[Checker]:
    module, _, attr = target.partition(":")
    mod = __import__(module, fromlist=[attr])
    cls: type[Checker] = getattr(mod, attr)
    return cls


def registered() -> dict[str, type[Checker]]:
    """Checker classes by id: the built-ins, then any installed plugin (which may override)."""
    classes = {name: _load(target) for name, target in BUILTIN.items()}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.value != BUILTIN.get(ep.name):
            classes[ep.name] = ep.load()
    return classes
