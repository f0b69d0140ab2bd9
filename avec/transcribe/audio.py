"""Checking an audio upload before any backend sees it: not empty, really audio, in a supported
format, not too large, not too long. Every refusal is a `TranscriptionError("bad_input")` with
a French message.

The format is read from the first bytes (the file name's extension is not trusted). The duration
is read from the header of a WAV file; for compressed formats it is read by PyAV when the `audio`
extra is installed, else only after decoding (the embedded backend checks it then).
"""

from __future__ import annotations

import importlib
import io
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from avec.transcribe.base import TranscriptionError

MAX_BYTES = 200_000_000  # 200 MB: one hour of 16 kHz mono WAV is 115 MB
MAX_SECONDS = 3600.0  # one hour: a consultation is far shorter

# format -> MIME type sent to a server
FORMATS = {
    "wav": "audio/wav", "mp3": "audio/mpeg", "m4a": "audio/mp4", "ogg": "audio/ogg",
    "webm": "audio/webm", "flac": "audio/flac",
}  # fmt: skip
ACCEPTED = "WAV, MP3, M4A, OGG, WebM ou FLAC"

# Recognised but refused: audio formats the backends are not asked to read, and documents.
_OTHER_AUDIO = ((b"FORM", "AIFF"), (b"#!AMR", "AMR"), (b"0&\xb2u", "WMA"), (b"MThd", "MIDI"))
_NOT_AUDIO = (
    (b"%PDF", "un document PDF"), (b"\x89PNG", "une image PNG"), (b"\xff\xd8\xff", "une image JPEG"),
    (b"GIF8", "une image GIF"), (b"PK\x03\x04", "une archive ZIP ou un document bureautique"),
    (b"{", "du texte (JSON)"), (b"<", "du texte (HTML ou XML)"),
)  # fmt: skip


@dataclass(frozen=True)
class Limits:
    max_bytes: int = MAX_BYTES
    max_seconds: float = MAX_SECONDS

    @classmethod
    def from_env(cls) -> Limits:
        """AVEC_TRANSCRIBE_MAX_BYTES and AVEC_TRANSCRIBE_MAX_SECONDS override the defaults."""
        try:
            return cls(
                int(os.environ.get("AVEC_TRANSCRIBE_MAX_BYTES") or MAX_BYTES),
                float(os.environ.get("AVEC_TRANSCRIBE_MAX_SECONDS") or MAX_SECONDS),
            )
        except ValueError:
            raise TranscriptionError(
                "AVEC_TRANSCRIBE_MAX_BYTES / AVEC_TRANSCRIBE_MAX_SECONDS : un nombre est attendu.",
                "refused",
            ) from None


@dataclass(frozen=True)
class Audio:
    """A checked upload: its bytes, format, and duration when it could be read before decoding."""

    data: bytes = field(repr=False)
    filename: str
    format: str  # a key of FORMATS
    duration_s: float | None
    limits: Limits

    @property
    def mime(self) -> str:
        return FORMATS[self.format]

    def check_duration(self, seconds: float) -> None:
        """Refuse a recording found too long (or silent) once decoded."""
        _check_duration(seconds, self.filename, self.limits)


def read_audio(path: str | Path, limits: Limits | None = None) -> Audio:
    """Read and check an audio file."""
    limits = limits or Limits.from_env()
    p = Path(path)
    if not p.is_file():
        what = "est un dossier" if p.is_dir() else "est introuvable"
        raise TranscriptionError(f"Le fichier audio {p} {what}.", "bad_input")
    size = p.stat().st_size
    if size > limits.max_bytes:
        raise _too_large(p.name, size, limits)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise TranscriptionError(
            f"Lecture impossible de {p.name} ({exc.strerror}).", "bad_input"
        ) from None
    return check_audio(data, p.name, limits)


def check_audio(data: bytes, filename: str = "audio", limits: Limits | None = None) -> Audio:
    """Check uploaded bytes (a web form, an API call)."""
    limits = limits or Limits.from_env()
    if not data:
        raise TranscriptionError(f"Le fichier audio « {filename} » est vide.", "bad_input")
    if len(data) > limits.max_bytes:
        raise _too_large(filename, len(data), limits)
    fmt = sniff(data, filename)
    duration = wav_duration(data, filename) if fmt == "wav" else probe_duration(data, filename)
    if duration is not None:
        _check_duration(duration, filename, limits)
    return Audio(data, filename, fmt, duration, limits)


