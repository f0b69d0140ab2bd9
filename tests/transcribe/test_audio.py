"""Bad input is refused before any backend sees it, with one clear French message."""

from __future__ import annotations

import importlib.util
import io
import struct
from pathlib import Path

import pytest

from avec.transcribe import Limits, TranscriptionError, check_audio, read_audio
from avec.transcribe.audio import sniff, wav_duration
from tests.transcribe.samples import wav

HAS_AV = importlib.util.find_spec("av") is not None


def refused(data: bytes, match: str, limits: Limits | None = None) -> TranscriptionError:
    with pytest.raises(TranscriptionError, match=match) as info:
        check_audio(data, "consultation", limits or Limits())
    assert info.value.kind == "bad_input"
    return info.value


def test_a_wav_is_accepted_with_its_duration() -> None:
    audio = check_audio(wav(2.0), "c.wav", Limits())
    assert (audio.format, audio.mime) == ("wav", "audio/wav")
    assert audio.duration_s == pytest.approx(2.0)
    stereo = check_audio(wav(1.0, rate=44_100, channels=2), "s.wav", Limits())
    assert stereo.duration_s == pytest.approx(1.0)


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    refused(b"", "est vide")
    (tmp_path / "vide.wav").write_bytes(b"")
    with pytest.raises(TranscriptionError, match=r"« vide\.wav » est vide"):
        read_audio(tmp_path / "vide.wav", Limits())


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TranscriptionError, match="introuvable"):
        read_audio(tmp_path / "absent.mp3")
    with pytest.raises(TranscriptionError, match="est un dossier"):
        read_audio(tmp_path)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"Compte rendu de consultation.\nLe patient va bien.", "du texte"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "un document PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "une image PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "une image JPEG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "une archive ZIP"),
        (bytes(range(7, 250, 3)) * 10, None),
    ],
)
def test_non_audio_bytes_are_refused(data: bytes, what: str | None) -> None:
    error = refused(data, "n'est pas un fichier audio reconnu")
    assert "WAV, MP3, M4A, OGG, WebM ou FLAC attendu" in str(error)
    if what:
        assert what in str(error)


@pytest.mark.parametrize(
    ("head", "name"),
    [(b"FORM\x00\x00\x10\x00AIFFCOMM", "AIFF"), (b"#!AMR\n" + b"\x00" * 10, "AMR"),
     (b"0&\xb2u\x8ef\xcf\x11\xa6\xd9\x00\xaa", "WMA")],
)  # fmt: skip
def test_unsupported_audio_formats_are_named(head: bytes, name: str) -> None:
    refused(head + b"\x00" * 64, rf"Format audio non pris en charge \({name}\)")


def test_a_riff_that_is_not_wave_is_refused() -> None:
    refused(b"RIFF\x24\x00\x00\x00AVI LIST" + b"\x00" * 32, "RIFF mais pas un WAV")


@pytest.mark.parametrize(
    ("head", "fmt"),
    [(b"ID3\x04\x00", "mp3"), (b"\xff\xfb\x90\x64", "mp3"), (b"\x00\x00\x00\x20ftypM4A ", "m4a"),
     (b"OggS\x00\x02", "ogg"), (b"\x1a\x45\xdf\xa3\x9f", "webm"), (b"fLaC\x00\x00", "flac")],
)  # fmt: skip
def test_formats_are_read_from_the_first_bytes_not_the_name(head: bytes, fmt: str) -> None:
    assert sniff(head + b"\x00" * 32, "enregistrement.wav") == fmt


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    refused(wav(1.0), "trop volumineux", Limits(max_bytes=10_000))
    (tmp_path / "long.wav").write_bytes(wav(1.0))
    with pytest.raises(TranscriptionError, match=r"trop volumineux \(0\.0 Mo, maximum 0 Mo\)"):
        read_audio(tmp_path / "long.wav", Limits(max_bytes=1000))


def test_too_long_is_refused_from_the_header(monkeypatch: pytest.MonkeyPatch) -> None:
    refused(wav(3.0), r"enregistrement trop long \(3 s, maximum 2 s\)", Limits(max_seconds=2))
    monkeypatch.setenv("AVEC_TRANSCRIBE_MAX_SECONDS", "2")
    with pytest.raises(TranscriptionError, match="trop long"):
        check_audio(wav(3.0))
    monkeypatch.setenv("AVEC_TRANSCRIBE_MAX_SECONDS", "deux")
    with pytest.raises(TranscriptionError, match="un nombre est attendu"):
        check_audio(wav(1.0))


def test_a_silent_or_truncated_wav_is_refused() -> None:
    header_only = wav(0.0)
    refused(header_only, "aucun son")
    refused(wav(1.0)[:30], "en-tête WAV invalide")


def test_a_streamed_wav_without_data_size_is_measured_from_its_bytes() -> None:
    data = bytearray(wav(2.0))
    at = data.index(b"data")
    struct.pack_into("<I", data, at + 4, 0xFFFFFFFF)  # a recorder that could not seek back
    assert wav_duration(bytes(data)) == pytest.approx(2.0)


def encoded(fmt: str, codec: str, seconds: float = 2.0) -> bytes:
    """A real compressed recording of silence, encoded by PyAV."""
    import av
    import numpy as np

    rate = 48_000 if codec == "libopus" else 16_000
    out = io.BytesIO()
    with av.open(out, "w", format=fmt) as container:
        stream = container.add_stream(codec, rate=rate)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(
            np.zeros((1, int(rate * seconds)), dtype=np.int16), format="s16", layout="mono"
        )
        frame.sample_rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            container.mux(packet)
    return out.getvalue()


@pytest.mark.skipif(not HAS_AV, reason="PyAV comes with the optional extra `audio`")
@pytest.mark.parametrize(
    ("fmt", "codec", "expected"),
    [("mp3", "libmp3lame", "mp3"), ("ipod", "aac", "m4a"), ("ogg", "libopus", "ogg"),
     ("webm", "libopus", "webm"), ("flac", "flac", "flac")],
)  # fmt: skip
def test_compressed_recordings_are_probed(fmt: str, codec: str, expected: str) -> None:
    audio = check_audio(encoded(fmt, codec), "c", Limits())
    assert audio.format == expected
    assert audio.duration_s is None or audio.duration_s == pytest.approx(2.0, abs=0.15)
    with pytest.raises(TranscriptionError, match="trop long"):
        check_audio(encoded(fmt, codec, 3.0), "c", Limits(max_seconds=2.5))


@pytest.mark.skipif(not HAS_AV, reason="PyAV comes with the optional extra `audio`")
def test_a_damaged_file_with_an_audio_signature_is_refused() -> None:
    refused(b"OggS" + bytes(range(256)) * 4, "illisible ou endommagé")
