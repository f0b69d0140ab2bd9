"""French dates, normalised to (year, month, day) with unknown parts left as None.

"12/03/2025", "12.03.25", "2025-03-12", "12 mars 2025", "1er mars", "mars 2025" all parse;
two mentions *agree* when every part known in both is equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from avec.text.normalize import fold
from avec.text.numbers import words_to_number
from avec.text.span import Span

MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?P<d>[0-3]?\d)(?P<sep>[/.\-])(?P<m>[01]?\d)(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/])"
)
_PRESSURE_CONTEXT = re.compile(r"\b(?:tension|pression|pa|ta|automesure|atteint|moyenne)\b")
_MONTH_YEAR = re.compile(r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\d/])")
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_WRITTEN = re.compile(
    rf"\b(?:(?P<d>[0-3]?\d)(?:er)?\s+)?(?P<m>{_MONTH})\.?(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b"
)


# Dates said aloud: « le dix-sept mars », « vingt-trois mars quatre-vingt-sept », « en février
# deux mille vingt » (number words read by `avec.text.numbers`).
_NW = (
    r"(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|et)(?![a-z])"
)
_FULL_MONTH = "|".join(m for m in MONTHS if len(m) > 4 or m in ("mars", "mai", "juin", "aout"))
_SPOKEN = re.compile(
    rf"\b(?:(?P<d>premier|{_NW}(?:[\s\-]{{1,3}}{_NW}){{0,3}})\s+)?(?P<m>{_FULL_MONTH})\b"
    rf"(?:\s+(?P<y>{_NW}(?:[\s\-]{{1,3}}{_NW}){{0,7}}))?"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    year: int | None
    month: int
    day: int | None

    def agrees(self, other: DateMention) -> bool:
        pairs = ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        return all(a is None or b is None or a == b for a, b in pairs)

    def iso(self) -> str:
        y = f"{self.year:04d}" if self.year else "????"
        d = f"{self.day:02d}" if self.day else "??"
        return f"{y}-{self.month:02d}-{d}"


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return y + (2000 if y < 50 else 1900) if len(raw) == 2 else y


def _valid(day: int | None, month: int) -> bool:
    return 1 <= month <= 12 and (day is None or 1 <= day <= 31)


def find_dates(text: str) -> list[DateMention]:
    folded = fold(text)
    found: list[DateMention] = []
    for m in _ISO.finditer(text):
        d, mo = int(m["d"]), int(m["m"])
        if _valid(d, mo):
            found.append(DateMention(Span(m.start(), m.end()), int(m["y"]), mo, d))
    for m in _NUMERIC.finditer(text):
        span = Span(m.start(), m.end())
        if any(span.overlaps(f.span) for f in found):
            continue
        d, mo = int(m["d"]), int(m["m"])
        # "3/4" without a year is a fraction or a score, not a date; require a year or a 2-digit day.
        if m["y"] is None and (m["sep"] != "/" or len(m["d"]) < 2 or len(m["m"]) < 2):
            continue
        if m["y"] is None and _PRESSURE_CONTEXT.search(folded[max(0, m.start() - 40) : m.start()]):
            continue  # "tension à 18/11": a blood pressure in cmHg
        if _valid(d, mo):
            found.append(DateMention(span, _year(m["y"]), mo, d))
    for m in _MONTH_YEAR.finditer(text):
        span = Span(m.start(), m.end())
        if not any(span.overlaps(f.span) for f in found):
            found.append(DateMention(span, int(m["y"]), int(m["m"]), None))
    for m in _WRITTEN.finditer(folded):
        if m["d"] is None and m["y"] is None:
            continue  # a bare month name ("en mars") is too vague to check
        if m["m"] in ("sept",) and m["d"] is None:
            continue  # "sept ans" is a number
        day = int(m["d"]) if m["d"] else None
        month = MONTHS[m["m"]]
        if _valid(day, month):
            found.append(DateMention(Span(m.start(), m.end()), _year(m["y"]), month, day))
    found += _spoken(folded, found)
    found.sort(key=lambda x: x.span.start)
    return found


def _spoken(folded: str, found: list[DateMention]) -> list[DateMention]:
    said: list[DateMention] = []
    for m in _SPOKEN.finditer(folded) if any(w in folded for w in MONTHS) else ():
        if m["d"] is None and m["y"] is None:
            continue
        day = 1 if m["d"] == "premier" else (_words(m["d"]) if m["d"] else None)
        year = _words(m["y"]) if m["y"] else None
        if year is not None and not (year >= 1900 or year < 100):
            year = None
        if (m["d"] and day is None) or (day is None and year is None):
            continue
        # « trente-six » said for a year is 1936 or 2036: both readings are kept
        years = [year] if year is None or year >= 100 else [1900 + year, 2000 + year]
        span = Span(m.start(), m.end())
        if _valid(day, MONTHS[m["m"]]) and not any(span.overlaps(f.span) for f in found):
            said += [DateMention(span, y, MONTHS[m["m"]], day) for y in years]
    return said


def _words(phrase: str) -> int | None:
    value = words_to_number(phrase)
    return int(value) if value is not None and value == int(value) else None
