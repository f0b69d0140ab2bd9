"""One pictogram per step of a care pathway, chosen by French keywords.

>>> choose("Prise de sang à jeun le matin du rendez-vous.").name
'goutte de sang'
>>> choose("Vous rentrez chez vous.").id, choose("Voilà.").id
('1F3E0', '27A1')

The keywords are data (data/pictogram_keywords.tsv); the pictograms are OpenMoji 17.0.0 SVGs
(CC BY-SA 4.0) vendored in pictograms/ (SOURCES.md). Matching is on folded text, whole words,
each word with an optional plural or feminine ending; the longest keyword found wins, then the
earlier row. `svg()` gives a file ready to inline in HTML: no namespace URL, no ids (several
pictograms share a page), hidden from screen readers (the step's text says it all).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from avec.text.normalize import fold, fold_key

STEP = "27A1"  # arrow: a step with no keyword
INFORMATION = "2139"
ATTENTION = "26A0"
TELEPHONE = "1F4DE"
# The attribution OpenMoji asks for (README « Attribution Requirements »), in French.
ATTRIBUTION = (
    "Pictogrammes conçus par OpenMoji, le projet libre d'emojis et d'icônes "
    "(https://openmoji.org/) — licence CC BY-SA 4.0 "
    "(https://creativecommons.org/licenses/by-sa/4.0/)."
)
# Pictograms avec composed from OpenMoji's: CC BY-SA asks that changes be indicated.
ADAPTED = {
    "a-jeun": "« à jeun » (assiette barrée) composé pour avec à partir de deux pictogrammes OpenMoji"
}


@dataclass(frozen=True, slots=True)
class Pictogram:
    id: str  # the file's name in pictograms/ without .svg: OpenMoji's code, or an adapted file
    emoji: str  # the Unicode character(s); "" for OpenMoji's extras (private use area)
    name: str  # what it shows, in French
    keyword: str | None = None  # the keyword that chose it

    @property
    def svg(self) -> str:
        return svg(self.id)


def _key(text: str) -> str:
    return fold_key(text).replace("œ", "oe")


@cache
def _table() -> tuple[dict[str, Pictogram], list[tuple[str, re.Pattern[str], str]]]:
    """Pictograms by id, and (keyword, pattern on folded text, pictogram id) longest first."""
    path = resources.files("avec.communicate") / "data" / "pictogram_keywords.tsv"
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    by_id: dict[str, Pictogram] = {}
    keywords: list[tuple[str, re.Pattern[str], str]] = []
    for line in lines[1:]:  # lines[0]: header
        words, pid, emoji, name = line.split("\t")
        by_id[pid] = Pictogram(pid, emoji, name)
        for keyword in filter(None, (w.strip() for w in words.split("|"))):
            parts = re.split(r"[\s\-']+", _key(keyword))
            body = r"[\s\-']+".join(re.escape(p) + "(?:e|s|es|x)?" for p in parts)
            pattern = re.compile(rf"(?<![^\W\d_]){body}(?![^\W\d_])")
            keywords.append((keyword, pattern, pid))
    keywords.sort(key=lambda k: -len(_key(k[0])))  # stable: equal lengths keep the file's order
    return by_id, keywords


def pictogram(pid: str) -> Pictogram:
    """The pictogram with this id (KeyError when the data file does not list it)."""
    return _table()[0][pid]


def choose(text: str, default: str = STEP) -> Pictogram:
    """The pictogram of the longest keyword found in `text`, else `default`."""
    by_id, keywords = _table()
    folded = fold(text).replace("œ", "oe")
    for keyword, pattern, pid in keywords:
        if pattern.search(folded):
            found = by_id[pid]
            return Pictogram(found.id, found.emoji, found.name, keyword)
    return by_id[default]


def ids() -> list[str]:
    """Every pictogram the data file names, in its order."""
    return list(_table()[0])


def licence_line(used: list[str] | tuple[str, ...] = ()) -> str:
    """The attribution to print with these pictograms, with the adaptations among them."""
    changes = [ADAPTED[pid] for pid in dict.fromkeys(used) if pid in ADAPTED]
    return ATTRIBUTION if not changes else f"{ATTRIBUTION[:-1]} ; {' ; '.join(changes)}."


@cache
def svg(pid: str) -> str:
    """The SVG of a pictogram, to inline in an HTML page."""
    if not re.fullmatch(r"[0-9A-Za-z\-]+", pid):
        raise KeyError(pid)
    path = resources.files("avec.communicate") / "pictograms" / f"{pid}.svg"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<\?xml.*?\?>|<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r'\s(?:xmlns(?::\w+)?|id)="[^"]*"', "", text)
    text = text.replace("<svg", '<svg class="picto" aria-hidden="true" focusable="false"', 1)
    return re.sub(r">\s+<", "><", text.strip())
