import pytest

from avec.clinical.drugs import default_lexicon, equivalent
from avec.clinical.lasa import confusable
from avec.clinical.phonetic import phonetic_key


@pytest.mark.parametrize(
    ("brand", "inn"),
    [
        ("Doliprane", "paracétamol"),
        ("Kardégic", "acide acétylsalicylique"),
        ("Lasilix", "furosémide"),
        ("Eliquis", "apixaban"),
        ("Lévothyrox", "lévothyroxine"),
        ("Augmentin", "amoxicilline"),
        ("Lovenox", "énoxaparine"),
        ("Xarelto", "rivaroxaban"),
    ],
)
def test_brand_equals_inn(brand: str, inn: str) -> None:
    lex = default_lexicon()
    a, b = lex.get(brand), lex.get(inn)
    assert a is not None and b is not None and equivalent(a, b)


@pytest.mark.parametrize(("a", "b"), [("Doliprane", "furosémide"), ("Eliquis", "Xarelto")])
def test_different_drugs_are_not_equivalent(a: str, b: str) -> None:
    lex = default_lexicon()
    ea, eb = lex.get(a), lex.get(b)
    assert ea is not None and eb is not None and not equivalent(ea, eb)


def test_longest_match_and_ordinary_words() -> None:
    text = "amoxicilline acide clavulanique, fer sérique, solution, chlorure de potassium"
    names = [m.span.of(text) for m in default_lexicon().find(text)]
    assert names == ["amoxicilline acide clavulanique", "chlorure de potassium"]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("hydroxyzine", "hydralazine", "documented"),
        ("Doliprane", "Doliprame", "spelling"),
        ("amoxicilline", "amoxiciline", "phonetic"),
    ],
)
def test_confusable(a: str, b: str, reason: str) -> None:
    c = confusable(a, b)
    assert c is not None and c.reason == reason


def test_not_confusable() -> None:
    assert confusable("paracétamol", "furosémide") is None
    assert phonetic_key("Kardégic") == phonetic_key("Cardégique")
