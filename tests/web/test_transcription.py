"""Consultation audio in the workbench: upload → background transcription with progress →
draft transcript to correct and confirm → the confirmed text becomes the source."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from avec.store import export
from tests.transcribe.fake_whisper import FakeWhisper
from tests.transcribe.fake_whisper import Reply as Heard
from tests.transcribe.samples import wav
from tests.web.workbench import csrf, sign_in, workbench

DICTATED = "Madame Jeanne Kerhervé tousse depuis trois jours. Elle prend du paracétamol 500 mg trois fois par jour."


@pytest.fixture
def bench(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Any, FakeWhisper, Any]]:
    with FakeWhisper() as whisper, workbench(engine, tmp_path) as (client, _, pipeline):
        monkeypatch.setenv("AVEC_TRANSCRIBE_URL", whisper.url)
        yield client, whisper, pipeline


def upload(client: Any, data: bytes, name: str = "consultation.wav") -> Any:
    token = csrf(client.get("/demande").text)
    return client.post("/demande", data={"use_case": "consultation_note", "csrf": token},
                       files={"upload": (name, data, "audio/wav")})  # fmt: skip


def test_audio_is_transcribed_as_a_draft_then_confirmed(bench: Any, engine: Engine) -> None:
    client, whisper, pipeline = bench
    whisper.script.append(Heard(DICTATED, duration=6.0))
    sign_in(client, "alice")
    assert "enregistrement de consultation" in client.get("/demande").text
    started = upload(client, wav(1.0))
    assert started.status_code == 200, started.text
    stream = re.search(r'data-stream="(/transcription/flux/(audio-[0-9a-f]+))"', started.text)
    assert stream
    ref = stream.group(2)
    assert pipeline.vault.get_bytes(ref)  # the recording is kept encrypted meanwhile
    body = client.get(stream.group(1)).text
    assert "event: done" in body
    assert whisper.uploads[0].fields.get("language") == "fr"
    draft = client.get(f"/transcription/{ref}").text
    assert "Transcription brouillon" in draft and "paracétamol" in draft
    assert 'class="sev-' in draft  # drug and dose flagged for checking by ear
    assert f'src="/transcription/{ref}/audio"' in draft
    assert client.get(f"/transcription/{ref}/audio").content.startswith(b"RIFF")
    token = csrf(draft)
    unchecked = client.post(
        f"/transcription/{ref}/confirmer", data={"text": DICTATED, "csrf": token}
    )
    assert unchecked.status_code == 400 and "cocher la case" in unchecked.text
    corrected = DICTATED.replace("500 mg", "1 g")
    preview = client.post(f"/transcription/{ref}/confirmer",
                          data={"text": corrected, "csrf": token, "checked": "1"})  # fmt: skip
    assert preview.status_code == 200 and "Ce qui sera envoyé" in preview.text
    assert "1 g trois fois par jour" in preview.text and "[NOM_1]" in preview.text
    assert client.get(f"/transcription/{ref}/audio").status_code == 403  # deleted once confirmed
    events = {e["kind"]: e["data"] for e in export(engine)}
    assert (
        events["transcription"]["backend"] and events["transcript_confirmed"]["edit_distance"] > 0
    )
    assert "Kerhervé" not in json.dumps(list(export(engine)), ensure_ascii=False)


def test_not_audio_or_empty_is_refused_clearly(bench: Any) -> None:
    client, whisper, _ = bench
    sign_in(client, "alice")
    empty = upload(client, b"")
    assert empty.status_code in (400, 200) and (
        "vide" in empty.text or "La source est vide" in empty.text
    )
    junk = upload(client, b"%PDF-1.4 pas de l'audio", "x.wav")
    assert junk.status_code == 400 and 'class="alert error"' in junk.text
    assert whisper.uploads == []


def test_a_failing_server_is_reported(bench: Any) -> None:
    client, whisper, _ = bench
    whisper.default = Heard(status=500)
    sign_in(client, "alice")
    started = upload(client, wav(0.5))
    stream = re.search(r'data-stream="(/transcription/flux/[^"]+)"', started.text)
    assert stream
    body = client.get(stream.group(1)).text
    assert "event: failed" in body


def test_someone_elses_transcription_is_not_reachable(bench: Any) -> None:
    client, _, _ = bench
    sign_in(client, "alice")
    started = upload(client, wav(0.5))
    ref = re.search(r"/transcription/flux/(audio-[0-9a-f]+)", started.text)
    assert ref
    sign_in(client, "bruno")
    assert client.get(f"/transcription/{ref.group(1)}").status_code == 403
    assert client.get(f"/transcription/{ref.group(1)}/audio").status_code == 403


def test_the_catalogues_transcription_card_is_used(
    bench: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yaml

    from avec.policy import parse_policy

    client, whisper, pipeline = bench
    monkeypatch.delenv("AVEC_TRANSCRIBE_URL")
    data = pipeline.policy.model_dump(mode="json", exclude_defaults=True)
    data["models"] = [m for m in data["models"] if m.get("task") != "transcription"]
    data["models"].append({"id": "whisper-site", "label": "Whisper du site", "backend": "openai",
                           "task": "transcription", "provider": "site", "endpoint": whisper.url,
                           "model": "large-v3", "hosting": "local", "identifying_allowed": True})  # fmt: skip
    pipeline.policy = parse_policy(yaml.safe_dump(data, allow_unicode=True))
    sign_in(client, "alice")
    started = upload(client, wav(0.5))
    stream = re.search(r'data-stream="(/transcription/flux/[^"]+)"', started.text)
    assert stream and "event: done" in client.get(stream.group(1)).text
    assert whisper.uploads[0].fields.get("model") == "large-v3"


def test_a_transcription_engine_must_be_local_or_hds() -> None:
    from avec.policy import PolicyError, parse_policy

    card = ("models:\n  - {id: whisper-cloud, label: W, backend: openai, task: transcription, provider: x, "
            "endpoint: 'https://api.example.org/v1', hosting: 'cloud'}\n")  # fmt: skip
    text = ("version: 1\norganisation: O\nuse_cases:\n  - {id: note, label: N, description: D, "
            "prompt_template: '{source}'}\n" + card)  # fmt: skip
    with pytest.raises(PolicyError) as info:
        parse_policy(text)
    assert "transcription" in " ".join(info.value.errors)
