"""The messages of the checks, as data: `fr.toml` is the reference, another language is a sibling
file with the same keys, selected by the AVEC_LANG environment variable (French by default; a
missing key falls back to French)."""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources

DEFAULT_LANG = "fr"


@cache
def catalog(lang: str) -> dict[str, dict[str, str]]:
    path = resources.files("avec.verify.messages") / f"{lang}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _entry(key: str) -> dict[str, str]:
    lang = os.environ.get("AVEC_LANG", DEFAULT_LANG)
    entry = catalog(lang).get(key) or catalog(DEFAULT_LANG).get(key)
    if entry is None:
        raise KeyError(f"no message {key!r} in the catalogue")
    return entry


def text(key: str, **values: object) -> str:
    """The message of `key`, filled in."""
    return _entry(key)["message"].format(**values)


def explain(key: str, **values: object) -> tuple[str, str]:
    """(message, suggestion) of `key`, filled in — the two texts of a Finding."""
    entry = _entry(key)
    return entry["message"].format(**values), entry.get("suggestion", "").format(**values).strip()
