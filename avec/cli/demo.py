"""`avec demo`: the workbench on the embedded defaults — demo organisation, demo users, the
embedded model when installed — for one laptop. Prints the address and the demo logins."""

from __future__ import annotations

import contextlib
import importlib.util
import os
from typing import Annotated

import typer

from avec.cli.messages import t

HELP = ("Lancer l'atelier de démonstration : données dans AVEC_HOME, comptes de démonstration, "
        "modèle embarqué s'il est installé (sinon le structurateur « sans IA »).")  # fmt: skip
DEMO_USERS = (
    ("demo-nouveau", "professionnel", 0),  # not trained yet: Apprendre, the sandbox, then level 1
    ("demo-pro", "professionnel", 1),
    ("demo-confirme", "professionnel", 2),
    ("demo-referent", "référent", 3),
)


def demo_logins() -> list[tuple[str, str, str, int]]:
    """Create the demo accounts once (random passwords kept in AVEC_HOME/demo-logins.txt, 0600)."""
    from avec.clinical.resources import user_data_dir
    from avec.store import make_engine, migrate
    from avec.store.accounts import AccountError, add_user, generate_password, get_user

    path = user_data_dir() / "demo-logins.txt"
    known = dict(line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines()
                 if "\t" in line) if path.exists() else {}  # fmt: skip
    engine = make_engine()
    migrate(engine)
    out = []
    for name, role, level in DEMO_USERS:
        if get_user(engine, name) is None:
            known[name] = generate_password()
            with contextlib.suppress(AccountError):  # created meanwhile by another process
                add_user(engine, name, role, level, known[name], actor="demo")
        out.append((name, known.get(name, "(mot de passe déjà défini)"), role, level))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.writelines(f"{name}\t{password}\n" for name, password in known.items())
    return out


def demo(
    host: Annotated[str, typer.Option("--host", help="Adresse d'écoute.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
) -> None:
    from avec.cli.serve import serve
    from avec.cli.store import init

    init()
    logins = demo_logins()
    if importlib.util.find_spec("llama_cpp") is not None:
        from avec.llm import LLMError
        from avec.llm.local import model_path

        typer.echo(t("demo.model_preparing"))
        try:
            typer.echo(t("demo.model_ready", path=model_path()))
        except LLMError as exc:
            typer.echo(t("demo.model_missing", reason=str(exc)))
    else:
        typer.echo(t("demo.model_missing", reason='pip install -e ".[local]"'))
    typer.echo("")
    typer.echo(t("demo.url", url=f"http://{host}:{port}/"))
    for name, password, role, level in logins:
        typer.echo(t("demo.login", name=name, password=password, role=role, level=level))
    typer.echo("")
    serve(host=host, port=port, secure_cookies=False)
