"""The exercises checked with avec itself: `avec_detects` must match what the checker finds, and
the detector's agreement on the « pseudonymiser » exercises is reported (avec's code unchanged)."""

from __future__ import annotations

from functools import cache

import pytest

from avec.learn.modules import Question, load_quizzes
from avec.privacy import Detector
from avec.verify import Verifier


def _exercises(kind: str) -> list[tuple[str, Question]]:
    return [(q.module, x) for q in load_quizzes() for x in q.questions if x.kind == kind]


@cache
def _verifier() -> Verifier:
    return Verifier()


@pytest.mark.parametrize(
    ("module", "exercise"), _exercises("spot_error"), ids=lambda v: getattr(v, "id", v)
)
def test_spot_error_matches_avec(module: str, exercise: Question) -> None:
    assert exercise.source is not None and exercise.proposition is not None
    (start, end), *_ = exercise.spans(exercise.correct[0])
    report = _verifier().check(exercise.source, exercise.proposition)
    hits = [
        f
        for f in report.findings
        if f.output_span is not None and f.output_span.start < end and start < f.output_span.end
    ]
    # avec_detects: false keeps the exercise as a lesson: avec does not see everything.
    assert bool(hits) is exercise.avec_detects, (module, exercise.id, report.findings)


def _agreement(detector: Detector) -> tuple[list[str], list[str]]:
    """Identifying passages the detector misses, and non-identifying ones it flags."""
    missed: list[str] = []
    flagged: list[str] = []
    for module, x in _exercises("pseudonymize"):
        assert x.text is not None
        entities = detector.detect(x.text)
        for answer in x.answers:
            found = any(
                e.start < end and s < e.end for s, end in x.spans(answer.id) for e in entities
            )
            where = f"{module}/{x.id}: {answer.text}"
            if answer.id in x.correct and not found:
                missed.append(where)
            elif answer.id not in x.correct and found:
                flagged.append(where)
    return missed, flagged


def test_pseudonymize_agreement_rules_only() -> None:
    missed, flagged = _agreement(Detector(use_ner=False))
    print(f"rules only — missed: {missed}; flagged: {flagged}")
    assert not missed and not flagged


def test_pseudonymize_agreement_default_detector() -> None:
    missed, flagged = _agreement(Detector())
    print(f"default (NER) — missed: {missed}; flagged: {flagged}")
    assert not missed and not flagged
