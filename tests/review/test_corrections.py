"""Corrections as data: changed regions, edit distance, categories pre-filled from findings and
the word-level diff; a finding is fixed when its span's text changed."""

from __future__ import annotations

from typing import Any

import pytest

from avec.review.corrections import category_of, changed_spans, measure, prefill
from avec.review.service import Case, fixed
from avec.store.tables import Request

BEFORE = "Traitement : Lévothyrox 75 mg le matin. Pas de fièvre."


def test_nothing_changed() -> None:
    change = measure(BEFORE, BEFORE)
    assert (change.distance, change.corrected) == (0.0, False) and changed_spans(
        BEFORE, BEFORE
    ) == []


def test_a_unit_fix_is_small_and_a_unit() -> None:
    after = BEFORE.replace("75 mg", "75 µg")
    change = measure(BEFORE, after)
    assert change.corrected and 0 < change.distance < 0.05
    assert prefill(BEFORE, after, []) == ["unit"]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (BEFORE.replace("75", "50"), ["number"]),
        (BEFORE + " Revoir dans huit jours avec un bilan.", ["omission"]),
        (BEFORE.replace(" Pas de fièvre.", ""), ["invented"]),
        (BEFORE.replace("Pas de", "Absence de"), ["style"]),
    ],
)
def test_categories_from_the_diff(after: str, expected: list[str]) -> None:
    assert prefill(BEFORE, after, []) == expected


def test_confirmed_findings_give_their_category() -> None:
    findings: list[dict[str, Any]] = [{"check": "drugs", "category": "lasa"},
                                      {"check": "quantities", "category": "unit_magnitude"},
                                      {"check": "support", "category": "unsupported_statement"}]  # fmt: skip
    assert [category_of(f) for f in findings] == ["drug", "unit", "invented"]
    assert prefill(BEFORE, BEFORE, findings) == ["unit", "drug", "invented"]  # taxonomy order


def case_with(span: tuple[int, int]) -> Case:
    request = Request(id="r", status="pending_review", owner="alice", model="m", use_case="u")
    finding = {"check": "quantities", "severity": "error", "output_span": list(span)}
    return Case(request, "source", "sent", BEFORE, [finding])


def test_a_finding_is_fixed_only_when_its_text_changed() -> None:
    start = BEFORE.index("75 mg")
    case = case_with((start, start + 5))
    assert fixed(case, 0, BEFORE.replace("75 mg", "75 µg"))
    assert not fixed(case, 0, BEFORE.replace("Pas de fièvre", "Apyrexie"))
    assert fixed(case, 0, BEFORE.replace("Lévothyrox 75 mg ", "Lévothyrox "))  # removed
    assert not fixed(case, 0, BEFORE.replace("75 mg le", "75 mg (à vérifier) le"))  # left as is
