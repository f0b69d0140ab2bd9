"""One text under analysis: its folded form and helpers shared by the recognizers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from avec.privacy.entities import Entity, Label
from avec.text.normalize import fold


@dataclass
class Document:
    text: str
    found: list[Entity] = field(default_factory=list)

    @cached_property
    def folded(self) -> str:
        """Same length as `text`, accents removed, lower case: for case-blind matching."""
        folded = fold(self.text)
        lowered = folded.lower()
        if len(lowered) != len(folded):  # "İ" lowers to two characters: keep offsets aligned
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
        return lowered

    def before(self, start: int, width: int = 40) -> str:
        """The folded text just before `start`, at most `width` characters, same line or not."""
        return self.folded[max(0, start - width) : start]

    def starts_clause(self, start: int, *, loose: bool = False) -> bool:
        """Does a sentence or a line begin at `start` (a capital there says nothing about a
        name)? `loose` also counts a list item, a dash or a parenthesis as a beginning."""
        pattern = _LOOSE_START if loose else _CLAUSE_START
        return start == 0 or bool(pattern.search(self.text[max(0, start - 4) : start]))

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self)

    def entity(self, start: int, end: int, label: Label, recognizer: str, why: str,
               score: float = 1.0) -> Entity:  # fmt: skip
        return Entity(start, end, label, self.text[start:end], recognizer, why, score)


_TOKEN_RE = re.compile(
    r"[A-ZÉ]\.(?:-?[A-ZÉ]\.)+|[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*\.?", re.UNICODE
)


_CLAUSE_START = re.compile(r"(?:[.!?:\n]|^)\s*$")
_LOOSE_START = re.compile(r"(?:[.!?:;(\n\-—–]|^)\s*$")
_INITIALS = re.compile(r"[A-ZÉ]\.(?:-?[A-ZÉ]\.)*")


@dataclass(frozen=True, slots=True)
class Token:
    """A word (with inner hyphens/apostrophes; a trailing dot kept only to spot initials)."""

    start: int
    end: int
    text: str
    key: str  # folded, lower case, no trailing dot

    # The shape properties are asked thousands of times per document: plain string methods.
    @property
    def is_initial(self) -> bool:
        return self.text.endswith(".") and bool(_INITIALS.fullmatch(self.text))

    @property
    def word(self) -> str:
        return self.text.rstrip(".")

    @property
    def is_upper(self) -> bool:
        w = self.word
        letters = w.replace("'", "").replace("’", "").replace("-", "")
        return len(letters) >= 2 and letters.isupper() and letters.isalpha() and not self.is_initial

    @property
    def is_title(self) -> bool:
        w = self.word
        return (w[:1].isupper() and not w.isupper()) or (len(w) == 1 and w.isupper())

    @property
    def is_capitalised(self) -> bool:
        """ "Dupont", "DUPONT", and "d'Aubigné" (a lower-case elided particle before a capital)."""
        w = self.word
        if len(w) > 2 and w[0] in "dlDL" and w[1] in "'’":
            w = w[2:]
        return w[:1].isupper()


def tokenize(doc: Document) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(doc.text):
        text = m.group()
        # Keep the dot only after a one-letter initial ("J.", "J.-P."); a sentence dot is not a token.
        if text.endswith(".") and not _INITIALS.fullmatch(text):
            text = text[:-1]
        end = m.start() + len(text)
        out.append(Token(m.start(), end, text, doc.folded[m.start() : end].rstrip(".")))
    return out
