"""The `avec` command line (Typer). One module per command group."""

from __future__ import annotations

from typing import Annotated

import typer

from avec import __version__
from avec.cli import admin as admin_cmd
from avec.cli import check as check_cmd
from avec.cli import demo as demo_cmd
from avec.cli import drugs as drugs_cmd
from avec.cli import policy as policy_cmd
from avec.cli import privacy as privacy_cmd
from avec.cli import report as report_cmd
from avec.cli import run as run_cmd
from avec.cli import serve as serve_cmd
from avec.cli import store as store_cmd
from avec.cli import transcribe as transcribe_cmd

app = typer.Typer(
    name="avec",
    help="avec — usage encadré de l'IA générative en santé (recommandations HAS A.V.E.C.).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("check", help=check_cmd.HELP)(check_cmd.check)
app.add_typer(drugs_cmd.app, name="drugs")
app.add_typer(policy_cmd.app, name="policy")
app.add_typer(store_cmd.audit_app, name="audit")
app.command("run", help=run_cmd.HELP)(run_cmd.run)
app.command("demo", help=demo_cmd.HELP)(demo_cmd.demo)
app.command("report", help=report_cmd.HELP)(report_cmd.report)
app.command("serve", help="Lancer l'atelier web et la passerelle OpenAI-compatible.")(
    serve_cmd.serve
)
app.add_typer(admin_cmd.users_app, name="users")
app.add_typer(admin_cmd.keys_app, name="keys")
app.add_typer(admin_cmd.models_app, name="models")
app.command(
    "init", help="Créer ou compléter le dossier de données (AVEC_HOME) : base, politique, clés."
)(store_cmd.init)
app.command("transcribe", help=transcribe_cmd.HELP)(transcribe_cmd.transcribe)
app.command("pseudonymize", help=privacy_cmd.PSEUDONYMIZE_HELP)(privacy_cmd.pseudonymize)
app.command("reidentify", help=privacy_cmd.REIDENTIFY_HELP)(privacy_cmd.reidentify)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Afficher la version et quitter.")
    ] = False,
) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit()


def main() -> None:
    app()
