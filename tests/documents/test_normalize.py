"""Normalisation rules, one by one."""

from __future__ import annotations

import pytest

from avec.documents.normalize import HYPHEN_MARK, clean, join_hyphenated, strip_repeated


def test_nfc_spaces_ligatures_and_invisible_characters() -> None:
    raw = (
        "Le\u0301vothyrox 75\u00a0µg\r\n"  # decomposed é, no-break space, Windows line end
        "Metformine 1\u202f000\u00a0mg\u200b\u00ad\ufeff\x07\r"  # thin no-break space, invisibles
        "ﬁbrose, « ok »\u2028\n\n\n\nfin   "
    )
    assert clean(raw).text == "Lévothyrox 75 µg\nMetformine 1 000 mg\nfibrose, « ok »\n\nfin"


def test_spaces_are_replaced_one_for_one() -> None:
    text = "95\u00a0µmol/L\u2009; 1\u202f000\u2007mg"
    assert clean(text).text == "95 µmol/L ; 1 000 mg"
    assert len(clean(text).text) == len(text)


def test_bullets_become_dashes_only_at_line_start() -> None:
    text = "•\tLévothyrox\n  \uf0b7 Kardégic\n▪ Metformine\nA • B"
    assert clean(text).text == "- Lévothyrox\n  - Kardégic\n- Metformine\nA • B"


def test_replacement_characters_are_counted() -> None:
    assert clean("Cr\ufffdatinine").unreadable == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hypo-\nthyroïdie", "hypothyroïdie"),
        (f"hypo{HYPHEN_MARK}thyroïdie", "hypothyroïdie"),  # PDFium's own mark
        ("hypo\ufffethyroïdie", "hypothyroïdie"),
        ("hypo- \n  thyroïdie", "hypothyroïdie"),
        ("sous-\ncutanée", "sous-cutanée"),
        ("contre-\nindication", "contre-indication"),
        ("demi-\ncomprimé", "demi-comprimé"),
        ("peut-\nêtre", "peut-être"),
        ("celle-\nci", "celle-ci"),
        ("anti-\ninflammatoire", "anti-inflammatoire"),  # i meets i
        ("pré-\néclampsie", "pré-éclampsie"),
        ("Jean-\nPierre", "Jean-\nPierre"),  # a capital follows: not a split word
        ("anti-\nTNF", "anti-\nTNF"),
        ("J2-\n3 fois", "J2-\n3 fois"),  # a digit before the hyphen
        ("Traitement :\n- Kardégic", "Traitement :\n- Kardégic"),  # a list dash
    ],
)
def test_hyphenation(raw: str, expected: str) -> None:
    assert join_hyphenated(raw).text == expected


def test_the_document_spelling_decides() -> None:
    # "anticoagulant" written whole elsewhere: the split one is joined too…
    joined = join_hyphenated("anti-\ncoagulant oral ; l'anticoagulant est arrêté")
    assert joined.text.startswith("anticoagulant oral")
    assert joined.joined == ["anticoagulant"]
    # …and a compound written with its hyphen elsewhere keeps it.
    kept = join_hyphenated("post-opératoire : J1 post-\nopératoire")
    assert kept.text == "post-opératoire : J1 post-opératoire"
    assert kept.kept == ["post-opératoire"]


def test_repeated_headers_and_numbered_footers() -> None:
    pages = [
        "CHU de Test\nService de cardiologie\nTexte un.\nPage 1 sur 3",
        "CHU de Test\nService de cardiologie\nTexte deux.\nPage 2 sur 3",
        "",  # a page without text does not count
        "CHU de Test\nService de cardiologie\nTexte quatre.\nPage 4 sur 3",
    ]
    stripped = strip_repeated(pages)
    assert stripped.pages == ["Texte un.", "Texte deux.", "", "Texte quatre."]
    assert stripped.headers == ["CHU de Test", "Service de cardiologie"]
    assert stripped.footers == ["Page N sur 3"]


def test_nothing_is_stripped_without_repetition() -> None:
    assert strip_repeated(["Titre\nA", "Autre\nB"]).headers == []
    assert strip_repeated(["Seule page\nA"]).pages == ["Seule page\nA"]
    # A number that is not the page number.
    assert strip_repeated(["Lot 7\nA", "Lot 9\nB"]).headers == []


def test_a_page_made_only_of_the_header_keeps_the_rest() -> None:
    stripped = strip_repeated(["En-tête\nCorps", "En-tête"])
    assert stripped.headers == ["En-tête"]
    assert stripped.pages == ["Corps", ""]
