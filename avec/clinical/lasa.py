"""Look-alike / sound-alike drug names: documented pairs (`data/lasa_pairs.csv`), spelling
similarity (rapidfuzz) and a French phonetic key."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import JaroWinkler, Levenshtein

from avec.clinical.phonetic import phonetic_key
from avec.clinical.resources import data_path
from avec.text.normalize import fold_key

SIMILARITY_THRESHOLD = 0.75


@dataclass(frozen=True, slots=True)
class Confusion:
    reason: str  # documented | phonetic | spelling
    score: float
    source: str = ""  # reference for a documented pair


@cache
def documented_pairs() -> dict[frozenset[str], str]:
    path = data_path("lasa_pairs.csv")
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {
            frozenset((fold_key(r["name_a"]), fold_key(r["name_b"]))): r.get("source", "")
            for r in rows
        }


def similarity(a: str, b: str) -> float:
    """0..1: the better of normalised Levenshtein and Jaro-Winkler similarity on folded names."""
    a, b = fold_key(a), fold_key(b)
    return max(Levenshtein.normalized_similarity(a, b), JaroWinkler.similarity(a, b) - 0.1)


@lru_cache(maxsize=65536)
def confusable(a: str, b: str) -> Confusion | None:
    """Why two different drug names may be confused, or None."""
    ka, kb = fold_key(a), fold_key(b)
    if ka == kb:
        return None
    ref = documented_pairs().get(frozenset((ka, kb)))
    if ref is not None:
        return Confusion("documented", 1.0, ref)
    if len(ka) >= 5 and phonetic_key(ka) == phonetic_key(kb):
        return Confusion("phonetic", 1.0)
    score = similarity(ka, kb)
    if score >= SIMILARITY_THRESHOLD and min(len(ka), len(kb)) >= 5:
        return Confusion("spelling", score)
    return None
