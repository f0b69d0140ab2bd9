"""Negation, hypothesis and other contexts of a finding in French clinical text.

A rule-based qualifier in the spirit of NegEx and edsnlp's qualifiers, built for comparing two
texts: every content word gets a status and a *modifier* (the next content word), so "pas de
douleur thoracique" and "douleur thoracique" can be matched and their statuses compared.

Statuses: affirmed (a plain mention), negated ("pas de fièvre"), hypothesis ("suspicion de"),
positive (a test result: "Quantiferon positif"), and two neutral contexts that assert nothing:
question (a sentence ending with "?", common in transcripts), conditional ("en cas de
fièvre", "si douleur") and instruction ("éviter le soleil", "ne pas modifier", imperatives). A negation read off a test result ("sérologie négative") is marked
`result` and only contradicts a positive result, not a plain mention of the test.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from avec.text.numbers import NUMBER_WORDS
from avec.text.span import Span

AFFIRMED, NEGATED, HYPOTHESIS = "affirmed", "negated", "hypothesis"
POSITIVE, QUESTION, CONDITIONAL = "positive", "question", "conditional"
INSTRUCTION, HISTORY, PLAN = "instruction", "history", "plan"
DECISIVE = frozenset({AFFIRMED, NEGATED, HYPOTHESIS, POSITIVE})

_TOKEN = re.compile(r"[a-z0-9µœæ]+(?:-[a-z0-9µœæ]+)*|[.,;:!?()\n]|'")
_BOUNDARY = set(".,;:!?()\n")
STOPWORDS = frozenset(
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
    span: Span  # head (and an adjacent modifier)
    head: str  # normalised key of the first content word
    modifier: str | None  # key of the next content word, when there is one
    status: str
    result: bool = False  # status read off a test result ("négatif", "positif")
    implied: bool = False  # status implied by the word itself ("apyrétique")


@dataclass(frozen=True, slots=True)
class Assertion:
    cue: Span
    status: str
    terms: tuple[Term, ...]
    scope: Span  # every content word inside takes the status


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

    def rx(cues: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(cues)})")

    return {
        "pseudo": rx(c["negation"]["pseudo"]),
        "neg_pre": rx(c["negation"]["preceding"]),
        "neg_post": rx(c["negation"]["following"]),
        "neg_result": rx(c["result"]["negative"]),
        "pos_result": rx(c["result"]["positive"]),
        "hyp_pre": rx(c["hypothesis"]["preceding"]),
        "hyp_post": rx(c["hypothesis"]["following"]),
        "cond_pre": rx(c["conditional"]["preceding"]),
        "history": rx(c["history"]["preceding"]),
        "plan": rx(c["plan"]["following"]),
        "instruction": re.compile(
            rf"(?<!\w)(?:{_alternation(c['instruction']['preceding'])}|[a-z]+ez(?!\w))"
        ),
        "verb_frame": re.compile(
            r"\bn(?:e\s+|')(?P<verb>[a-z]+)(?:\s+(?:[a-z]+))?\s+(?:"
            + "|".join(c["negation"]["verb_frame"])
            + r")\b"
        ),
    }


@cache
def _synonyms() -> dict[str, tuple[str, str]]:
    """'apyretique' -> ('fievre', negated): words that state a finding or its absence."""
    path = resources.files("avec.text") / "data" / "finding_synonyms.toml"
    with path.open("rb") as fh:
        rows = tomllib.load(fh)["word"]
    return {w: (term_key(row["finding"]), row["status"]) for row in rows for w in row["words"]}


@cache
def _generic() -> frozenset[str]:
    return frozenset(term_key(w) for w in _cues()["terms"]["generic"])


@cache
def _terminators() -> frozenset[str]:
    return frozenset(_cues()["scope"]["terminators"])


def _word(word: str) -> bool:
    """A word that can open a scope's term (not a stopword, a number or punctuation)."""
    return (
        len(word) >= 3
        and not word.isdigit()
        and word not in STOPWORDS
        and word not in _BOUNDARY
        and word not in NUMBER_WORDS
    )


@lru_cache(maxsize=65536)
def _content(word: str) -> bool:
    """A content word (asked two or three times per word of every text: memoised)."""
    return _word(word) and term_key(word) not in _generic()


@lru_cache(maxsize=8)
def _tokens_of(folded: str) -> _Tokens:
    """Tokens of a text, shared by `find_assertions` and `mention_index`."""
    return _Tokens(folded)


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


_CONTINUE = ("de", "d", "des", "du", "l", "la", "le", "les", "au", "aux", "a", "en")


