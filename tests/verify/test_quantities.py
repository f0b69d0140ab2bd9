"""Numbers, units and frequencies — each row: source, generated text, what must be flagged."""

import pytest

from avec.verify import Verifier
from tests.conftest import flagged

# (source, output, category flagged, the output text it points at)
MUST_FLAG = [
    ("Kardégic 75 mg le matin.", "Kardégic 150 mg le matin.", "value_changed", "150 mg"),
    ("Lévothyrox 75 µg le matin.", "Lévothyrox 75 mg le matin.", "unit_magnitude", "75 mg"),
    ("Furosémide 40 mg.", "Furosémide 40 g.", "unit_magnitude", "40 g"),
    ("Perfusion de 500 mL de sérum.", "Perfusion de 500 L de sérum.", "unit_magnitude", "500 L"),
    (
        "Lovenox 4000 UI par jour.",
        "Lovenox 4000 mg par jour.",
        "unit_magnitude",
        "4000 mg par jour",
    ),
    ("Doliprane 1 g x3/j.", "Doliprane 1 g x4/j.", "frequency_changed", "x4/j"),
    (
        "Eliquis 5 mg matin et soir.",
        "Eliquis 5 mg 3 fois par jour.",
        "frequency_changed",
        "3 fois par jour",
    ),
    (
        "Augmentin 1 g toutes les 8 h.",
        "Augmentin 1 g toutes les 12 h.",
        "frequency_changed",
        "toutes les 12 h",
    ),
    ("PA 130/80 mmHg.", "PA 150/80 mmHg.", "value_changed", "150/80 mmHg"),
    ("T° 38,2 °C.", "T° 39,2 °C.", "value_changed", "39,2 °C"),
    ("HbA1c 7,8 %.", "HbA1c 8,7 %.", "value_changed", "8,7 %"),
    ("Créatinine 95 µmol/L.", "Créatinine 195 µmol/L.", "value_changed", "195 µmol/L"),
    (
        "Traitement : Amlor 5 mg.",
        "Traitement : Amlor 5 mg. Poids 82 kg.",
        "unsupported_value",
        "82 kg",
    ),
    (
        "Doliprane 1 g 2 à 3 fois par jour.",
        "Doliprane 2 g 2 à 3 fois par jour.",
        "value_changed",
        "2 g",
    ),
    ("Fentanyl 25 µg/h.", "Fentanyl 25 mg/h.", "unit_magnitude", "25 mg/h"),
]

# Paraphrases a clinician accepts.
MUST_NOT_FLAG = [
    ("Doliprane 1 g x3/j.", "Doliprane 1000 mg trois fois par jour."),
    ("Lévothyrox 0,5 mg.", "Lévothyrox 500 µg."),
    ("Prendre 2 cp le soir.", "Prendre deux comprimés le soir."),
    ("Eliquis 5 mg x2/j.", "Eliquis 5 mg matin et soir."),
    ("Tension à 13/8.", "PA 130/80 mmHg."),
    ("FC 72/min.", "Fréquence cardiaque 72 bpm."),
    ("T° 38°2.", "Température 38,2 °C."),
    ("Doliprane 1 g toutes les 8 h.", "Doliprane 1 g 3 fois par jour."),
    ("Doliprane 1 g x3/j.", "Paracétamol 3 g par jour, en trois prises de 1 g."),
    ("Kardégic 75 mg/j.", "Kardégic 75 mg une fois par jour."),
    ("Antibiothérapie pendant 7 jours.", "Antibiothérapie pendant une semaine."),
    ("Poids 1 200 g.", "Poids 1,2 kg."),
    ("1/2 cp le soir.", "Un demi comprimé le soir."),
    ("Méthotrexate 15 mg une fois par semaine.", "Méthotrexate 15 mg par semaine, le lundi."),
]


@pytest.mark.parametrize(("source", "output", "category", "span"), MUST_FLAG)
def test_flags(verifier: Verifier, source: str, output: str, category: str, span: str) -> None:
    found = flagged(verifier, source, output, "quantities")
    assert [
        (f.category, output[f.output_span.start : f.output_span.end])
        for f in found
        if f.output_span
    ] == [(category, span)]


@pytest.mark.parametrize(("source", "output"), MUST_NOT_FLAG)
def test_accepts_paraphrases(verifier: Verifier, source: str, output: str) -> None:
    assert flagged(verifier, source, output, "quantities") == []


def test_finding_explains_itself(verifier: Verifier) -> None:
    source, output = "Lévothyrox 75 µg le matin.", "Lévothyrox 75 mg le matin."
    (f,) = flagged(verifier, source, output, "quantities")
    assert f.severity.name == "ERROR"
    assert f.source_span is not None and source[f.source_span.start : f.source_span.end] == "75 µg"
    assert "75 µg" in f.message and f.suggestion and f.evidence == "75 µg"


# Transcripts and summaries: paraphrases found in real notes.
MORE_PARAPHRASES = [
    # A dose said without its unit ("le Doliprane 1000", "le Lévothyrox 75").
    ("Patiente : je prends le Doliprane 1000 matin et soir.", "Paracétamol 1 g matin et soir."),
    ("Patient : mon Lévothyrox 75 tous les matins.", "Lévothyroxine 75 µg le matin."),
    # A blood pressure in cmHg answered after a question.
    ("Patiente : Et ma tension ?\nDr X : 12/7, parfait.", "PA 120/70 mmHg."),
    # French fractions.
    ("Prednisone 20 mg : 1 cp 1/2 le matin.", "Prednisone 20 mg, un comprimé et demi le matin."),
    ("Furosémide 40 mg : ½ comprimé à midi.", "Furosémide 40 mg, un demi-comprimé à midi."),
    # A dose is strength × count.
    ("Paracétamol 500 mg : 2 gélules si douleur.", "Paracétamol 1 g si douleur."),
    # An amount per period, a list that is not a range.
    ("Cholécalciférol 100 000 UI par mois.", "Cholécalciférol 100 000 UI, une fois par mois."),
    ("Bilan à 1 mois, 2 mois et 3 mois.", "Bilan à un, deux et trois mois."),
]


@pytest.mark.parametrize(("source", "output"), MORE_PARAPHRASES)
def test_accepts_transcript_paraphrases(verifier: Verifier, source: str, output: str) -> None:
    assert flagged(verifier, source, output, "quantities") == []


def test_value_aligned_by_context(verifier: Verifier) -> None:
    source = (
        "Consultation de contrôle en neurologie au CHU dans 4 mois. Kinésithérapie pendant 1 mois."
    )
    output = "Consultation de contrôle en neurologie au CHU dans 1 mois."
    (f,) = flagged(verifier, source, output, "quantities")
    assert f.category == "value_changed" and f.output_span is not None
    assert f.output_span.of(output) == "1 mois"
    assert f.source_span is not None and f.source_span.of(source) == "4 mois"


def test_a_spoken_dose_still_needs_its_magnitude(verifier: Verifier) -> None:
    source = "Patient : je prends le propranolol, le 40, matin et soir."
    assert flagged(verifier, source, "Propranolol 40 mg matin et soir.", "quantities") == []
    # "40" is what the source gives this drug; "40 g" is not a way of saying it.
    assert [
        f.category
        for f in flagged(verifier, source, "Propranolol 40 g matin et soir.", "quantities")
    ] == ["value_changed"]
