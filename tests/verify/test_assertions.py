"""Negation and hypothesis flips between source and output."""

import pytest

from avec.verify import Verifier
from tests.conftest import flagged

MUST_FLAG = [
    ("Pas de fièvre.", "Fièvre.", "negation_flip", "Fièvre"),
    (
        "Patient apyrétique, pas de fièvre depuis 48 h.",
        "Le patient présente de la fièvre.",
        "negation_flip",
        "fièvre",
    ),
    ("Allergie à la pénicilline.", "Pas d'allergie connue.", "negation_flip", "Pas d'allergie"),
    (
        "Absence de douleur thoracique.",
        "Douleur thoracique à l'effort.",
        "negation_flip",
        "Douleur thoracique",
    ),
    ("Le patient ne fume pas.", "Le patient fume un paquet par jour.", "negation_flip", "fume"),
    (
        "Suspicion de pneumopathie.",
        "Pneumopathie confirmée.",
        "hypothesis_to_certainty",
        "Pneumopathie",
    ),
    (
        "Embolie pulmonaire non exclue, angioscanner demandé.",
        "Embolie pulmonaire. Angioscanner demandé.",
        "hypothesis_to_certainty",
        "Embolie pulmonaire",
    ),
    ("Toux présente depuis 3 jours.", "Pas de toux.", "negation_flip", "Pas de toux"),
    ("Quantiferon positif.", "Quantiferon négatif.", "negation_flip", "Quantiferon négatif"),
]

MUST_NOT_FLAG = [
    ("Pas de fièvre.", "Apyrétique, pas de fièvre."),
    ("Pas de fièvre, toux sèche.", "Toux sèche sans fièvre."),
    (
        "Pas de douleur thoracique. Douleur abdominale.",
        "Douleur abdominale sans douleur thoracique.",
    ),
    ("Fièvre à 39 °C.", "Fièvre à 39 °C."),
    ("Pas de changement de traitement.", "Traitement inchangé."),
    ("Suspicion de pneumopathie.", "Pneumopathie suspectée."),
    ("Pas de nausée ni de vomissement.", "Ni nausée ni vomissement."),
    # Transcripts: a question asserts nothing; the answer does.
    ("Des hypoglycémies ? Non, aucune.", "Aucune hypoglycémie."),
    # A condition is not a finding.
    ("Apyrétique. Reconsulter en cas de fièvre.", "Pas de fièvre ; reconsulter si fièvre."),
    # A negative test result is not contradicted by naming the test.
    ("Rhésus négatif : Rhophylac injecté.", "Prévention de l'allo-immunisation rhésus."),
    # Instructions to the patient and drugs are not findings.
    (
        "Metformine 1000 mg x2/j, à arrêter le jour de l'examen.",
        "Ne prenez pas la metformine le jour de l'examen.",
    ),
    ("Pas de bain pendant 10 jours.", "Bain proscrit pendant 10 jours."),
]


@pytest.mark.parametrize(("source", "output", "category", "span"), MUST_FLAG)
def test_flags(verifier: Verifier, source: str, output: str, category: str, span: str) -> None:
    found = flagged(verifier, source, output, "assertions")
    assert [(f.category, f.output_span.of(output) if f.output_span else None) for f in found] == [
        (category, span)
    ]


@pytest.mark.parametrize(("source", "output"), MUST_NOT_FLAG)
def test_accepts(verifier: Verifier, source: str, output: str) -> None:
    assert flagged(verifier, source, output, "assertions") == []


@pytest.mark.parametrize(
    ("source", "output", "span"),
    [
        ("Ne pas conduire pendant 24 heures.", "Conduisez pendant 24 heures.", "Conduisez"),
        (
            "Ne pas modifier son traitement soi-même.",
            "Modifiez votre traitement vous-même.",
            "Modifiez",
        ),
        (
            "La conduite n'est pas autorisée avant le contrôle.",
            "Vous pouvez conduire dès demain.",
            "Vous pouvez conduire",
        ),
    ],
)
def test_instruction_flips(verifier: Verifier, source: str, output: str, span: str) -> None:
    found = flagged(verifier, source, output, "assertions")
    assert [f.output_span.of(output) for f in found if f.output_span] == [span]


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Ne pas conduire pendant 24 heures.", "Ne conduisez pas pendant 24 heures."),
        ("Conduite déconseillée 48 h.", "Évitez de conduire pendant 48 heures."),
    ],
)
def test_instructions_kept(verifier: Verifier, source: str, output: str) -> None:
    assert flagged(verifier, source, output, "assertions") == []


def test_findings_stated_by_a_word(verifier: Verifier) -> None:
    assert [
        f.category for f in flagged(verifier, "Pas de fièvre.", "Patient fébrile.", "assertions")
    ] == ["negation_flip"]
    assert flagged(verifier, "Patient apyrétique.", "Pas de fièvre.", "assertions") == []
