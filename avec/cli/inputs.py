"""Reading user input files: every unusable input becomes one clear French line and exit 2."""

from __future__ import annotations

import sys
from pathlib import Path

MAX_BYTES = 1_000_000  # 1 MB: a clinical document is far smaller; larger input is refused


class InputError(Exception):
    """Unusable input; the message is for the user (French)."""


def decode_text(data: bytes, label: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{label} : fichier binaire, un texte UTF-8 est attendu.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label} : le texte n'est pas encodé en UTF-8 (octet invalide en position {exc.start})."
        ) from None
    if not text.strip():
        raise InputError(f"{label} : le texte est vide.")
    return text


def read_bytes(path: str, label: str, limit: int | None = MAX_BYTES) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1 if limit else -1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{label} : fichier introuvable : {path}")
        if p.is_dir():
            raise InputError(f"{label} : {path} est un dossier, un fichier texte est attendu.")
        if limit is not None and p.stat().st_size > limit:
            raise InputError(
                f"{label} : fichier trop volumineux ({p.stat().st_size} octets, maximum {limit})."
            )
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(f"{label} : lecture impossible ({exc.strerror}).") from None
    if limit is not None and len(data) > limit:
        raise InputError(f"{label} : texte trop volumineux (maximum {limit} octets).")
    return data


def read_text(path: str, label: str) -> str:
    return decode_text(read_bytes(path, label), label)


def check_text(text: object, label: str) -> str:
    """Validate a text given inside JSON (batch mode)."""
    if not isinstance(text, str):
        raise InputError(f"{label} : une chaîne de caractères est attendue.")
    if not text.strip():
        raise InputError(f"{label} : le texte est vide.")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(f"{label} : texte trop volumineux (maximum {MAX_BYTES} octets).")
    if "\x00" in text:
        raise InputError(f"{label} : caractère nul, un texte est attendu.")
    return text
