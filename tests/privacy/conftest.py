from __future__ import annotations

import pytest

from avec.privacy import Detector, Entity


@pytest.fixture(scope="session")
def rules() -> Detector:
    """Rules, lexicons and propagation without the NER model (fast, deterministic)."""
    return Detector(use_ner=False)


@pytest.fixture(scope="session")
def full() -> Detector:
    """The default detector, spaCy's French NER included."""
    return Detector()


def spans(entities: list[Entity]) -> set[tuple[str, str]]:
    return {(e.label.value, e.text) for e in entities}
