"""What an extraction returns, and how it fails."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["txt", "md", "docx", "pdf"]

MAX_BYTES = 10_000_000  # 10 MB: a clinical letter is a few hundred KB, even as a PDF


class DocumentError(Exception):
    """An upload that cannot be turned into text; `str()` is for the user (French), `code` for
    logs and the API.

    Codes: "empty", "too_large", "binary" (not text, not a supported document), "unsupported"
    (a known format avec does not read: .doc, .odt, .rtf, images…), "encrypted", "damaged",
    "no_text" (a PDF without a text layer, a document with no words).
    """

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Extracted:
    """The text of an uploaded source, normalised (NFC, one line per paragraph, table row or list
    item), with what the professional should know about how it was read (`warnings`, French)."""

    text: str
    kind: Kind
    pages: int | None = None  # PDF only
    warnings: list[str] = field(default_factory=list)
    chars: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "chars", len(self.text))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "kind": self.kind, "pages": self.pages,
            "warnings": list(self.warnings), "chars": self.chars,
        }  # fmt: skip


def megabytes(size: int) -> str:
    """French rendering of a size: 10 000 000 -> "10 Mo", 12 345 678 -> "12,3 Mo"."""
    value = f"{size / 1_000_000:.1f}".replace(".", ",")
    return f"{value.removesuffix(',0')} Mo"
