"""Instructions to a patient and their polarity: "ne pas conduire", "Ne modifiez pas votre
traitement" (do not) versus "conduisez", "modifiez" (do). A leaflet that turns a "do not" of
the source into a "do" is a dangerous negation flip."""

from __future__ import annotations

import re
from dataclasses import dataclass

from avec.text.span import Span

# "ne pas conduire", "ne jamais dépasser", "ne plus prendre"
_NEG_INFINITIVE = re.compile(
    r"\bne\s+(?:pas|jamais|plus)\s+(?:de\s+|le\s+|la\s+|les\s+)?(?P<verb>[a-z]+(?:er|ir|re))\b"
)
# "ne conduisez pas", "n'arrêtez jamais"
_NEG_IMPERATIVE = re.compile(
    r"\bn(?:e\s+|')(?:le\s+|la\s+|les\s+|l'|vous\s+|y\s+)?(?P<verb>[a-z]+ez)\s+(?:pas|jamais|plus)\b"
)
# "conduisez", "modifiez" — an imperative not under "ne"; "vous pouvez conduire"
_IMPERATIVE = re.compile(
    r"\b(?:vous\s+|il\s+|elle\s+)?(?:pouvez|pourrez|peut|pourra)\s+(?:de\s+nouveau\s+|a\s+nouveau\s+)?"
    r"(?:l'|le\s+|la\s+|les\s+|vous\s+|se\s+|s')?(?P<allowed>[a-z]+(?:er|ir|re))\b"
    r"|(?<![\w'])(?P<verb>[a-z]{3,}ez)\b"
)
# "la conduite n'est pas autorisée", "baignade interdite": a prohibition named by a noun
_FORBIDDEN_NOUN = re.compile(
    r"\b(?P<noun>[a-z]{4,})(?:\s+[a-z]{4,})?(?:\s*:\s*|\s+)(?:n'est\s+pas\s+autorisee?|est\s+interdite?|"
    r"interdite?|non\s+autorisee?|(?:est\s+)?deconseillee?|(?:est\s+)?proscrite?|"
    r"(?:est\s+)?contre-indiquee?)\b"
)
_NOT_VERBS = frozenset({"chez", "assez", "nez", "rez"})


@dataclass(frozen=True, slots=True)
class Instruction:
    span: Span
    stem: str  # "condui", "modifi"
    negative: bool
    object: str | None = None  # first content word after the verb ("traitement", "corps")

    def same_act(self, other: Instruction) -> bool:
        """Same verb, and the same object when both name one."""
        if self.stem != other.stem:
            return False
        return self.object is None or other.object is None or self.object == other.object


_OBJECT_SKIP = frozenset(
    [
        "de",
        "d",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "un",
        "une",
        "votre",
        "vos",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "ces",
        "au",
        "aux",
        "a",
        "en",
        "pas",
        "plus",
        "jamais",
        "rien",
        "vous",
        "soi",
        "meme",
    ]
)
_OBJECT_WORD = re.compile(r"[a-zœæ]+|[.;:!?\n]")


def _object(folded: str, end: int) -> str | None:
    """The first content word after the verb, in its sentence (adverbs skipped: « doucement »)."""
    for m in _OBJECT_WORD.finditer(folded, end, min(len(folded), end + 40)):
        word = m.group()
        if not word[0].isalpha():
            return None
        if word in _OBJECT_SKIP or len(word) < 3 or word.endswith("ment"):
            continue
        return word[:6]
    return None


def stem(verb: str) -> str:
    for ending in ("ez", "er", "ir", "re"):
        if verb.endswith(ending):
            verb = verb[: -len(ending)]
            break
    return verb[:6]


def find_instructions(folded: str) -> list[Instruction]:
    found: list[Instruction] = []
    taken: list[Span] = []
    for pattern in (_NEG_INFINITIVE, _NEG_IMPERATIVE, _FORBIDDEN_NOUN):
        for m in pattern.finditer(folded):
            span = Span(m.start(), m.end())
            if "verb" in pattern.groupindex:
                found.append(Instruction(span, stem(m["verb"]), True, _object(folded, m.end())))
            else:
                found.append(Instruction(span, stem(m["noun"]), True))
            taken.append(span)
    for m in _IMPERATIVE.finditer(folded):
        group = "allowed" if m["allowed"] else "verb"
        span = Span(m.start(group), m.end(group))
        if (
            m[group] in _NOT_VERBS
            or m[group].startswith(("pouv", "pourr"))
            or any(span.overlaps(t) for t in taken)
        ):
            continue
        found.append(
            Instruction(Span(m.start(), m.end()), stem(m[group]), False, _object(folded, m.end()))
        )
    return found
