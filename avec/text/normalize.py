"""Normalisation helpers that keep offsets intact.

`fold` lowercases and strips accents *character by character*, so an index into the folded
string is an index into the original — every matcher can search the folded text and report
spans into the text the user sees.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from avec.text.span import Span

# Typographic variants mapped to one form, still one character each.
_SAME_WIDTH = str.maketrans(
    {
        "\u2019": "'",  # right single quote
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",  # no-break space (French typography before ; : ! ?)
        "\u202f": " ",  # narrow no-break space (thousands separator)
        "\u2009": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",  # minus sign
        "\u03bc": "µ",  # Greek mu -> micro sign
        "\u0153": "œ",
    }
)


def _fold_char(ch: str) -> str:
    if ch == "µ":
        return ch
    decomposed = unicodedata.normalize("NFD", ch.lower())
    base = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    # Keep one character per input character so offsets survive (œ, ß… stay as they are).
    return base if len(base) == 1 else ch


# One translation table for Latin scripts (U+0000–U+02FF); other characters are kept as is.
_FOLD_TABLE = {i: _fold_char(chr(i)) for i in range(0x300)}
_FOLD_TABLE.update({k: v for k, v in _SAME_WIDTH.items() if isinstance(v, str)})


def fold(text: str) -> str:
    """Lowercase, accent-free copy of `text` with exactly the same length."""
    return text.translate(_FOLD_TABLE)


def fold_key(text: str) -> str:
    """Lookup key for lexicons: folded, inner whitespace and hyphens collapsed to one space."""
    return " ".join(re.split(r"[\s\-]+", fold(text).strip()))


# Words with inner hyphens; an apostrophe ends a word, so "l'amlodipine" gives "l", "amlodipine".
WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_]))*", re.UNICODE)


def words(text: str) -> Iterator[tuple[str, Span]]:
    """Alphabetic words (with inner hyphens/apostrophes) and their spans."""
    for m in WORD_RE.finditer(text):
        yield m.group(), Span(m.start(), m.end())
