"""`avec report`: the governance report for a period, as self-contained HTML or PDF."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from avec.cli.errors import OK, fail

HELP = ("Produire le rapport de gouvernance d'une période (registre, indicateurs, objectifs, "
        "incidents et REX, coût environnemental, impacts, données envoyées) en HTML autonome "
        "ou en PDF. Codes : 0 rapport écrit, 2 entrée invalide ou PDF indisponible.")  # fmt: skip


def _date(value: str | None, option: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise fail(f"{option} : date invalide « {value} » (AAAA-MM-JJ attendu)") from None


def report(
    start: Annotated[str | None, typer.Option("--from", help="Début (AAAA-MM-JJ, inclus).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Fin (AAAA-MM-JJ, exclue).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="html ou pdf.")] = "html",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Fichier à écrire (défaut : sortie standard pour le HTML)."
        ),
    ] = None,
) -> None:
    from avec.cli.run import _pipeline
    from avec.communicate.report import build, render_html

    if fmt not in ("html", "pdf"):
        raise fail(f"format inconnu « {fmt} » : html ou pdf")
    begin, finish = _date(start, "--from"), _date(end, "--to")
    if begin and finish and begin >= finish:
        raise fail("--from doit précéder --to")
    pipeline = _pipeline()
    data = build(pipeline.policy, pipeline.engine, begin, finish)
    if fmt == "pdf":
        from avec.communicate.pdf import PdfUnavailable
        from avec.communicate.report import render_pdf

        try:
            pdf = render_pdf(data)
        except PdfUnavailable as exc:
            raise fail(str(exc)) from None
        target = output or Path(f"rapport-ia-{begin or 'debut'}-{finish or 'fin'}.pdf")
        target.write_bytes(pdf)
        typer.echo(f"Rapport écrit : {target}")
        raise typer.Exit(OK)
    html = render_html(data)
    if output is None:
        sys.stdout.write(html)
    else:
        output.write_text(html, encoding="utf-8")
        typer.echo(f"Rapport écrit : {output}")
    raise typer.Exit(OK)
