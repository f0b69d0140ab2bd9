"""`avec policy check`: validate a policy file before it governs anything."""

from __future__ import annotations

from typing import Annotated

import typer

from avec.cli.errors import OK, UNUSABLE_INPUT
from avec.cli.messages import t

app = typer.Typer(help="Politique d'usage : cas d'usage autorisés, usages interdits, modèles.",
                  no_args_is_help=True)  # fmt: skip


@app.command("check", help="Vérifier un fichier de politique (YAML). Codes : 0 valide, 2 invalide.")
def check(
    file: Annotated[
        str | None, typer.Argument(help="Fichier YAML ; sans argument : la politique par défaut.")
    ] = None,
) -> None:
    from avec.policy import LEVEL_LABELS, PolicyError, load_policy

    try:
        policy = load_policy(file)
    except PolicyError as exc:
        typer.echo(t("policy.invalid", source=exc.source, count=len(exc.errors)), err=True)
        for line in exc.errors:
            typer.echo(f"  - {line}", err=True)
        raise typer.Exit(UNUSABLE_INPUT) from None
    typer.echo(t("policy.valid", organisation=policy.organisation, use_cases=len(policy.use_cases),
                 forbidden=len(policy.forbidden_uses), models=len(policy.models)))  # fmt: skip
    for case in policy.use_cases:
        models = ", ".join(m.id for m in policy.models_for(case)) or "aucun"
        typer.echo(f"  {case.id} — {case.label} (niveau ≥ {case.min_level.value} "
                   f"« {LEVEL_LABELS[case.min_level]} », données : {case.data.value}, modèles : {models})")  # fmt: skip
    raise typer.Exit(OK)
