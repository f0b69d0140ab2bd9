"""Find every identifier in a text: run the recognizers, screen, propagate, resolve overlaps."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from avec.privacy import ner
from avec.privacy.document import Document, Token
from avec.privacy.entities import PRIORITY, Entity, Label
from avec.privacy.exclusions import Screen
from avec.privacy.propagate import propagate
from avec.privacy.recognizers import dates, dictation, fields, identifiers, names, places
from avec.privacy.recognizers.names import TITLES, classify, is_given_name, name_run
from avec.privacy.resources import surname_ranks
from avec.text.lexicon import is_french_word
from avec.text.span import Coverage, Span

if TYPE_CHECKING:
    from avec.policy import Policy

Recognizer = Callable[[Document], Iterable[Entity]]

RULES: tuple[Recognizer, ...] = (
    *identifiers.RECOGNIZERS, *dictation.RECOGNIZERS, *dates.RECOGNIZERS, *places.RECOGNIZERS,
    *fields.RECOGNIZERS,
    *names.RECOGNIZERS,
)  # fmt: skip
# Evidence that is never screened as an eponym/drug: a title, a form field, a kinship cue.
_STRONG = frozenset({"title", "field", "kinship", "address", "form-field"})


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

    @classmethod
    def from_policy(cls, policy: Policy, **options: Any) -> Detector:
        """A detector with the site's own identifiers and establishments from the policy."""
        patterns = [
            SitePattern(Label(p.label), re.compile(p.pattern), p.description)
            for p in policy.privacy.site_patterns
        ]
        for name in policy.privacy.hospitals:
            words = [re.escape(w) for w in name.split()]
            regex = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
            patterns.append(SitePattern(Label.HOPITAL, regex, "établissement de la liste du site"))
        return cls(site_patterns=patterns, **options)

    def detect(self, text: str, named: list[ner.NamedEntity] | None = None) -> list[Entity]:
        doc = Document(text)
        candidates: list[Entity] = []
        for rule in self.rules:
            candidates.extend(rule(doc))
        candidates.extend(self._site(doc))
        screen = Screen(doc)  # built once: the NER trigger and the screening share it
        if self.use_ner:
            if named is None:
                named = ner.entities_in(text, unexplained_passages(doc, candidates, screen))
            candidates.extend(_from_ner(doc, named))
        kept = [e for e in candidates if not _screened(screen, e)]
        kept.extend(e for e in propagate(doc, kept) if not _screened(screen, e))
        return merge_address_parts(doc, resolve(kept))

    def _site(self, doc: Document) -> Iterator[Entity]:
        for site in self.site_patterns:
            for m in site.pattern.finditer(doc.text):
                span = m.span("id") if "id" in site.pattern.groupindex else m.span()
                yield doc.entity(*span, site.label, "site", site.description)


def _screened(screen: Screen, entity: Entity) -> bool:
    if entity.recognizer in _STRONG or entity.label not in (Label.NOM, Label.PRENOM, Label.VILLE):
        return False
    return screen.must_keep(entity)


_SENTENCE_END = re.compile(r"[.!?;]\s+|\n")


def unexplained_passages(
    doc: Document, found: list[Entity], screen: Screen | None = None
) -> list[tuple[int, int]]:
    """Sentences holding a capitalised word that no rule explained: where the NER may help.

    The model costs ~45 ms per 2 KB; most sentences are fully explained by the rules (or hold
    no capitalised word besides their first), so it runs on the rest only.
    """
    covered = Coverage(len(doc.text))
    for e in found:
        covered.take(Span(e.start, e.end))
    passages: list[tuple[int, int]] = []
    start = 0
    bounds = [m.end() for m in _SENTENCE_END.finditer(doc.text)] + [len(doc.text)]
    tokens = doc.tokens
    k = 0
    for end in bounds:
        first = True
        suspicious = False
        while k < len(tokens) and tokens[k].start < end:
            tok = tokens[k]
            k += 1
            if first:
                first = False
                continue
            if not tok.is_capitalised or tok.is_initial or (tok.is_upper and len(tok.key) <= 5):
                continue
            glued = doc.text[tok.end : tok.end + 1]
            if len(tok.key) < 2 or glued.isdigit() or glued == "°":
                continue  # "SpO2", "HbA1c", "T°": measures, never names
            if not covered.free(Span(tok.start, tok.start + 1)):
                continue
            if is_french_word(tok.key) or tok.key in TITLES:
                continue
            screen = screen or Screen(doc)
            if screen.must_keep(doc.entity(tok.start, tok.end, Label.NOM, "ner", "")):
                continue
            suspicious = True
        if suspicious:
            passages.append((start, end))
        start = end
    return passages


