"""Find every identifier in a text: run the recognizers, screen, propagate, resolve overlaps."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from avec.privacy import ner
from avec.privacy.document import Document
from avec.privacy.entities import PRIORITY, Entity, Label
from avec.privacy.exclusions import Screen
from avec.privacy.propagate import propagate
from avec.privacy.recognizers import dates, dictation, identifiers, names, places
from avec.privacy.recognizers.names import TITLES, classify, name_run
from avec.text.lexicon import is_french_word

Recognizer = Callable[[Document], Iterable[Entity]]

RULES: tuple[Recognizer, ...] = (
    *identifiers.RECOGNIZERS, *dictation.RECOGNIZERS, *dates.RECOGNIZERS, *places.RECOGNIZERS,
    *names.RECOGNIZERS,
)  # fmt: skip
# Evidence that is never screened as an eponym/drug: a title, a form field, a kinship cue.
_STRONG = frozenset({"title", "field", "kinship"})


@dataclass(frozen=True)
class SitePattern:
    """A site-specific identifier from the policy file (an IPP format, a hospital name)."""

    label: Label
    pattern: re.Pattern[str]
    description: str = "motif propre à l'établissement"


@dataclass
class Detector:
    site_patterns: Sequence[SitePattern] = ()
    use_ner: bool = True
    rules: Sequence[Recognizer] = field(default=RULES)

    def detect(self, text: str, named: list[ner.NamedEntity] | None = None) -> list[Entity]:
        doc = Document(text)
        candidates: list[Entity] = []
        for rule in self.rules:
            candidates.extend(rule(doc))
        candidates.extend(self._site(doc))
        if self.use_ner:
            candidates.extend(_from_ner(doc, ner.entities(text) if named is None else named))
        screen = Screen(doc)
        kept = [e for e in candidates if not _screened(screen, e)]
        kept.extend(e for e in propagate(doc, kept) if not _screened(screen, e))
        return resolve(kept)

    def _site(self, doc: Document) -> Iterator[Entity]:
        for site in self.site_patterns:
            for m in site.pattern.finditer(doc.text):
                span = m.span("id") if "id" in site.pattern.groupindex else m.span()
                yield doc.entity(*span, site.label, "site", site.description)


def _screened(screen: Screen, entity: Entity) -> bool:
    if entity.recognizer in _STRONG or entity.label not in (Label.NOM, Label.PRENOM, Label.VILLE):
        return False
    return screen.must_keep(entity)


def _from_ner(doc: Document, found: Iterable[ner.NamedEntity]) -> Iterator[Entity]:
    tokens = doc.tokens
    for ent in found:
        if ent.label == "PER":
            inside = [i for i, t in enumerate(tokens) if ent.start <= t.start and t.end <= ent.end]
            while inside and tokens[inside[0]].key in TITLES:
                inside.pop(0)
            if not inside:
                continue
            run = name_run(doc, inside[0], limit=len(inside))
            if not run or all(is_french_word(t.key) for t in run if not t.is_initial):
                continue
            score = 0.85 if len(run) > 1 else 0.7
            for start, end, label in classify(run):
                yield doc.entity(start, end, label, "ner", "nom de personne (modèle spaCy)", score)
        elif ent.label == "LOC" and re.search(
            r"\b(?:a|au|en|sur|de)\s+$", doc.before(ent.start, 6)
        ):
            text = doc.text[ent.start : ent.end]
            if text[:1].isupper() and not is_french_word(doc.folded[ent.start : ent.end]):
                yield doc.entity(ent.start, ent.end, Label.VILLE, "ner", "lieu (modèle spaCy)", 0.6)


def resolve(candidates: Iterable[Entity]) -> list[Entity]:
    """Keep non-overlapping entities: higher priority, then better evidence, then longer."""
    ranked = sorted(candidates, key=lambda e: (-PRIORITY[e.label], -e.score, -e.length, e.start))
    kept: list[Entity] = []
    for entity in ranked:
        if entity.length <= 0 or any(entity.overlaps(k) for k in kept):
            continue
        kept.append(entity)
    return sorted(kept, key=lambda e: e.start)
