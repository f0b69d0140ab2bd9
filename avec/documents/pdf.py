"""PDF to text with PDFium (pypdfium2): the text layer page by page, in reading order, with
PDFium's own line-end hyphen marks kept for `normalize.join_hyphenated`.

PDFium is not thread-safe, even across documents: every call runs under one process-wide lock
(a 50-page letter takes ~50 ms). There is no character recognition: a page without a text layer
is reported, never guessed.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from avec.documents.base import DocumentError

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_FPDF_ERR_PASSWORD = 4  # pypdfium2.raw.FPDF_ERR_PASSWORD
_FPDF_ERR_SECURITY = 6  # unsupported security handler
_FPDF_PAGEOBJ_IMAGE = 3
_FORMTYPE_NONE = 0
_UNREADABLE_SHARE = 0.3  # a page whose text is this much private-use or U+FFFD is mojibake


@dataclass
class PdfText:
    pages: list[str]  # one text per page ("" for a page without text)
    warnings: list[str] = field(default_factory=list)
    scanned: list[int] = field(default_factory=list)  # 1-based pages with images but no text


def read_pdf(data: bytes, label: str) -> PdfText:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise _open_error(exc, label) from None
        try:
            return _read(document, label, pdfium.PdfiumError)
        finally:
            document.close()


def _open_error(exc: Any, label: str) -> DocumentError:
    if getattr(exc, "err_code", None) in (_FPDF_ERR_PASSWORD, _FPDF_ERR_SECURITY):
        return DocumentError(
            f"Le PDF « {label} » est protégé par un mot de passe : avec ne peut pas le lire. "
            "Enregistrez une copie sans protection, ou copiez-collez le texte.",
            "encrypted",
        )
    return DocumentError(
        f"Le PDF « {label} » est endommagé ou incomplet et ne peut pas être ouvert. "
        "Vérifiez que le téléversement est allé au bout, ou copiez-collez le texte.",
        "damaged",
    )


def _read(document: Any, label: str, error: type[Exception]) -> PdfText:
    result = PdfText([])
    unreadable: list[int] = []
    broken: list[int] = []
    for index in range(len(document)):
        try:
            text, scanned = _page(document, index)
        except error as exc:
            log.warning("pdfium could not read page %d of %s: %s", index + 1, label, exc)
            broken.append(index + 1)
            text, scanned = "", False
        if scanned:
            result.scanned.append(index + 1)
        elif _mostly_unreadable(text):
            unreadable.append(index + 1)
        result.pages.append(text)
    if broken and len(broken) == len(result.pages):
        raise DocumentError(
            f"Le PDF « {label} » est endommagé : aucune page n'a pu être lue. "
            "Ouvrez-le et imprimez-le à nouveau en PDF, ou copiez-collez le texte.",
            "damaged",
        )
    if broken:
        plural = "s" if len(broken) > 1 else ""
        result.warnings.append(
            f"{_pages(broken).capitalize()} endommagée{plural}, non lue{plural} : "
            "vérifier ce passage dans l'original."
        )
    if unreadable:
        result.warnings.append(
            f"{_pages(unreadable).capitalize()} : texte en grande partie illisible (police sans "
            "table de caractères) ; vérifier la transcription ou copier le texte depuis l'original."
        )
    if document.get_formtype() != _FORMTYPE_NONE:
        result.warnings.append(
            "Ce PDF est un formulaire : les valeurs saisies dans les champs ne sont pas reprises. "
            "Imprimez-le en PDF (formulaire « aplati ») ou copiez les valeurs."
        )
    return result


def _page(document: Any, index: int) -> tuple[str, bool]:
    """The page's text, and whether it is a scan (images, no text)."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            text = str(textpage.get_text_bounded())
        finally:
            textpage.close()
        return text, not text.strip() and _has_image(page)
    finally:
        page.close()


def _has_image(page: Any) -> bool:
    return any(True for _ in page.get_objects(filter=(_FPDF_PAGEOBJ_IMAGE,)))


def _mostly_unreadable(text: str) -> bool:
    visible = [ch for ch in text if not ch.isspace()]
    bad = sum(1 for ch in visible if ch == "\ufffd" or unicodedata.category(ch) == "Co")
    return bool(visible) and bad > _UNREADABLE_SHARE * len(visible)


def _pages(numbers: list[int]) -> str:
    """French list of page numbers: "page 3", "pages 2, 3 et 5"."""
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    return "pages " + ", ".join(map(str, numbers[:-1])) + f" et {numbers[-1]}"


def scanned_warning(numbers: list[int]) -> str:
    return (
        f"{_pages(numbers)} sans texte : document scanné ? (pas de reconnaissance de "
        "caractères) — le contenu de cette partie doit être saisi ou dicté."
    )
