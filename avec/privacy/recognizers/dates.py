"""Calendar dates (DATE) and dates of birth (DATE_NAISSANCE), in figures or in words.

Parsing reuses avec.text.dates; a date is a date of birth when a cue precedes it ("né le",
"DDN", "date de naissance"). A day and month without a year ("le 12/03") needs a preposition
before it, so a fraction or a score is never taken for a date. Dates dictated in words
("né le douze mars mille neuf cent cinquante-deux") are read here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from avec.privacy.document import Document
from avec.privacy.entities import Entity, Label
from avec.text.dates import MONTHS, find_dates
from avec.text.numbers import SCALES, TENS, UNITS

_BIRTH_CUE = re.compile(
    r"(?:\bnee?s?\b|\bddn\b|\bd\.d\.n\b|naissance|\bnais\.|\bborn\b)[^\n.;]{0,25}$"
)
_DAY_MONTH_CUE = re.compile(
    r"(?:\b(?:le|du|au|depuis|des|jusqu'au|partir du|et|vu|entre)|[,:(])\s*$"
)
_NUMBER = "|".join(sorted([*UNITS, *TENS, *SCALES, "premier", "et"], key=len, reverse=True))
# Full month names only: "treize sept" is a blood pressure, not the 13th of September.
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 4 or m in ("mars", "mai", "juin", "aout")),
                         key=len, reverse=True))  # fmt: skip
_SPOKEN = re.compile(
    rf"\b(?:(?:{_NUMBER})[\s\-]+)+(?:{_MONTH})\b(?:[\s,]+(?:(?:{_NUMBER})\b[\s\-]*)+)?"
)


def _label(doc: Document, start: int) -> tuple[Label, str]:
    if _BIRTH_CUE.search(doc.before(start, 45)):
        return Label.DATE_NAISSANCE, "date de naissance"
    return Label.DATE, "date"


def find_dates_in_text(doc: Document) -> Iterator[Entity]:
    for mention in find_dates(doc.text):
        start, end = mention.span.start, mention.span.end
        raw = doc.text[start:end]
        numeric_day_month = mention.year is None and mention.day is not None
        bare = numeric_day_month and re.fullmatch(r"[\d/.\-]+", raw)
        if bare and not _DAY_MONTH_CUE.search(doc.before(start, 15)):
            continue
        label, why = _label(doc, start)
        yield doc.entity(start, end, label, "date", why)
    for m in _SPOKEN.finditer(doc.folded):
        end = m.end()
        while doc.folded[end - 1] in " ,-":
            end -= 1
        if m.group().split()[0] == "et":
            continue
        label, why = _label(doc, m.start())
        yield doc.entity(m.start(), end, label, "date", why + " (dictée en toutes lettres)")


# "du 3 au 10 avril 2025", "entre le 3 et le 5 mars": the first day is a date too.
_FIRST_DAY = re.compile(
    r"\b(?:du|entre\s+le)\s+(?P<day>1er|[0-3]?\d)\s+(?:au|et\s+le)\s+(?:1er|[0-3]?\d)\s+"
    rf"(?:{_MONTH})\b"
)


def find_first_days(doc: Document) -> Iterator[Entity]:
    for m in _FIRST_DAY.finditer(doc.folded):
        yield doc.entity(
            m.start("day"), m.end("day"), Label.DATE, "date", "premier jour d'une période"
        )


RECOGNIZERS = (find_dates_in_text, find_first_days)
