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
    team: Annotated[
        str | None, typer.Option("--team", help="Service ou équipe (indicateurs par équipe).")
    ] = None,
) -> None:
    from avec.store.accounts import AccountError, generate_password
    from avec.store.accounts import add_user as add

    generated = sys.stdin.isatty()
    password = generate_password() if generated else sys.stdin.readline().strip()
    if not password:
        generated, password = True, generate_password()
    try:
        add(_engine(), name, role, level, password, team=team)
    except AccountError as exc:
        raise fail(str(exc)) from None
    typer.echo(t("users.added", name=name, role=role, level=level))
    if generated:
        typer.echo(t("users.password", password=password))
    raise typer.Exit(OK)


def _list(value: str | None) -> list[str] | None:
    return (
        None
        if value in (None, "all")
        else sorted({v.strip() for v in value.split(",") if v.strip()})
    )


@keys_app.command(
    "create",
    help="Créer une clé d'API ; elle est affichée une seule fois, seule, en dernière ligne.",
)
def create_key(
    name: Annotated[
        str, typer.Argument(help="Nom de la clé (application, service ou utilisateur).")
    ],
    user: Annotated[
        str | None,
        typer.Option("--user", help="Utilisateur responsable (défaut : celui qui porte ce nom)."),
    ] = None,
    level: Annotated[
        int | None,
        typer.Option(
            "--level",
            help="Niveau de la clé (clé de service : 3 par défaut ; clé d'un "
            "utilisateur : plafond de son niveau).",
        ),
    ] = None,
    use_cases: Annotated[
        str,
        typer.Option("--use-cases", help="all ou liste de cas d'usage séparés par des virgules."),
    ] = "all",
    models: Annotated[
        str, typer.Option("--models", help="all ou liste de modèles séparés par des virgules.")
    ] = "all",
) -> None:
    from avec.policy import PolicyError, active_policy_path, load_policy
    from avec.store.accounts import AccountError, authenticate_key
    from avec.store.accounts import create_key as create

    wanted_cases, wanted_models = _list(use_cases), _list(models)
    try:
        policy = load_policy(active_policy_path())
    except PolicyError as exc:
        raise fail("; ".join(exc.errors)) from None
    unknown = sorted(set(wanted_cases or ()) - {u.id for u in policy.use_cases})
    unknown += sorted(set(wanted_models or ()) - {m.id for m in policy.models})
    if unknown:
        raise fail(t("keys.unknown_scope", names=", ".join(unknown)))
    engine = _engine()
    try:
        key = create(engine, name, user=user, level=level, use_cases=wanted_cases,
                     models=wanted_models)  # fmt: skip
    except AccountError as exc:
        raise fail(str(exc)) from None
    identity = authenticate_key(engine, key)
    assert identity is not None
    typer.echo(t("keys.created", name=name))
    typer.echo(t("keys.scope", owner=identity.user or t("keys.service"), level=identity.level,
                 use_cases=use_cases, models=models))  # fmt: skip
    typer.echo(key)


@keys_app.command("revoke", help="Révoquer une clé d'API (elle cesse aussitôt de fonctionner).")
def revoke_key(name: Annotated[str, typer.Argument(help="Nom de la clé.")]) -> None:
    from avec.store.accounts import AccountError
    from avec.store.accounts import revoke_key as revoke

    try:
        revoke(_engine(), name)
    except AccountError as exc:
        raise fail(str(exc)) from None
    typer.echo(t("keys.revoked", name=name))


@keys_app.command("list", help="Lister les clés (nom, préfixe, responsable, niveau, portée).")
def list_keys() -> None:
    from avec.store.accounts import list_keys as rows

    for k in rows(_engine()):
        state = t("keys.revoked_state") if k.revoked else ""
        typer.echo(f"{k.name}\t{k.prefix}…\t{k.user_name or t('keys.service')}\t"
                   f"{'—' if k.level is None else k.level}\t{k.use_cases or 'all'}\t{k.models or 'all'}\t{state}")  # fmt: skip


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
