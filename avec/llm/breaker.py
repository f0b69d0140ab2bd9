"""A circuit breaker: after repeated failures a model server is not called for a while, so a
dead server does not pile up waiting requests; one trial call is let through afterwards."""

from __future__ import annotations

import threading
import time
from typing import Any

from avec.llm.base import Backend, Completion, LLMError, Message


class CircuitBreaker:
    def __init__(self, backend: Backend, failures: int = 5, cooldown_s: float = 30.0) -> None:
        self.backend = backend
        self.name = backend.name
        self.is_ai = backend.is_ai
        self.threshold = failures
        self.cooldown_s = cooldown_s
        self._failures = 0
        self._open_until = 0.0
        self._lock = threading.Lock()

    def complete(self, messages: list[Message], **options: Any) -> Completion:
        with self._lock:
            if time.monotonic() < self._open_until:
                wait = int(self._open_until - time.monotonic()) + 1
                raise LLMError(
                    f"Serveur de modèle ({self.name}) momentanément écarté après des erreurs répétées ; "
                    f"nouvel essai possible dans {wait} s.",
                    "unavailable",
                )
        try:
            result = self.backend.complete(messages, **options)
        except LLMError as exc:
            if exc.kind in ("timeout", "unavailable", "http") and (
                exc.status is None or exc.status >= 500
            ):
                with self._lock:
                    self._failures += 1
                    if self._failures >= self.threshold:
                        self._open_until = time.monotonic() + self.cooldown_s
                        self._failures = 0
            raise
        with self._lock:
            self._failures = 0
        return result
