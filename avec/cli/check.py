"""`avec check`: verify a generated text against its source."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console

from avec.cli.batch import run_batch
from avec.cli.errors import FINDINGS, OK, fail
from avec.cli.inputs import InputError, check_text, read_text
from avec.verify.finding import Severity
from avec.verify.runner import Verifier
from avec.verify.use_cases import USE_CASES, UnknownUseCase

HELP = (
    "Vérifier un texte produit par une IA par rapport à sa source : valeurs, unités, "
    "médicaments, négations, dates, latéralité, références, notations et doses. "
    "Codes de sortie : 0 aucun constat ≥ alerte, 1 constats ≥ alerte, 2 entrée inutilisable."
)


class Format(StrEnum):
    text = "text"
    json = "json"


def check(
    source: Annotated[
        str | None,
        typer.Option(
            "--source", "-s", help="Fichier source (UTF-8) ; « - » pour l'entrée standard."
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Fichier du texte produit à vérifier (UTF-8)."),
    ] = None,
    use_case: Annotated[
        str | None,
        typer.Option("--use-case", "-u", help=f"Cas d'usage : {', '.join(USE_CASES)}."),
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="text (lecture humaine) ou json.")
    ] = Format.text,
    batch: Annotated[
        str | None,
        typer.Option(
            "--batch", help="Fichier JSONL : une ligne {id, source, output, use_case?} par cas."
        ),
    ] = None,
) -> None:
    if batch is not None:
        if source or output:
            raise fail("--batch ne se combine pas avec --source/--output.")
        raise typer.Exit(_run_batch(batch))
    if source is None or output is None:
        raise fail("--source et --output sont obligatoires (ou --batch).")
    try:
        source_text = read_text(source, "source")
        output_text = read_text(output, "texte produit")
        report = Verifier().check(source_text, output_text, use_case)
    except (InputError, UnknownUseCase) as exc:
        raise fail(str(exc)) from None
    if fmt is Format.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        from avec.cli.render import render_report

        render_report(report, Console(highlight=False))
    raise typer.Exit(FINDINGS if report.at_least(Severity.WARNING) else OK)


def _run_batch(path: str) -> int:
    verifier = Verifier()  # lexicon and checkers loaded once for every case

    def handle(case: dict[str, Any], number: int) -> dict[str, Any]:
        source = check_text(case.get("source"), f"ligne {number}, source")
        output = check_text(case.get("output"), f"ligne {number}, output")
        use_case = case.get("use_case")
        if use_case is not None and not isinstance(use_case, str):
            raise InputError(f"ligne {number} : use_case doit être une chaîne.")
        report = verifier.check(source, output, use_case)
        return {"id": case.get("id"), "findings": [f.to_dict() for f in report.findings]}

    def has_findings(result: dict[str, Any]) -> bool:
        return any(f["severity"] != "info" for f in result["findings"])

    return run_batch(path, handle, has_findings, (UnknownUseCase,))
