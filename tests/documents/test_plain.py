"""Plain text in the encodings workstations save, and everything that is not text."""

from __future__ import annotations

import codecs
import random

import pytest

from avec.documents import MAX_BYTES, DocumentError, extract

NOTE = (
    "Traitement : Lévothyrox 75 µg le matin.\n"
    "Créatinine : 95 µmol/L ; œdème des chevilles, température 38,5 °C.\n"
    "L’infirmière note « pas de douleur »."
)


def test_utf8() -> None:
    result = extract(NOTE.encode(), "note.txt", "text/plain")
    assert (result.kind, result.text, result.warnings, result.pages) == ("txt", NOTE, [], None)
    assert result.to_dict() == {
        "text": NOTE, "kind": "txt", "pages": None, "warnings": [], "chars": len(NOTE),
    }  # fmt: skip


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + NOTE.encode("utf-8"),
        codecs.BOM_UTF16_LE + NOTE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + NOTE.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + NOTE.encode("utf-32-le"),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf32-bom"],
)
def test_byte_order_marks(data: bytes) -> None:
    result = extract(data, "note.txt")
    assert result.text == NOTE
    assert result.warnings == []


def test_utf16_without_bom_is_recognised_and_said() -> None:
    result = extract(NOTE.encode("utf-16-le"), "note.txt")
    assert result.text == NOTE
    assert result.warnings == [
        "Encodage supposé : UTF-16-LE sans marque d'ordre (fichier « note.txt »)."
    ]


def test_windows_1252() -> None:
    # "œ" (0x9C) and "’" (0x92) exist in Windows-1252, not in Latin-1.
    result = extract(NOTE.encode("cp1252"), "C:\\Documents\\note.txt")
    assert result.text == NOTE
    assert len(result.warnings) == 1
    assert "n'est pas en UTF-8 : encodage supposé Windows-1252 (cp1252)" in result.warnings[0]
    assert "« note.txt »" in result.warnings[0]


def test_latin1_when_not_windows_1252() -> None:
    data = "Créatinine : 95 µmol/L".encode("latin-1") + b"\x81"  # 0x81 is unassigned in cp1252
    result = extract(data, "note.txt")
    assert result.text == "Créatinine : 95 µmol/L"
    assert "ISO-8859-1 (Latin-1)" in result.warnings[0]


def test_invalid_sequences_after_a_bom_are_visible() -> None:
    result = extract(codecs.BOM_UTF8 + "Créatinine".encode() + b"\xff : 95", "note.txt")
    assert result.text == "Créatinine\ufffd : 95"
    assert any("séquence(s) invalide(s)" in w for w in result.warnings)
    assert any("1 caractère(s) illisible(s)" in w for w in result.warnings)


def test_markdown_by_extension_or_type() -> None:
    assert extract(b"# Bilan\n- TSH 12,4 mUI/L", "bilan.md").kind == "md"
    assert extract(b"# Bilan", "upload", "text/markdown; charset=utf-8").kind == "md"
    assert extract(b"# Bilan", "upload").kind == "txt"


@pytest.mark.parametrize(
    "data",
    [
        random.Random(3).randbytes(4096),  # with zero bytes
        bytes(range(1, 32)) * 40,  # control characters only
        b"\x7fELF\x02\x01\x01" + bytes(range(1, 9)) * 20,
    ],
    ids=["random", "controls", "elf"],
)
def test_binary_pretending_to_be_text(data: bytes) -> None:
    with pytest.raises(DocumentError) as err:
        extract(data, "note.txt")
    assert err.value.code == "binary"
    assert "ne contient pas du texte lisible" in str(err.value)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "image PNG"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "image JPEG"),
        (b"{\\rtf1\\ansi\\ansicpg1252 {\\f0 Arial;} Cr\\'e9atinine}", "format RTF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), "(.doc)"),
    ],
    ids=["png", "jpeg", "rtf", "doc"],
)
def test_known_formats_not_read(data: bytes, what: str) -> None:
    with pytest.raises(DocumentError) as err:
        extract(data, "note.txt")
    assert err.value.code == "unsupported"
    assert what in str(err.value)


def test_encrypted_word_document() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(DocumentError) as err:
        extract(data, "lettre.docx")
    assert err.value.code == "encrypted"
    assert "mot de passe" in str(err.value)


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n "], ids=["empty", "blank"])
def test_empty(data: bytes) -> None:
    with pytest.raises(DocumentError) as err:
        extract(data, "vide.txt")
    assert err.value.code == "empty"
    assert str(err.value) == "Le fichier « vide.txt » est vide."


def test_too_large() -> None:
    with pytest.raises(DocumentError) as err:
        extract(b"a" * (MAX_BYTES + 1), "gros.txt")
    assert err.value.code == "too_large"
    assert (
        str(err.value)
        == "Le fichier « gros.txt » est trop volumineux : plus de 10 Mo (maximum 10 Mo)."
    )
    with pytest.raises(DocumentError) as err:
        extract(b"a" * 1_250_001, "gros.txt", limit=1_000_000)
    assert "1,3 Mo (maximum 1 Mo)" in str(err.value)
    assert extract(b"a" * (MAX_BYTES + 1), "gros.txt", limit=None).chars == MAX_BYTES + 1


def test_only_control_characters_left() -> None:
    with pytest.raises(DocumentError) as err:
        extract("\u200b\u00ad\ufeff".encode(), "note.txt")
    assert err.value.code == "no_text"
