"""Any OpenAI-compatible chat-completions server: vLLM, Ollama, llama.cpp server, Mistral, Azure.

Timeouts, retries with exponential backoff on connection errors, 429 and 5xx (honouring
Retry-After), and clear French errors when the server is down, slow or answers nonsense.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from avec.llm.base import Completion, LLMError, Message, OnToken, rough_tokens

T = TypeVar("T")

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
        on_token: OnToken | None = None,
    ) -> Completion:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "temperature": temperature,
            "stream": on_token is not None,
        }
        if max_tokens is not None:
            body["max_tokens"] = max_tokens
        if response_format is not None:
            body["response_format"] = response_format
        started = time.perf_counter()
        if on_token is not None:
            body["stream_options"] = {"include_usage": True}
            (data, text), attempts = self._retrying(lambda: self._stream(body, on_token))
        else:
            response, attempts = self._retrying(lambda: self._post(body))
            data, text = self._parse(response)
        usage = data.get("usage") or {}
        prompt = usage.get("prompt_tokens") or rough_tokens(" ".join(m.content for m in messages))
        completion = usage.get("completion_tokens") or rough_tokens(text)
        return Completion(
            text=text, model=str(data.get("model") or self.model), backend=self.name, is_ai=True,
            prompt_tokens=int(prompt), completion_tokens=int(completion),
            latency_s=time.perf_counter() - started, attempts=attempts, raw=data,
        )  # fmt: skip

    def _retrying(self, send: Callable[[], T]) -> tuple[T, int]:
        """Call `send` until it succeeds, retrying what `_Retry` marks as transient."""
        last: LLMError | None = None
        for attempt in range(1, self.retries + 2):
            try:
                return send(), attempt
            except _Retry as retry:
                last = retry.error
                delay = self._delay(attempt, retry.after)
            if attempt <= self.retries:
                time.sleep(delay)
        assert last is not None
        raise last

    def _post(self, body: dict[str, Any]) -> httpx.Response:
        url = f"{self.base_url}/chat/completions"
        try:
            response = self._client.post(url, json=body)
        except httpx.TransportError as exc:
            raise _Retry(self._transport_error(exc)) from None
        self._raise_for_status(response)
        return response

    def _stream(self, body: dict[str, Any], on_token: OnToken) -> tuple[dict[str, Any], str]:
        """Server-sent events; retried only while nothing has been handed to `on_token`."""
        url = f"{self.base_url}/chat/completions"
        pieces: list[str] = []
        last: dict[str, Any] = {}
        finished = False  # a finish_reason was sent: the text is whole even without [DONE]
        try:
            with self._client.stream("POST", url, json=body) as response:
                if response.status_code >= 400:
                    response.read()
                    self._raise_for_status(response)
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    payload = line[5:].strip()
                    if payload == "[DONE]":
                        return last, "".join(pieces)
                    event = self._event(payload)
                    last = {**last, **{k: v for k, v in event.items() if k != "choices"}}
                    for choice in event.get("choices") or []:
                        finished = finished or bool(choice.get("finish_reason"))
                        delta = (choice.get("delta") or {}).get("content")
                        if isinstance(delta, str) and delta:
                            pieces.append(delta)
                            on_token(delta)
        except httpx.TransportError as exc:
            error = self._transport_error(exc)
            if pieces:  # the client has seen part of the text: no silent retry
                raise LLMError(f"{error} (interrompu pendant la génération)", error.kind) from None
            raise _Retry(error) from None
        if finished:
            return last, "".join(pieces)
        cut = LLMError(f"Flux interrompu par le serveur de modèle ({self.name}).", "protocol")
        if pieces:  # the client has seen part of the text: no silent retry
            raise LLMError(f"Flux du serveur de modèle ({self.name}) interrompu pendant la génération.",
                           "protocol")  # fmt: skip
        raise _Retry(cut)

    def _event(self, payload: str) -> dict[str, Any]:
        try:
            event = json.loads(payload)
        except ValueError:
            event = None
        if not isinstance(event, dict):
            raise LLMError(
                f"Flux illisible du serveur de modèle ({self.name}) : événements OpenAI attendus.",
                "protocol",
            )
        if isinstance(event.get("error"), dict):
            raise LLMError(f"Erreur du serveur de modèle ({self.name}) pendant la génération : "
                           f"{event['error'].get('message', '')}", "http")  # fmt: skip
        return event

    def _transport_error(self, exc: httpx.TransportError) -> LLMError:
        if isinstance(exc, httpx.TimeoutException):
            return LLMError(
                f"Le serveur de modèle ({self.name}) n'a pas répondu à temps.", "timeout"
            )
        return LLMError(
            f"Serveur de modèle injoignable ({self.name}, {self.base_url}) : {type(exc).__name__}.",
            "unavailable",
        )

    def _raise_for_status(self, response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        error = _http_error(self.name, response)
        if response.status_code not in RETRY_STATUS:
            raise error
        raise _Retry(error, response.headers.get("retry-after"))

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(float(retry_after), self.max_backoff_s)
            except ValueError:
                pass
        return float(min(self.backoff_s * 2 ** (attempt - 1), self.max_backoff_s))

    def _parse(self, response: httpx.Response) -> tuple[dict[str, Any], str]:
        try:
            data = response.json()
            text = data["choices"][0]["message"]["content"]
            if not isinstance(text, str):
                raise TypeError("content is not a string")
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMError(
                f"Réponse illisible du serveur de modèle ({self.name}) : format OpenAI attendu.",
                "protocol",
            ) from exc
        return data, text


class _Retry(Exception):
    """A transient failure: worth another attempt after a delay (Retry-After if given)."""

    def __init__(self, error: LLMError, after: str | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.after = after


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
