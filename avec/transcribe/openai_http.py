"""Any OpenAI-compatible `/v1/audio/transcriptions` server: faster-whisper-server (Speaches), vLLM,
whisper.cpp server, or a hosted API under a data-processing agreement.

Multipart upload (file, model, language, response_format=verbose_json for segments), timeouts,
retries with exponential backoff on connection errors, 429 and 5xx (honouring Retry-After), and
clear French errors when the server is down, slow or answers nonsense.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from avec.transcribe.audio import Audio
from avec.transcribe.base import (
    ProgressCallback,
    Segment,
    Transcript,
    TranscriptionError,
    join_segments,
)
from avec.transcribe.flags import find_flags

# As avec.llm.openai_http (not imported: it would load the policy models with it).
RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


class OpenAITranscription:
    """Speech-to-text on a server; its output is a draft unless the site decides otherwise."""

    def __init__(
        self,
        base_url: str,
        model: str = "whisper-1",
        *,
        api_key: str | None = None,
        timeout_s: float = 600.0,  # a long consultation takes minutes on a CPU server
        connect_timeout_s: float = 5.0,
        retries: int = 2,
        backoff_s: float = 0.5,
        max_backoff_s: float = 8.0,
        response_format: str = "verbose_json",
        draft: bool = True,
        name: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        base = base_url.rstrip("/")
        self.url = (
            base if base.endswith("/audio/transcriptions") else f"{base}/audio/transcriptions"
        )
        self.model = model
        self.name = name or model
        self.retries = retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.response_format = response_format
        self.draft = draft
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout_s, connect=connect_timeout_s),
            headers=headers,
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def transcribe(
        self, audio: Audio, *, language: str = "fr", on_progress: ProgressCallback | None = None
    ) -> Transcript:
        if on_progress is not None:
            on_progress(0.0)  # a server reports no progress: 0 until it answers
        form = {
            "model": self.model, "language": language, "response_format": self.response_format,
            "temperature": "0",
        }  # fmt: skip
        started = time.perf_counter()
        response, attempts = self._post(audio, form)
        elapsed = time.perf_counter() - started
        transcript = self._parse(response, audio, language, elapsed, attempts)
        if on_progress is not None:
            on_progress(1.0)
        return transcript

    def _post(self, audio: Audio, form: dict[str, str]) -> tuple[httpx.Response, int]:
        last: TranscriptionError | None = None
        for attempt in range(1, self.retries + 2):
            files = {"file": (audio.filename, audio.data, audio.mime)}
            try:
                response = self._client.post(self.url, data=form, files=files)
            except httpx.TimeoutException:
                last = TranscriptionError(
                    f"Le serveur de transcription ({self.name}) n'a pas répondu à temps.", "timeout"
                )
                delay = self._delay(attempt, None)
            except httpx.TransportError as exc:
                last = TranscriptionError(
                    f"Serveur de transcription injoignable ({self.name}, {self.url}) : "
                    f"{type(exc).__name__}.",
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

    def _parse(self, response: httpx.Response, audio: Audio, language: str, elapsed: float,
               attempts: int) -> Transcript:  # fmt: skip
        try:
            data = response.json()
            text = data["text"]
            if not isinstance(text, str):
                raise TypeError("text is not a string")
            segments = tuple(
                Segment(float(s["start"]), float(s["end"]), str(s["text"]).strip())
                for s in data.get("segments") or ()
            )
            duration = data.get("duration")
            duration_s = float(duration) if duration is not None else audio.duration_s
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise TranscriptionError(
                f"Réponse illisible du serveur de transcription ({self.name}) : "
                "format OpenAI (/v1/audio/transcriptions) attendu.",
                "protocol",
            ) from exc
        text = text.strip() or join_segments(segments)
        return Transcript(
            text=text, segments=segments, language=_language(data.get("language"), language),
            duration_s=duration_s, backend=self.name, model=self.model, draft=self.draft,
            processing_s=elapsed, flags=find_flags(text), attempts=attempts, raw=data,
        )  # fmt: skip


def _language(reported: Any, asked: str) -> str:
    """verbose_json reports the language by name ("french") on some servers, by code on others."""
    if not isinstance(reported, str) or not reported:
        return asked
    return {"french": "fr", "english": "en"}.get(reported.lower(), reported.lower())


def _http_error(name: str, response: httpx.Response) -> TranscriptionError:
    detail = ""
    try:
        err = response.json().get("error")
        detail = err.get("message", "") if isinstance(err, dict) else str(err or "")
    except (ValueError, AttributeError):
        detail = response.text[:200]
    status = response.status_code
    if status in (401, 403):
        message = f"Accès refusé par le serveur de transcription ({name}) : clé d'API absente ou invalide."
    elif status == 404:
        message = f"Modèle ou adresse introuvable sur le serveur de transcription ({name}) : vérifier l'adresse et le nom du modèle."
    elif status == 413:
        message = (
            f"Fichier audio refusé car trop volumineux par le serveur de transcription ({name})."
        )
    elif status in (400, 415):
        message = f"Fichier audio refusé par le serveur de transcription ({name}, HTTP {status})."
    elif status == 429:
        message = (
            f"Serveur de transcription saturé ({name}) : trop de requêtes, réessayer plus tard."
        )
    elif status >= 500:
        message = f"Erreur du serveur de transcription ({name}, HTTP {status})."
    else:
        message = f"Requête refusée par le serveur de transcription ({name}, HTTP {status})."
    if detail:
        message += f" Détail : {detail}"
    return TranscriptionError(message, "http", status)
