"""PDFs written with pypdf: text layers, scanned-like pages, passwords, damage."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from avec.documents import DocumentError, extract
from tests.documents.builders import make_pdf

HEADER = "CHU de Bordeaux — Service d’endocrinologie"
PAGE_1 = [
    HEADER,
    "Patiente de 67 ans hospitalisée pour une hypo-",
    "thyroïdie décompensée avec œdème des membres inférieurs.",
    "Créatinine : 95 µmol/L",
    "Traitement de sortie :",
    "• Lévothyrox 75 µg le matin",
    "• Metformine 1\u00a0000 mg matin et soir",
    "Compte rendu — page 1 / 2",
]
PAGE_2 = [
    HEADER,
    "Injection sous-",
    "cutanée d’enoxaparine ; traitement anti-",
    "inflammatoire arrêté. Suivi par le Dr Jean-",
    "Pierre Martin.",
    "La patiente a été informée : « ne pas interrompre le traitement ».",
    "Compte rendu — page 2 / 2",
]


def test_text_pdf_is_read_and_normalised() -> None:
    result = extract(make_pdf([PAGE_1, PAGE_2]), "lettre.pdf", "application/pdf")
    assert result.kind == "pdf"
    assert result.pages == 2
    assert result.text == (
        "Patiente de 67 ans hospitalisée pour une hypothyroïdie décompensée avec œdème des "
        "membres inférieurs.\n"
        "Créatinine : 95 µmol/L\n"
        "Traitement de sortie :\n"
        "- Lévothyrox 75 µg le matin\n"
        "- Metformine 1 000 mg matin et soir\n"
        "\n"
        "Injection sous-cutanée d’enoxaparine ; traitement anti-inflammatoire arrêté. Suivi par "
        "le Dr Jean-\n"
        "Pierre Martin.\n"
        "La patiente a été informée : « ne pas interrompre le traitement »."
    )
    assert result.warnings == [
        f"En-tête répété sur chaque page retiré : « {HEADER} ».",
        "Pied de page répété sur chaque page retiré : « Compte rendu — page N / 2 ».",
        "1 mot(s) coupé(s) en fin de ligne recollé(s) (« hypothyroïdie ») : vérifier.",
    ]


def test_word_split_across_a_page_break() -> None:
    result = extract(make_pdf([["Bilan :", "hypokali-"], ["émie à 3,1 mmol/L."]]), "a.pdf")
    assert result.text == "Bilan :\nhypokaliémie à 3,1 mmol/L."


def test_lines_that_only_look_alike_are_kept() -> None:
    pages = [[f"Jour {i} : évolution favorable sous traitement substitutif progressif.", "Fin."]
             for i in (1, 2)]  # fmt: skip
    result = extract(make_pdf(pages), "a.pdf")
    assert "Jour 1 : évolution" in result.text and "Jour 2 : évolution" in result.text
    assert result.text.count("Fin.") == 0  # identical last line on every page: a footer
    assert any("Pied de page" in w and "« Fin. »" in w for w in result.warnings)


def test_scanned_page_among_text_pages_is_reported() -> None:
    result = extract(
        make_pdf([["Créatinine : 95 µmol/L"], None, ["Lévothyrox 75 µg le matin"]]), "a.pdf"
    )
    assert result.pages == 3
    assert result.text == "Créatinine : 95 µmol/L\n\nLévothyrox 75 µg le matin"
    assert any(
        w.startswith("page 2 sans texte : document scanné ? (pas de reconnaissance de caractères)")
        for w in result.warnings
    )


def test_scanned_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(DocumentError) as err:
        extract(make_pdf([None, None]), "ordonnance-scannee.pdf")
    assert err.value.code == "no_text"
    assert "document scanné" in str(err.value)
    assert "saisi ou dicté" in str(err.value)
    assert "2 pages" in str(err.value)


def test_password_protected_pdf_is_refused() -> None:
    data = make_pdf([["Créatinine : 95 µmol/L"]], user_password="secret")
    with pytest.raises(DocumentError) as err:
        extract(data, "resultats.pdf")
    assert err.value.code == "encrypted"
    assert "mot de passe" in str(err.value)


def test_pdf_with_only_an_owner_password_is_read() -> None:
    data = make_pdf([["Lévothyrox 75 µg le matin"]], owner_password="proprietaire")
    assert extract(data, "a.pdf").text == "Lévothyrox 75 µg le matin"


def test_truncated_pdf_is_damaged() -> None:
    data = make_pdf([PAGE_1, PAGE_2])
    with pytest.raises(DocumentError) as err:
        extract(data[: len(data) // 2], "lettre.pdf")
    assert err.value.code == "damaged"


def test_pdf_named_txt_is_read_as_pdf() -> None:
    result = extract(make_pdf([["Créatinine : 95 µmol/L"]]), "notes.txt", "text/plain")
    assert result.kind == "pdf"
    assert result.text == "Créatinine : 95 µmol/L"
    assert any("en réalité un PDF" in w for w in result.warnings)


def test_fake_pdf() -> None:
    text = extract("Créatinine : 95 µmol/L\n".encode(), "résultats.pdf")
    assert text.kind == "txt"
    assert any("n'est pas un PDF mais du texte brut" in w for w in text.warnings)
    with pytest.raises(DocumentError) as err:
        extract(bytes(range(256)) * 4, "résultats.pdf")
    assert err.value.code == "damaged"
    assert "n'est pas un PDF lisible" in str(err.value)


def test_concurrent_extractions_are_serialised() -> None:
    data = make_pdf([PAGE_1, PAGE_2])
    expected = extract(data, "a.pdf").text
    with ThreadPoolExecutor(max_workers=6) as pool:
        texts = list(pool.map(lambda _: extract(data, "a.pdf").text, range(24)))
    assert texts == [expected] * 24


def test_a_damaged_page_is_skipped_and_named() -> None:
    data = make_pdf([["Créatinine : 95 µmol/L"], ["Page deux"], ["Lévothyrox 75 µg le matin"]])
    page_2 = b"7 0 obj\n<<\n/Type /Page\n"  # pypdf numbers the second page object 7
    assert data.count(page_2) == 1
    result = extract(data.replace(page_2, b"7 0 obj\n[[\n/Type /Page\n"), "a.pdf")
    assert result.pages == 3
    assert result.text == "Créatinine : 95 µmol/L\n\nLévothyrox 75 µg le matin"
    assert "Page 2 endommagée, non lue : vérifier ce passage dans l'original." in result.warnings
