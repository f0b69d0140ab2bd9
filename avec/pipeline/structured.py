"""Structured propositions: the model fills the use case's fields as JSON, avec writes the text.

Small models follow a JSON schema (enforced by the server's grammar) far more faithfully than
they write free text. The schema asks for one string (or list of strings) per field; the
rendering is deterministic — a heading per field, items as a list, empty fields left out —
so nothing is added between what the model wrote and what the professional reviews.
"""

from __future__ import annotations

import json
from typing import Any

from avec.policy.model import OutputField


def response_format(name: str, fields: list[OutputField]) -> dict[str, Any]:
    """The OpenAI `response_format` asking for these fields (vLLM, Ollama, llama.cpp honour it)."""
    properties: dict[str, Any] = {
        f.id: {"type": "array", "items": {"type": "string"}} if f.list else {"type": "string"}
        for f in fields
    }
    schema = {"type": "object", "properties": properties, "required": [f.id for f in fields],
              "additionalProperties": False}  # fmt: skip
    return {"type": "json_schema", "json_schema": {"name": name, "strict": True, "schema": schema}}


def instructions(fields: list[OutputField]) -> str:
    """What each field holds, appended to the request."""
    lines = [
        "Réponds uniquement en JSON avec ces champs (chaîne vide ou liste vide si la source ne dit rien) :"
    ]
    for f in fields:
        kind = "liste de chaînes" if f.list else "chaîne"
        lines.append(f'- "{f.id}" ({kind}) : {f.instruction}')
    return "\n".join(lines)


def render(fields: list[OutputField], raw: str) -> str | None:
    """The proposition's text, or None when `raw` is not the expected JSON object."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    sections: list[str] = []
    for f in fields:
        value = data.get(f.id)
        if isinstance(value, list):
            items = [str(v).strip() for v in value if str(v).strip()]
            body = "\n".join(f"- {item}" for item in items)
        elif isinstance(value, str | int | float):
            body = str(value).strip()
        else:
            body = ""
        if body:
            sections.append(f"{f.label} :\n{body}")
    return "\n\n".join(sections) if sections else None
