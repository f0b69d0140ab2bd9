"""`avec init` and `avec audit verify|export`."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sys

import typer

from avec.cli.errors import FINDINGS, OK
from avec.cli.messages import t

audit_app = typer.Typer(help="Journal d'audit chaîné (intégrité, export).", no_args_is_help=True)


def init() -> None:
    """Create (or complete) the data folder: database, default policy, secret key, vault key."""
    from avec.clinical.resources import user_data_dir
    from avec.policy import default_policy_path
    from avec.privacy.vault import Vault
    from avec.store import append, make_engine, migrate

    home = user_data_dir()
    home.mkdir(parents=True, exist_ok=True)
    created: list[str] = []
    policy = home / "policy.yaml"
    if not policy.exists():
        shutil.copyfile(default_policy_path(), policy)
        created.append("policy.yaml")
    secret = home / "secret.key"
    if not secret.exists():
        fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
        created.append("secret.key")
    Vault.default()  # creates the vault key on first use
    engine = make_engine()
    migrate(engine)
    append(engine, "init", "cli", {"created": created})
    typer.echo(t("init.done", home=home, created=", ".join(created) or t("init.nothing_new")))


@audit_app.command("verify", help="Vérifier l'intégrité du journal. Codes : 0 intact, 1 altéré.")
def verify() -> None:
    from avec.store import make_engine
    from avec.store import verify as check

    verdict = check(make_engine())
    if verdict.intact:
        typer.echo(t("audit.intact", count=verdict.checked))
        raise typer.Exit(OK)
    typer.echo(t("audit.broken", seq=verdict.broken_at, reason=verdict.reason), err=True)
    raise typer.Exit(FINDINGS)


@audit_app.command("export", help="Exporter le journal en JSONL (un événement par ligne).")
def export() -> None:
    from avec.store import export as events
    from avec.store import make_engine

    for event in events(make_engine()):
        sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
