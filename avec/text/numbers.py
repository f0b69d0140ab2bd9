"""French numbers: digits with decimal comma and thousands spaces, fractions, and words.

>>> [n.value for n in find_numbers("1 000 mg puis 2,5 mg, deux comprimés et demi, 1/2 cp")]
[1000.0, 2.5, 2.5, 0.5]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from avec.text.normalize import fold
from avec.text.span import Coverage, Span

UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16,
}  # fmt: skip
TENS = {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}  # fmt: skip
SCALES = {"cent": 100, "cents": 100, "mille": 1000}
FRACTIONS = {"demi": 0.5, "demie": 0.5, "quart": 0.25, "tiers": 1 / 3}
NUMBER_WORDS = frozenset([*UNITS, *TENS, *SCALES, *FRACTIONS, "quarts", "premier", "premiere"])

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
# A run of number words joined by spaces, hyphens or "et" ("vingt-et-un", "deux cent cinquante").
_WORDS_RE = re.compile(
    rf"\b(?:{_WORD})(?:[\s\-]+(?:et[\s\-]+(?=un\b|une\b|onze\b))?(?:{_WORD}))*\b"
    r"(?P<half>\s+et\s+(?:demi|demie|quart)\b)?"
)
# "un demi", "une demie", "un quart", "demi-comprimé", "trois quarts"
_FRACTION_WORDS_RE = re.compile(
    r"\b(?:(?P<n>un|une|deux|trois)[\s\-]+)?(?P<f>demie?|quarts?|tiers)\b"
)
_DIGITS_RE = re.compile(
    r"(?<![\w,.])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.]\d+)?"
    r"(?![\d]|(?:e|er|re|eme|ème|ieme|ième|nd|nde|è|é)\b)"
    r"|(?<![\w,.\d])[,.]\d+(?![\w])"  # naked decimal ",5" (error-prone but must be read)
)
_WORD_TOKEN = re.compile(r"[a-z]+")
_VIRGULE = re.compile(r"\s+virgule\s+")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_VULGAR_RE = re.compile(r"(?<![\d,.])(?:(\d+)\s*)?([½¼¾⅓⅔])")
_FRACTION_RE = re.compile(r"(?<![\d/,.])(\d+)\s*/\s*(\d+)(?![\d/])")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    span: Span
    value: float
    written: str  # "digits", "words" or "fraction"


def parse_decimal(raw: str) -> float:
    """'1 000,5' -> 1000.5 ; ',5' -> 0.5 ; '2.5' -> 2.5."""
    cleaned = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
    if cleaned.startswith("."):
        cleaned = "0" + cleaned
    return float(cleaned)


def words_to_number(phrase: str) -> float | None:
    """Value of one French number phrase ('quatre-vingt-dix', 'deux cent cinquante', 'un et
    demi'); None when the words do not make one number ('treize huit' is two)."""
    tokens = [t for t in re.split(r"[\s\-]+", fold(phrase)) if t and t != "et"]
    groups = _number_groups(tokens)
    if len(groups) != 1:
        return None
    value = groups[0][2]
    for token in tokens[groups[0][1] :]:
        if token not in FRACTIONS:
            return None
        value += FRACTIONS[token]
    return value


def _number_groups(tokens: list[str]) -> list[tuple[int, int, float]]:
    """Cut a run of number words into the numbers it says: 'treize huit' is 13 then 8,
    'cent vingt' is 120, 'quatre vingt' is 80 (tokens [i, j) and value of each)."""
    groups: list[tuple[int, int, float]] = []
    start, total, current, last = 0, 0.0, 0.0, ""
    for i, token in enumerate(tokens):
        if token not in UNITS and token not in TENS and token not in SCALES:
            break
        if last and not _follows(last, token, current):
            groups.append((start, i, total + current))
            start, total, current, last = i, 0.0, 0.0, ""
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            quatre_vingt = token.startswith("vingt") and last == "quatre"
            current = current + 76 if quatre_vingt else current + TENS[token]
        elif token in ("cent", "cents"):
            current = (current or 1) * 100
        else:  # mille
            total += (current or 1) * 1000
            current = 0
        last = token
    else:
        i = len(tokens)
    if last:
        groups.append((start, i, total + current))
    return groups


def _follows(last: str, token: str, current: float) -> bool:
    """Whether `token` goes on the number that `last` ended ('vingt' then 'deux': yes)."""
    rest = current % 100
    if token in ("mille",):
        return True
    if token in ("cent", "cents"):
        return last in UNITS and UNITS[last] < 10 and rest == UNITS[last] and current < 10
    if token in TENS:
        return (last in SCALES and rest == 0) or (token.startswith("vingt") and last == "quatre")
    if UNITS[token] >= 10:  # onze…seize, dix: after a scale, « soixante », « quatre-vingt »
        return (last in SCALES and rest == 0) or rest in (60, 80)
    # un…neuf: after a scale, a ten, « dix » (dix-sept) — not after another unit
    return (last in SCALES and rest == 0) or (last in TENS and rest % 10 == 0) or last == "dix"


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number written in digits, fractions or French words, in text order."""
    folded = fold(text)
    found: list[NumberMatch] = []
    taken = Coverage(len(text))

    def add(span: Span, value: float, written: str) -> None:
        if taken.free(span):
            taken.take(span)
            found.append(NumberMatch(span, value, written))

    # Each pattern needs a character or word that most texts lack: test for it before the scan.
    vulgar = any(c in text for c in _VULGAR)
    for m in _VULGAR_RE.finditer(text) if vulgar else ():
        whole = float(m.group(1)) if m.group(1) else 0.0
        add(Span(m.start(), m.end()), whole + _VULGAR[m.group(2)], "fraction")
    for m in _FRACTION_RE.finditer(text) if "/" in text else ():
        num, den = int(m.group(1)), int(m.group(2))
        # Only small fractions of a dose unit ("1/2", "3/4"); "130/80" and dates are not fractions.
        if 0 < num < den <= 4:
            add(Span(m.start(), m.end()), num / den, "fraction")
    for m in _DIGITS_RE.finditer(text):
        add(Span(m.start(), m.end()), parse_decimal(m.group()), "digits")
    fractions = "demi" in folded or "quart" in folded or "tiers" in folded
    for m in _FRACTION_WORDS_RE.finditer(folded) if fractions else ():
        if m.group("n") is None and folded[max(0, m.start() - 3) : m.start()] == "et ":
            continue  # « deux et demi »: read with its number below
        base = UNITS.get(m.group("n") or "un", 1)
        frac = m.group("f").rstrip("s")
        value = base * FRACTIONS.get(frac, FRACTIONS.get(frac + "s", 0.5))
        if m.group("n") is None:
            value = FRACTIONS.get(frac, FRACTIONS.get(frac + "s", 0.5))
        add(Span(m.start(), m.end()), value, "words")
    pending: NumberMatch | None = None  # « cinq virgule » waiting for its decimals
    for m in _WORDS_RE.finditer(folded):
        words = [(w.group(), m.start() + w.start()) for w in _WORD_TOKEN.finditer(m.group(0))]
        kept = [(w, at) for w, at in words if w != "et"]
        decimals = pending is not None and _VIRGULE.fullmatch(folded, pending.span.end, m.start())
        zeros = 0
        while decimals and len(kept) > 1 and kept[0][0] == "zero":
            zeros += 1
            kept = kept[1:]
        groups = _number_groups([w for w, _ in kept])
        for n, (i, j, value) in enumerate(groups):
            start, last_word, last_at = kept[i][1], kept[j - 1][0], kept[j - 1][1]
            end = last_at + len(last_word)
            if n == len(groups) - 1 and m.group("half"):
                value += 0.25 if "quart" in m.group("half") else 0.5
                end = m.end()
            if n == 0 and decimals and pending is not None:
                # « cinq virgule un » is 5,1; « trente-sept virgule huit » is 37,8; « zéro
                # virgule zéro cinq » is 0,05 (each « zéro » after the comma is a decimal place)
                digits = len(f"{value:g}") + zeros
                found.remove(pending)
                value = pending.value + value / 10**digits
                start = pending.span.start
                taken.release(pending.span)
            match = NumberMatch(Span(start, end), value, "words")
            if taken.free(match.span):
                taken.take(match.span)
                found.append(match)
                pending = match
            else:
                pending = None
    found.sort(key=lambda n: n.span.start)
    return found
