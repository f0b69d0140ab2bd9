"""Small audio files made on the fly (no recording is shipped with the tests)."""

from __future__ import annotations

import io
import math
import struct
import wave


def wav(seconds: float = 1.0, rate: int = 16_000, channels: int = 1) -> bytes:
    """A 16-bit PCM WAV of a 440 Hz tone."""
    frames = int(seconds * rate)
    tone = (int(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(frames))
    samples = b"".join(struct.pack("<h", s) * channels for s in tone)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples)
    return out.getvalue()
