"""`avec pseudonymize` and `avec reidentify`: protect a text before it leaves, restore the answer."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from avec.cli.batch import run_batch
from avec.cli.errors import FINDINGS, OK, fail
from avec.cli.inputs import InputError, check_text, read_text

PSEUDONYMIZE_HELP = (
    "Repérer les données identifiantes d'un texte (noms, dates, adresses, téléphones, NIR, IPP…) "
    "et les remplacer avant tout envoi à un modèle. La table de correspondance est gardée "
    "chiffrée dans le coffre local ; sa référence est affichée sur la sortie d'erreur. "
    "Codes de sortie : 0 succès, 2 entrée inutilisable."
)
REIDENTIFY_HELP = (
    "Rétablir localement les données d'origine dans la réponse d'un modèle, à partir de la "
    "table du coffre. Codes de sortie : 0 tout est rétabli, 1 la réponse contient des "
    "étiquettes inconnues (inventées par le modèle), 2 entrée ou table inutilisable."
)


class Mode(StrEnum):
    placeholder = "placeholder"
    surrogate = "surrogate"


class Format(StrEnum):
    text = "text"
    json = "json"


def pseudonymize(
    file: Annotated[
        str | None, typer.Argument(help="Texte à pseudonymiser (UTF-8) ; « - » : entrée standard.")
    ] = None,
    mode: Annotated[
        Mode,
        typer.Option(
            "--mode", "-m", help="placeholder ([NOM_1]…) ou surrogate (substituts réalistes)."
        ),
    ] = Mode.placeholder,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text ou json.")] = Format.text,
    batch: Annotated[
        str | None,
        typer.Option("--batch", help="Fichier JSONL : une ligne {id, text} par document."),
    ] = None,
    shift_dates: Annotated[
        bool,
        typer.Option(
            "--shift-dates",
            help="Décaler les dates (intervalles conservés) au lieu de les masquer.",
        ),
    ] = False,
    conversation: Annotated[
        str | None,
        typer.Option(
            "--conversation",
            "-c",
            help="Référence de table à réutiliser ou créer (cohérence d'une conversation).",
        ),
    ] = None,
    no_vault: Annotated[
        bool,
        typer.Option(
            "--no-vault", help="Ne pas conserver la table (pas de réidentification possible)."
        ),
    ] = False,
    policy: Annotated[
        str | None,
        typer.Option(
            "--policy",
            help="Politique YAML : motifs d'identifiants et établissements propres au site.",
        ),
    ] = None,
) -> None:
    from avec.privacy import Mapping, VaultError
    from avec.privacy import pseudonymize as run

    detector = _detector(policy)
    if batch is not None:
        if file is not None:
            raise fail("--batch ne se combine pas avec un fichier.")
        raise typer.Exit(_batch(batch, mode.value, shift_dates, detector))
    if file is None:
        raise fail("indiquez un fichier à pseudonymiser (ou --batch).")
    try:
        text = read_text(file, "texte")
        vault = None if no_vault else _vault()
        ref = conversation or (None if vault is None else _new_ref())
        mapping: Mapping | None = None
        if vault is not None and ref is not None and vault.exists(ref):
            mapping = vault.load(ref)
        result = run(
            text, mode=mode.value, shift_dates=shift_dates, mapping=mapping, detector=detector
        )
        if vault is not None and ref is not None:
            vault.save(ref, result.mapping)
    except (InputError, VaultError) as exc:
        raise fail(str(exc)) from None
    if fmt is Format.json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(result.text if result.text.endswith("\n") else result.text + "\n")
    where = f" ; table de correspondance : {ref}" if ref and not no_vault else ""
    typer.echo(f"avec : {len(result.entities)} identifiant(s) remplacé(s){where}", err=True)
    raise typer.Exit(OK)


def _detector(policy_path: str | None) -> Any:
    """The default detector, or one with the site's patterns from a policy file."""
    from avec.privacy.pseudonymizer import default_detector

    if policy_path is None:
        return default_detector()
    from avec.policy import PolicyError, load_policy
    from avec.privacy import Detector

    try:
        return Detector.from_policy(load_policy(policy_path))
    except PolicyError as exc:
        raise fail(f"politique invalide ({exc.source}) : {'; '.join(exc.errors)}") from None


def _batch(path: str, mode: str, shift_dates: bool, detector: Any) -> int:
    from avec.privacy import pseudonymize as run

    def handle(case: dict[str, Any], number: int) -> dict[str, Any]:
        text = check_text(case.get("text"), f"ligne {number}, text")
        result = run(text, mode=mode, shift_dates=shift_dates, detector=detector)
        return {"id": case.get("id"), "entities": [e.to_dict() for e in result.entities]}

    return run_batch(path, handle, lambda _: False)


def reidentify(
    file: Annotated[
        str, typer.Argument(help="Réponse du modèle (UTF-8) ; « - » : entrée standard.")
    ],
    vault_ref: Annotated[
        str, typer.Option("--vault", "-v", help="Référence de la table de correspondance.")
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text ou json.")] = Format.text,
) -> None:
    from avec.privacy import VaultError
    from avec.privacy import reidentify as run

    try:
        answer = read_text(file, "réponse")
        mapping = _vault().load(vault_ref)
    except (InputError, VaultError) as exc:
        raise fail(str(exc)) from None
    result = run(answer, mapping)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(result.text if result.text.endswith("\n") else result.text + "\n")
        if result.invented:
            typer.echo(
                f"avec : étiquettes inconnues (inventées par le modèle) : {', '.join(result.invented)}",
                err=True,
            )
        if result.dropped:
            typer.echo(
                f"avec : éléments absents de la réponse : {', '.join(result.dropped)}", err=True
            )
    raise typer.Exit(FINDINGS if result.invented else OK)


def _vault() -> Any:
    from avec.privacy.vault import Vault

    return Vault.default()


def _new_ref() -> str:
    from avec.privacy.vault import new_reference

    return new_reference()
