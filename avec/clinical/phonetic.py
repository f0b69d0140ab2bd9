"""A French phonetic key for drug names (sound-alike detection).

Simplified from the rules of "Phonex" (F. Brouard, 2000) and Soundex-FR: letters that sound the
same in French drug names map to one symbol, silent letters and doubled letters drop.
'hydroxyzine' and 'idroxizine' share a key; 'Zyloric' and 'Ziloryk' too.
"""

from __future__ import annotations

import re

from avec.text.normalize import fold

_RULES: tuple[tuple[str, str], ...] = (
    (r"[^a-z]", ""),
    (r"^h", ""),
    (r"ph", "f"),
    (r"th", "t"),
    (r"rh", "r"),
    (r"ch", "5"),
    (r"sch", "5"),
    (r"qu", "k"),
    (r"gu(?=[eiy])", "g"),
    (r"g(?=[eiy])", "j"),
    (r"c(?=[eiy])", "s"),
    (r"ck|c|q", "k"),
    (r"x", "ks"),
    (r"y", "i"),
    (r"z", "s"),
    (r"w", "v"),
    (r"(?<=[aeiou])s(?=[aeiou])", "s"),
    (r"eau|au", "o"),
    (r"ai|ei", "e"),
    (r"(?<=[aeiou])h", ""),
    (r"h", ""),
    (r"(?:an|am|en|em)(?![aeiou])", "1"),
    (r"(?:ain|ein|in|im|un)(?![aeiou])", "2"),
    (r"(?:on|om)(?![aeiou])", "3"),
    (r"ou", "u"),
    (r"(.)\1+", r"\1"),
    (r"[est]$", ""),
)
_COMPILED = tuple((re.compile(p), r) for p, r in _RULES)


def phonetic_key(name: str) -> str:
    key = fold(name)
    for pattern, repl in _COMPILED:
        key = pattern.sub(repl, key)
    return key
