"""One regular expression for a list of folded words or phrases, whole words only, longest first
(a phrase's inner spaces match any run of spaces): the shape every cue list of avec takes."""

from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")
