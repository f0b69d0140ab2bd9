"""LLM backends behind one small interface (`Backend.complete(messages) -> Completion`).

`OpenAICompatible` speaks to any OpenAI-compatible server; `RulesStructurer` is the
deterministic « sans IA » fallback; `External` records text produced elsewhere. `for_card`
builds the backend a policy model card describes.
"""

from __future__ import annotations

import os

from avec.llm.base import Backend, Completion, LLMError, Message, rough_tokens
from avec.llm.openai_http import OpenAICompatible
from avec.llm.rules import External, RulesStructurer, structure
from avec.policy.model import Backend as Kind
from avec.policy.model import ModelCard


def for_card(card: ModelCard, **options: object) -> Backend:
    """The backend of a catalogue entry."""
    if card.backend is Kind.OPENAI:
        key = os.environ.get(card.api_key_env) if card.api_key_env else None
        assert card.endpoint is not None  # enforced by the card's validation
        return OpenAICompatible(card.endpoint, card.model or card.id, api_key=key, name=card.id,
                                **options)  # type: ignore[arg-type]  # fmt: skip
    if card.backend is Kind.RULES:
        return RulesStructurer()
    if card.backend is Kind.LOCAL:
        from avec.llm.local import LocalGGUF

        return LocalGGUF(card.id)
    raise LLMError(
        f"Le modèle « {card.id} » ({card.backend.value}) n'est pas encore utilisable par avec dans cette version.",
        "refused",
    )


__all__ = [
    "Backend", "Completion", "External", "LLMError", "Message", "OpenAICompatible",
    "RulesStructurer", "for_card", "rough_tokens", "structure",
]  # fmt: skip
