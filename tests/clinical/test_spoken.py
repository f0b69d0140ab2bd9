"""Quantities said aloud and the written forms they support (Vérifier II)."""

from __future__ import annotations

import pytest

from avec.verify import Verifier


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier()


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Il mesure 1 m 65.", "Taille 165 cm."),
        ("Il mesure un mètre soixante-cinq.", "Taille 1,65 m."),
        ("La créat est à cent vingt micromoles.", "Créatininémie 120 µmol/L."),
        ("Le LDL à deux grammes.", "LDL 2 g/L."),
        ("La glycémie, un gramme quatre-vingt-cinq.", "Glycémie 1,85 g/L."),
        ("Le LDL à zéro quatre-vingt-dix.", "LDL 0,90 g/L."),
        ("La kaliémie à cinq virgule un.", "Kaliémie 5,1 mmol/L."),
        ("L'hémoglobine à treize huit.", "Hémoglobine 13,8 g/dL."),
        ("La tension à 12/7, parfois 13.", "PA 120/70 mmHg, systolique jusqu'à 130 mmHg."),
        ("La tension, quatorze deux sur huit.", "PA 142/80 mmHg."),
        ("Je le prends à midi.", "Prise à 12 h."),
        ("Il faut attendre un quart d'heure.", "Attendre 15 minutes."),
        ("Doliprane 5 mL matin et soir.", "Doliprane 5 mL le matin et 5 mL le soir."),
        ("Le Lasilix, quarante le matin.", "Furosémide (Lasilix) 40 mg le matin."),
        ("Poids 92 kg, taille 1,78 m.", "Poids 92 kg, taille 1,78 m, IMC 29 kg/m²."),
        ("Née le vingt-trois mars quatre-vingt-sept.", "Née le 23/03/1987."),
    ],
)
def test_a_quantity_said_aloud_supports_its_written_form(
    verifier: Verifier, source: str, output: str
) -> None:
    found = verifier.check(source, output, "consultation_note").findings
    assert [(f.check, f.category) for f in found if f.check in ("quantities", "dates")] == []


def test_a_dose_said_without_unit_is_in_milligrams(verifier: Verifier) -> None:
    source = "Le Lasilix, quarante le matin."
    found = verifier.check(source, "Furosémide 40 g le matin.", "consultation_note").findings
    assert [f.category for f in found if f.check == "quantities"] == ["value_changed"]


def test_a_changed_spoken_value_is_still_found(verifier: Verifier) -> None:
    source = "La créat à cent soixante-dix."
    found = verifier.check(source, "Créatininémie 107 µmol/L.", "consultation_note").findings
    assert [f.check for f in found if f.output_span is not None] == ["quantities"]
