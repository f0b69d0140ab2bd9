"""Put the originals back into a model's answer, locally, and say what did not match.

Models alter placeholders ("NOM_1", "[Nom_1]", "[ NOM 1 ]", "Mme [NOM_1]"): every variant of a
known placeholder is restored. A placeholder the table does not know was invented by the model;
one of the table missing from the answer was dropped — both are reported for the reviewer.
Surrogates are restored by exact (case-blind) match; shifted dates are shifted back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from avec.privacy.entities import Label
from avec.privacy.mapping import DATE_LABELS, Mapping

_LABELS = "|".join(sorted((lab.value for lab in Label), key=len, reverse=True))


def _core(suffix: str) -> str:
    return rf"(?P<label{suffix}>{_LABELS})(?:[ \t]*[_\- ][ \t]*|)(?P<n{suffix}>\d+)"


# "[NOM_1]", "[ Nom 1 ]" inside brackets; "NOM_1", "nom1" without them.
_PLACEHOLDER = re.compile(
    rf"\[[ \t]*{_core('')}[ \t]*\]|(?<![\w\[]){_core('2')}(?![\w\]])", re.IGNORECASE
)


@dataclass
class Reidentification:
    text: str
    restored: list[dict[str, Any]] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "restored": self.restored, "invented": self.invented,
                "dropped": self.dropped}  # fmt: skip


def reidentify(answer: str, mapping: Mapping) -> Reidentification:
    placeholders = {
        e.replacement.upper(): e for e in mapping.entries.values() if e.replacement.startswith("[")
    }
    result = Reidentification(answer)
    seen: set[str] = set()
    out: list[str] = []
    cursor = 0
    spans: list[tuple[int, int, str, str]] = []
    for m in _PLACEHOLDER.finditer(answer):
        label, number = (m["label"], m["n"]) if m["label"] else (m["label2"], m["n2"])
        canonical = f"[{label.upper()}_{int(number)}]"
        entry = placeholders.get(canonical)
        if entry is None:
            if m.group().strip().startswith("[") or "_" in m.group():
                result.invented.append(m.group().strip())
            continue
        seen.add(canonical)
        spans.append((m.start(), m.end(), entry.original, canonical))
    spans.extend(_surrogate_spans(answer, mapping, {(s, e) for s, e, _, _ in spans}))
    for start, end, original, replacement in sorted(spans):
        if start < cursor:
            continue
        out.append(answer[cursor:start])
        out.append(original)
        cursor = end
        seen.add(replacement.upper())
        result.restored.append({"start": start, "end": end, "replacement": replacement,
                                "original": original})  # fmt: skip
    out.append(answer[cursor:])
    result.text = "".join(out)
    result.dropped = sorted(
        {
            e.replacement
            for e in mapping.entries.values()
            if e.replacement.upper() not in seen and e.label not in DATE_LABELS
        }
    )
    return result


def _surrogate_spans(answer: str, mapping: Mapping,
                     taken: set[tuple[int, int]]) -> list[tuple[int, int, str, str]]:  # fmt: skip
    spans: list[tuple[int, int, str, str]] = []
    entries = [e for e in mapping.entries.values() if not e.replacement.startswith("[")]
    used: list[tuple[int, int]] = list(taken)
    for entry in sorted(entries, key=lambda e: -len(e.replacement)):
        pattern = re.compile(rf"(?<![\w]){re.escape(entry.replacement)}(?![\w])", re.IGNORECASE)
        for m in pattern.finditer(answer):
            if any(m.start() < e and s < m.end() for s, e in used):
                continue
            used.append((m.start(), m.end()))
            spans.append((m.start(), m.end(), entry.original, entry.replacement))
    return spans


# The end of a streamed piece may be a placeholder still being written: an unclosed "[…", or a
# bare "NOM", "NOM_", "NOM_1" (more digits may follow). That tail waits for the next piece.
_OPEN_TAIL = re.compile(
    r"\[[^\]\n]{0,32}$|(?<![\w\[])[A-Za-z_]{1,20}(?:[ \t]*[_\- ][ \t]*\d*|\d*)$"
)


class StreamingReidentifier:
    """Re-identify a streamed answer piece by piece, never splitting a placeholder.

    Exact for placeholders (the pipeline's mode); the text re-identified as a whole stays the
    reference — the findings' spans point into it.
    """

    def __init__(self, mapping: Mapping) -> None:
        self.mapping = mapping
        self._pending = ""

    def feed(self, piece: str) -> str:
        self._pending += piece
        tail = _OPEN_TAIL.search(self._pending)
        cut = tail.start() if tail else len(self._pending)
        ready, self._pending = self._pending[:cut], self._pending[cut:]
        return reidentify(ready, self.mapping).text if ready else ""

    def finish(self) -> str:
        ready, self._pending = self._pending, ""
        return reidentify(ready, self.mapping).text if ready else ""
