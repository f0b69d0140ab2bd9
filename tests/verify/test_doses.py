import pytest

from avec.verify import Verifier
from tests.conftest import flagged


@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("Doliprane 6 g par jour.", "above_usual_max", "6 g par jour"),
        ("Paracétamol 2 g x4/j.", "above_usual_max", "2 g"),
        ("Méthotrexate 15 mg par jour.", "weekly_as_daily", "15 mg par jour"),
        ("Méthotrexate 10 mg x1/j.", "weekly_as_daily", "10 mg"),
        ("Colchicine 6 mg par jour.", "above_usual_max", "6 mg par jour"),
        ("Digoxine 2,5 mg le matin.", "above_usual_max", "2,5 mg"),
        ("Lévothyrox 100 mg le matin.", "above_usual_max", "100 mg"),
    ],
)
def test_implausible_doses(verifier: Verifier, text: str, category: str, span: str) -> None:
    # The source carries the same text: the dose is implausible whatever the source says.
    found = flagged(verifier, text, text, "doses")
    assert [(f.category, f.output_span.of(text) if f.output_span else None) for f in found] == [
        (category, span)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Doliprane 1 g x3/j.",
        "Paracétamol 1 g toutes les 6 h.",
        "Méthotrexate 15 mg une fois par semaine le lundi.",
        "Colchicine 1 mg le premier jour puis 0,5 mg x2/j.",
        "Digoxine 0,125 mg le matin.",
        "Lévothyrox 100 µg le matin.",
        "Kardégic 75 mg par jour.",
    ],
)
def test_usual_doses(verifier: Verifier, text: str) -> None:
    assert flagged(verifier, text, text, "doses") == []


def test_finding_cites_the_reference(verifier: Verifier) -> None:
    (f,) = flagged(verifier, "Doliprane 6 g par jour.", "Doliprane 6 g par jour.", "doses")
    assert "4000" in f.message and "RCP" in f.evidence
