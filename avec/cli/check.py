"""`avec check`: verify a generated text against its source."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from avec.cli.errors import FINDINGS, OK, UNUSABLE_INPUT, fail
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
    """One JSON line out per case, in order, streaming: a batch may be larger than memory."""
    try:
        lines = _batch_lines(path)
        first = next(lines, None)
    except InputError as exc:
        raise fail(str(exc)) from None
    if first is None:
        raise fail("batch : le fichier est vide.")
    verifier = Verifier()  # lexicon and checkers loaded once for every case
    worst = OK
    for number, raw in itertools.chain([first], lines):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            result: dict[str, Any] = {"id": None, "error": f"ligne {number} : texte non UTF-8."}
        else:
            if not line.strip():
                continue
            result = _batch_case(verifier, line, number)
        if "error" in result:
            worst = UNUSABLE_INPUT
        elif worst == OK and any(f["severity"] != "info" for f in result["findings"]):
            worst = FINDINGS
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return worst


def _batch_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """(line number, raw line) of a JSONL file or stdin; a binary file is refused up front."""
    if path == "-":
        stream = sys.stdin.buffer
    else:
        p = Path(path)
        if not p.is_file():
            raise InputError(f"batch : fichier introuvable : {path}")
        stream = p.open("rb")
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    if b"\x00" in head:
        raise InputError("batch : fichier binaire, un fichier JSONL (UTF-8) est attendu.")
    return ((n, raw) for n, raw in enumerate(stream, start=1))


def _batch_case(verifier: Verifier, line: str, number: int) -> dict[str, Any]:
    case_id: Any = None
    try:
        case = json.loads(line)
        if not isinstance(case, dict):
            raise InputError(f"ligne {number} : un objet JSON est attendu.")
        case_id = case.get("id")
        source = check_text(case.get("source"), f"ligne {number}, source")
        output = check_text(case.get("output"), f"ligne {number}, output")
        use_case = case.get("use_case")
        if use_case is not None and not isinstance(use_case, str):
            raise InputError(f"ligne {number} : use_case doit être une chaîne.")
        report = verifier.check(source, output, use_case)
    except json.JSONDecodeError as exc:
        return {
            "id": case_id,
            "error": f"ligne {number} : JSON invalide ({exc.msg}, colonne {exc.colno}).",
        }
    except (InputError, UnknownUseCase) as exc:
        return {"id": case_id, "error": str(exc)}
    return {"id": case_id, "findings": [f.to_dict() for f in report.findings]}
