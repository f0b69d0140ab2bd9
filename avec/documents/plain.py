"""Plain text in whatever encoding a workstation saved it: UTF-8 (with or without BOM), UTF-16 or
UTF-32 with a BOM, UTF-16 without one (recognised by its zero bytes), then Windows-1252 and
Latin-1. Any guess is said in a warning; binary content is refused, never decoded into noise."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from avec.documents.base import DocumentError

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1a")  # \x1a: the end-of-file mark of DOS editors


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name
    warnings: list[str]


def decode(data: bytes, label: str) -> Decoded:
    """`label` names the file in messages (« lettre.txt »)."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_lossy(data[len(bom) :], codec, name, label), label)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise _binary(label)
        codec = utf16
        warning = f"Encodage supposé : {codec.upper()} sans marque d'ordre (fichier « {label} »)."
        return _checked(_decode_lossy(data, codec, "UTF-16", label, [warning]), label)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", []), label)
    except UnicodeDecodeError:
        pass
    try:
        text, codec, name = data.decode("cp1252"), "cp1252", "Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        text, codec, name = data.decode("latin-1"), "latin-1", "ISO-8859-1 (Latin-1)"
    warning = (
        f"Le fichier « {label} » n'est pas en UTF-8 : encodage supposé {name}. "
        "Vérifier les accents et les symboles (µ, °)."
    )
    return _checked(Decoded(text, codec, [warning]), label)


def _decode_lossy(
    data: bytes, codec: str, name: str, label: str, warnings: list[str] | None = None
) -> Decoded:
    warnings = list(warnings or [])
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        warnings.append(
            f"Le fichier « {label} » annonce l'encodage {name} mais contient "
            f"{text.count(chr(0xFFFD))} séquence(s) invalide(s), remplacée(s) par « \ufffd »."
        )
    return Decoded(text, codec, warnings)


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-Latin UTF-16 has a zero in every other byte; binary data does not."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _checked(decoded: Decoded, label: str) -> Decoded:
    """Refuse binary content that happened to decode (any byte is valid Latin-1)."""
    text = decoded.text
    controls = sum(
        1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if controls > 2 + len(text) // 200 or "\x00" in text:
        raise _binary(label)
    return decoded


def _binary(label: str) -> DocumentError:
    return DocumentError(
        f"Le fichier « {label} » ne contient pas du texte lisible (contenu binaire). "
        "Formats acceptés : texte (.txt, .md), Word (.docx), PDF avec texte.",
        "binary",
    )
