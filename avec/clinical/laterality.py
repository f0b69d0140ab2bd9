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
    for cand in (word, word[:-1] if word.endswith(("s", "x")) else word):
        if cand in sites:
            return sites[cand]
    return None


def find_sides(folded: str) -> list[SideMention]:
    found: list[SideMention] = []
    for m in _SIDE.finditer(folded):
        side_span = Span(m.start(), m.end())
        if m["abbr"]:
            site = "membre inferieur" if m["abbr"] == "mi" else "membre superieur"
            found.append(SideMention(side_span, site, m["ad"].upper(), side_span))
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
                found.append(SideMention(Span(start, m.end()), key, side, side_span))
                break
    return found
