"""Negation and hypothesis in French clinical text: which findings are denied or uncertain.

A rule-based qualifier in the spirit of NegEx and edsnlp's qualifiers, built for comparing two
texts: every content word gets a status (affirmed, negated, hypothesis) and a *modifier* (the
next content word), so "pas de douleur thoracique" and "douleur thoracique" can be matched and
their statuses compared.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from avec.text.span import Span

AFFIRMED, NEGATED, HYPOTHESIS = "affirmed", "negated", "hypothesis"

_TOKEN = re.compile(r"[a-z0-9µœæ]+(?:-[a-z0-9µœæ]+)*|[.,;:!?()\n]|'")
_BOUNDARY = set(".,;:!?()\n")
_STOPWORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "d",
        "de",
        "des",
        "du",
        "e",
        "elle",
        "en",
        "est",
        "et",
        "etait",
        "il",
        "ils",
        "j",
        "je",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "lui",
        "m",
        "ma",
        "me",
        "mes",
        "mon",
        "n",
        "ne",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "s",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "t",
        "ta",
        "te",
        "tes",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "y",
        "a",
        "ete",
        "etre",
        "avoir",
        "a",
        "ont",
        "sont",
        "fait",
        "ai",
        "as",
        "avons",
        "avez",
        "nous",
        "vous",
        "ni",
        "non",
        "plus",
        "sans",
        "tres",
        "peu",
        "bien",
        "mal",
        "dans",
        "chez",
        "sous",
        "vers",
        "entre",
        "depuis",
        "lors",
        "ainsi",
        "alors",
        "aucun",
        "aucune",
        "jamais",
        "rien",
        "tout",
        "toute",
        "tous",
        "toutes",
        "cela",
        "ceci",
        "ca",
        "celui",
        "celle",
    ]
)


@dataclass(frozen=True, slots=True)
class Term:
    span: Span
    head: str  # normalised key of the first content word
    modifier: str | None  # key of the next content word, when there is one
    status: str


@dataclass(frozen=True, slots=True)
class Assertion:
    cue: Span
    status: str  # negated | hypothesis
    terms: tuple[Term, ...]


def term_key(word: str) -> str:
    """'douleurs' -> 'douleur', 'nausees' -> 'nausee' (plural-insensitive, already folded)."""
    if len(word) > 4 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


@cache
def _cues() -> dict[str, Any]:
    path = resources.files("avec.text") / "data" / "assertion_cues.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _alternation(cues: list[str]) -> str:
    parts = []
    for cue in sorted(set(cues), key=len, reverse=True):
        tail = r"(?![\w])" if cue[-1].isalnum() else ""
        parts.append(re.escape(cue).replace(r"\ ", r"\s+") + tail)
    return "|".join(parts)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    c = _cues()
    return {
        "pseudo": re.compile(rf"(?<![\w']){_alternation(c['negation']['pseudo'])}"),
        "neg_pre": re.compile(rf"(?<![\w']){_alternation(c['negation']['preceding'])}"),
        "neg_post": re.compile(rf"(?<![\w']){_alternation(c['negation']['following'])}"),
        "hyp_pre": re.compile(rf"(?<![\w']){_alternation(c['hypothesis']['preceding'])}"),
        "hyp_post": re.compile(rf"(?<![\w'])(?:{_alternation(c['hypothesis']['following'])})"),
        "verb_frame": re.compile(
            r"\bn(?:e\s+|')(?P<verb>[a-z]+)(?:\s+(?:[a-z]+))?\s+(?:"
            + "|".join(c["negation"]["verb_frame"])
            + r")\b"
        ),
    }


@cache
def _generic() -> frozenset[str]:
    return frozenset(term_key(w) for w in _cues()["terms"]["generic"])


@cache
def _terminators() -> frozenset[str]:
    return frozenset(_cues()["scope"]["terminators"])


def _content(word: str) -> bool:
    return (
        len(word) >= 3
        and not word.isdigit()
        and word not in _STOPWORDS
        and term_key(word) not in _generic()
    )


class _Tokens:
    def __init__(self, folded: str) -> None:
        self.items = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
        self.starts = [t[1] for t in self.items]

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _scope_after(tokens: _Tokens, pos: int, status: str) -> tuple[Term, ...]:
    """Terms governed by a cue ending at `pos`: "pas de fièvre ni de toux" -> fièvre, toux."""
    max_words = int(_cues()["scope"]["max_words"])
    terms: list[Term] = []
    i = tokens.index_at(pos)
    words = 0
    need_head = True
    head: tuple[str, int, int] | None = None
    while i < len(tokens.items) and words < max_words:
        word, start, end = tokens.items[i]
        if word in _BOUNDARY and word != "'":
            break
        if word in ("ni",) or (
            word in ("et", "ou")
            and i + 1 < len(tokens.items)
            and tokens.items[i + 1][0] in ("de", "d", "des", "du", "l", "la", "le", "les")
        ):
            need_head, head = True, None
            i += 1
            continue
        if word in _terminators():
            break
        words += 1
        if _content(word):
            if need_head:
                head = (word, start, end)
                terms.append(Term(Span(start, end), term_key(word), None, status))
                need_head = False
            elif head is not None and terms and terms[-1].modifier is None:
                last = terms[-1]
                terms[-1] = Term(Span(last.span.start, end), last.head, term_key(word), status)
        i += 1
    return tuple(terms)


def _scope_before(tokens: _Tokens, pos: int, status: str) -> tuple[Term, ...]:
    """Term governed by a following cue starting at `pos`: "fièvre absente", "tabac : non"."""
    i = tokens.index_at(pos) - 1
    window: list[tuple[str, int, int]] = []
    while i >= 0 and len(window) < 4:
        word, start, end = tokens.items[i]
        if word in _BOUNDARY and word != ":":
            break
        if word != ":":
            window.insert(0, (word, start, end))
        i -= 1
    content = [w for w in window if _content(w[0])]
    if not content:
        return ()
    head = content[0]
    modifier = content[1] if len(content) > 1 else None
    end = modifier[2] if modifier else head[2]
    return (
        Term(
            Span(head[1], end),
            term_key(head[0]),
            term_key(modifier[0]) if modifier else None,
            status,
        ),
    )


def find_assertions(text: str, folded: str) -> list[Assertion]:
    del text  # offsets are shared; matching runs on the folded text
    p = _patterns()
    tokens = _Tokens(folded)
    pseudo = [Span(m.start(), m.end()) for m in p["pseudo"].finditer(folded)]
    found: list[Assertion] = []
    cue_spans: list[Span] = []

    def add(cue: Span, status: str, terms: tuple[Term, ...]) -> None:
        if terms and not any(cue.overlaps(c) for c in cue_spans):
            cue_spans.append(cue)
            found.append(Assertion(cue, status, terms))

    for key, status, after in (
        ("hyp_pre", HYPOTHESIS, True),
        ("hyp_post", HYPOTHESIS, False),
    ):
        for m in p[key].finditer(folded):
            cue = Span(m.start(), m.end())
            terms = (
                _scope_after(tokens, m.end(), status)
                if after
                else _scope_before(tokens, m.start(), status)
            )
            add(cue, status, terms)
    for m in p["verb_frame"].finditer(folded):
        cue = Span(m.start(), m.end())
        if any(cue.overlaps(s) for s in pseudo):
            continue
        rest = _scope_after(tokens, m.end(), NEGATED)
        verb = m.group("verb")
        if rest:
            add(cue, NEGATED, rest)
        elif _content(verb) and verb not in ("est", "etait", "sont", "peut", "faut", "doit"):
            add(
                cue,
                NEGATED,
                (Term(Span(m.start("verb"), m.end("verb")), term_key(verb), None, NEGATED),),
            )
    for key, after in (("neg_pre", True), ("neg_post", False)):
        for m in p[key].finditer(folded):
            cue = Span(m.start(), m.end())
            if any(cue.overlaps(s) for s in pseudo):
                continue
            terms = (
                _scope_after(tokens, m.end(), NEGATED)
                if after
                else _scope_before(tokens, m.start(), NEGATED)
            )
            add(cue, NEGATED, terms)
    found.sort(key=lambda a: a.cue.start)
    return found


def mention_index(folded: str, assertions: list[Assertion]) -> dict[str, list[Term]]:
    """Every content word of the text by head key, with its status (affirmed unless a cue
    governs it) and its modifier; built once per text."""
    governed = {t.span.start: t for a in assertions for t in a.terms}
    items = _Tokens(folded).items
    index: dict[str, list[Term]] = {}
    for i, (word, start, end) in enumerate(items):
        if word in _BOUNDARY or not _content(word):
            continue
        head = term_key(word)
        if start in governed:
            index.setdefault(head, []).append(governed[start])
            continue
        modifier = None
        mod_end = end
        for j, (nxt, _s, e) in enumerate(items[i + 1 : i + 4]):
            if nxt in _BOUNDARY:
                break
            if _content(nxt):
                modifier = term_key(nxt)
                mod_end = e if j == 0 else end  # the span covers an adjacent modifier only
                break
        index.setdefault(head, []).append(Term(Span(start, mod_end), head, modifier, AFFIRMED))
    return index


def mentions(folded: str, assertions: list[Assertion], head: str) -> list[Term]:
    """Every mention of `head` in the text with its status."""
    return mention_index(folded, assertions).get(head, [])
