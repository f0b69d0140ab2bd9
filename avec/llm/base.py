"""One small interface for every text generator avec can call, and what each call records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

OnToken = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Message:
    role: str  # "system", "user", "assistant"
    content: str


@dataclass(frozen=True)
class Completion:
    """A generated text and its evidence: which backend, tokens and latency (for Estimer)."""

    text: str
    model: str
    backend: str
    is_ai: bool
    prompt_tokens: int
    completion_tokens: int
    latency_s: float
    attempts: int = 1
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


class LLMError(Exception):
    """A generation that failed; `str()` is for the user (French), `kind` for logs and metrics."""

    def __init__(self, message: str, kind: str, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind  # "timeout", "unavailable", "http", "protocol", "refused"
        self.status = status


@runtime_checkable
class Backend(Protocol):
    name: str
    is_ai: bool

    def complete(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.2,
        response_format: dict[str, Any] | None = None,
        on_token: OnToken | None = None,
    ) -> Completion:
        """Generate; with `on_token`, stream: each new piece of text is handed over as it comes."""
        ...


def rough_tokens(text: str) -> int:
    """A token estimate when a backend does not count (about 4 characters per token in French)."""
    return max(1, len(text) // 4) if text else 0
