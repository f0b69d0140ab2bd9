"""The data files of the checks (`avec/verify/data/`), read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_toml(name: str) -> dict[str, Any]:
    with (resources.files("avec.verify") / "data" / name).open("rb") as fh:
        return tomllib.load(fh)


def load_words(name: str) -> list[str]:
    """A word list: one a line, « # » comments."""
    text = (resources.files("avec.verify") / "data" / name).read_text(encoding="utf-8")
    return [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
