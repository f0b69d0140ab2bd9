"""The OpenAI-compatible transcription backend against a real local HTTP server."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from avec.transcribe import (
    Audio,
    Transcript,
    TranscriptionError,
    backend_for,
    check_audio,
)
from avec.transcribe.openai_http import OpenAITranscription
from tests.transcribe.fake_whisper import FakeWhisper, Reply
from tests.transcribe.samples import wav

DICTATED = "Le patient prend du paracétamolle 500 mg trois fois par jour."


@pytest.fixture
def upstream() -> Iterator[FakeWhisper]:
    with FakeWhisper() as fake:
        yield fake


@pytest.fixture
def audio() -> Audio:
    return check_audio(wav(1.5), "consultation.wav")


def backend(fake: FakeWhisper, **options: object) -> OpenAITranscription:
    return OpenAITranscription(fake.url, "whisper-large-v3", api_key="sk-test", backoff_s=0.01,
                               **options)  # type: ignore[arg-type]  # fmt: skip


def test_the_server_receives_the_file_model_and_language(
    upstream: FakeWhisper, audio: Audio
) -> None:
    upstream.script.append(Reply(DICTATED, duration=6.0))
    progress: list[float] = []
    done = backend(upstream).transcribe(audio, on_progress=progress.append)
    sent = upstream.uploads[0]
    assert sent.path == "/v1/audio/transcriptions"
    assert sent.data == audio.data and sent.filename == "consultation.wav"
    assert sent.content_type == "audio/wav"
    assert sent.fields["language"] == "fr" and sent.fields["model"] == "whisper-large-v3"
    assert sent.fields["response_format"] == "verbose_json"
    assert sent.headers["Authorization"] == "Bearer sk-test"
    assert isinstance(done, Transcript)
    assert done.text == DICTATED and done.language == "fr" and done.duration_s == 6.0
    assert [(s.start, s.end) for s in done.segments] == [(0.0, 3.0), (3.0, 6.0)]
    assert done.segments[0].text == "Le patient prend du paracétamolle"
    assert done.draft and done.backend == "whisper-large-v3" and done.attempts == 1
    assert progress == [0.0, 1.0]
    kinds = {f.kind for f in done.flags}
    assert {"unknown_drug", "quantity", "frequency"} <= kinds


def test_plain_json_answers_carry_only_the_text(upstream: FakeWhisper, audio: Audio) -> None:
    done = backend(upstream, response_format="json").transcribe(audio)
    assert upstream.uploads[0].fields["response_format"] == "json"
    assert done.text == Reply().text and done.segments == ()
    assert done.duration_s == pytest.approx(1.5)  # read from the WAV header


def test_a_full_endpoint_url_is_accepted(upstream: FakeWhisper, audio: Audio) -> None:
    OpenAITranscription(upstream.url + "/audio/transcriptions/").transcribe(audio)
    assert upstream.uploads[0].path == "/v1/audio/transcriptions"


def test_500_then_success_is_retried(upstream: FakeWhisper, audio: Audio) -> None:
    upstream.script.extend([Reply(status=500), Reply(status=429, headers={"Retry-After": "0"}),
                            Reply("ok")])  # fmt: skip
    done = backend(upstream, retries=2).transcribe(audio)
    assert done.text == "ok" and done.attempts == 3 and len(upstream.uploads) == 3
    assert all(u.data == audio.data for u in upstream.uploads)  # the file is sent again


def test_retries_run_out_with_a_clear_french_error(upstream: FakeWhisper, audio: Audio) -> None:
    upstream.script.extend([Reply(status=503)] * 3)
    with pytest.raises(TranscriptionError, match="Erreur du serveur de transcription") as info:
        backend(upstream, retries=2).transcribe(audio)
    assert info.value.kind == "http" and info.value.status == 503 and len(upstream.uploads) == 3


def test_client_errors_are_not_retried(upstream: FakeWhisper, audio: Audio) -> None:
    upstream.script.append(Reply(status=401))
    with pytest.raises(TranscriptionError, match="clé d'API absente ou invalide") as info:
        backend(upstream).transcribe(audio)
    assert info.value.status == 401 and len(upstream.uploads) == 1


def test_a_slow_server_times_out(upstream: FakeWhisper, audio: Audio) -> None:
    upstream.script.extend([Reply(delay_s=1.0), Reply(delay_s=1.0)])
    with pytest.raises(TranscriptionError, match="n'a pas répondu à temps") as info:
        backend(upstream, timeout_s=0.2, retries=1).transcribe(audio)
    assert info.value.kind == "timeout" and len(upstream.uploads) == 2


@pytest.mark.parametrize(
    "raw", [b"<html>502 Bad Gateway</html>", b'{"texte": "champ inattendu"}', b'{"text": 42}',
            b'{"text": "ok", "segments": [{"start": "x"}]}', b"[1, 2]"],
)  # fmt: skip
def test_garbage_answers_are_protocol_errors(
    upstream: FakeWhisper, audio: Audio, raw: bytes
) -> None:
    upstream.script.append(Reply(raw=raw))
    with pytest.raises(TranscriptionError, match="Réponse illisible") as info:
        backend(upstream).transcribe(audio)
    assert info.value.kind == "protocol"


def test_a_server_that_is_down_is_unavailable(audio: Audio) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed when the block ends: nobody listens there
    down = OpenAITranscription(f"http://127.0.0.1:{port}/v1", retries=1, backoff_s=0.01)
    with pytest.raises(TranscriptionError, match="injoignable") as info:
        down.transcribe(audio)
    assert info.value.kind == "unavailable"


def test_backend_for_reads_the_environment(
    upstream: FakeWhisper, audio: Audio, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AVEC_TRANSCRIBE_URL", upstream.url)
    monkeypatch.setenv("AVEC_TRANSCRIBE_MODEL", "Systran/faster-whisper-small")
    monkeypatch.setenv("AVEC_TRANSCRIBE_API_KEY", "sk-env")
    done = backend_for().transcribe(audio)
    assert done.model == "Systran/faster-whisper-small"
    assert upstream.uploads[0].headers["Authorization"] == "Bearer sk-env"
    with pytest.raises(TranscriptionError, match="Moteur de transcription inconnu"):
        backend_for("ftp://serveur")
