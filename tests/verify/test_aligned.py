"""Vérifier II: what changed between an output clause and the source clause it comes from."""

from __future__ import annotations

import pytest

from avec.verify import Verifier


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier()


def _found(verifier: Verifier, source: str, output: str, use_case: str = "consultation_note"):
    report = verifier.check(source, output, use_case)
    return [
        (f.check, f.category, f.output_span.of(output) if f.output_span else None,
         f.source_clause.of(source) if f.source_clause else None)
        for f in report.findings
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "output", "check", "category", "written"),
    [
        ("Genou gauche sans épanchement.", "Genou gauche avec épanchement.", "assertions", "negation_flip", "avec épanchement"),
        ("Le scanner n'a pas retrouvé de lésion.", "Le scanner a retrouvé une lésion.", "assertions", "negation_flip", "a retrouvé"),
        ("Les marqueurs sont négatifs.", "Les marqueurs sont positifs.", "assertions", "negation_flip", "marqueurs sont positifs"),
        ("Il n'y a pas de nouvelle lésion.", "Il y a une nouvelle lésion.", "assertions", "negation_flip", "y a une nouvelle"),
        ("Hypokaliémie à 3,1 mmol/L.", "Hyperkaliémie à 3,1 mmol/L.", "assertions", "antonym", "Hyperkaliémie"),
        ("Sa fille a un diabète.", "Son fils a un diabète.", "assertions", "person_changed", "fils"),
        ("Antécédent de néphrectomie gauche en 2010.", "Antécédent de néphrectomie droite en 2010.", "laterality", "side_swapped", "néphrectomie droite"),
        ("Revoir dans 3 semaines avec les résultats.", "Revoir dans 3 mois avec les résultats.", "quantities", "duration_changed", "3 mois"),
    ],
)  # fmt: skip
def test_one_word_edits_of_a_copied_clause(
    verifier: Verifier, source: str, output: str, check: str, category: str, written: str
) -> None:
    found = _found(verifier, source, output)
    hits = [f for f in found if f[0] == check and f[1] == category]
    assert hits, found
    assert written in hits[0][2]
    assert hits[0][3] == source  # the source clause it was compared with


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Antécédents : aucun. Allergies : aucune.", "Pas d'antécédent. Aucune allergie connue."),
        ("Pas de fièvre, pas de toux.", "Ni fièvre ni toux."),
        ("Pas de fièvre.", "Apyrétique."),
        ("Matin et soir, revoir dans 7 jours.", "Matin et soir, revoir dans une semaine."),
        ("Médecin : Des allergies ?\nPatient : Non, aucune.", "Pas d'allergie connue."),
    ],
)
def test_faithful_rewordings_are_left_quiet(verifier: Verifier, source: str, output: str) -> None:
    found = [f for f in _found(verifier, source, output) if f[0] in ("assertions", "quantities")]
    assert found == []


def test_an_answer_contradicted_by_the_note(verifier: Verifier) -> None:
    source = "Médecin : Vous avez mal dans la poitrine ?\nPatiente : Oui, quand je tousse."
    found = _found(verifier, source, "Pas de douleur thoracique.")
    assert [f[1] for f in found if f[0] == "assertions"] == ["negation_flip"]


def test_a_relatives_condition_given_to_the_patient(verifier: Verifier) -> None:
    source = "Patient : Dans la famille, c'est mon frère qui est épileptique ; moi, rien.\nMédecin : Bien."
    output = "Antécédents : épilepsie."
    found = _found(verifier, source, output)
    assert [f[1] for f in found if f[0] == "assertions"] == ["person_changed"]


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Kardégic : à poursuivre sans interruption.", "Kardégic : vous pouvez l'arrêter."),
        ("Ne pas frotter l'œil.", "Vous pouvez frotter l'œil doucement."),
        (
            "Conduite automobile : non autorisée avant la consultation.",
            "Vous pouvez conduire avant la consultation.",
        ),
        ("Metformine 1000 mg au cours du repas.", "Prenez la metformine 1000 mg avant le repas."),
        ("Pas d'ibuprofène.", "Vous pouvez aussi lui donner de l'ibuprofène."),
    ],
)
def test_instructions_turned_round(verifier: Verifier, source: str, output: str) -> None:
    found = _found(verifier, source, output, "patient_leaflet")
    assert any(f[0] == "assertions" for f in found), found


@pytest.mark.parametrize(
    ("source", "output"),
    [
        (
            "Kardégic 75 mg : le poursuivre, ne pas l'arrêter.",
            "Continuez le Kardégic 75 mg, ne l'arrêtez pas.",
        ),
        ("Metformine 1000 mg au cours du repas.", "Prenez la metformine 1000 mg pendant le repas."),
        ("J'ai arrêté le tabac.", "Continuez sans tabac."),
    ],
)
def test_instructions_kept_their_direction(verifier: Verifier, source: str, output: str) -> None:
    found = _found(verifier, source, output, "patient_leaflet")
    assert [f for f in found if f[1] in ("instruction_flip", "negation_flip")] == []


def test_omissions_of_a_note(verifier: Verifier) -> None:
    source = (
        "Toux depuis 5 jours. Pas de fièvre. Allergie à la pénicilline (urticaire). "
        "SpO2 96 %. Vu avec [NOM_2]."
    )
    dropped = "Consultation pour une toux."
    found = _found(verifier, source, dropped)
    omitted = [f for f in found if f[0] == "omissions"]
    assert {f[1] for f in omitted} == {"statement_omitted", "placeholder_omitted"}
    assert len(omitted) >= 4
    kept = "Toux depuis 5 jours, apyrétique. Allergie à la pénicilline (urticaire). SpO2 96 %. Vu avec [NOM_2]."
    assert [f for f in _found(verifier, source, kept) if f[0] == "omissions"] == []
    # a leaflet keeps only instructions; a literature synthesis is not judged
    assert [
        f
        for f in _found(verifier, source, dropped, "literature_synthesis")
        if f[0] == "omissions" and f[1] == "statement_omitted"
    ] == []
