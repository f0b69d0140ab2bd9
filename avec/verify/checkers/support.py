"""Support: a statement of the output whose content words are mostly absent from the source.

Small models add plausible advice or symptoms ("le patient doit être suivi régulièrement pour
éviter d'autres complications") that no value, drug or negation check sees. Each sentence or
list item of the output is compared word by word with the source: content words (not stop
words, 4 letters or more) count as supported when the source has the same word or one with
the same first five letters (suivi/suivre, régulier/régulièrement). A statement with at least
three content words of which most are unsupported is reported as a warning, with those words.

Heuristic and noisy on paraphrase, so opt-in: the policy lists it for the use cases that must
stay close to their source (notes, letters, forms), never for plain-language leaflets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import ClassVar

from avec.text.normalize import fold
from avec.text.span import Span
from avec.verify.document import Pair
from avec.verify.finding import Finding, Severity
from avec.verify.messages import explain

CHECK = "support"
MIN_CONTENT = 3  # content words a statement needs before it is judged
MAX_SUPPORTED = 0.34  # at most this share of its content words found in the source
STEM = 5

_WORD = re.compile(r"[^\W\d_]{4,}")
# statements: lines, split after . ! ? ; — a heading alone ("Conclusion :") is not one
_STATEMENT = re.compile(r"[^\n.!?;]+[.!?;]?")
# a short label before a colon ("Examen :", "État cutané :") is structure, not content
_LABEL = re.compile(r"^[\s\-•*]*(?:[^\W\d_][\w'’\- ]{0,40}?)\s:\s*")


@cache
def ignored_words() -> frozenset[str]:
    """Stop words and document-structure words, folded."""
    words: set[str] = set()
    for name in ("stopwords_fr.txt", "document_words.txt"):
        path = resources.files("avec.text") / "data" / name
        lines = path.read_text(encoding="utf-8").splitlines()
        words.update(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))
    return frozenset(words)


def _covered(pair: Pair) -> list[Span]:
    """What the other checks already judge: drugs, doses and units, frequencies, dates."""
    out = pair.output
    return [*(d.span for d in out.drugs), *(m.span for m in out.measures),
            *(f.span for f in out.frequencies), *(d.span for d in out.dates)]  # fmt: skip


# A procedure or operation named by its suffix (« méniscectomie », « cholécystectomie »,
# « arthroplastie ») that the source never names: an antecedent or a plan made up whole.
_PROCEDURE = re.compile(r"[a-z]{3,}(?:ectomie|otomie|ostomie|plastie|pexie|desis|rraphie)s?")


def _procedures(pair: Pair, missing: list[re.Match[str]], known: set[str]) -> Iterator[Finding]:
    for w in missing:
        if _PROCEDURE.fullmatch(w.group()) and not any(k[:6] == w.group()[:6] for k in known):
            span = Span(w.start(), w.end())
            yield Finding(
                CHECK, "unsupported_procedure", Severity.WARNING, span, None,
                *explain("support.unsupported_procedure", written=span.of(pair.output.text)),
            )  # fmt: skip


class SupportChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Contenu sans appui dans la source"
    default: ClassVar[bool] = False  # run only where the policy asks for it

    def check(self, pair: Pair) -> Iterator[Finding]:
        ignored = ignored_words()
        known = {m.group() for m in _WORD.finditer(pair.source.folded)}
        stems = {w[:STEM] for w in known}
        covered = _covered(pair)
        folded = pair.output.folded
        for m in _STATEMENT.finditer(folded):
            text = m.group()
            original = pair.output.text[m.start() : m.end()]
            if text.rstrip().endswith(":") or original.upper() == original:  # heading, form title
                continue
            note = original.strip()
            if note.startswith("[") and "]" not in note[:-1]:  # an editorial note in brackets
                continue
            label = _LABEL.match(text)
            offset = m.start() + (label.end() if label and len(label.group().split()) <= 5 else 0)
            content = [
                w for w in _WORD.finditer(folded, offset, m.end()) if w.group() not in ignored
            ]
            if len(content) < MIN_CONTENT:
                continue
            # a word another check judges (drug, dose, date) counts as supported here
            missing = [
                w for w in content
                if w.group() not in known and w.group()[:STEM] not in stems
                and not any(c.start <= w.start() < c.end for c in covered)
            ]  # fmt: skip
            if len(content) - len(missing) > MAX_SUPPORTED * len(content):
                yield from _procedures(pair, missing, known)
                continue
            lead = len(text) - len(text.lstrip(" \t-•*"))
            span = Span(m.start() + lead, m.start() + len(text.rstrip()))
            words = ", ".join(dict.fromkeys(pair.output.text[w.start() : w.end()] for w in missing))
            yield Finding(
                CHECK, "unsupported_statement", Severity.WARNING, span, None,
                *explain("support.unsupported_statement", written=span.of(pair.output.text),
                         words=words),
            )  # fmt: skip
