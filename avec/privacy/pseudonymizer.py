"""Replace every identifier before a text leaves: typed placeholders or realistic surrogates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from avec.privacy.dateshift import shift as shift_date
from avec.privacy.detector import Detector
from avec.privacy.entities import Entity, Label
from avec.privacy.mapping import DATE_LABELS, Mapping, entity_key
from avec.privacy.surrogates import Surrogates, case_like

MODES = ("placeholder", "surrogate")


@dataclass(frozen=True, slots=True)
class Replaced:
    """An identifier of the input and what replaced it (offsets into the input)."""

    start: int
    end: int
    label: Label
    text: str
    replacement: str
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "label": self.label.value, "text": self.text,
            "replacement": self.replacement, "explanation": self.explanation,
        }  # fmt: skip


@dataclass(frozen=True)
class Pseudonymization:
    text: str
    entities: list[Replaced]
    mapping: Mapping

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "entities": [e.to_dict() for e in self.entities]}


def replacement_for(entity: Entity, mapping: Mapping, text: str = "") -> str:
    if entity.label in DATE_LABELS and mapping.shift_days is not None:
        shifted = shift_date(entity.text, mapping.shift_days)
        if shifted is not None:
            # one entry per written form, so that each shifted form restores exactly
            mapping.add(entity.label, entity.text, shifted, exact=True)
            return shifted
    known = mapping.get(entity.label, entity.text)
    if known is not None:
        return case_like(entity.text, known.replacement)
    if mapping.mode == "surrogate":
        value = _unique_surrogate(entity, mapping, text)
    else:
        value = mapping.next_placeholder(entity.label)
    mapping.add(entity.label, entity.text, value)
    return value


def _unique_surrogate(entity: Entity, mapping: Mapping, text: str) -> str:
    """A stand-in used by no other identifier and absent from the text itself, so that
    re-identification can never mistake an ordinary word of the answer for it."""
    makers = Surrogates(mapping.seed)
    taken = {e.replacement.lower() for e in mapping.entries.values()}
    lowered = text.lower()
    key = entity_key(entity.label, entity.text)
    for attempt in range(20):
        value = makers.make(entity.label, entity.text, key + "#" * attempt)
        if entity.text.lower() in value.lower():
            continue  # "Jean-Paul" must not stand in for "Paul"
        if value.lower() not in taken and not re.search(
            rf"(?<!\w){re.escape(value.lower())}(?!\w)", lowered
        ):
            return value
    return mapping.next_placeholder(entity.label)


def pseudonymize(
    text: str,
    *,
    mode: str = "placeholder",
    shift_dates: bool = False,
    mapping: Mapping | None = None,
    detector: Detector | None = None,
    entities: list[Entity] | None = None,
) -> Pseudonymization:
    """Detect identifiers in `text` and replace them; `mapping` carries a conversation's table."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r} (expected one of {MODES})")
    mapping = mapping if mapping is not None else Mapping.new(mode, shift_dates)
    found = entities if entities is not None else (detector or default_detector()).detect(text)
    out: list[str] = []
    replaced: list[Replaced] = []
    cursor = 0
    for entity in found:
        value = replacement_for(entity, mapping, text)
        out.append(text[cursor : entity.start])
        out.append(value)
        cursor = entity.end
        replaced.append(Replaced(entity.start, entity.end, entity.label, entity.text, value,
                                 entity.explanation))  # fmt: skip
    out.append(text[cursor:])
    return Pseudonymization("".join(out), replaced, mapping)


@cache
def default_detector() -> Detector:
    """One detector per process: lexicons and the NER model are loaded once."""
    return Detector()
