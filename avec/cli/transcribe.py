"""`avec transcribe`: a consultation recording → a draft transcript and what to double-check."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from avec.cli.errors import OK, fail

HELP = (
    "Transcrire un enregistrement de consultation (WAV, MP3, M4A, OGG, WebM, FLAC) en une "
    "transcription brouillon, à relire et corriger : les noms de médicaments et les valeurs "
    "dictées à vérifier à l'écoute sont signalés. Codes : 0 transcription produite, 2 entrée "
    "inutilisable ou moteur indisponible."
)
_MARK = {"error": "✖", "warning": "⚠", "info": "·"}


def transcribe(
    file: Annotated[str, typer.Argument(help="Fichier audio de la consultation.")],
    backend: Annotated[
        str | None,
        typer.Option(
            "--backend",
            "-b",
            help="« embedded » (modèle embarqué) ou l'adresse d'un serveur compatible OpenAI "
            "(http://hôte:8000/v1). Défaut : AVEC_TRANSCRIBE_URL, sinon le modèle embarqué.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Sortie JSON.")] = False,
    language: Annotated[str, typer.Option("--language", help="Langue parlée.")] = "fr",
) -> None:
    from avec.transcribe import TranscriptionError, backend_for, read_audio

    progress = _progress if sys.stderr.isatty() and not as_json else None
    try:
        audio = read_audio(file)
        done = backend_for(backend).transcribe(audio, language=language, on_progress=progress)
    except TranscriptionError as exc:
        if progress is not None:
            typer.echo("", err=True)
        raise fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(done.to_dict(), ensure_ascii=False, indent=2) + "\n")
        raise typer.Exit(OK)
    duration = f"{done.duration_s:.0f} s d'audio, " if done.duration_s else ""
    status = "Transcription brouillon" if done.draft else "Transcription"
    typer.echo(
        f"{status} — {done.model} ({done.backend}), {duration}{done.processing_s:.1f} s de "
        "traitement. À relire et corriger par le professionnel avant tout usage."
    )
    typer.echo("")
    typer.echo(done.text or "(aucune parole reconnue)")
    if done.flags:
        typer.echo("")
        typer.echo(f"À vérifier à l'écoute ({len(done.flags)}) :")
        for f in done.flags:
            typer.echo(f"  {_MARK.get(f.severity, '·')} [{f.start}–{f.end}] {f.message}")
            if f.suggestion:
                typer.echo(f"      → {f.suggestion}")
    raise typer.Exit(OK)


def _progress(fraction: float) -> None:
    sys.stderr.write(f"\rtranscription : {round(fraction * 100):3d} %")
    if fraction >= 1.0:
        sys.stderr.write("\n")
    sys.stderr.flush()
