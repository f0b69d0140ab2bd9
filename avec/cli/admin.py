"""Administration: `avec users add`, `avec keys create`, `avec models add`."""

from __future__ import annotations

import ipaddress
import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlparse

import typer

from avec.cli.errors import OK, fail
from avec.cli.messages import t

users_app = typer.Typer(help="Comptes locaux (rôle, niveau de compétence).", no_args_is_help=True)
keys_app = typer.Typer(help="Clés de la passerelle API.", no_args_is_help=True)
models_app = typer.Typer(help="Catalogue des modèles de la politique.", no_args_is_help=True)


def _engine() -> Any:
    from avec.store import make_engine, migrate

    engine = make_engine()
    migrate(engine)
    return engine


@users_app.command(
    "add", help="Créer un compte. Mot de passe lu sur l'entrée standard, sinon généré et affiché."
)
def add_user(
    name: Annotated[str, typer.Argument(help="Identifiant de connexion.")],
    role: Annotated[str, typer.Option("--role", help="professionnel, référent ou administrateur.")],
    level: Annotated[int, typer.Option("--level", help="Niveau de compétence 0 à 3.")],
) -> None:
    from avec.store.accounts import AccountError, generate_password
    from avec.store.accounts import add_user as add

    generated = sys.stdin.isatty()
    password = generate_password() if generated else sys.stdin.readline().strip()
    if not password:
        generated, password = True, generate_password()
    try:
        add(_engine(), name, role, level, password)
    except AccountError as exc:
        raise fail(str(exc)) from None
    typer.echo(t("users.added", name=name, role=role, level=level))
    if generated:
        typer.echo(t("users.password", password=password))
    raise typer.Exit(OK)


@keys_app.command(
    "create",
    help="Créer une clé d'API ; elle est affichée une seule fois, seule, en dernière ligne.",
)
def create_key(
    name: Annotated[str, typer.Argument(help="Nom de la clé (application, service).")],
) -> None:
    from avec.store.accounts import AccountError
    from avec.store.accounts import create_key as create

    try:
        key = create(_engine(), name)
    except AccountError as exc:
        raise fail(str(exc)) from None
    typer.echo(t("keys.created", name=name))
    typer.echo(key)


@models_app.command(
    "add",
    help="Ajouter un serveur OpenAI-compatible au catalogue de la politique (AVEC_HOME/policy.yaml).",
)
def add_model(
    model_id: Annotated[str, typer.Argument(metavar="ID", help="Identifiant dans le catalogue.")],
    base_url: Annotated[str, typer.Option("--base-url", help="URL du serveur (…/v1).")],
    model: Annotated[
        str | None, typer.Option("--model", help="Nom du modèle sur le serveur.")
    ] = None,
    api_key_env: Annotated[
        str | None, typer.Option("--api-key-env", help="Variable d'environnement de la clé.")
    ] = None,
    identifying_allowed: Annotated[
        bool,
        typer.Option(
            "--identifying-allowed",
            help="Peut recevoir des données identifiantes (hébergement local ou HDS).",
        ),
    ] = False,
    use_cases: Annotated[
        str, typer.Option("--use-cases", help="all ou liste séparée par des virgules.")
    ] = "all",
    hosting: Annotated[
        str | None,
        typer.Option(
            "--hosting", help="Lieu d'hébergement (défaut : local pour une adresse privée)."
        ),
    ] = None,
    hds: Annotated[bool, typer.Option("--hds", help="Hébergeur certifié HDS.")] = False,
) -> None:
    import yaml

    from avec.clinical.resources import user_data_dir
    from avec.policy import PolicyError, default_policy_path, parse_policy
    from avec.store import append

    path = user_data_dir() / "policy.yaml"
    source = path if path.exists() else default_policy_path()
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    where = hosting or ("local" if _private(base_url) else "non précisé")
    card: dict[str, Any] = {
        "id": model_id, "label": model or model_id, "backend": "openai",
        "provider": "serveur OpenAI-compatible", "endpoint": base_url, "model": model or model_id,
        "hosting": where, "hds_certified": hds, "identifying_allowed": identifying_allowed,
    }  # fmt: skip
    if api_key_env:
        card["api_key_env"] = api_key_env
    data["models"] = [m for m in data.get("models", []) if m.get("id") != model_id] + [card]
    wanted = None if use_cases == "all" else {c.strip() for c in use_cases.split(",") if c.strip()}
    known = {u["id"] for u in data.get("use_cases", [])}
    if wanted is not None and wanted - known:
        raise fail(t("models.unknown_use_cases", names=", ".join(sorted(wanted - known))))
    for case in data.get("use_cases", []):
        allowed = case.get("models", ["all"])
        if wanted is None or case["id"] in wanted:
            if "all" not in allowed and model_id not in allowed:
                case["models"] = [*allowed, model_id]
        elif "all" in allowed:  # restricted to other use cases: this one keeps every other model
            case["models"] = [m["id"] for m in data["models"] if m["id"] != model_id]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    try:
        parse_policy(text, str(path))
    except PolicyError as exc:
        raise fail(f"politique invalide après l'ajout : {'; '.join(exc.errors)}") from None
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".policy-", suffix=".yaml")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
    append(_engine(), "policy_change", "cli", {"model_added": model_id, "use_cases": use_cases})
    typer.echo(t("models.added", id=model_id, path=Path(path)))


def _private(url: str) -> bool:
    host = urlparse(url).hostname or ""
    if host in ("localhost",):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private
