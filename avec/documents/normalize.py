"""Text normalisation shared by every format, and the two repairs PDF text needs: words split by
hyphenation at line ends, and page headers and footers repeated on every page.

Nothing here changes what the text says: spaces stay spaces (one for one), a hyphen is dropped
only when the document itself, or French spelling, says the word is written without one, and
every line removed is named in a warning.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# PDFium marks a hyphen it found at a line end with U+0002 (bounded text) or U+FFFE (text range),
# the line break removed; `pdf.py` also inserts it between pages.
HYPHEN_MARK = "\x02"

_NEWLINES = str.maketrans(
    {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
)
# Each space-like character becomes one ordinary space: "1\u202f000 mg" stays one number,
# "« non »" keeps its spacing, offsets into the line do not move.
_SPACES = str.maketrans(dict.fromkeys([0xA0, 0x202F, 0x2007, 0x2009, 0x200A, 0x205F, 0x3000,
                                       *range(0x2000, 0x2007)], " "))  # fmt: skip
# Typographic ligatures (PDF fonts) spelled out: "ﬁbrose" -> "fibrose". "œ" is a letter in
# French and is kept.
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
     "\ufb05": "st", "\ufb06": "st"}
)  # fmt: skip
# Invisible format characters: soft hyphen, zero-width spaces and joiners, BOM, bidi marks.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Bullets from Word, Symbol and Wingdings fonts (private use area) at the start of a line.
_BULLET = re.compile(
    r"^([ \t]*)[•◦▪▫●○■□►▸‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf0e0\uf06e\uf0a1][ \t]*",
    re.MULTILINE,
)
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Cleaned:
    text: str
    unreadable: int  # U+FFFD and noncharacters: text the source did not encode readably


def clean(text: str) -> Cleaned:
    """NFC, one newline convention, spaces as spaces, ligatures spelled out, control and
    invisible characters dropped, list bullets as "- ", trailing spaces and blank runs trimmed."""
    text = text.replace("\r\n", "\n").translate(_NEWLINES)
    text = unicodedata.normalize("NFC", text).translate(_SPACES).translate(_LIGATURES)
    text = _INVISIBLE.sub("", text)
    unreadable = text.count("\ufffd") + text.count("\ufffe") + text.count("\uffff")
    text = "".join(
        ch for ch in text if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    text = _BULLET.sub(r"\1- ", text)
    text = _TRAILING.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text).strip("\n")
    return Cleaned(text, unreadable)


# -- Hyphenation at line ends ------------------------------------------------------------------

# First elements written with a hyphen in French ("sous-cutané", "contre-indiqué", "demi-dose")
# and second elements that are words of their own ("peut-être", "celle-ci", "c'est-à-dire").
_KEEP_FIRST = frozenset({
    "sous", "non", "demi", "semi", "mi", "ex", "vice", "après", "arrière", "avant", "contre",
    "grand", "grande", "belle", "beau", "arc", "porte", "garde", "court", "soi", "ci", "là",
    "au", "celui", "celle", "ceux", "celles", "peut", "rendez", "vis", "check", "chef",
})  # fmt: skip
_KEEP_SECOND = frozenset({
    "même", "mêmes", "ci", "là", "être", "dessus", "dessous", "dedans", "dehors", "delà",
    "deçà", "à", "midi", "dire", "disant", "il", "ils", "elle", "elles", "nous", "vous", "moi",
    "toi", "lui", "eux",
})  # fmt: skip
_VOWELS = frozenset("aeiouyéèêëàâîïôöûüù")
_WORD_END = re.compile(r"[^\W\d_]+$")
_WORD_START = re.compile(r"[^\W\d_]+")
# Explicit hyphen at a line end in text PDFium did not mark: "hypo-\nthyroïdie".
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")


@dataclass(frozen=True)
class Joined:
    text: str
    joined: list[str]  # words glued back without their hyphen ("hypothyroïdie")
    kept: list[str]  # compounds put back on one line with their hyphen ("sous-cutanée")


def join_hyphenated(text: str) -> Joined:
    """Glue words split at a line end. Only before a lowercase letter (never "Jean-\\nPierre",
    a list dash or a number); the hyphen is kept for French compounds, and the document's own
    spelling elsewhere decides first."""
    text = text.replace("\ufffe", HYPHEN_MARK)
    text = _LINE_END_HYPHEN.sub(HYPHEN_MARK, text)
    if HYPHEN_MARK not in text:
        return Joined(text, [], [])
    words = {w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)}
    joined: list[str] = []
    kept: list[str] = []
    out: list[str] = []
    parts = text.split(HYPHEN_MARK)
    out.append(parts[0])
    for part in parts[1:]:
        before = _WORD_END.search(out[-1])
        after = _WORD_START.match(part)
        if before is None or after is None or not after.group().islower():
            out.append("-\n" + part)  # not a split word: the hyphen and line break stay
            continue
        first, second = before.group(), after.group()
        if _keep_hyphen(first, second, words):
            kept.append(f"{first}-{second}")
            out.append("-" + part)
        else:
            joined.append(first + second)
            out.append(part)
    return Joined("".join(out), joined, kept)


def _keep_hyphen(first: str, second: str, words: set[str]) -> bool:
    whole, compound = (first + second).lower(), f"{first}-{second}".lower()
    if whole in words:
        return False
    if compound in words:
        return True
    if first.lower() in _KEEP_FIRST or second.lower() in _KEEP_SECOND:
        return True
    # "anti-inflammatoire", "pré-éclampsie", "auto-immune": a vowel meeting the same vowel.
    a, b = first[-1].lower(), second[0].lower()
    return a in _VOWELS and b in _VOWELS and _base(a) == _base(b)


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0]


# -- Repeated page headers and footers ---------------------------------------------------------


@dataclass(frozen=True)
class Stripped:
    pages: list[str]
    headers: list[str]  # lines removed from the top of every page (as on the first page)
    footers: list[str]


_MAX_REPEATED = 3  # lines looked at on each edge of a page
_DIGITS = re.compile(r"\d+")


def strip_repeated(pages: Sequence[str]) -> Stripped:
    """Remove the first and last lines that every page with text repeats. A line is repeated when
    it is identical on every page, or differs only by the page number ("page 2 / 5")."""
    lines = [p.split("\n") for p in pages]
    with_text = [i for i, page in enumerate(lines) if any(s.strip() for s in page)]
    if len(with_text) < 2:
        return Stripped(list(pages), [], [])
    headers: list[str] = []
    footers: list[str] = []
    for edge, removed in ((0, headers), (-1, footers)):
        for _ in range(_MAX_REPEATED):
            candidates = [(i, _edge_index(lines[i], edge)) for i in with_text]
            if any(j is None for _, j in candidates):
                break
            texts = [(i, lines[i][j].strip()) for i, j in candidates if j is not None]
            if not _repeated(texts):
                break
            first, line = texts[0]
            # Shown as on the first page, its page number as "N" when it varies.
            removed.append(line if len({t for _, t in texts}) == 1 else _numbered(line, first + 1))
            for i, j in candidates:
                assert j is not None
                del lines[i][j]
            if not all(any(s.strip() for s in lines[i]) for i in with_text):
                break
    return Stripped(["\n".join(page) for page in lines], headers, footers)


def _numbered(line: str, page: int) -> str:
    return re.sub(rf"(?<!\d){page}(?!\d)", "N", line, count=1)


def _edge_index(lines: list[str], edge: int) -> int | None:
    order = range(len(lines)) if edge == 0 else range(len(lines) - 1, -1, -1)
    return next((j for j in order if lines[j].strip()), None)


def _repeated(texts: list[tuple[int, str]]) -> bool:
    values = {t for _, t in texts}
    if len(values) == 1:
        return True
    # Same line but for the page number: each page's line holds its own number, the line is
    # short (a footer, not a sentence that happens to start with "Jour 1").
    if len({_DIGITS.sub("#", t) for t in values}) != 1:
        return False
    return all(len(t.split()) <= 8 and str(i + 1) in _DIGITS.findall(t) for i, t in texts)
