"""Uploaded sources to text for the workbench: `extract(data, filename, content_type=None)`.

Plain text (.txt, .md; UTF-8, UTF-16, Windows-1252 and Latin-1 recognised), Word (.docx, read
with the standard library) and PDF with a text layer (PDFium). The format is read from the
bytes; the result is normalised (NFC, spaces, ligatures, bullets, PDF hyphenation and repeated
headers) and says in French warnings what was assumed or left out. Every unusable upload is a
`DocumentError` with a French message and a code. No character recognition: a scanned page
must be typed or dictated. See docs/documents.md.
"""

from avec.documents.base import MAX_BYTES, DocumentError, Extracted, Kind
from avec.documents.reader import extract

__all__ = ["MAX_BYTES", "DocumentError", "Extracted", "Kind", "extract"]
