"""Any OpenAI-compatible chat-completions server: vLLM, Ollama, llama.cpp server, Mistral, Azure.

Timeouts, retries with exponential backoff on connection errors, 429 and 5xx (honouring
Retry-After), and clear French errors when the server is down, slow or answers nonsense.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from avec.llm.base import Completion, LLMError, Message, rough_tokens

RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


class OpenAICompatible:
    is_ai = True

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout_s: float = 120.0,
        connect_timeout_s: float = 5.0,
        retries: int = 2,
        backoff_s: float = 0.5,
        max_backoff_s: float = 8.0,
        name: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.name = name or model
        self.retries = retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout_s, connect=connect_timeout_s),
            headers=headers,
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def complete(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float = 0.2,
        response_format: dict[str, Any] | None = None,
    ) -> Completion:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "temperature": temperature,
            "stream": False,
        }
        if max_tokens is not None:
            body["max_tokens"] = max_tokens
        if response_format is not None:
            body["response_format"] = response_format
        started = time.perf_counter()
        response, attempts = self._post(body)
        latency = time.perf_counter() - started
        return self._parse(response, messages, latency, attempts)

    def _post(self, body: dict[str, Any]) -> tuple[httpx.Response, int]:
        url = f"{self.base_url}/chat/completions"
        last: LLMError | None = None
        for attempt in range(1, self.retries + 2):
            try:
                response = self._client.post(url, json=body)
            except httpx.TimeoutException:
                last = LLMError(
                    f"Le serveur de modèle ({self.name}) n'a pas répondu à temps.", "timeout"
                )
                delay = self._delay(attempt, None)
            except httpx.TransportError as exc:
                last = LLMError(
                    f"Serveur de modèle injoignable ({self.name}, {self.base_url}) : {type(exc).__name__}.",
                    "unavailable",
                )
                delay = self._delay(attempt, None)
            else:
                if response.status_code < 400:
                    return response, attempt
                last = _http_error(self.name, response)
                if response.status_code not in RETRY_STATUS:
                    raise last
                delay = self._delay(attempt, response.headers.get("retry-after"))
            if attempt <= self.retries:
                time.sleep(delay)
        assert last is not None
        raise last

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(float(retry_after), self.max_backoff_s)
            except ValueError:
                pass
        return float(min(self.backoff_s * 2 ** (attempt - 1), self.max_backoff_s))

    def _parse(self, response: httpx.Response, messages: list[Message], latency: float,
               attempts: int) -> Completion:  # fmt: skip
        try:
            data = response.json()
            choice = data["choices"][0]
            text = choice["message"]["content"]
            if not isinstance(text, str):
                raise TypeError("content is not a string")
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMError(
                f"Réponse illisible du serveur de modèle ({self.name}) : format OpenAI attendu.",
                "protocol",
            ) from exc
        usage = data.get("usage") or {}
        prompt = usage.get("prompt_tokens") or rough_tokens(" ".join(m.content for m in messages))
        completion = usage.get("completion_tokens") or rough_tokens(text)
        return Completion(
            text=text, model=str(data.get("model") or self.model), backend=self.name, is_ai=True,
            prompt_tokens=int(prompt), completion_tokens=int(completion), latency_s=latency,
            attempts=attempts, raw=data,
        )  # fmt: skip


def _http_error(name: str, response: httpx.Response) -> LLMError:
    detail = ""
    try:
        err = response.json().get("error")
        detail = err.get("message", "") if isinstance(err, dict) else str(err or "")
    except ValueError:
        detail = response.text[:200]
    status = response.status_code
    if status in (401, 403):
        message = f"Accès refusé par le serveur de modèle ({name}) : clé d'API absente ou invalide."
    elif status == 404:
        message = f"Modèle ou adresse introuvable sur le serveur ({name}) : vérifier l'endpoint et le nom du modèle."
    elif status == 429:
        message = f"Serveur de modèle saturé ({name}) : trop de requêtes, réessayer plus tard."
    elif status >= 500:
        message = f"Erreur du serveur de modèle ({name}, HTTP {status})."
    else:
        message = f"Requête refusée par le serveur de modèle ({name}, HTTP {status})."
    if detail:
        message += f" Détail : {detail}"
    return LLMError(message, "http", status)
