"""French common words, to tell an unknown drug name from an ordinary word ("prochaine",
"semaine", "médicaments").

The word list is pyspellchecker's French frequency dictionary (MIT licensed package), read from
the installed package and loaded on first use (~0.2 s), never on the hot path of a text without
drug-like unknown words.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources

from avec.text.normalize import fold

MIN_FREQUENCY = 5  # occurrences in the source corpus: rarer entries include typos and names


@cache
def _french_words() -> frozenset[str]:
    try:
        path = resources.files("spellchecker") / "resources" / "fr.json.gz"
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            counts: dict[str, int] = json.load(fh)
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - optional data missing
        return frozenset()
    return frozenset(fold(w) for w, n in counts.items() if n >= MIN_FREQUENCY)


def is_french_word(folded_word: str) -> bool:
    return folded_word in _french_words()
