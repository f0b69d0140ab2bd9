"""Identifiers dictated aloud in consultation transcripts.

"zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit" is a phone number;
"jean point dupont arobase gmail point com" an e-mail address; a long run of number words
after "sécurité sociale" a NIR.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from avec.privacy.document import Document
from avec.privacy.entities import Entity, Label
from avec.text.numbers import SCALES, TENS, UNITS

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "et"], key=len, reverse=True))
_GROUP = rf"(?:{_WORD}|\d{{1,3}})(?:[\s\-]+(?:{_WORD}))*"
_GAP = r"(?:[\s,.\-]|\beuh\b)+"
# A French number starts with "zéro" then a non-zero digit; "plus trente-trois" for +33.
_SPOKEN_PHONE = re.compile(
    rf"\b(?:(?:plus|\+)\s*trente[\s\-]trois{_GAP}(?:zero{_GAP})?|zero{_GAP})"
    rf"(?:{_GROUP})(?:{_GAP}(?:{_GROUP})){{2,}}"
)
_SPOKEN_NUMBER = re.compile(rf"\b(?:{_GROUP})(?:{_GAP}(?:{_GROUP})){{4,}}")
_NIR_CUE = re.compile(
    r"(?:secu|securite sociale|carte vitale|numero d'assure|\bnir\b)[^\n.]{0,40}$"
)
_TOKEN = r"[a-z0-9][a-z0-9\-]*"
_JOIN = r"\s+(?:point|tiret(?:\s+bas)?|underscore|moins)\s+"
# the local part may end with digits said aloud: "tanguy bernard deux zéro arobase…"
_SPOKEN_MAIL = re.compile(
    rf"\b{_TOKEN}(?:(?:{_JOIN}|\s+(?=(?:{_WORD})\b)){_TOKEN})*"
    rf"\s+(?:arobase|arrobase|at)\s+{_TOKEN}(?:\s+point\s+{_TOKEN})+\b"
)
# A name spelled letter by letter: "je vous épelle, l-e-s-c-o-r-n-e-t".
_SPELLED = re.compile(r"(?<![\w-])(?:[a-z]-){3,}[a-z](?![\w-])")
_NOT_START = frozenset(
    {"c'est", "cest", "est", "mon", "ma", "mail", "email", "adresse", "donc", "euh"}
)


def _digit_count(phrase: str) -> int:
    return len(re.findall(rf"\b(?:{_WORD})\b|\d", phrase))


def find_spoken_phones(doc: Document) -> Iterator[Entity]:
    for m in _SPOKEN_PHONE.finditer(doc.folded):
        end = m.end()
        while doc.folded[end - 1] in " ,.-":
            end -= 1
        if _digit_count(doc.folded[m.start() : end]) >= 5:
            yield doc.entity(m.start(), end, Label.TEL, "dictation", "numéro de téléphone dicté")


def find_spoken_nirs(doc: Document) -> Iterator[Entity]:
    for m in _SPOKEN_NUMBER.finditer(doc.folded):
        if _NIR_CUE.search(doc.before(m.start(), 60)) and _digit_count(m.group()) >= 8:
            end = m.end()
            while doc.folded[end - 1] in " ,.-":
                end -= 1
            yield doc.entity(
                m.start(), end, Label.SECU, "dictation", "numéro de sécurité sociale dicté"
            )


def find_spoken_mails(doc: Document) -> Iterator[Entity]:
    for m in _SPOKEN_MAIL.finditer(doc.folded):
        start = m.start()
        first = m.group().split()[0]
        if first in _NOT_START:
            continue
        yield doc.entity(start, m.end(), Label.MAIL, "dictation", "adresse électronique épelée")


def find_spelled_names(doc: Document) -> Iterator[Entity]:
    for m in _SPELLED.finditer(doc.folded):
        yield doc.entity(
            m.start(), m.end(), Label.NOM, "dictation", "nom épelé lettre par lettre", 0.9
        )


RECOGNIZERS = (find_spoken_phones, find_spoken_nirs, find_spoken_mails, find_spelled_names)
