"""Laterality: which side ("gauche"/"droit") a text gives to an anatomical site."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from avec.clinical.resources import data_path
from avec.text.span import Span

_SIDE = re.compile(
    r"(?<![\w'])(?:(?P<g>gauches?)|(?P<d>droite?s?)|(?P<abbr>mi|ms)(?P<ad>[dg]))(?![\w'])"
)
_WORD = re.compile(r"[a-zœ]+(?:-[a-zœ]+)*")
_BREAK = re.compile(r"[.;:!?()\n]|,\s*(?:et|puis|mais)\b")
WINDOW_WORDS = 4


@dataclass(frozen=True, slots=True)
class SideMention:
    span: Span  # site … side
    site: str
    side: str  # "G" or "D"
    side_span: Span
    context: frozenset[str] = frozenset()  # words of the clause, to tell two mentions apart

    @property
    def label(self) -> str:
        return "gauche" if self.side == "G" else "droit"


@cache
def _sites() -> dict[str, str]:
    """Folded word -> the site it names ("genou" -> "genou", "gonalgie" -> "genou")."""
    sites: dict[str, str] = {}
    for line in data_path("anatomy_sites.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, site = (part.strip() for part in line.partition("="))
        sites[word] = (site or word).replace("œ", "oe")
    return sites


def site_key(word: str) -> str | None:
    sites = _sites()
    parts = [word, word.rsplit("-", 1)[-1]]  # "femoro-poplitee" -> "poplitee"
    for part in parts:
        for cand in (part, part[:-1] if part.endswith(("s", "x")) else part):
            if cand in sites:
                return sites[cand]
    return None


_CONTEXT_STOP = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "un",
        "une",
        "au",
        "aux",
        "a",
        "et",
        "en",
        "sur",
        "sous",
        "par",
        "pour",
        "avec",
        "sans",
        "dans",
        "est",
        "sont",
        "gauche",
        "gauches",
        "droit",
        "droite",
        "droits",
        "droites",
        "cote",
    ]
)


def _context(folded: str, start: int, end: int) -> frozenset[str]:
    """Content words of the clause around a mention (up to 60 characters each side)."""
    left = folded[max(0, start - 60) : start]
    cut = max((b.end() for b in _BREAK.finditer(left)), default=0)
    right = folded[end : end + 60]
    stop = next((b.start() for b in _BREAK.finditer(right)), len(right))
    words = _WORD.findall(left[cut:]) + _WORD.findall(right[:stop])
    return frozenset(w for w in words if len(w) > 3 and w not in _CONTEXT_STOP)


def find_sides(folded: str) -> list[SideMention]:
    found: list[SideMention] = []
    for m in _SIDE.finditer(folded):
        side_span = Span(m.start(), m.end())
        if m["abbr"]:
            site = "membre inferieur" if m["abbr"] == "mi" else "membre superieur"
            ctx = _context(folded, m.start(), m.end())
            found.append(SideMention(side_span, site, m["ad"].upper(), side_span, ctx))
            continue
        side = "G" if m["g"] else "D"
        # "la droite de la bouche", "en ligne droite" are not sides of a site
        before = folded[max(0, m.start() - 60) : m.start()]
        cut = max((b.end() for b in _BREAK.finditer(before)), default=0)
        words = list(_WORD.finditer(before, cut))[-WINDOW_WORDS:]
        for w in reversed(words):
            key = site_key(w.group())
            if key:
                start = m.start() - len(before) + w.start()
                ctx = _context(folded, start, m.end())
                found.append(SideMention(Span(start, m.end()), key, side, side_span, ctx))
                break
    return found
