"""Corrections are data: what the reviewer changed, how much, and of which kind.

The diff between the proposition and the validated text gives the changed regions and a
normalised edit distance (Levenshtein over characters, 0 = untouched, 1 = all rewritten). The
correction categories are pre-filled from the confirmed findings and from the diff, then
confirmed by the reviewer.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein

# the taxonomy of the Superviser issue, with the French labels shown to the reviewer
CATEGORIES: dict[str, str] = {
    "number": "valeur numérique",
    "unit": "unité",
    "drug": "médicament",
    "negation": "négation ou hypothèse",
    "omission": "omission",
    "invented": "contenu inventé",
    "style": "style, forme",
    "other": "autre",
}
_BY_CHECK = {"drugs": "drug", "assertions": "negation", "support": "invented",
             "citations": "invented", "notation": "style", "doses": "number", "dates": "number",
             "laterality": "other"}  # fmt: skip
_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"\w+")
_TOKENS = re.compile(r"\w+|[^\w\s]")
_UNIT = re.compile(
    r"^(?:[mµnk]?g|mcg|[mµd]?l|ui|u|mmol|µmol|mmhg|%|meq|cp|gouttes?)$", re.IGNORECASE
)


@dataclass(frozen=True)
class Correction:
    distance: float  # normalised Levenshtein distance, 0..1
    corrected: bool
    inserted_words: int
    deleted_words: int


def changed_spans(before: str, after: str) -> list[tuple[int, int, str, str]]:
    """Regions of `before` that changed: (start, end, old text, new text)."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [
        (i1, i2, before[i1:i2], after[j1:j2])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


def measure(before: str, after: str) -> Correction:
    changes = changed_spans(before, after)
    return Correction(
        distance=round(Levenshtein.normalized_distance(before, after), 4),
        corrected=before != after,
        inserted_words=sum(len(_WORDS.findall(new)) for *_, new in changes),
        deleted_words=sum(len(_WORDS.findall(old)) for _, _, old, _ in changes),
    )


def category_of(finding: dict[str, Any]) -> str:
    """The correction category a confirmed finding stands for."""
    check, kind = finding.get("check", ""), finding.get("category", "")
    if check == "quantities":
        return "unit" if "unit" in kind else "number"
    return _BY_CHECK.get(check, "other")


def prefill(before: str, after: str, confirmed: list[dict[str, Any]]) -> list[str]:
    """Categories suggested to the reviewer: the confirmed findings', then the word-level diff's."""
    found = {category_of(f) for f in confirmed}
    old_tokens, new_tokens = _TOKENS.findall(before), _TOKENS.findall(after)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        old, new = old_tokens[i1:i2], new_tokens[j1:j2]
        words_old = [t for t in old if _WORDS.fullmatch(t)]
        words_new = [t for t in new if _WORDS.fullmatch(t)]
        if any(_DIGIT.search(t) for t in old + new):
            found.add("number")
        elif any(_UNIT.match(t) for t in old + new):
            found.add("unit")
        elif op == "insert" and len(words_new) >= 3:
            found.add("omission")
        elif op == "delete" and len(words_old) >= 3:
            found.add("invented")
        else:
            found.add("style")
    return [c for c in CATEGORIES if c in found]
