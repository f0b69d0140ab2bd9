"""What changed between an output clause and the source clause it was aligned with.

The two clauses are diffed token by token; each changed region is classified from the word
lists of `data/contrasts.toml`: polarity (a negation added or removed, « avec » ↔ « sans »,
« positif » ↔ « négatif », « normal » ↔ « anormal »), antonyms (« hyper » ↔ « hypo »,
« augmentation » ↔ « diminution »…), laterality on any word, a relative replaced by another,
a duration kept with another unit of time. A region counts only when the rest of the clause
agrees: the words around it are the same on both sides, so a rewording is not a contradiction.
Cost: clauses are bounded (`avec.text.clauses.MAX_CHARS`), so one diff is bounded too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import Any

from avec.text.clauses import Clause
from avec.text.numbers import NUMBER_WORDS
from avec.text.phrases import phrase_pattern
from avec.text.span import Span
from avec.verify.alignment import FUNCTION_WORDS, Alignment, Link, Token, stem
from avec.verify.resources import load_toml

MIN_SIMILARITY = 0.5  # share of tokens two clauses must have in common to be diffed


@dataclass(frozen=True, slots=True)
class Contrast:
    kind: str  # polarity | antonym | laterality | person | duration
    output_span: Span
    source_span: Span
    source_clause: Clause


def lists() -> dict[str, Any]:
    return load_toml("contrasts.toml")


@cache
def _negations() -> frozenset[str]:
    return frozenset(lists()["polarity"]["negation"])


@cache
def _pseudo() -> re.Pattern[str]:
    return phrase_pattern(lists()["polarity"]["pseudo"])


@cache
def _polar_pairs() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(p) for p in lists()["polarity"]["pairs"])


@cache
def _sides() -> dict[str, str]:
    lat = lists()["laterality"]
    return {**{w: "D" for w in lat["right"]}, **{w: "G" for w in lat["left"]}}


@cache
def _persons() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(p) for p in lists()["persons"]["pairs"])


@cache
def _time_units() -> dict[str, int]:
    return {w: rank for rank, words in enumerate(lists()["durations"]["units"]) for w in words}


def _antonyms(a: str, b: str) -> bool:
    """Two words of opposite meaning (« hyperkaliémie » / « hypokaliémie », « augmentée » /
    « diminuée »), looked up by their keys (`_opposition_keys`, cached per word)."""
    mine = {key: side for key, side in _opposition_keys(a, loose=False) if key[0] == "antonym"}
    return any(
        key in mine and mine[key] != side
        for key, side in _opposition_keys(b, loose=False)
        if key[0] == "antonym"
    )


def _stem_fits(word: str, stem_: str) -> bool:
    return (
        word == stem_
        or (len(stem_) >= 5 and len(word) - len(stem_) <= 5)
        or (len(word) - len(stem_) <= 2)
    )


def _cues(folded: str, tokens: list[Token]) -> list[bool]:
    """Which tokens are negation cues (outside pseudo-negations like « sans doute »)."""
    neg = _negations()
    flags = [t.text in neg for t in tokens]
    if any(flags):
        pseudo = _pseudo_spans(folded)
        flags = [
            f and not any(p.start <= t.start and t.end <= p.end for p in pseudo)
            for f, t in zip(flags, tokens, strict=True)
        ]
    return flags


@lru_cache(maxsize=4)
def _pseudo_spans(folded: str) -> tuple[Span, ...]:
    """Pseudo-negations of a whole text, found once for all its clauses."""
    return tuple(Span(m.start(), m.end()) for m in _pseudo().finditer(folded))


def _number(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


_FUNCTION = FUNCTION_WORDS


def _content(words: list[str]) -> set[str]:
    return {stem(w) for w in words if w not in _FUNCTION and len(w) > 1}


def contrasts(alignment: Alignment, link: Link) -> Iterator[Contrast]:
    """The meaning-changing edits between an output clause and the source clause(s) it comes
    from: one-word edits of a copied clause, then opposite words in a reworded one."""
    found = list(_edits(alignment, link))
    yield from found
    for c in _oppositions(alignment, link):
        if not any(c.output_span.overlaps(f.output_span) for f in found):
            found.append(c)
            yield c


def _oppositions(alignment: Alignment, link: Link) -> Iterator[Contrast]:
    """Words of the output clause whose contrary is in an aligned source clause and that the
    source clauses never use themselves: « hypokaliémie » for « hyperkaliémie », « dose
    diminuée » for « dose augmentée », « cavités droites » for « cavités gauches »."""
    out_tokens = alignment.output_tokens(link.output)
    out_words = {t.text for t in out_tokens}
    sources = [c for c in link.sources if not c.question]
    src_tokens = {c.index: alignment.source_tokens(c) for c in sources}
    src_words = {t.text for tokens in src_tokens.values() for t in tokens}
    keyed: dict[tuple[str, int, str], tuple[Token, Clause]] = {}
    for clause in sources:
        for t in src_tokens[clause.index]:
            if t.text not in out_words:
                for key, side in _opposition_keys(t.text):
                    keyed.setdefault((*key, side), (t, clause))  # type: ignore[arg-type]
    for t in out_tokens:
        if t.text in src_words:
            continue
        for key, side in _opposition_keys(t.text):
            hit = keyed.get((*key, 1 - side))  # type: ignore[arg-type]
            if hit is not None:
                yield Contrast(key[0], t.span, hit[0].span, hit[1])
                break
    yield from _sides_changed(alignment, link, out_tokens, sources, src_tokens)


@lru_cache(maxsize=65536)
def _opposition_keys(word: str, loose: bool = True) -> tuple[tuple[tuple[str, int, str], int], ...]:
    """Keys under which a word meets its contrary, each with its side (0 or 1); `loose` leaves
    out the pairs too common in other senses to be compared outside a copied clause."""
    keys: list[tuple[tuple[str, int, str], int]] = []
    table = lists()["antonyms"]
    for i, (p, q) in enumerate(table["prefixes"]):
        for side, prefix in enumerate((p, q)):
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 4:
                keys.append((("antonym", i, rest), side))
    loose_exclude = set(table["loose_exclude"]) if loose else set()
    for j, (p, q) in enumerate(table["pairs"]):
        if p in loose_exclude or q in loose_exclude:
            continue
        for side, (mine, other) in enumerate(((p, q), (q, p))):
            if word.startswith(mine) and _stem_fits(word, mine) and not word.startswith(other):
                keys.append((("antonym", 1000 + j, ""), side))
    for k, pair in enumerate(lists()["persons"]["pairs"]):
        if word in pair and len(set(pair)) == 2:
            keys.append((("person", k, ""), sorted(pair).index(word)))
    return tuple(keys)


def _sides_changed(
    alignment: Alignment,
    link: Link,
    out_tokens: list[Token],
    sources: list[Clause],
    src_tokens: dict[int, list[Token]],
) -> Iterator[Contrast]:
    """A side given to a word (the content word before « droit(e) » / « gauche ») that the
    aligned source clauses give the other side only."""
    said: dict[str, dict[str, tuple[Token, Clause]]] = {}
    for clause in sources:
        for site, side, token in _sided(src_tokens[clause.index]):
            said.setdefault(site, {}).setdefault(side, (token, clause))
    for site, side, token in _sided(out_tokens):
        sides = said.get(site, {})
        if sides and side not in sides:
            other, clause = next(iter(sides.values()))
            yield Contrast("laterality", token.span, other.span, clause)


def _sided(tokens: list[Token]) -> Iterator[tuple[str, str, Token]]:
    """(stem of the word a side applies to, side, span from that word to the side)."""
    sides = _sides()
    for i, t in enumerate(tokens):
        side = sides.get(t.text)
        if side is None or (len(t.text) < 4 and i == 0):
            continue
        k = i - 1
        while k >= 0 and (tokens[k].text in _FUNCTION or len(tokens[k].text) < 3) and i - k < 4:
            k -= 1
        if k >= 0 and tokens[k].text not in _FUNCTION and not tokens[k].text.isdigit():
            yield stem(tokens[k].text), side, Token(t.text, tokens[k].start, t.end)


def _edits(alignment: Alignment, link: Link) -> Iterator[Contrast]:
    """One-word edits of a copied clause (diff against the best source clause)."""
    if not link.sources:
        return
    source = link.sources[0]
    if source.question:
        return  # a question asserts nothing; the dialogue layer reads its answer
    out_tokens = alignment.output_tokens(link.output)
    src_tokens = alignment.source_tokens(source)
    a = [_singular(t.text) for t in src_tokens]  # « pas de signe » ≈ « des signes »
    b = [_singular(t.text) for t in out_tokens]
    if a == b:
        return  # copied word for word
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() < MIN_SIMILARITY:
        return
    a_cue = _cues(alignment.source_folded, src_tokens)
    b_cue = _cues(alignment.output_folded, out_tokens)
    out_words, src_words = set(b), set(a)
    # A negation moved within the clause (« Antécédents : aucun » → « pas d'antécédent ») is no
    # flip: the clause as a whole must gain or lose one, and no other change may carry one (a
    # reworded negation elsewhere makes the count meaningless: « sans incident » → « bien toléré »).
    regions = _regions(matcher, a, b)
    moved = sum(a_cue) == sum(b_cue) or _cues_elsewhere(matcher, a, b, a_cue, b_cue)
    for i1, i2, j1, j2 in regions:
        s_words, o_words = a[i1:i2], b[j1:j2]
        s_cues = [False] * (i2 - i1) if moved else a_cue[i1:i2]
        o_cues = [False] * (j2 - j1) if moved else b_cue[j1:j2]
        number_before = i1 > 0 and j1 > 0 and a[i1 - 1] == b[j1 - 1] and _number(a[i1 - 1])
        kind = _classify(s_words, o_words, s_cues, o_cues, src_words, out_words, number_before)
        if kind is None:
            continue
        s_span = _cover(src_tokens, i1, i2, a, _WIDEN[kind])
        o_span = _cover(out_tokens, j1, j2, b, _WIDEN[kind])
        yield Contrast(kind, o_span, s_span, source)


def _classify(
    s_words: list[str],
    o_words: list[str],
    s_cues: list[bool],
    o_cues: list[bool],
    src_words: set[str],
    out_words: set[str],
    before_is_number: bool = False,
) -> str | None:
    s_set, o_set = set(s_words), set(o_words)
    # one word for its contrary: positif → négatif, hyperkaliémie → hypokaliémie, droit → gauche
    for s in s_set - o_set:
        for o in o_set - s_set:
            if o in src_words or s in out_words:
                continue  # both words on both sides: a reordering, not a swap
            if frozenset((s, o)) in _polar_pairs():
                return "polarity"
            sides = _sides()
            if s in sides and o in sides and sides[s] != sides[o]:
                return "laterality"
            if frozenset((s, o)) in _persons():
                return "person"
            if _antonyms(s, o):
                return "antonym"
            units = _time_units()
            if (
                s in units
                and o in units
                and units[s] != units[o]
                and len(s_set) == len(o_set) == 1
                and before_is_number
            ):
                return "duration"  # « 3 semaines » → « 3 mois »: the number kept, not its unit
    # a negation added or removed around the same words
    if sum(s_cues) != sum(o_cues) and _content(
        [w for w, c in zip(s_words, s_cues, strict=True) if not c]
    ) == _content([w for w, c in zip(o_words, o_cues, strict=True) if not c]):
        return "polarity"
    return None


def _cues_elsewhere(
    matcher: SequenceMatcher[str], a: list[str], b: list[str], a_cue: list[bool], b_cue: list[bool]
) -> bool:
    """Whether more than one changed region carries a negation, or one that also rewords."""
    carrying = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or not (any(a_cue[i1:i2]) or any(b_cue[j1:j2])):
            continue
        carrying += 1
        same_words = _content(
            [w for w, c in zip(a[i1:i2], a_cue[i1:i2], strict=True) if not c]
        ) == (_content([w for w, c in zip(b[j1:j2], b_cue[j1:j2], strict=True) if not c]))
        if not same_words or carrying > 1:
            return True
    return False


def _regions(
    matcher: SequenceMatcher[str], a: list[str], b: list[str]
) -> list[tuple[int, int, int, int]]:
    """Changed regions, merged across runs of function words only; a region must touch a run of
    shared content on at least one side (the clause's rest agrees)."""
    ops = matcher.get_opcodes()
    merged: list[list[int]] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        prev = ops[k - 1] if k > 0 else None
        bridge = (
            merged
            and prev is not None
            and prev[0] == "equal"
            and not _content(a[prev[1] : prev[2]])
            and merged[-1][1] == prev[1]
        )
        if bridge:
            merged[-1][1], merged[-1][3] = i2, j2
        else:
            merged.append([i1, i2, j1, j2])
    regions = []
    for i1, i2, j1, j2 in merged:
        if max(len(_content(a[i1:i2])), len(_content(b[j1:j2]))) > 3 or max(i2 - i1, j2 - j1) > 8:
            continue  # a rewritten passage, not a one-word edit
        regions.append((i1, i2, j1, j2))
    return regions


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word[-1] in "sx" and not word.endswith("ss") else word


# What a finding's span takes beside the changed words: the noun a negation applies to (after
# it), the organ of a side (before it), the number of a unit of time (before it).
_WIDEN = {"polarity": "after", "laterality": "before", "duration": "number", "antonym": "",
          "person": ""}  # fmt: skip


def _cover(tokens: list[Token], i1: int, i2: int, words: list[str], widen: str) -> Span:
    """The span of tokens i1..i2 (at least one token), widened as `_WIDEN` says."""
    lo, hi = i1, max(i2, i1 + 1) if i1 < len(tokens) else i2
    if widen == "after":
        k = i2
        while k < len(tokens) and words[k] in _FUNCTION:
            k += 1
        if k < len(tokens):
            hi = k + 1
        else:
            lo = _content_before(words, min(i1, len(tokens)))
    elif widen == "before":
        lo = _content_before(words, i1)
    elif widen == "number" and i1 > 0 and words[i1 - 1][:1].isdigit():
        lo = i1 - 1
    lo = min(lo, len(tokens) - 1)
    hi = max(hi, lo + 1)
    return Span(tokens[lo].span.start, tokens[min(hi, len(tokens)) - 1].span.end)


def _content_before(words: list[str], i: int) -> int:
    k = i - 1
    while k > 0 and words[k] in _FUNCTION:
        k -= 1
    return max(k, 0) if k >= 0 and words[k] not in _FUNCTION else i


def clause_quote(text: str, clause: Clause, limit: int = 160) -> str:
    """A source clause as quoted in a message (cut with « … » when long)."""
    quoted = " ".join(clause.of(text).split())
    return quoted if len(quoted) <= limit else quoted[: limit - 1].rstrip() + "…"