def _scope_after(
    tokens: _Tokens,
    pos: int,
    status: str,
    max_words: int | None = None,
    through_commas: bool = False,
) -> tuple[tuple[Term, ...], Span]:
    """Terms governed by a cue ending at `pos` ("pas de fièvre ni de toux" -> fièvre, toux) and
    the extent of the scope. A segment whose first word is generic has no term."""
    limit = max_words or int(_cues()["scope"]["max_words"])
    terms: list[Term] = []
    i = tokens.index_at(pos)
    words = 0
    state = "head"  # head -> modifier -> done, reset by "ni" / "et de"
    end = pos
    while i < len(tokens.items) and words < limit:
        word, start, stop = tokens.items[i]
        if word == "," and through_commas:
            state = "head"
            i += 1
            continue
        if word in _BOUNDARY and word != "'":
            break
        nxt = tokens.items[i + 1][0] if i + 1 < len(tokens.items) else ""
        if word == "ni" or (word in ("et", "ou") and (nxt in _CONTINUE or _content(nxt))):
            state = "head"  # "ni de toux", "et aux oreilles", "ni fièvre ou brûlures"
            i += 1
            continue
        if word in _terminators() and not (through_commas and word in ("et", "ou")):
            break
        words += 1
        end = stop
        if state == "head" and _word(word):
            if _content(word):
                terms.append(Term(Span(start, stop), term_key(word), None, status))
                state = "modifier"
            elif term_key(word) in _generic() and nxt and _content(nxt):
                state = "head"  # "pas d'effet rebond": the adjacent word names the finding
            else:
                state = "done"  # "pas de changement de …": nothing to compare
        elif state == "modifier" and _content(word):
            last = terms[-1]
            adjacent = (
                tokens.items[i - 1][2] == last.span.end or tokens.items[i - 1][0] in _CONTINUE
            )
            span = Span(last.span.start, stop) if adjacent else last.span
            terms[-1] = Term(span, last.head, term_key(word), status)
            state = "done"
        i += 1
    return tuple(terms), Span(pos, max(pos, end))


def _scope_before(
    tokens: _Tokens, pos: int, status: str, result: bool = False
) -> tuple[tuple[Term, ...], Span]:
    """Term governed by a following cue starting at `pos`: "fièvre absente", "tabac : non"."""
    i = tokens.index_at(pos) - 1
    window: list[tuple[str, int, int]] = []
    if i >= 0 and tokens.items[i][0] == ")":
        # "artérite à cellules géantes (maladie de Horton) probable": the aside belongs to the NP
        while i >= 0 and tokens.items[i][0] != "(":
            i -= 1
        i -= 1
    while i >= 0 and len(window) < 4:
        word, start, end = tokens.items[i]
        if word in _BOUNDARY:
            break  # a label ("Hypothèse : crise de goutte probable") is not the finding
        window.insert(0, (word, start, end))
        i -= 1
    content = [w for w in window if _content(w[0])]
    if not content:
        return (), Span(pos, pos)
    head = content[0]
    modifier = content[1] if len(content) > 1 else None
    end = modifier[2] if modifier else head[2]
    term = Term(
        Span(head[1], end),
        term_key(head[0]),
        term_key(modifier[0]) if modifier else None,
        status,
        result,
    )
    return (term,), Span(window[0][1], pos)


_COPULAS = frozenset(
    {"est", "etait", "sont", "peut", "faut", "doit", "a", "ont", "y", "avait", "etaient"}
)


