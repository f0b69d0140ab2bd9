"""`avec run`: one governed generation from the command line."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from avec.cli.errors import FINDINGS, OK, fail
from avec.cli.inputs import InputError, read_text
from avec.cli.messages import t

HELP = (
    "Exécuter le circuit encadré : autorisation, qualité de la requête, pseudonymisation, "
    "génération, réidentification, vérification ; la proposition est enregistrée en attente de "
    "relecture humaine. Codes : 0 sans alerte, 1 constats ≥ alerte, 2 demande refusée ou "
    "entrée inutilisable."
)


def run(
    use_case: Annotated[str, typer.Option("--use-case", "-u", help="Cas d'usage de la politique.")],
    source: Annotated[
        str,
        typer.Option("--source", "-s", help="Fichier source (UTF-8) ; « - » : entrée standard."),
    ],
    model: Annotated[str | None, typer.Option("--model", "-m", help="Modèle du catalogue.")] = None,
    instruction: Annotated[
        str | None, typer.Option("--instruction", "-i", help="Consigne complémentaire.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text ou json.")] = "text",
) -> None:
    from avec.llm import LLMError
    from avec.pipeline import Exceeded, Refused

    try:
        text = read_text(source, "source")
        pipeline = _pipeline()
        outcome = pipeline.run(use_case, text, model_id=model, instruction=instruction)
    except InputError as exc:
        raise fail(str(exc)) from None
    except (Refused, Exceeded) as exc:
        raise fail(t("run.refused", reason=str(exc))) from None
    except LLMError as exc:
        raise fail(str(exc)) from None
    report = outcome.report
    if fmt == "json":
        data: dict[str, Any] = {
            "request_id": outcome.request_id, "status": outcome.status, "use_case": outcome.use_case.id,
            "model": outcome.model.id, "is_ai": outcome.completion.is_ai, "proposition": outcome.proposition,
            "findings": [f.to_dict() for f in report.findings], "pseudonymised": outcome.entities,
            "lint": {"score": outcome.lint.score, "issues": [vars(i) for i in outcome.lint.issues]},
            "tokens": {"prompt": outcome.completion.prompt_tokens,
                       "completion": outcome.completion.completion_tokens},
        }  # fmt: skip
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from rich.console import Console

        from avec.cli.render import render_report

        console = Console(highlight=False)
        for issue in outcome.lint.issues:
            console.print(f"[dim]requête · {issue.message}[/dim]")
        console.print(outcome.proposition)
        console.print()
        render_report(report, console)
        console.print(t("run.pending", request_id=outcome.request_id, model=outcome.model.label))
    raise typer.Exit(FINDINGS if any(f.severity.name != "INFO" for f in report.findings) else OK)


def _pipeline() -> Any:
    from avec.pipeline import Pipeline
    from avec.policy import PolicyError, active_policy_path, load_policy
    from avec.privacy import Vault
    from avec.store import make_engine, migrate

    try:
        policy = load_policy(active_policy_path())
    except PolicyError as exc:
        raise fail(f"politique invalide ({exc.source}) : {'; '.join(exc.errors)}") from None
    engine = make_engine()
    migrate(engine)
    return Pipeline(policy, engine, Vault.default())
