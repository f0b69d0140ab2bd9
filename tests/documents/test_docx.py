"""Word documents built as Word saves them (zip of WordprocessingML parts)."""

from __future__ import annotations

import pytest

from avec.documents import DocumentError, extract
from tests.documents.builders import make_docx, make_zip, para, run, table

LETTER = "".join(
    [
        para("Compte rendu d’hospitalisation"),
        # Word splits runs anywhere (spell check, formatting): the word must come back whole.
        para(run("Patiente traitée pour hypo"), run("thyroïdie", bold=True), run(" décompensée.")),
        table(
            [
                ["Examen", "Résultat", "Normes"],
                ["TSH", "12,4 mUI/L", "0,4 – 4,0"],
                ["Créatinine", "95 µmol/L", "45 – 90"],
            ]
        ),
        para("Traitement de sortie :"),
        para("Lévothyrox 75 µg le matin", num=(1, 0)),
        para("Kardégic 75 mg par jour", num=(1, 0)),
        para("Metformine 1\u202f000 mg matin et soir", num=(1, 0)),
        para("Conduite à tenir :"),
        para("Contrôle de la TSH dans 6 semaines", num=(2, 0)),
        para("à jeun", num=(2, 1)),
        para("au laboratoire de ville", num=(2, 1)),
        para("Consultation d’endocrinologie à 3 mois", num=(2, 0)),
        para("La patiente a été informée : « ne pas interrompre le traitement »."),
    ]
)


def test_letter_with_table_and_lists() -> None:
    result = extract(make_docx(LETTER), "lettre.docx")
    assert result.kind == "docx"
    assert result.pages is None
    assert result.warnings == []
    assert result.text == (
        "Compte rendu d’hospitalisation\n"
        "Patiente traitée pour hypothyroïdie décompensée.\n"
        "Examen | Résultat | Normes\n"
        "TSH | 12,4 mUI/L | 0,4 – 4,0\n"
        "Créatinine | 95 µmol/L | 45 – 90\n"
        "Traitement de sortie :\n"
        "- Lévothyrox 75 µg le matin\n"
        "- Kardégic 75 mg par jour\n"
        "- Metformine 1 000 mg matin et soir\n"
        "Conduite à tenir :\n"
        "1. Contrôle de la TSH dans 6 semaines\n"
        "  a) à jeun\n"
        "  b) au laboratoire de ville\n"
        "2. Consultation d’endocrinologie à 3 mois\n"
        "La patiente a été informée : « ne pas interrompre le traitement »."
    )
    assert result.chars == len(result.text)


def test_list_from_paragraph_style() -> None:
    body = (
        para("Allergies :")
        + para("Pénicilline", style="ListBullet")
        + para("Iode", style="ListBullet")
    )
    assert extract(make_docx(body), "a.docx").text == "Allergies :\n- Pénicilline\n- Iode"


def test_content_controls_hyperlinks_fields_and_symbols() -> None:
    body = (
        # A hospital template's content control around a whole paragraph and a table row.
        '<w:sdt><w:sdtPr><w:alias w:val="Motif"/></w:sdtPr><w:sdtContent>'
        + para("Motif : douleur thoracique")
        + "</w:sdtContent></w:sdt>"
        + '<w:p><w:hyperlink r:id="rId9">'
        + run("Recommandations HAS")
        + "</w:hyperlink></w:p>"
        # A field: the code (PAGE) is not text, its result is.
        + '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("12/03/2025")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        # µ typed with the Symbol font, a no-break hyphen, a tab and a line break.
        + '<w:p><w:r><w:t xml:space="preserve">Lévothyrox 75 </w:t><w:sym w:font="Symbol" w:char="F06D"/>'
        + "<w:t>g</w:t><w:tab/><w:t>anti</w:t><w:noBreakHyphen/><w:t>inflammatoire</w:t><w:br/>"
        + "<w:t>suite</w:t></w:r></w:p>"
    )
    text = extract(make_docx(body), "a.docx").text
    assert text == (
        "Motif : douleur thoracique\nRecommandations HAS\n12/03/2025\n"
        "Lévothyrox 75 µg\tanti-inflammatoire\nsuite"
    )


