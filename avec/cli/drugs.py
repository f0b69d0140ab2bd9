"""`avec drugs`: import the ANSM BDPM files into the drug lexicon, look a name up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from avec.cli.errors import fail

app = typer.Typer(
    help="Référentiel des médicaments (terminologie edsnlp + BDPM de l'ANSM).", no_args_is_help=True
)


@app.command("import")
def import_(
    cis: Annotated[Path, typer.Argument(help="CIS_bdpm.txt (spécialités).")],
    compo: Annotated[Path, typer.Argument(help="CIS_COMPO_bdpm.txt (compositions).")],
    into: Annotated[
        Path | None,
        typer.Option(
            "--into", help="Fichier lexique à écrire (défaut : dossier de données d'avec)."
        ),
    ] = None,
) -> None:
    """Importer les fichiers BDPM de l'ANSM (tabulés, Latin-1) dans le référentiel local."""
    from avec.clinical.bdpm import BdpmError, import_bdpm
    from avec.clinical.drugs import BDPM_LEXICON
    from avec.clinical.resources import user_data_dir

    try:
        result = import_bdpm(cis, compo)
    except BdpmError as exc:
        raise fail(str(exc)) from None
    target = into or user_data_dir() / BDPM_LEXICON
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(
        json.dumps(result.lexicon, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8"
    )
    tmp.replace(target)  # atomic: a concurrent reader sees the old or the new lexicon, never half
    typer.echo(
        f"{result.specialities} spécialités lues, {len(result.lexicon)} noms de marque avec leur "
        f"composition écrits dans {target}."
    )
    if result.skipped_lines:
        typer.echo(f"{len(result.skipped_lines)} ligne(s) ignorée(s) :", err=True)
        for line in result.skipped_lines[:20]:
            typer.echo(f"  {line}", err=True)


@app.command("lookup")
def lookup(name: Annotated[str, typer.Argument(help="Nom de marque ou DCI.")]) -> None:
    """Afficher ce que le référentiel sait d'un nom (codes ATC, substances, équivalents)."""
    from avec.clinical.drugs import default_lexicon

    lex = default_lexicon()
    entry = lex.get(name)
    if entry is None:
        raise fail(f"« {name} » n'est pas dans le référentiel des médicaments.", code=1)
    subs = sorted(k[4:] for k in entry.keys if k.startswith("sub:"))
    same = sorted(e.name for e in lex.entries.values() if e is not entry and e.keys & entry.keys)
    typer.echo(f"{entry.name} ({entry.kind})")
    typer.echo(f"  ATC : {', '.join(entry.atc) or '—'}")
    typer.echo(f"  substances : {', '.join(subs) or '—'}")
    typer.echo(f"  équivalents : {', '.join(same[:30]) or '—'}{' …' if len(same) > 30 else ''}")
