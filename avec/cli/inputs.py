"""Reading user input files: every unusable input becomes one clear French line and exit 2."""

from __future__ import annotations

import sys
from pathlib import Path

from avec.cli.messages import t

MAX_BYTES = 1_000_000  # 1 MB: a clinical document is far smaller; larger input is refused


class InputError(Exception):
    """Unusable input; the message is for the user (French)."""


def decode_text(data: bytes, label: str) -> str:
    if b"\x00" in data:
        raise InputError(t("input.binary", label=label))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(t("input.not_utf8", label=label, position=exc.start)) from None
    if not text.strip():
        raise InputError(t("input.empty", label=label))
    return text


def read_bytes(path: str, label: str, limit: int | None = MAX_BYTES) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1 if limit else -1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(t("input.missing", label=label, path=path))
        if p.is_dir():
            raise InputError(t("input.directory", label=label, path=path))
        if limit is not None and p.stat().st_size > limit:
            raise InputError(
                t("input.too_large_file", label=label, size=p.stat().st_size, limit=limit)
            )
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(t("input.unreadable", label=label, reason=exc.strerror)) from None
    if limit is not None and len(data) > limit:
        raise InputError(t("input.too_large", label=label, limit=limit))
    return data


def read_text(path: str, label: str) -> str:
    return decode_text(read_bytes(path, label), label)


def check_text(text: object, label: str) -> str:
    """Validate a text given inside JSON (batch mode)."""
    if not isinstance(text, str):
        raise InputError(t("input.not_string", label=label))
    if not text.strip():
        raise InputError(t("input.empty", label=label))
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(t("input.too_large", label=label, limit=MAX_BYTES))
    if "\x00" in text:
        raise InputError(t("input.nul", label=label))
    return text
