"""The correspondence table between originals and their replacements.

It is the secret half of pseudonymisation: it lives only in memory and in the encrypted vault
(avec.privacy.vault), never in logs. One table serves a document or a whole conversation, so
"Dupont" gets the same replacement in every message.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from avec.privacy.dateshift import parse as parse_date
from avec.privacy.entities import Label
from avec.text.normalize import fold

DATE_LABELS = (Label.DATE, Label.DATE_NAISSANCE)
_NUMERIC_LABELS = (Label.TEL, Label.SECU, Label.INS, Label.RPPS, Label.FINESS, Label.IPP,
                   Label.NDA, Label.ZIP, Label.IBAN)  # fmt: skip
VERSION = 1


def entity_key(label: Label, text: str) -> str:
    """What makes two mentions the same identifier ("DUPONT" = "Dupont", "06 12…" = "0612…")."""
    if label in _NUMERIC_LABELS and any(c.isdigit() for c in text):
        return "".join(c for c in text if c.isalnum()).upper()
    if label in DATE_LABELS:
        parsed = parse_date(text)
        if parsed is not None:
            return f"{parsed[1]}:{parsed[0].isoformat()}"
    return re.sub(r"\s+", " ", fold(text).lower()).strip(" .")


@dataclass
class Entry:
    label: Label
    original: str  # first form seen, restored by re-identification
    replacement: str

    def to_dict(self) -> dict[str, str]:
        return {
            "label": self.label.value,
            "original": self.original,
            "replacement": self.replacement,
        }


@dataclass
class Mapping:
    mode: str = "placeholder"
    shift_days: int | None = None
    seed: str = field(default_factory=lambda: secrets.token_hex(8))
    entries: dict[str, Entry] = field(default_factory=dict)  # "LABEL|key" -> entry
    counters: dict[str, int] = field(default_factory=dict)

    @classmethod
    def new(cls, mode: str = "placeholder", shift_dates: bool = False) -> Mapping:
        shift = None
        if shift_dates or mode == "surrogate":
            shift = secrets.choice([d for d in range(-400, 401) if abs(d) >= 30])
        return cls(mode=mode, shift_days=shift)

    def get(self, label: Label, text: str) -> Entry | None:
        return self.entries.get(f"{label.value}|{entity_key(label, text)}")

    def add(self, label: Label, text: str, replacement: str, exact: bool = False) -> Entry:
        """Record `text` -> `replacement`; `exact` keys the written form itself (shifted dates)."""
        key = f"={text}" if exact else entity_key(label, text)
        entry = self.entries.setdefault(f"{label.value}|{key}", Entry(label, text, replacement))
        return entry

    def next_placeholder(self, label: Label) -> str:
        n = self.counters.get(label.value, 0) + 1
        self.counters[label.value] = n
        return f"[{label.value}_{n}]"

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": VERSION, "mode": self.mode, "shift_days": self.shift_days, "seed": self.seed,
            "counters": self.counters,
            "entries": {k: e.to_dict() for k, e in self.entries.items()},
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        if data.get("version") != VERSION:
            raise ValueError(f"unsupported mapping version {data.get('version')!r}")
        entries = {
            k: Entry(Label(e["label"]), e["original"], e["replacement"])
            for k, e in data["entries"].items()
        }
        return cls(data["mode"], data["shift_days"], data["seed"], entries, dict(data["counters"]))
