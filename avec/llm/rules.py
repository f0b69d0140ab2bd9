"""The deterministic « sans IA » structurer and the "external" backend.

When no model is available (or in fast tests) the structurer files the source's own sentences
under section headings by keywords; it never writes anything new and its output says so. The
external backend records text produced in another tool and pasted for verification.
"""

from __future__ import annotations

import re
import time
from typing import Any

from avec.llm.base import Completion, Message, OnToken, rough_tokens
from avec.text.normalize import fold

NOTICE = "[Texte structuré automatiquement à partir de la source, non généré par IA.]"
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Motif", ("motif", "adresse pour", "consulte pour", "vient pour", "hospitalise pour")),
    ("Antécédents", ("antecedent", "atcd", "histoire")),
    ("Traitement", ("traitement", "mg", "comprime", "gelule", "ui ", "posologie")),
    ("Examen", ("examen", "tension", "pa ", "fc ", "temperature", "auscultation", "spo2")),
    ("Conclusion", ("conclusion", "diagnostic", "au total", "synthese")),
    ("Conduite à tenir", ("suivi", "controle", "revoir", "rendez-vous", "conduite", "prevoir")),
)
# A sentence ends at . ! ? before a capital letter or the end of a line ("Tél. 06…" goes on).
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=[A-ZÀÂÉÈÊÎÔÙÛÇ])|\n+")
_SOURCE_MARK = re.compile(r"\n\n(?P<source>.*)$", re.S)


class RulesStructurer:
    name = "sans-ia"
    is_ai = False

    def complete(self, messages: list[Message], *, max_tokens: int | None = None,
                 temperature: float = 0.2, response_format: dict[str, Any] | None = None,
                 on_token: OnToken | None = None) -> Completion:  # fmt: skip
        started = time.perf_counter()
        request = messages[-1].content if messages else ""
        marked = _SOURCE_MARK.search(request)
        source = marked["source"] if marked else request
        text = structure(source)
        if on_token is not None:
            on_token(text)
        return Completion(text, self.name, self.name, False, rough_tokens(request), rough_tokens(text),
                          time.perf_counter() - started)  # fmt: skip


def structure(source: str) -> str:
    filed: dict[str, list[str]] = {title: [] for title, _ in SECTIONS}
    other: list[str] = []
    current: str | None = None  # the section a "Traitement :" heading opened, for its list items
    for piece in _SENTENCE_END.split(source):
        sentence = piece.strip().lstrip("-•*– ").strip()  # a list item keeps one bullet
        if not sentence:
            continue
        key = fold(sentence).lower()
        title = next((t for t, cues in SECTIONS if any(cue in key for cue in cues)), None)
        if sentence.endswith(":"):
            current = title
            continue  # a heading alone: its items follow
        title = title or current
        (filed[title] if title else other).append(sentence)
    parts = [NOTICE]
    parts += [
        f"{title} :\n" + "\n".join(f"- {s}" for s in lines)
        for title, lines in filed.items()
        if lines
    ]
    if other:
        parts.append("Autres éléments :\n" + "\n".join(f"- {s}" for s in other))
    return "\n\n".join(parts)


class External:
    """Text produced in another tool, pasted as is: recorded as external, never as avec's AI."""

    name = "external"
    is_ai = True  # it may well be AI-generated: it is reviewed as such

    def __init__(self, text: str) -> None:
        self.text = text

    def complete(self, messages: list[Message], *, max_tokens: int | None = None,
                 temperature: float = 0.2, response_format: dict[str, Any] | None = None,
                 on_token: OnToken | None = None) -> Completion:  # fmt: skip
        if on_token is not None:
            on_token(self.text)
        return Completion(self.text, "external", self.name, True, 0, rough_tokens(self.text), 0.0)
