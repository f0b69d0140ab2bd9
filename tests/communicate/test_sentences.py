import pytest

from avec.communicate import split_sentences


def sentences(text: str) -> list[str]:
    return [span.of(text) for span in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Dr. Martin vous reçoit. M. Dupont aussi.",
            ["Le Dr. Martin vous reçoit.", "M. Dupont aussi."],
        ),
        (
            "Mangez des fruits, p. ex. Des pommes. Évitez le sel, etc. Bougez.",
            ["Mangez des fruits, p. ex. Des pommes.", "Évitez le sel, etc.", "Bougez."],
        ),
        ("Dr J.-P. Roux signe. Fin.", ["Dr J.-P. Roux signe.", "Fin."]),
        ("Vitamine D. Prenez-la le matin.", ["Vitamine D.", "Prenez-la le matin."]),
        (
            "Prenez 2,5 mg. Puis 38.5 degrés le soir. 3 jours après, arrêtez.",
            ["Prenez 2,5 mg.", "Puis 38.5 degrés le soir.", "3 jours après, arrêtez."],
        ),
        (
            "« Bonjour ! » dit-il. Pourquoi ? Parce que.",
            ["« Bonjour ! » dit-il.", "Pourquoi ?", "Parce que."],
        ),
        ("Il a chaud… on verra. Voilà.", ["Il a chaud… on verra.", "Voilà."]),
        ("Voir réf. 12 et c.-à-d. Rien.", ["Voir réf. 12 et c.-à-d. Rien."]),
        (
            "Bonjour M. Dupont. Marchez 3 000 m. Puis 5 mm. Fin.",
            ["Bonjour M. Dupont.", "Marchez 3 000 m.", "Puis 5 mm.", "Fin."],
        ),
    ],
)
def test_punctuation_and_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_every_list_item_is_a_sentence_without_its_marker() -> None:
    text = (
        "Votre traitement :\n"
        "- paracétamol 1 g matin et soir\n"
        "• ibuprofène si besoin\n"
        "1. Lisez la notice\n"
        "2) Gardez-la\n"
        "a) première\n"
        "Fin du texte"
    )
    assert sentences(text) == [
        "Votre traitement :",
        "paracétamol 1 g matin et soir",
        "ibuprofène si besoin",
        "Lisez la notice",
        "Gardez-la",
        "première",
        "Fin du texte",
    ]


def test_line_breaks() -> None:
    wrapped = "Cette lettre est écrite sur plusieurs\nlignes coupées. Une autre phrase.\n\nFin"
    assert sentences(wrapped) == [
        "Cette lettre est écrite sur plusieurs\nlignes coupées.",
        "Une autre phrase.",
        "Fin",
    ]
    assert sentences("Titre en haut\nPremière phrase du corps.") == [
        "Titre en haut",
        "Première phrase du corps.",
    ]
    assert sentences("Un, deux,\nTrois et quatre.") == ["Un, deux,\nTrois et quatre."]
    assert sentences("Ligne une\r\nLigne deux") == ["Ligne une", "Ligne deux"]


def test_spans_are_trimmed_offsets_into_the_text() -> None:
    text = "  Un.   Deux !\n\n   - Trois  \n"
    spans = split_sentences(text)
    assert [s.of(text) for s in spans] == ["Un.", "Deux !", "Trois"]
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "- \n* \n"])
def test_nothing_to_split(text: str) -> None:
    assert split_sentences(text) == []
