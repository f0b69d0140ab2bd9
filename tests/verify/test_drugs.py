"""Drugs: added, substituted, look-alike/sound-alike, misspelt, dropped — and brand ≡ INN."""

import pytest

from avec.verify import Verifier
from tests.conftest import flagged

MUST_FLAG = [
    # (source, output, category, output span or None for an omission, source span)
    (
        "Traitement : Atarax 25 mg le soir.",
        "Traitement : Hydralazine 25 mg le soir.",
        "added",
        "Hydralazine",
        None,
    ),
    (
        "Hydroxyzine 25 mg le soir.",
        "Hydralazine 25 mg le soir.",
        "lasa",
        "Hydralazine",
        "Hydroxyzine",
    ),
    ("Xanax 0,25 mg le soir.", "Xatral 0,25 mg le soir.", "lasa", "Xatral", "Xanax"),
    ("Amlor 5 mg le matin.", "Amlor 5 mg le matin et Kardégic 75 mg.", "added", "Kardégic", None),
    ("Doliprane 1 g si douleur.", "Doliprame 1 g si douleur.", "lasa", "Doliprame", "Doliprane"),
    (
        "Traitement :\n- Eliquis 5 mg x2/j\n- Bisoprolol 2,5 mg le matin\n- Atorvastatine 20 mg le soir",
        "Traitement :\n- Eliquis 5 mg x2/j\n- Atorvastatine 20 mg le soir",
        "omitted",
        None,
        "Bisoprolol",
    ),
]

MUST_NOT_FLAG = [
    ("Doliprane 1 g x3/j.", "Paracétamol 1 g x3/j."),
    ("Kardégic 75 mg le matin.", "Acide acétylsalicylique 75 mg le matin."),
    ("Lasilix 40 mg le matin.", "Furosémide 40 mg le matin."),
    ("Eliquis 5 mg x2/j.", "Apixaban 5 mg matin et soir."),
    ("Lévothyrox 75 µg.", "Lévothyroxine 75 µg."),
    ("Amoxicilline 1 g x3/j pendant 7 jours.", "amoxicilline : 1 g trois fois par jour, 7 jours."),
    # A drug stopped in the source may be left out of the output.
    ("Arrêt du Kardégic 75 mg. Eliquis 5 mg x2/j.", "Eliquis 5 mg x2/j."),
    # A drug of another section (given during the stay) is not dropped from the discharge list.
    (
        "Pendant le séjour : Tazocilline 4 g x3/j IV.\n\nTraitement de sortie :\n- Eliquis 5 mg x2/j\n- Bisoprolol 2,5 mg le matin",
        "Traitement de sortie : Eliquis 5 mg x2/j ; Bisoprolol 2,5 mg le matin.",
    ),
    # Eponyms and ordinary words are not drugs.
    ("Maladie de Parkinson. Fer sérique bas.", "Maladie de Parkinson ; fer sérique bas."),
]


@pytest.mark.parametrize(("source", "output", "category", "out_span", "src_span"), MUST_FLAG)
def test_flags(
    verifier: Verifier,
    source: str,
    output: str,
    category: str,
    out_span: str | None,
    src_span: str | None,
) -> None:
    found = [f for f in flagged(verifier, source, output, "drugs") if f.category == category]
    assert found, f"expected a {category} finding"
    f = found[0]
    assert (f.output_span.of(output) if f.output_span else None) == out_span
    if src_span is not None:
        assert f.source_span is not None and f.source_span.of(source) == src_span


@pytest.mark.parametrize(("source", "output"), MUST_NOT_FLAG)
def test_accepts(verifier: Verifier, source: str, output: str) -> None:
    assert flagged(verifier, source, output, "drugs") == []


def test_lasa_message_names_the_confusion(verifier: Verifier) -> None:
    (f,) = flagged(verifier, "Hydroxyzine 25 mg.", "Hydralazine 25 mg.", "drugs")
    assert "confusion possible avec « Hydroxyzine »" in f.message


@pytest.mark.parametrize(
    ("source", "output"),
    [
        # A drug class and its member.
        (
            "Insuline glargine 18 UI au coucher, metformine 1000 mg x2/j.",
            "Insuline 18 UI au coucher, metformine 1 g matin et soir.",
        ),
        # A combination written with its two substances.
        (
            "Entresto 49/51 mg : 1 cp matin et soir.",
            "Sacubitril/valsartan 49/51 mg, un comprimé matin et soir.",
        ),
        # English INN in an abstract, French DCI in the synthesis.
        (
            "Patients received tranexamic acid 500 mg twice daily.",
            "L'acide tranexamique 500 mg deux fois par jour.",
        ),
    ],
)
def test_accepts_class_combination_and_english_names(
    verifier: Verifier, source: str, output: str
) -> None:
    assert [
        f for f in flagged(verifier, source, output, "drugs") if f.category in ("added", "lasa")
    ] == []
