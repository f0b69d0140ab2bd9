"""`extract()`: an uploaded file's bytes to normalised text, or one French `DocumentError`."""

from __future__ import annotations

import logging
import time

from avec.documents import normalize
from avec.documents.base import MAX_BYTES, DocumentError, Extracted, Kind, megabytes
from avec.documents.docx import read_docx
from avec.documents.pdf import read_pdf, scanned_warning
from avec.documents.plain import Decoded, decode
from avec.documents.sniff import claimed_kind, display_name, sniff

log = logging.getLogger(__name__)

_NAMES = {"pdf": "un PDF", "docx": "un document Word (.docx)", "txt": "du texte brut",
          "md": "du texte brut"}  # fmt: skip
_MAX_EXAMPLES = 3


def extract(
    data: bytes, filename: str, content_type: str | None = None, *, limit: int | None = MAX_BYTES
) -> Extracted:
    """Read an uploaded source (.txt, .md, .docx, .pdf with a text layer). The kind is read from
    the bytes; the name and MIME type only break ties (.md) and explain mismatches. `limit` is
    the largest accepted size in bytes (None: no limit)."""
    started = time.perf_counter()
    label = display_name(filename)
    data = bytes(data)
    if not data.strip():
        raise DocumentError(f"Le fichier « {label} » est vide.", "empty")
    if limit is not None and len(data) > limit:
        size, most = megabytes(len(data)), megabytes(limit)
        size = f"plus de {most}" if size == most else size
        raise DocumentError(
            f"Le fichier « {label} » est trop volumineux : {size} (maximum {most}).", "too_large"
        )
    claimed = claimed_kind(filename, content_type)
    kind = sniff(data, label)
    warnings: list[str] = []
    if kind is not None and claimed is not None and claimed != kind:
        warnings.append(f"« {label} » est en réalité {_NAMES[kind]} : il a été lu comme tel.")
    if kind == "pdf":
        result = _pdf(data, label, warnings)
    elif kind == "docx":
        docx = read_docx(data, label)
        result = _finish(docx.text, "docx", None, warnings + docx.warnings, label)
    else:
        if claimed in ("pdf", "docx"):
            kind_name = "PDF" if claimed == "pdf" else "document Word"
            decoded = _decode_claimed(data, label, kind_name)
            warnings.append(
                f"« {label} » n'est pas un {kind_name} mais du texte brut : lu comme texte."
            )
        else:
            decoded = decode(data, label)
        text_kind: Kind = "md" if claimed == "md" else "txt"
        result = _finish(decoded.text, text_kind, None, warnings + decoded.warnings, label)
    log.info(
        "extracted %s document: %d chars, %s pages, %d warnings in %.0f ms",
        result.kind, result.chars, result.pages, len(result.warnings),
        (time.perf_counter() - started) * 1000,
    )  # fmt: skip
    return result


def _decode_claimed(data: bytes, label: str, kind_name: str) -> Decoded:
    """A file named .pdf or .docx whose bytes are not: text is read, anything else refused."""
    try:
        return decode(data, label)
    except DocumentError:
        raise DocumentError(
            f"« {label} » n'est pas un {kind_name} lisible : son contenu ne correspond pas au "
            "format annoncé (fichier endommagé, ou d'un autre format renommé).",
            "damaged",
        ) from None


def _pdf(data: bytes, label: str, warnings: list[str]) -> Extracted:
    pdf = read_pdf(data, label)
    n = len(pdf.pages)
    if n == 0 or not any(p.strip() for p in pdf.pages):
        if pdf.scanned:
            raise DocumentError(
                f"Aucun texte dans le PDF « {label} » ({n} page{'s' if n > 1 else ''}) : document "
                "scanné ? avec ne fait pas de reconnaissance de caractères ; le texte doit être "
                "saisi ou dicté.",
                "no_text",
            )
        raise DocumentError(f"Le PDF « {label} » ne contient aucun texte.", "no_text")
    pages = [p.replace("\r\n", "\n").replace("\r", "\n") for p in pdf.pages]
    stripped = normalize.strip_repeated(pages)
    if stripped.headers:
        warnings.append(
            f"En-tête répété sur chaque page retiré : « {' / '.join(stripped.headers)} »."
        )
    if stripped.footers:
        warnings.append(
            f"Pied de page répété sur chaque page retiré : « {' / '.join(stripped.footers)} »."
        )
    text = _join_pages(stripped.pages)
    joined = normalize.join_hyphenated(text)
    if joined.joined:
        examples = ", ".join(f"« {w} »" for w in joined.joined[:_MAX_EXAMPLES])
        warnings.append(
            f"{len(joined.joined)} mot(s) coupé(s) en fin de ligne recollé(s) ({examples}) : "
            "vérifier."
        )
    if pdf.scanned:
        warnings.append(scanned_warning(pdf.scanned))
    return _finish(joined.text, "pdf", n, warnings + pdf.warnings, label)


def _join_pages(pages: list[str]) -> str:
    """Pages separated by a blank line; a word hyphenated across a page break is marked for
    `join_hyphenated` like one split at a line end."""
    out = ""
    for page in (p.strip("\n") for p in pages):
        if not page.strip():
            continue
        if out.endswith("-") and out[-2:-1].isalpha() and page[:1].islower():
            out = out[:-1] + normalize.HYPHEN_MARK + page
        else:
            out = out + "\n\n" + page if out else page
    return out


def _finish(text: str, kind: Kind, pages: int | None, warnings: list[str], label: str) -> Extracted:
    cleaned = normalize.clean(text)
    if not cleaned.text.strip():
        raise DocumentError(f"Le fichier « {label} » ne contient aucun texte.", "no_text")
    if cleaned.unreadable:
        warnings.append(
            f"{cleaned.unreadable} caractère(s) illisible(s) (« \ufffd ») dans le texte : "
            "vérifier ces passages dans l'original."
        )
    return Extracted(cleaned.text, kind, pages, warnings)