def _from_ner(doc: Document, found: Iterable[ner.NamedEntity]) -> Iterator[Entity]:
    for ent in found:
        if ent.label == "PER":
            yield from _ner_person(doc, ent)
        elif ent.label == "LOC":
            yield from _ner_place(doc, ent)


def _ner_person(doc: Document, ent: ner.NamedEntity) -> Iterator[Entity]:
    tokens = doc.tokens
    inside = [i for i, t in enumerate(tokens) if ent.start <= t.start and t.end <= ent.end]
    # Leading titles and common words are not the name ("Score de Wells", "Madame Dupont").
    while inside and (tokens[inside[0]].key in TITLES or _plain_word(tokens[inside[0]])):
        inside.pop(0)
    if not inside:
        return
    run = name_run(doc, inside[0], limit=len(inside))
    words = [t for t in run if not t.is_initial]
    if not words or all(is_french_word(t.key) for t in words):
        return
    if len(words) == 1 and not _known(words[0].key):
        tok = words[0]
        # One unknown word: sentence-initial ("Cholécystectomie", "Troponine") or an acronym
        # ("ECBU") is a medical word, not a person.
        if tok.is_upper or doc.starts_clause(tok.start, loose=True):
            return
    score = 0.85 if len(words) > 1 else 0.7
    for start, end, label in classify(run):
        yield doc.entity(start, end, label, "ner", "nom de personne (modèle spaCy)", score)


def _ner_place(doc: Document, ent: ner.NamedEntity) -> Iterator[Entity]:
    text = doc.text[ent.start : ent.end]
    if not re.search(r"\b(?:a|au|en|sur|de)\s+$", doc.before(ent.start, 6)):
        return
    if not re.fullmatch(r"[^\W\d_][\w'’\- ]+", text) or not text[:1].isupper():
        return
    if is_french_word(doc.folded[ent.start : ent.end]):
        return
    yield doc.entity(ent.start, ent.end, Label.VILLE, "ner", "lieu (modèle spaCy)", 0.6)


def _plain_word(tok: Token) -> bool:
    return not tok.is_initial and is_french_word(tok.key) and not _known(tok.key)


def _known(key: str) -> bool:
    return is_given_name(key) or surname_ranks().get(key, 1_000_000) < 100_000


def merge_address_parts(doc: Document, entities: list[Entity]) -> list[Entity]:
    """ "Résidence Les Pins, bâtiment B, appartement 12": one address, commas included."""
    merged: list[Entity] = []
    for entity in entities:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.label is entity.label is Label.ADRESSE
            and re.fullmatch(r"[ \t]*,?[ \t]*", doc.text[prev.end : entity.start])
        ):
            merged[-1] = doc.entity(prev.start, entity.end, Label.ADRESSE, prev.recognizer,
                                    prev.explanation, min(prev.score, entity.score))  # fmt: skip
            continue
        merged.append(entity)
    return merged


def resolve(candidates: Iterable[Entity]) -> list[Entity]:
    """Keep non-overlapping entities: higher priority, then better evidence, then longer."""
    ranked = sorted(candidates, key=lambda e: (-PRIORITY[e.label], -e.score, -e.length, e.start))
    kept: list[Entity] = []
    # characters of the kept entities (all non-empty): overlap without a pass over every one kept
    taken = Coverage(max((e.end for e in ranked), default=0))
    for entity in ranked:
        if entity.length <= 0:
            continue
        span = Span(entity.start, entity.end)
        if not taken.free(span):
            continue
        taken.take(span)
        kept.append(entity)
    return sorted(kept, key=lambda e: e.start)
