"""What an upload really is, read from its first bytes (the name and the browser's MIME type are
hints only): PDF, a Word document, plain text — or a known format avec does not read, refused
with a French message saying what to do."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import PurePosixPath, PureWindowsPath

from avec.documents.base import DocumentError, Kind

_EXTENSIONS: dict[str, Kind] = {
    ".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".dotx": "docx", ".txt": "txt",
    ".text": "txt", ".md": "md", ".markdown": "md",
}  # fmt: skip
_MIME_TYPES: dict[str, Kind] = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/plain": "txt",
    "text/markdown": "md",
    "text/x-markdown": "md",
}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (
    (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)  # fmt: skip
_RESAVE = "Ouvrez-le et enregistrez-le en .docx ou en PDF, ou copiez-collez le texte."
_NO_OCR = "avec ne fait pas de reconnaissance de caractères : le texte doit être saisi ou dicté."


def display_name(filename: str) -> str:
    """The file's own name, without any folder a browser sent, short and printable."""
    name = PureWindowsPath(PurePosixPath(filename or "").name).name
    name = "".join(ch for ch in name if ch.isprintable()) or "sans nom"
    return name if len(name) <= 80 else name[:77] + "…"


def claimed_kind(filename: str, content_type: str | None) -> Kind | None:
    """What the name (or else the MIME type) says the file is."""
    suffix = PurePosixPath(display_name(filename).lower()).suffix
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    mime = (content_type or "").split(";")[0].strip().lower()
    return _MIME_TYPES.get(mime)


def sniff(data: bytes, label: str) -> Kind | None:
    """The kind, "pdf" or "docx", from the magic numbers, None for anything that may be text. Raises
    `DocumentError` for formats recognised but not read."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, label)
    if data.startswith(_OLE2):
        raise _ole2(data, label)
    if data.lstrip()[:5] == b"{\\rtf":
        raise DocumentError(
            f"« {label} » est au format RTF, que avec ne lit pas. {_RESAVE}", "unsupported"
        )
    for magic, name in _IMAGES:
        if data.startswith(magic):
            raise _image(label, name)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise _image(label, "WebP")
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        raise _image(label, "HEIC")
    return None


def _zip_kind(data: bytes, label: str) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError,
            RuntimeError, NotImplementedError):  # fmt: skip
        raise DocumentError(
            f"« {label} » est une archive ZIP endommagée ou incomplète : "
            "le document Word ne peut pas être ouvert.",
            "damaged",
        ) from None
    if "word/document.xml" in names or (
        "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)
    ):
        return "docx"
    if b"opendocument.text" in mimetype:
        what = "un document OpenDocument (.odt)"
    elif "xl/workbook.xml" in names:
        what = "un classeur Excel (.xlsx)"
    elif "ppt/presentation.xml" in names:
        what = "une présentation PowerPoint (.pptx)"
    elif mimetype.startswith(b"application/vnd.oasis.opendocument"):
        what = "un document OpenDocument"
    else:
        raise DocumentError(
            f"« {label} » est une archive ZIP mais pas un document Word "
            "(pas de word/document.xml). Formats acceptés : texte (.txt, .md), Word (.docx), "
            "PDF avec texte.",
            "unsupported",
        )
    raise DocumentError(f"« {label} » est {what}, que avec ne lit pas. {_RESAVE}", "unsupported")


def _ole2(data: bytes, label: str) -> DocumentError:
    if "EncryptedPackage".encode("utf-16-le") in data:
        return DocumentError(
            f"« {label} » est protégé par un mot de passe : avec ne peut pas le lire. "
            "Enregistrez une copie sans mot de passe, ou copiez-collez le texte.",
            "encrypted",
        )
    if "WordDocument".encode("utf-16-le") in data:
        what = "un document Word ancien format (.doc)"
    else:
        what = "un fichier Office ancien format (.doc, .xls, .ppt)"
    return DocumentError(f"« {label} » est {what}, que avec ne lit pas. {_RESAVE}", "unsupported")


def _image(label: str, name: str) -> DocumentError:
    return DocumentError(f"« {label} » est une image {name}. {_NO_OCR}", "unsupported")
