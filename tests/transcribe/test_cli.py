"""`avec transcribe` through a small Typer app of its own (the command is not registered in
`avec.cli` yet), against the fake transcription server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from avec.cli.transcribe import HELP, transcribe
from tests.transcribe.fake_whisper import FakeWhisper, Reply
from tests.transcribe.samples import wav

app = typer.Typer(add_completion=False)
app.command("transcribe", help=HELP)(transcribe)
app.command("noop", hidden=True)(lambda: None)  # two commands: `transcribe` stays a subcommand
runner = CliRunner()


@pytest.fixture
def upstream() -> Iterator[FakeWhisper]:
    with FakeWhisper() as fake:
        yield fake


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    path = tmp_path / "consultation.wav"
    path.write_bytes(wav(1.0))
    return path


def test_the_draft_and_its_flags_are_printed(upstream: FakeWhisper, recording: Path) -> None:
    upstream.script.append(Reply("Il prend du Doliprame 1000 mg matin et soir."))
    result = runner.invoke(app, ["transcribe", str(recording), "--backend", upstream.url])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Transcription brouillon — whisper-1")
    assert "À relire et corriger par le professionnel" in result.output
    assert "Il prend du Doliprame 1000 mg matin et soir." in result.output
    assert "⚠ [12–21] « Doliprame » ressemble à un nom de médicament" in result.output
    assert "Dose dictée « 1000 mg »" in result.output


def test_json_output(upstream: FakeWhisper, recording: Path) -> None:
    result = runner.invoke(app, ["transcribe", str(recording), "--backend", upstream.url, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["draft"] is True and data["language"] == "fr" and data["segments"]
    assert set(data) >= {"text", "flags", "duration_s", "processing_s", "model", "backend"}


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "est vide"), (b"Compte rendu.", "n'est pas un fichier audio reconnu")],
)
def test_bad_input_exits_2_with_one_french_line(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "mauvais.wav"
    path.write_bytes(content)
    result = runner.invoke(app, ["transcribe", str(path), "--backend", "http://127.0.0.1:9/v1"])
    assert result.exit_code == 2
    assert message in result.output and result.output.startswith("avec : erreur : ")


def test_an_unknown_backend_exits_2(recording: Path) -> None:
    result = runner.invoke(app, ["transcribe", str(recording), "--backend", "magique"])
    assert result.exit_code == 2 and "Moteur de transcription inconnu" in result.output
