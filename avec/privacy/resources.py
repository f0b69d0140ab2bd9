"""The privacy package's data files (sources in data/SOURCES.md), each loaded once on first use."""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources
from pathlib import Path

from avec.text.normalize import fold


def data_path(name: str) -> Path:
    return Path(str(resources.files("avec.privacy") / "data" / name))


def _lines(name: str) -> list[str]:
    path = data_path(name)
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]


@cache
def first_names() -> dict[str, str]:
    """Folded given name -> "F", "M" or "FM" (INSEE Fichier des prénoms)."""
    table: dict[str, str] = {}
    for line in _lines("prenoms.tsv"):
        name, _, gender = line.partition("\t")
        table.setdefault(fold(name).lower(), gender)
    return table


@cache
def first_names_ranked() -> list[tuple[str, str]]:
    """(given name as written, gender), most frequent first — the pool for surrogates."""
    return [tuple(ln.split("\t", 1)) for ln in _lines("prenoms.tsv")]  # type: ignore[misc]


@cache
def surnames_ranked() -> list[str]:
    """French surnames, most frequent first (INSEE, people born 1891–2000)."""
    return _lines("noms.txt.gz")


@cache
def surname_ranks() -> dict[str, int]:
    """Folded surname -> frequency rank (0 = most frequent)."""
    ranks: dict[str, int] = {}
    for i, name in enumerate(surnames_ranked()):
        ranks.setdefault(fold(name).lower(), i)
    return ranks


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-entry-per-line list, folded and lower-cased (first tab-separated column)."""
    return frozenset(fold(ln.split("\t", 1)[0]).lower().strip() for ln in _lines(name))


@cache
def eponyms() -> dict[str, frozenset[str]]:
    """Folded eponym ("parkinson", "guillain-barre") -> the head words it follows."""
    table: dict[str, frozenset[str]] = {}
    for line in _lines("eponyms.txt"):
        name, _, heads = line.partition("\t")
        key = fold(name).lower().strip()
        table[key] = frozenset(fold(h).lower().strip() for h in heads.split(",") if h.strip())
    return table


@cache
def towns() -> frozenset[str]:
    """Folded, lower-case town names (French communes and foreign birthplaces), communes.txt."""
    return frozenset(fold(line).lower().strip() for line in _lines("communes.txt"))


@cache
def town_starts() -> dict[str, tuple[int, ...]]:
    """First word of the listed town names -> their numbers of words, longest first ("le" ->
    (4, 3, 2) for "Le Havre", "Le Mont-Saint-Michel"…): where a town may begin."""
    lengths: dict[str, set[int]] = {}
    for town in towns():
        words = town.split()
        lengths.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}
