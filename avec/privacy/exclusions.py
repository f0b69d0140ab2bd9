"""Words that look like names but must stay: eponyms, drugs, calendar words, common words.

"maladie de Parkinson", "signe de Babinski", "score de Glasgow" name a disease, a sign or a
scale, not a person of this document; "Doliprane" is a drug. These screens apply to the
weaker evidence (a given name in INSEE's list, the NER, propagation); a name introduced by a
title ("Dr Martin") or a form field is kept.
"""

from __future__ import annotations

import re
from functools import cache

from avec.clinical.drugs import default_lexicon
from avec.privacy.document import Document
from avec.privacy.entities import Entity
from avec.privacy.resources import eponyms, first_names, surname_ranks
from avec.text.span import Coverage, Span

# Words after which a proper name is an eponym ("maladie de X", "score de X").
MEDICAL_HEADS = frozenset(
    [
        "maladie",
        "syndrome",
        "signe",
        "score",
        "test",
        "manoeuvre",
        "classification",
        "echelle",
        "critere",
        "criteres",
        "lymphome",
        "sarcome",
        "tumeur",
        "kyste",
        "canal",
        "artere",
        "nerf",
        "ligament",
        "fracture",
        "operation",
        "intervention",
        "technique",
        "sonde",
        "prothese",
        "position",
        "reflexe",
        "triade",
        "loi",
        "point",
        "cercle",
        "polygone",
        "methode",
        "index",
        "indice",
        "stade",
        "grade",
        "phenomene",
        "epreuve",
        "procedure",
        "montage",
        "voie",
        "incision",
        "anse",
        "diverticule",
        "ulcere",
        "nodules",
        "nodosites",
        "cellules",
        "corps",
        "cathe",
        "catheter",
        "tube",
        "pince",
        "lame",
        "aiguille",
        "bloc",
        "abord",
        "cure",
        "plastie",
        "anastomose",
        "sphincter",
        "valvule",
        "tache",
        "taches",
        "angle",
        "espace",
        "membrane",
        "fascia",
        "triangle",
        "ganglion",
        "glande",
        "bourse",
        "apophyse",
        "tubercule",
        "fossette",
        "sillon",
        "ampoule",
        "hernie",
        "diverticule",
        "polype",
        "goitre",
        "thyroidite",
        "encephalopathie",
        "paralysie",
        "chorée",
        "choree",
        "dystrophie",
        "myopathie",
        "atrophie",
        "anemie",
        "purpura",
        "sclerose",
        "ataxie",
        "demence",
        "neuropathie",
        "tetralogie",
        "communication",
        "canal",
        "arc",
        "bulbe",
        "noyau",
        "faisceau",
        "gaine",
        "capsule",
        "cartilage",
        "bacille",
        "virus",
        "bacterie",
        "germe",
        "coloration",
        "regle",
        "formule",
        "equation",
        "questionnaire",
        "inventaire",
        "mini",
        "scale",
        "modele",
        "onde",
        "complexe",
        "bloc",
        "trouble",
        "scores",
        "echelles",
        "tests",
        "signes",
    ]
)
_HEAD_CONTEXT = re.compile(
    r"\b(?P<head>[a-z\-]+)(?:\s+(?:de|d'|du|des|a|au|selon))?(?:\s+[a-z]+){0,2}\s*(?:de\s+|d')?$"
)


@cache
def _eponym_heads() -> frozenset[str]:
    heads: set[str] = set(MEDICAL_HEADS)
    for own in eponyms().values():
        heads.update(own)
    return frozenset(heads)


@cache
def _eponym_words() -> frozenset[str]:
    """Every eponym and each significant word of the compound ones ("cormack" of "Cormack-Lehane")."""
    words: set[str] = set()
    for key in eponyms():
        words.add(key)
        words.update(p for p in re.split(r"[\s\-]+", key) if len(p) > 3 and p not in ("von", "van"))
    return frozenset(words)


def is_eponym_key(key: str) -> bool:
    """ "parkinson", "guillain-barre", "cormack"; a compound only if each of its words is one
    ("Fort-de-France" is not an eponym although "Le Fort" is)."""
    table = _eponym_words()
    parts = [p for p in key.split("-") if len(p) > 2 and p not in ("les", "sur", "des")]
    return key in table or (len(parts) > 1 and all(p in table for p in parts))


_PROCEDURE = re.compile(r"(?:tomie|ectomie|stomie|plastie|scopie|graphie|pexie|rraphie|ite|ose)$")


def in_eponym_context(doc: Document, start: int, listed: bool = True) -> bool:
    """Is the word at `start` used as an eponym? A listed eponym needs a medical head word among
    the four words before it ("maladie de", "score de", "cervicotomie de", "selon"); a word
    missing from the list needs the head right before it ("espace de Petersen")."""
    words = [w.strip("'") for w in re.findall(r"[a-z][a-z\-']*", doc.before(start, 40))[-4:]]
    if words and words[-1] in ("selon", "type"):
        return True
    heads = _eponym_heads()

    def is_head(w: str) -> bool:
        return w in heads or (len(w) > 6 and bool(_PROCEDURE.search(w)))

    if listed:
        return any(is_head(w) for w in words)
    linked = re.search(r"([a-z][a-z\-]*)\s+(?:de\s+|d'|du\s+|des\s+)$", doc.before(start, 40))
    return bool(linked and is_head(linked.group(1)))


def is_eponym(doc: Document, span: Span) -> bool:
    key = doc.folded[span.start : span.end].strip()
    listed = is_eponym_key(key) or any(is_eponym_key(w) for w in key.split())
    if in_eponym_context(doc, span.start, listed):
        return True
    if not listed:
        return False
    # Used alone ("un Parkinson évolué"): an eponym unless it is also a frequent French name.
    return not any(_frequent_name(w) for w in key.split())


def _frequent_name(key: str) -> bool:
    return key in first_names() or surname_ranks().get(key, 1_000_000) < 100_000


class Screen:
    """Drug mentions of one document, computed once, to screen name candidates."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.drugs = [m.span for m in default_lexicon().find(doc.text, doc.folded)]
        # characters inside a drug mention: an overlap test without a pass over every mention
        self._covered = Coverage(max([len(doc.text), *(d.end for d in self.drugs)]))
        for d in self.drugs:
            self._covered.take(d)
        self._empty = any(len(d) == 0 for d in self.drugs)

    def is_drug(self, span: Span) -> bool:
        if len(span) == 0 or self._empty:  # an empty span overlaps by the definition only
            return any(d.overlaps(span) for d in self.drugs)
        return not self._covered.free(span)

    def must_keep(self, entity: Entity) -> bool:
        span = Span(entity.start, entity.end)
        return self.is_drug(span) or is_eponym(self.doc, span)
