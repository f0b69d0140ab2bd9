"""Consultation audio → draft transcript, behind one small interface
(`backend.transcribe(audio, language="fr", on_progress=None) -> Transcript`).

`OpenAITranscription` sends the recording to an OpenAI-compatible `/v1/audio/transcriptions`
server; `EmbeddedWhisper` runs Whisper base in process (optional extra `audio`). Every transcript
carries flags — drug names and dictated numbers to double-check by ear — and the embedded
model's is always a draft. Backends are imported on first use so `import avec` stays fast.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from avec.transcribe.audio import Audio, Limits, check_audio, read_audio
from avec.transcribe.base import (
    Flag,
    ProgressCallback,
    Segment,
    Transcript,
    TranscriptionBackend,
    TranscriptionError,
)

if TYPE_CHECKING:
    from avec.policy.model import ModelCard
    from avec.transcribe.embedded import EmbeddedWhisper
    from avec.transcribe.openai_http import OpenAITranscription

EMBEDDED = "embedded"


def backend_for(spec: str | None = None) -> TranscriptionBackend:
    """`"embedded"`, a server URL (`http://host:8000/v1`), or None: AVEC_TRANSCRIBE_URL if set,
    else the embedded model. A server's model name is AVEC_TRANSCRIBE_MODEL (default
    `whisper-1`), its key AVEC_TRANSCRIBE_API_KEY (if it needs one)."""
    spec = spec or os.environ.get("AVEC_TRANSCRIBE_URL") or EMBEDDED
    if spec == EMBEDDED:
        return embedded_backend()
    if spec.startswith(("http://", "https://")):
        return server_backend(spec)
    raise TranscriptionError(
        f"Moteur de transcription inconnu : « {spec} » (« {EMBEDDED} » ou une adresse http(s)://).",
        "refused",
    )


def embedded_backend() -> EmbeddedWhisper:
    from avec.transcribe.embedded import EmbeddedWhisper

    return EmbeddedWhisper()


def server_backend(url: str) -> OpenAITranscription:
    from avec.transcribe.openai_http import OpenAITranscription

    return OpenAITranscription(
        url,
        os.environ.get("AVEC_TRANSCRIBE_MODEL") or "whisper-1",
        api_key=os.environ.get("AVEC_TRANSCRIBE_API_KEY") or None,
        response_format=os.environ.get("AVEC_TRANSCRIBE_RESPONSE_FORMAT") or "verbose_json",
    )


def backend_for_card(card: ModelCard) -> TranscriptionBackend:
    """The engine a catalogue card describes (`task: transcription`): its server, or the
    embedded model."""
    if card.backend.value != "openai" or not card.endpoint:
        return embedded_backend()
    from avec.transcribe.openai_http import OpenAITranscription

    key = os.environ.get(card.api_key_env) if card.api_key_env else None
    return OpenAITranscription(card.endpoint, card.model or "whisper-1", api_key=key, name=card.id)


def transcribe_file(
    path: str | Path,
    backend: TranscriptionBackend | None = None,
    *,
    language: str = "fr",
    on_progress: ProgressCallback | None = None,
    limits: Limits | None = None,
) -> Transcript:
    """Check the file, then transcribe it (`TranscriptionError` with a French message if not)."""
    audio = read_audio(path, limits)
    return (backend or backend_for()).transcribe(audio, language=language, on_progress=on_progress)


__all__ = [
    "EMBEDDED", "Audio", "Flag", "Limits", "ProgressCallback", "Segment", "Transcript",
    "TranscriptionBackend", "TranscriptionError", "backend_for", "backend_for_card", "check_audio",
    "embedded_backend", "read_audio", "server_backend", "transcribe_file",
]  # fmt: skip