def sniff(data: bytes, filename: str = "audio") -> str:
    """The container format from the first bytes, or a French refusal."""
    head = data[:16]
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"  # MPEG audio frame sync (or AAC/ADTS, which every decoder reads too)
    if head[4:8] == b"ftyp":
        return "m4a"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"  # EBML: WebM or Matroska, as a browser's MediaRecorder writes
    if head[:4] == b"fLaC":
        return "flac"
    for magic, name in _OTHER_AUDIO:
        if head.startswith(magic):
            raise TranscriptionError(
                f"Format audio non pris en charge ({name}) pour « {filename} » : {ACCEPTED} attendu.",
                "bad_input",
            )
    if head[:4] == b"RIFF":
        raise TranscriptionError(
            f"« {filename} » est un fichier RIFF mais pas un WAV : {ACCEPTED} attendu.", "bad_input"
        )
    what = next((name for magic, name in _NOT_AUDIO if head.lstrip()[:4].startswith(magic)), None)
    if what is None and _is_text(data[:512]):
        what = "du texte"
    detail = f" (il semble contenir {what})" if what else ""
    raise TranscriptionError(
        f"« {filename} » n'est pas un fichier audio reconnu{detail} : {ACCEPTED} attendu.",
        "bad_input",
    )


def _is_text(head: bytes) -> bool:
    """UTF-8 text (a note, a transcript) uploaded by mistake."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the sample
            return False
        text = head[: exc.start].decode("utf-8")
    return bool(text) and all(c.isprintable() or c in "\t\r\n" for c in text)


def wav_duration(data: bytes, filename: str = "audio") -> float:
    """Duration of a WAV file from its `fmt ` and `data` chunks (PCM, float or compressed)."""
    byte_rate = 0
    pos = 12
    while pos + 8 <= len(data):
        chunk, size = data[pos : pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        body = pos + 8
        if chunk == b"fmt " and size >= 16 and body + 16 <= len(data):
            byte_rate = struct.unpack_from("<I", data, body + 8)[0]
        elif chunk == b"data":
            if not byte_rate:
                break
            # A recorder that could not seek back writes 0 or 0xFFFFFFFF: take what is there.
            available = len(data) - body
            length = available if size in (0, 0xFFFFFFFF) or size > available else size
            return length / byte_rate
        pos = body + size + (size & 1)  # chunks are padded to an even length
    raise TranscriptionError(
        f"« {filename} » : en-tête WAV invalide ou incomplet (pas de données audio).", "bad_input"
    )


def probe_duration(data: bytes, filename: str = "audio") -> float | None:
    """Duration read by PyAV from the container, or None (PyAV not installed, not recorded)."""
    try:
        av: Any = importlib.import_module("av")
    except ImportError:
        return None
    try:
        with av.open(io.BytesIO(data), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise TranscriptionError(
                    f"« {filename} » ne contient aucune piste audio.", "bad_input"
                )
            duration = container.duration  # in av.time_base units; None in a live WebM recording
            return None if duration is None else float(duration) / av.time_base
    except TranscriptionError:
        raise
    except Exception as exc:  # PyAV raises many kinds of FFmpeg errors for a damaged file
        raise TranscriptionError(
            f"« {filename} » : fichier audio illisible ou endommagé ({type(exc).__name__}).",
            "bad_input",
        ) from None


def _check_duration(seconds: float, filename: str, limits: Limits) -> None:
    if seconds <= 0.05:
        raise TranscriptionError(
            f"« {filename} » : l'enregistrement ne contient aucun son.", "bad_input"
        )
    if seconds > limits.max_seconds:
        raise TranscriptionError(
            f"« {filename} » : enregistrement trop long ({_minutes(seconds)}, maximum "
            f"{_minutes(limits.max_seconds)}). Découper l'enregistrement ou relever "
            "AVEC_TRANSCRIBE_MAX_SECONDS.",
            "bad_input",
        )


def _too_large(filename: str, size: int, limits: Limits) -> TranscriptionError:
    return TranscriptionError(
        f"« {filename} » : fichier audio trop volumineux ({size / 1e6:.1f} Mo, maximum "
        f"{limits.max_bytes / 1e6:.0f} Mo).",
        "bad_input",
    )


def _minutes(seconds: float) -> str:
    m, s = divmod(round(seconds), 60)
    return f"{m} min {s:02d} s" if m else f"{s} s"
