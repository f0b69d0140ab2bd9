"""Sentence splitting for French patient texts, with spans.

A sentence ends at « . », « ! », « ? » or « … » followed by a space and a capital, a digit or an
opening quote — not after an abbreviation (« Dr. », « M. », « p. ex. ») or an initial
(« J. Martin »); decimals (« 38,5 », « 2.5 ») never split. Every list item (« - », « • »,
« 1. », « a) ») is a sentence of its own, its marker excluded. A line break ends a sentence
unless the line stops mid-sentence and the next one goes on in lowercase (a wrapped line); a
blank line always does.
"""

from __future__ import annotations

import re

from avec.text.span import Span

# Abbreviations written with a final period (lowercased; the period does not end the sentence).
ABBREVIATIONS = frozenset(
    {
        "dr", "drs", "pr", "prs", "mme", "mmes", "mlle", "mlles", "me", "st", "ste", "pp", "ex",
        "cf", "env", "vol", "fig", "art", "chap", "éd", "coll", "tél", "tel", "av", "bd", "no",
        "réf", "ref", "approx", "cp", "cpr", "gél", "amp", "inj", "sol", "susp", "vs", "c.-à-d",
        "c-à-d", "i.e", "e.g", "j.-c", "sq", "sqq", "ibid",
    }
)  # fmt: skip
# Case matters: « M. » and « MM. » are titles, « 3 m. » and « 5 mm. » end a sentence.
_EXACT_ABBREVIATIONS = frozenset({"M", "MM", "p"})
# List markers at a line start: dashes, bullets, « 1. », « 1) », « a) », « iv. ».
_MARKER_RE = re.compile(r"[ \t]*(?:[-–—•▪◦·*‣→>]|\d{1,3}[.)]|[a-zA-Z][)]|[ivxIVX]{1,4}[.)])[ \t]+")
_END_RE = re.compile(
    r"[.!?…]+[»\"'’)\]]*(?=[ \t\u00a0\u202f]+[«\"(\[]?[ \t\u00a0\u202f]*[A-ZÀ-ÖØ-Þ0-9])"
)
_TITLES = frozenset({"dr", "pr", "m", "mme", "mlle", "me", "docteur", "professeur", "madame",
                     "monsieur", "mademoiselle"})  # fmt: skip
_COMPOUND_INITIAL_RE = re.compile(r"(?:[A-ZÀ-Þ]\.-?)+[A-ZÀ-Þ]")  # « J.-P. », « A.B. »
_TOKEN_BEFORE_RE = re.compile(r"[^\s(«\"]*$")
_LINE_END_PUNCT = frozenset(".!?…:;")


def _ends_sentence(block: str, dot: int) -> bool:
    """Whether the « . » at `dot` in `block` ends a sentence (abbreviations and initials do not)."""
    window = block[max(0, dot - 30) : dot]
    m = _TOKEN_BEFORE_RE.search(window)
    token = m.group() if m else ""
    if not token:
        return True
    if (
        token in _EXACT_ABBREVIATIONS
        or (len(token) > 1 and token.lower() in ABBREVIATIONS)
        or _COMPOUND_INITIAL_RE.fullmatch(token)
    ):
        return False
    if len(token) == 1 and token.isupper():
        # An initial after a title, another initial or at the start (« Dr J. Martin »); after a
        # word it is a name's letter that ends the sentence (« vitamine D. Prenez-la. »).
        words = window[: len(window) - 1].split()
        prev = words[-1].rstrip(".").lower() if words else ""
        return not (prev == "" or prev in _TITLES or (len(prev) == 1 and prev.isalpha()))
    return True


def _split_block(text: str, start: int, end: int, out: list[Span]) -> None:
    block = text[start:end]
    cut = 0
    for m in _END_RE.finditer(block):
        single_dot = m.group().rstrip("»\"'’)]") == "."
        if single_dot and not _ends_sentence(block, m.start()):
            continue
        _add(text, start + cut, start + m.end(), out)
        cut = m.end()
    _add(text, start + cut, end, out)


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of `text`, in order, trimmed, list markers excluded."""
    out: list[Span] = []
    lines: list[tuple[int, int, bool]] = []  # (content start, end, is a list item)
    pos = 0
    for raw in text.splitlines(keepends=True):
        line_end = pos + len(raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"))
        marker = _MARKER_RE.match(text, pos, line_end)
        lines.append((marker.end() if marker else pos, line_end, marker is not None))
        pos += len(raw)
    block_start: int | None = None
    block_end = 0
    last_line = ""
    for start, end, item in lines:
        content = text[start:end].strip()
        if not content:
            if block_start is not None:
                _split_block(text, block_start, block_end, out)
                block_start = None
            continue
        if block_start is not None and (item or not _continues(last_line, content)):
            _split_block(text, block_start, block_end, out)
            block_start = None
        if block_start is None:
            block_start = start
        block_end = end
        last_line = content
    if block_start is not None:
        _split_block(text, block_start, block_end, out)
    return out


def _continues(line: str, next_line: str) -> bool:
    """A wrapped line: `line` stops mid-sentence and the next one goes on in lowercase."""
    last = line[-1:]
    if not last or last in _LINE_END_PUNCT:
        return False
    return last in ",(-–" or next_line[:1].islower()
