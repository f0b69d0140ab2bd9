"""Message catalogues: user-facing texts as data, one TOML file per language in a package.

`fr.toml` is the reference; another language is a sibling file with the same keys, chosen by
the AVEC_LANG environment variable (French by default; a missing key falls back to French).
Each entry is a table with a `message` (and, for findings, a `suggestion`) in str.format syntax.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources

DEFAULT_LANG = "fr"


@cache
def load(package: str, lang: str) -> dict[str, dict[str, str]]:
    path = resources.files(package) / f"{lang}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


class Catalog:
    def __init__(self, package: str) -> None:
        self.package = package

    def entry(self, key: str) -> dict[str, str]:
        lang = os.environ.get("AVEC_LANG", DEFAULT_LANG)
        entry = load(self.package, lang).get(key) or load(self.package, DEFAULT_LANG).get(key)
        if entry is None:
            raise KeyError(f"no message {key!r} in the catalogue of {self.package}")
        return entry

    def text(self, key: str, **values: object) -> str:
        """The message of `key`, filled in."""
        return self.entry(key)["message"].format(**values)
