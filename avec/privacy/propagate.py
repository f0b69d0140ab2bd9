"""Once a name is found, find it everywhere else in the document.

"M. Jean Dupont" in the header makes "dupont" in the transcript, "DUPONT" in a table and
"J. Dupont" in the signature identifiers too. Matching is case- and accent-blind, except for
names that are also common French words ("Petit", "Blanc", "Rose"), which are only taken when
capitalised away from the start of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from avec.privacy.document import Document
from avec.privacy.entities import Entity, Label
from avec.privacy.recognizers.names import PARTICLES, TITLES
from avec.text.lexicon import is_french_word
from avec.text.normalize import fold

_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?P<ini>[A-ZÉ]\.(?:-?[A-ZÉ]\.)*)[ \t]*$")
NAME_LABELS = (Label.NOM, Label.PRENOM)


def _forms(entity: Entity) -> Iterator[str]:
    """The folded forms to look for: the whole span and each of its significant words."""
    key = re.sub(r"\s+", " ", entity.text.lower()).strip(" .")
    yield key
    parts = [p for p in re.split(r"[\s]+", key) if p not in PARTICLES]
    if len(parts) > 1:
        yield from (p for p in parts if len(p) > 2)


def propagate(doc: Document, found: Iterable[Entity]) -> list[Entity]:
    """New entities for other occurrences of the names in `found` (and initials before them)."""
    seeds: dict[str, Label] = {}
    for entity in found:
        if entity.label in NAME_LABELS and entity.score >= 0.85 and len(entity.text) > 1:
            for form in _forms(entity):
                folded = fold(form).lower()
                if folded not in TITLES and len(folded) > 1:
                    seeds.setdefault(folded, entity.label)
    new: list[Entity] = []
    for form, label in sorted(seeds.items(), key=lambda kv: -len(kv[0])):
        common = all(is_french_word(w) for w in form.split())
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])")
        for m in pattern.finditer(doc.folded):
            raw = doc.text[m.start() : m.end()]
            shouted = raw.isupper() and len(raw) > 2  # "MOUTON" in capitals is a name anywhere
            if common and not shouted and (not raw[:1].isupper() or doc.starts_clause(m.start())):
                continue
            new.append(doc.entity(m.start(), m.end(), label, "propagation",
                                  "même nom qu'ailleurs dans le document", 0.8))  # fmt: skip
            if label is Label.NOM:
                window = max(0, m.start() - 12)
                ini = _INITIALS_BEFORE.search(doc.text[window : m.start()])
                before = doc.before(window, 6)
                monsieur = (
                    ini is not None
                    and ini["ini"] == "M."
                    and not re.search(r"\b(?:dr|pr)\.?\s*$", before)
                )
                if ini and not monsieur:  # "M. Dupont": Monsieur; "Dr M. Dupont": an initial
                    start = window + ini.start("ini")
                    end = start + len(ini["ini"].rstrip("."))
                    new.append(
                        doc.entity(
                            start, end, Label.PRENOM, "propagation", "initiale du prénom", 0.8
                        )
                    )
    return new