def test_tracked_changes_keep_the_final_text_and_say_so() -> None:
    body = (
        "<w:p>"
        + run("Kardégic ")
        + '<w:del w:id="1" w:author="Dr A"><w:r><w:delText>160</w:delText></w:r></w:del>'
        + '<w:ins w:id="2" w:author="Dr A">'
        + run("75")
        + "</w:ins>"
        + run(" mg par jour")
        + "</w:p>"
    )
    result = extract(make_docx(body), "a.docx")
    assert result.text == "Kardégic 75 mg par jour"
    assert any("modifications suivies" in w for w in result.warnings)


def test_text_box_read_once() -> None:
    box = para("Allergie : pénicilline")
    body = (
        "<w:p>"
        + run("Antécédents")
        + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
        + box
        + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>"
        + box
        + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    assert extract(make_docx(body), "a.docx").text == "Antécédents\nAllergie : pénicilline"


def test_footnotes_header_and_comments() -> None:
    body = (
        "<w:p>" + run("Créatinine : 95 µmol/L") + '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    )
    result = extract(
        make_docx(
            body,
            header="CHU de Nantes — Service de néphrologie",
            footnotes=["Méthode enzymatique."],
            comments=["À vérifier"],
        ),
        "a.docx",
    )
    assert result.text == "Créatinine : 95 µmol/L[1]\n\nNotes :\n[1] Méthode enzymatique."
    assert any(
        "CHU de Nantes — Service de néphrologie" in w and "non repris" in w for w in result.warnings
    )
    assert any("1 commentaire(s)" in w for w in result.warnings)


def test_zip_of_something_else_is_refused() -> None:
    data = make_zip({"photos/IMG_001.txt": b"vacances", "notes.txt": b"rien"})
    with pytest.raises(DocumentError) as err:
        extract(data, "compte-rendu.docx")
    assert err.value.code == "unsupported"
    assert "pas un document Word" in str(err.value)
    assert "compte-rendu.docx" in str(err.value)


def test_other_office_formats_are_named() -> None:
    odt = make_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
    xlsx = make_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"})
    for data, what in ((odt, "OpenDocument (.odt)"), (xlsx, "classeur Excel")):
        with pytest.raises(DocumentError) as err:
            extract(data, "lettre.docx")
        assert err.value.code == "unsupported"
        assert what in str(err.value)
        assert "enregistrez-le en .docx" in str(err.value)


def test_truncated_docx_is_damaged() -> None:
    data = make_docx(LETTER)
    with pytest.raises(DocumentError) as err:
        extract(data[: len(data) // 2], "lettre.docx")
    assert err.value.code == "damaged"


def test_malformed_xml_and_doctype_are_refused() -> None:
    for xml in (
        b"<w:document><w:body><w:p>",
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>',
    ):
        with pytest.raises(DocumentError) as err:
            extract(make_docx("", document_xml=xml), "a.docx")
        assert err.value.code == "damaged"


def test_document_without_text() -> None:
    with pytest.raises(DocumentError) as err:
        extract(make_docx(para("") + table([["", ""]])), "vide.docx")
    assert err.value.code == "no_text"


def test_docx_with_a_wrong_extension_is_read_as_docx() -> None:
    result = extract(make_docx(para("Créatinine : 95 µmol/L")), "scan.pdf")
    assert result.kind == "docx"
    assert result.text == "Créatinine : 95 µmol/L"
    assert any("en réalité un document Word" in w for w in result.warnings)


def test_minimal_package_without_optional_parts() -> None:
    data = make_docx(para("Lévothyrox 75 µg le matin", num=(1, 0)), numbering=None, styles=None)
    assert extract(data, "a.docx").text == "- Lévothyrox 75 µg le matin"
