"""One small interface for every speech-to-text backend, and what a transcription returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from avec.transcribe.audio import Audio

# Called with the fraction of the recording transcribed so far (0.0 … 1.0). An exception raised
# by the callback aborts the transcription (a web page's « annuler »).
ProgressCallback = Callable[[float], None]


class TranscriptionError(Exception):
    """A transcription that failed; `str()` is for the user (French), `kind` for logs and metrics.

    Same shape as `avec.llm.LLMError`; kinds: "bad_input" (empty, not audio, unsupported, too
    long or too large), "timeout", "unavailable", "http", "protocol", "refused" (not installed,
    misconfigured).
    """

    def __init__(self, message: str, kind: str, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status


@dataclass(frozen=True, slots=True)
class Segment:
    start: float  # seconds from the start of the recording
    end: float
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": round(self.start, 2), "end": round(self.end, 2), "text": self.text}


@dataclass(frozen=True, slots=True)
class Flag:
    """A passage of the transcript to double-check by ear: span into `Transcript.text`."""

    kind: str  # "drug", "unknown_drug", "quantity", "frequency", "dose"
    start: int
    end: int
    text: str
    severity: str  # "info", "warning", "error"
    message: str  # French, for the professional
    suggestion: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "span": [self.start, self.end], "text": self.text,
            "severity": self.severity, "message": self.message, "suggestion": self.suggestion,
        }  # fmt: skip


@dataclass(frozen=True)
class Transcript:
    """A draft transcript: the professional corrects and confirms it before any use."""

    text: str
    segments: tuple[Segment, ...]
    language: str | None
    duration_s: float | None
    backend: str
    model: str
    draft: bool
    processing_s: float
    flags: tuple[Flag, ...] = ()
    attempts: int = 1
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def real_time_factor(self) -> float | None:
        """Processing time / audio duration (0.3: ten minutes transcribed in three)."""
        if not self.duration_s:
            return None
        return self.processing_s / self.duration_s

    def to_dict(self) -> dict[str, Any]:
        rtf = self.real_time_factor
        return {
            "text": self.text, "draft": self.draft, "language": self.language,
            "duration_s": None if self.duration_s is None else round(self.duration_s, 2),
            "backend": self.backend, "model": self.model,
            "processing_s": round(self.processing_s, 3),
            "real_time_factor": None if rtf is None else round(rtf, 3),
            "attempts": self.attempts,
            "segments": [s.to_dict() for s in self.segments],
            "flags": [f.to_dict() for f in self.flags],
        }  # fmt: skip


@runtime_checkable
class TranscriptionBackend(Protocol):
    name: str

    def transcribe(
        self, audio: Audio, *, language: str = "fr", on_progress: ProgressCallback | None = None
    ) -> Transcript: ...


def join_segments(segments: tuple[Segment, ...]) -> str:
    return " ".join(s.text for s in segments if s.text)
