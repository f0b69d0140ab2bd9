"""French drug lexicon: brand names and INN/DCI with the concepts that make them equivalent.

Built from edsnlp's ATC-coded terminology (AP-HP, BSD-3, `data/edsnlp_drugs.json`), a small
supplement (`data/drugs_supplement.toml`) and, when imported, the ANSM BDPM files (see
`avec.clinical.bdpm`). Each name carries *concept keys*: its ATC code(s) and substance keys
(`sub:paracetamol`). Two names are equivalent when their keys intersect, so Doliprane ≡ paracétamol
through ATC N02BE01, and a BDPM brand ≡ its active substance through its composition.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from avec.clinical.resources import data_path, load_json, load_toml, user_data_dir
from avec.text.normalize import fold, fold_key
from avec.text.span import Span

BDPM_LEXICON = "bdpm_lexicon.json"
# Apostrophes separate tokens: "l'amlodipine" -> "l", "amlodipine" (and "d'enzyme" alike).
_TOKEN_RE = re.compile(r"[a-z0-9µœæ]+")
# Chemical-name connectors ignored when deriving substance keys from a DCI label.
_SUBSTANCE_SPLIT = re.compile(r"\s+(?:et|en association|\+|,)\s+|\s*\+\s*|\s+en association.*$")


@dataclass(slots=True)
class DrugEntry:
    name: str  # display form, as the source spelled it
    keys: set[str] = field(default_factory=set)
    kind: str = "brand"  # brand | dci | class

    @property
    def atc(self) -> list[str]:
        return sorted(k for k in self.keys if not k.startswith("sub:"))


@dataclass(frozen=True, slots=True)
class DrugMention:
    span: Span
    key: str  # folded lexicon key
    entry: DrugEntry

    @property
    def keys(self) -> set[str]:
        return self.entry.keys


def substance_key(label: str) -> str:
    return "sub:" + fold_key(label)


def _substances(dci: str) -> list[str]:
    parts = [p.strip() for p in _SUBSTANCE_SPLIT.split(fold_key(dci)) if p and p.strip()]
    return [p for p in parts if len(p) > 3]


class DrugLexicon:
    def __init__(self) -> None:
        self.entries: dict[str, DrugEntry] = {}
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._stop: set[str] = set()
        self._dirty = False
        self._initials: dict[str, list[str]] | None = None
        # The last texts' mentions: the detector's screen and the verifier read the same source.
        self._found: dict[str, tuple[DrugMention, ...]] = {}

    # -- building ---------------------------------------------------------------------------
    def add(self, name: str, keys: Iterable[str], kind: str = "brand") -> None:
        keys = set(keys)
        self._add(name, keys, kind)
        folded = fold_key(name)
        if kind == "dci" and " " not in folded and len(folded) > 5:
            # English INN in abstracts ("dapagliflozin") and French DCI ("dapagliflozine")
            for french, english in (("ine", "in"), ("ene", "en"), ("ole", "ol"), ("ide", "id")):
                if folded.endswith(french):
                    self._add(folded[: -len(french)] + english, keys, kind)
                elif folded.endswith(english):
                    self._add(folded[: -len(english)] + french, keys, kind)
        acid = re.fullmatch(r"acide (\w+)ique|(\w+)ique acide", folded)
        if kind == "dci" and acid:
            root = acid.group(1) or acid.group(2)
            self._add(f"{root}ic acid", keys, kind)  # "tranexamic acid" in English abstracts
            self._add(f"acide {root}ique", keys, kind)

    def _add(self, name: str, keys: set[str], kind: str) -> None:
        key = fold_key(name)
        tokens = tuple(_TOKEN_RE.findall(key))
        if not tokens or key in self._stop or (len(tokens) == 1 and len(key) < 3):
            return
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = DrugEntry(name=name, kind=kind)
            self._by_first.setdefault(tokens[0], []).append((tokens, key))
            self._dirty = True
            self._initials = None
            self._found = {}
        elif kind != "brand":
            entry.kind = kind
        entry.keys.update(keys)

    def link(self, name: str, keys: Iterable[str]) -> None:
        """Add concept keys to an existing name (e.g. BDPM composition of an edsnlp brand)."""
        entry = self.entries.get(fold_key(name))
        if entry is not None:
            entry.keys.update(keys)

    # -- lookup -----------------------------------------------------------------------------
    def get(self, name: str) -> DrugEntry | None:
        return self.entries.get(fold_key(name))

    def __contains__(self, name: str) -> bool:
        return fold_key(name) in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str, folded: str | None = None) -> list[DrugMention]:
        """Drug mentions in `text`, longest match first, non-overlapping, in text order."""
        folded = fold(text) if folded is None else folded
        known = self._found.get(folded)  # the mentions depend on the folded text only
        if known is None:
            known = tuple(self._find(folded))
            if len(self._found) >= 8:  # a few texts at a time: start afresh (no iteration,
                self._found = {}  # so concurrent requests never see it change underneath)
            self._found[folded] = known
        return list(known)

    def _find(self, folded: str) -> list[DrugMention]:
        if self._dirty:  # longest names first, sorted once after loading
            for candidates in self._by_first.values():
                candidates.sort(key=lambda t: -len(t[0]))
            self._dirty = False
        tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(folded)]
        mentions: list[DrugMention] = []
        i = 0
        while i < len(tokens):
            matched = False
            for seq, key in self._by_first.get(tokens[i][0], ()):
                n = len(seq)
                if tuple(t[0] for t in tokens[i : i + n]) == seq:
                    start, end = tokens[i][1], tokens[i + n - 1][2]
                    mentions.append(DrugMention(Span(start, end), key, self.entries[key]))
                    i += n
                    matched = True
                    break
            if not matched:
                i += 1
        return mentions

    def names(self) -> Iterator[str]:
        return iter(self.entries)

    def names_by_initial(self, letter: str) -> list[str]:
        """Names starting with `letter` (candidates for fuzzy matching of an unknown word)."""
        if self._initials is None:
            initials: dict[str, list[str]] = {}
            for key in self.entries:
                initials.setdefault(key[:1], []).append(key)
            self._initials = initials
        return self._initials.get(letter, [])


def covers(general: DrugEntry, specific: DrugEntry) -> bool:
    """`general` names `specific`: the same drug, or a class naming one of its members
    ("insuline" covers "insuline glargine" — not the reverse: naming the member adds a fact)."""
    if general.keys & specific.keys:
        return True
    return general.kind == "class" and any(
        m.startswith(c) for c in general.atc for m in specific.atc
    )


def equivalent(a: DrugEntry, b: DrugEntry) -> bool:
    """Same drug (shared ATC code or substance), or a class and one of its members
    ("insuline" ≡ "insuline glargine", ATC A10A ⊃ A10AE04)."""
    if a.keys & b.keys:
        return True
    for cls, member in ((a, b), (b, a)):
        if cls.kind == "class" and any(m.startswith(c) for c in cls.atc for m in member.atc):
            return True
    return False


def _load_stoplist() -> set[str]:
    lines = data_path("drug_stoplist.txt").read_text(encoding="utf-8").splitlines()
    return {fold_key(x) for x in lines if x.strip() and not x.startswith("#")}


def build_lexicon(extra: Path | None = None) -> DrugLexicon:
    lexicon = DrugLexicon()
    lexicon._stop = _load_stoplist()
    terminology: dict[str, list[str]] = load_json("edsnlp_drugs.json")
    for atc, names in terminology.items():
        # Lowercase labels are INN/DCI (or class labels); uppercase ones are brand names.
        subs = {substance_key(s) for n in names if not n.isupper() for s in _substances(n)}
        for name in names:
            kind = "brand" if name.isupper() else "dci"
            own = {substance_key(s) for s in _substances(name)} if kind == "dci" else set()
            lexicon.add(name, {atc, *subs, *own}, kind)
    for row in load_toml("drugs_supplement.toml")["drug"]:
        subs = (
            {substance_key(s) for s in _substances(row["name"])} if row["kind"] == "dci" else set()
        )
        lexicon.add(row["name"], {row["atc"], *subs}, row["kind"])
        if row["kind"] == "dci":
            # Make the supplement DCI equivalent to every name already filed under its ATC code.
            for entry in lexicon.entries.values():
                if row["atc"] in entry.keys:
                    entry.keys.update(subs)
    bdpm = extra if extra is not None else user_data_dir() / BDPM_LEXICON
    if bdpm.is_file():
        merge_bdpm_lexicon(lexicon, json.loads(bdpm.read_text(encoding="utf-8")))
    return lexicon


def merge_bdpm_lexicon(lexicon: DrugLexicon, data: dict[str, list[str]]) -> None:
    """`data`: brand name -> list of active substance labels (from `avec drugs import`)."""
    for brand, substances in data.items():
        keys = {substance_key(s) for s in substances}
        for sub in substances:
            lexicon.add(sub, {substance_key(sub)}, "dci")
        lexicon.add(brand, keys, "brand")
    # Substances already known with an ATC code pass it to the BDPM brands that contain them.
    atc_by_sub: dict[str, set[str]] = {}
    for entry in lexicon.entries.values():
        for k in entry.keys:
            if k.startswith("sub:"):
                atc_by_sub.setdefault(k, set()).update(entry.atc)
    for entry in lexicon.entries.values():
        subs = [k for k in entry.keys if k.startswith("sub:")]
        if len(subs) == 1:
            entry.keys.update(atc_by_sub.get(subs[0], ()))


@cache
def default_lexicon() -> DrugLexicon:
    """The lexicon shared by every check in this process (built once, ~100 ms)."""
    return build_lexicon()
