import pytest

from avec.text.assertion import (
    AFFIRMED,
    CONDITIONAL,
    HYPOTHESIS,
    NEGATED,
    POSITIVE,
    QUESTION,
    find_assertions,
    mention_index,
)
from avec.text.normalize import fold


def statuses(text: str) -> dict[str, str]:
    folded = fold(text)
    return {
        t.span.of(text).split()[0].lower(): a.status
        for a in find_assertions(text, folded)
        for t in a.terms
    }


@pytest.mark.parametrize(
    ("text", "term", "status"),
    [
        ("Pas de fièvre.", "fièvre", NEGATED),
        ("Absence de douleur thoracique.", "douleur", NEGATED),
        ("Pas de nausée ni de vomissement.", "vomissement", NEGATED),
        ("Sans nausée et de vomissements.", "vomissements", NEGATED),
        ("Pas d'allergie connue.", "allergie", NEGATED),
        ("Fièvre absente.", "fièvre", NEGATED),
        ("Tabac : non.", "tabac", NEGATED),
        ("Le patient ne fume pas.", "fume", NEGATED),
        ("Non fumeur.", "fumeur", NEGATED),
        ("Suspicion de pneumopathie.", "pneumopathie", HYPOTHESIS),
        ("Pneumopathie probable.", "pneumopathie", HYPOTHESIS),
        ("Embolie pulmonaire non exclue.", "embolie", HYPOTHESIS),
    ],
)
def test_status_of_a_finding(text: str, term: str, status: str) -> None:
    assert statuses(text).get(term) == status


@pytest.mark.parametrize(
    "text",
    [
        "Pas de changement de traitement.",  # pseudo-negation
        "Sans doute une grippe.",
    ],
)
def test_pseudo_negations_are_not_negations(text: str) -> None:
    assert NEGATED not in statuses(text).values()


def test_scope_stops_at_a_comma() -> None:
    text = "Pas de fièvre, toux productive."
    folded = fold(text)
    toux = mention_index(folded, find_assertions(text, folded))["toux"]
    assert [m.status for m in toux] == [AFFIRMED]


@pytest.mark.parametrize(
    ("text", "head", "status"),
    [
        ("Des hypoglycémies ?", "hypoglycemie", QUESTION),
        ("Reconsulter en cas de fièvre.", "fievre", CONDITIONAL),
        ("Quantiferon positif.", "quantiferon", POSITIVE),
        ("Pas d'effet rebond ni de syndrome de sevrage.", "sevrage", NEGATED),
    ],
)
def test_context_of_every_word(text: str, head: str, status: str) -> None:
    folded = fold(text)
    assert [m.status for m in mention_index(folded, find_assertions(text, folded))[head]] == [
        status
    ]


def test_negative_result_is_marked_as_a_result() -> None:
    text = "Sérologie VIH négative."
    folded = fold(text)
    (a,) = find_assertions(text, folded)
    assert a.status == NEGATED and a.terms[0].result
