"""Interface strings: French is written in the templates and is the key; another language is
a TOML file `messages/<lang>.toml` mapping the French text to its translation (AVEC_LANG)."""

from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path

MESSAGES = Path(__file__).resolve().parent / "messages"


@cache
def catalog(lang: str) -> dict[str, str]:
    path = MESSAGES / f"{lang}.toml"
    if lang == "fr" or not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


def gettext(text: str) -> str:
    """`text` in the interface language; the French original when not translated."""
    return catalog(os.environ.get("AVEC_LANG", "fr")).get(text, text)
