"""Administration frequencies ("x3/j", "3 fois par jour", "matin et soir", "toutes les 8 h"),
normalised to administrations per day so that paraphrases compare equal."""

from __future__ import annotations

import re
from dataclasses import dataclass

from avec.text.normalize import fold
from avec.text.numbers import UNITS, parse_decimal
from avec.text.span import Span

_N = r"(?P<n>\d+(?:,\d+)?|" + "|".join(sorted(UNITS, key=len, reverse=True)) + ")"
_DAY = r"(?:j|jour|jours|24\s*h)\b"
_WEEK = r"(?:sem|semaine|semaines)\b"

# (pattern, kind, needles): kind says how to turn the captured count n into administrations per
# day; every match contains one of the needles, so a text without any is not scanned at all.
_PATTERNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"\bmatin\s*,?\s*midi\s*,?\s*(?:et\s+)?(?:au\s+)?soir\b", "3", ("midi",)),
    (
        r"\bmatin\s*,?\s*midi\s*,?\s*(?:gouter|apres-midi)\s*(?:et\s+)?(?:au\s+)?soir\b",
        "4",
        ("midi",),
    ),
    (r"\b(?:le\s+)?matin\s+et\s+(?:le\s+)?soir\b|\bsoir\s+et\s+matin\b", "2", ("matin",)),
    (r"\b(?:le\s+)?matin\s+et\s+(?:le\s+)?midi\b|\bmidi\s+et\s+(?:le\s+)?soir\b", "2", ("midi",)),
    (
        r"\b(?:le|chaque|tous\s+les)\s+(?:matin|matins|soir|soirs|midi)\b(?!\s+et\b)",
        "1",
        ("matin", "soir", "midi"),
    ),
    (r"\bau\s+coucher\b|\ba\s+jeun\b(?=.{0,20}\bmatin)", "1", ("coucher", "jeun")),
    (rf"(?<![\w/])x\s*{_N}\s*(?:/|par)\s*{_DAY}", "n/day", ("x",)),
    (rf"\b{_N}\s*x\s*(?:/|par)\s*{_DAY}", "n/day", ("x",)),
    (
        rf"\b(?:\d+|une|deux|trois|quatre)\s*(?:a|-|ou)\s*{_N}\s*(?:fois|prises?)\s*(?:/|par)\s*{_DAY}",
        "n/day",
        ("fois", "prise"),
    ),
    (
        rf"\b{_N}\s*(?:fois|prises?)\s*(?:/|par|au\s+cours\s+de\s+la)\s*{_DAY}",
        "n/day",
        ("fois", "prise"),
    ),
    (rf"\ben\s+{_N}\s+prises?\b", "n/day", ("prise",)),
    (rf"\b{_N}\s*fois\s+(?:quotidiennement|dans\s+la\s+journee)", "n/day", ("fois",)),
    (
        r"\b(?:une\s+fois|1\s*fois)\s+(?:par\s+jour|/\s*j\b|quotidiennement)|\bquotidien(?:ne)?\b",
        "1",
        ("fois", "quotidien"),
    ),
    (rf"(?<![\w/])x\s*{_N}\s*(?:/|par)\s*{_WEEK}", "n/week", ("x",)),
    (rf"\b{_N}\s*(?:fois|prises?)\s*(?:/|par)\s*{_WEEK}", "n/week", ("fois", "prise")),
    (
        r"\b(?:une\s+fois\s+par\s+semaine|hebdomadaire(?:ment)?|chaque\s+semaine|par\s+semaine)\b",
        "1/week",
        ("semaine", "hebdomadaire"),
    ),
    (rf"\btoutes\s+les\s+{_N}\s*(?:h|heures?)\b", "every n h", ("toutes",)),
    (r"\btoutes\s+les\s+heures\b", "24", ("toutes",)),
    (rf"(?<=[a-zµ])\s*/\s*{_N}\s*h\b", "every n h", ("/",)),
    (rf"\btoutes\s+les\s+{_N}\s*(?:sem|semaines?)\b", "every n weeks", ("toutes",)),
    (
        rf"\b(?:tous\s+les|1\s+jour\s+sur|un\s+jour\s+sur)\s+{_N}(?:\s+jours)?\b",
        "every n days",
        ("tous", "sur"),
    ),
    (r"\b1\s*j\s*/\s*2\b", "0.5", ("/",)),
)
_START = re.compile(r"(?:\bdes|partir\s+du|partir\s+de)\s*$")
_COMPILED = tuple((re.compile(p), kind, needles) for p, kind, needles in _PATTERNS)


@dataclass(frozen=True, slots=True)
class Frequency:
    span: Span
    per_day: float

    def describe(self) -> str:
        if self.per_day >= 1:
            n = f"{self.per_day:g}".replace(".", ",")
            return f"{n} fois par jour"
        per_week = self.per_day * 7
        return f"{per_week:g} fois par semaine".replace(".", ",")


def _count(raw: str | None) -> float | None:
    if raw is None:
        return None
    return float(UNITS[raw]) if raw in UNITS else parse_decimal(raw)


def _per_day(kind: str, n: float | None) -> float | None:
    if kind == "n/day":
        return n
    if kind == "n/week":
        return None if n is None else n / 7
    if kind == "1/week":
        return 1 / 7
    if kind == "every n h":
        return None if not n else 24 / n
    if kind == "every n weeks":
        return None if not n else 1 / (7 * n)
    if kind == "every n days":
        return None if not n else 1 / n
    return float(kind)


def find_frequencies(text: str, folded: str | None = None) -> list[Frequency]:
    folded = fold(text) if folded is None else folded
    found: list[Frequency] = []
    for pattern, kind, needles in _COMPILED:
        if not any(n in folded for n in needles):
            continue
        for m in pattern.finditer(folded):
            span = Span(m.start(), m.end())
            if any(span.overlaps(f.span) for f in found):
                continue
            if kind == "1" and _START.search(folded[max(0, m.start() - 14) : m.start()]):
                continue  # "dès le soir", "à partir du matin": when to start, not how often
            n = _count(m.groupdict().get("n"))
            per_day = _per_day(kind, n)
            if per_day:
                found.append(Frequency(span, per_day))
    found.sort(key=lambda f: f.span.start)
    return found