def find_assertions(text: str, folded: str) -> list[Assertion]:
    del text  # offsets are shared; matching runs on the folded text
    p = _patterns()
    tokens = _tokens_of(folded)
    pseudo = [Span(m.start(), m.end()) for m in p["pseudo"].finditer(folded)]
    found: list[Assertion] = []
    cue_spans: list[Span] = []

    def add(cue: Span, status: str, scoped: tuple[tuple[Term, ...], Span]) -> None:
        terms, scope = scoped
        if terms and not any(cue.overlaps(c) for c in cue_spans):
            cue_spans.append(cue)
            found.append(Assertion(cue, status, terms, scope))

    def cues(key: str) -> list[Span]:
        return [Span(m.start(), m.end()) for m in p[key].finditer(folded)]

    for cue in cues("pos_result"):
        add(cue, POSITIVE, _scope_before(tokens, cue.start, POSITIVE, result=True))
    for cue in cues("neg_result"):
        add(cue, NEGATED, _scope_before(tokens, cue.start, NEGATED, result=True))
    for cue in cues("plan"):
        add(cue, PLAN, _scope_before(tokens, cue.start, PLAN))
    for cue in cues("history"):
        add(cue, HISTORY, _scope_after(tokens, cue.end, HISTORY, max_words=2))

    def inside_pseudo(cue: Span) -> bool:  # "dès que possible" is no hypothesis
        return any(s.contains(cue) and len(s) > len(cue) for s in pseudo)

    for cue in cues("hyp_pre"):
        if not inside_pseudo(cue):
            add(cue, HYPOTHESIS, _scope_after(tokens, cue.end, HYPOTHESIS))
    for cue in cues("hyp_post"):
        if not inside_pseudo(cue):
            add(cue, HYPOTHESIS, _scope_before(tokens, cue.start, HYPOTHESIS))
    for cue in cues("cond_pre"):
        add(cue, CONDITIONAL, _scope_after(tokens, cue.end, CONDITIONAL, max_words=8))
    for cue in cues("instruction"):
        add(cue, INSTRUCTION, _scope_after(tokens, cue.end, INSTRUCTION, 12, through_commas=True))
    for m in p["verb_frame"].finditer(folded):
        cue = Span(m.start(), m.end())
        verb = m.group("verb")
        # "ne prenez pas…", "ne mangez plus…": instructions to a patient, not findings
        if any(cue.overlaps(s) for s in pseudo) or verb.endswith("ez"):
            continue
        rest = _scope_after(tokens, m.end(), NEGATED)  # "n'a pas été réalisé", "ne fume pas de…"
        if verb in _COPULAS:
            if rest[0]:
                add(cue, NEGATED, rest)
                # "3 sites sur 8 ne sont pas perçus": the subject is denied with its predicate
                subject, span = _scope_before(tokens, cue.start, NEGATED)
                if subject:
                    found.append(Assertion(span, NEGATED, subject, span))
            continue
        if rest[0]:
            add(cue, NEGATED, rest)
        elif _content(verb):
            verb_span = Span(m.start("verb"), m.end("verb"))
            add(cue, NEGATED, ((Term(verb_span, term_key(verb), None, NEGATED),), verb_span))
    for key, after in (("neg_post", False), ("neg_pre", True)):  # "Directives : non rédigées"
        for cue in cues(key):
            if any(cue.overlaps(s) for s in pseudo):
                continue
            if not after and folded[cue.start] == ":" and not _VALUE_ENDS.match(folded, cue.end):
                continue  # « Fonctionnel : aucune douleur »: the value goes on, not a bare « aucun »
            one_word = folded[cue.start : cue.end] == "non"  # "non contrôlées": the next word only
            add(
                cue,
                NEGATED,
                _scope_after(tokens, cue.end, NEGATED, max_words=1 if one_word else None)
                if after
                else _scope_before(tokens, cue.start, NEGATED),
            )
    found.sort(key=lambda a: a.cue.start)
    return found


# what may follow a bare negative value of a form field: « Allergies : aucune connue. »
_VALUE_ENDS = re.compile(r"[ \t]*(?:connue?s?|particuliere?s?|a signaler)?[ \t]*(?:[.;,)\n]|$)")


def _questions(folded: str) -> list[Span]:
    """Each question: from the last sentence end before a « ? » to it. Linear: every search
    back stops at the previous end, itself at or after the previous « ? »."""
    spans: list[Span] = []
    floor = 0  # just after the previous « ? »: no search goes further back
    at = folded.find("?")
    while at != -1:
        start = max(floor, *(folded.rfind(c, floor, at) + 1 for c in ".!\n"))
        spans.append(Span(start, at + 1))
        floor = at + 1
        at = folded.find("?", floor)
    return spans


def mention_index(folded: str, assertions: list[Assertion]) -> dict[str, list[Term]]:
    """Every content word of the text by head key, with its status and modifier; built once per
    text. Words inside a cue's scope take its status; words of a question are neutral."""
    tokens = _tokens_of(folded)
    items = tokens.items
    status_at: dict[int, tuple[str, bool]] = {}

    def mark(span: Span, status: str, result: bool) -> None:
        for k in range(tokens.index_at(span.start), len(items)):
            if items[k][1] >= span.end:
                break
            status_at[items[k][1]] = (status, result)

    for span in _questions(folded):
        mark(span, QUESTION, False)
    governed: dict[int, Term] = {}
    for a in assertions:
        mark(a.scope, a.status, any(t.result for t in a.terms))
        for t in a.terms:
            governed[t.span.start] = t
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
        status, result = status_at.get(start, (AFFIRMED, False))
        synonym = _synonyms().get(word)
        if synonym is not None:
            # "apyrétique" is "pas de fièvre"; "fébrile" under a negation is no fever either
            head, implied = synonym
            status = implied if status == AFFIRMED else (NEGATED if implied == NEGATED else status)
            term = Term(Span(start, end), head, None, status, result, implied=True)
            index.setdefault(head, []).append(term)
            continue
        index.setdefault(head, []).append(
            Term(Span(start, mod_end), head, modifier, status, result)
        )
    return index
