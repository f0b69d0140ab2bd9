"""Reading a policy file: YAML → validated Policy, with errors a référent can act on (French)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from avec.policy.model import Policy

MAX_BYTES = 1_000_000

# pydantic's error types, said in French (the English message is kept as a fallback).
_FRENCH: dict[str, str] = {
    "missing": "champ obligatoire manquant",
    "extra_forbidden": "champ inconnu (vérifier l'orthographe)",
    "literal_error": "valeur non autorisée (attendu : {expected})",
    "enum": "valeur non autorisée (valeurs possibles : {expected})",
    "int_parsing": "un nombre entier est attendu",
    "int_type": "un nombre entier est attendu",
    "int_from_float": "un nombre entier est attendu",
    "float_parsing": "un nombre est attendu",
    "float_type": "un nombre est attendu",
    "bool_parsing": "true ou false attendu",
    "bool_type": "true ou false attendu",
    "string_type": "un texte est attendu",
    "list_type": "une liste est attendue",
    "dict_type": "une table (clé : valeur) est attendue",
    "model_type": "une table (clé : valeur) est attendue",
    "model_attributes_type": "une table (clé : valeur) est attendue",
    "greater_than_equal": "doit être supérieur ou égal à {ge}",
    "greater_than": "doit être strictement supérieur à {gt}",
    "less_than_equal": "doit être inférieur ou égal à {le}",
    "too_short": "au moins {min_length} élément(s) attendu(s)",
    "string_pattern_mismatch": "format invalide (minuscules, chiffres, « _ » ou « - », 2 à 64 caractères)",
}


class PolicyError(Exception):
    """An unusable policy; `errors` are French lines, one per problem."""

    def __init__(self, source: str, errors: list[str]) -> None:
        self.source = source
        self.errors = errors
        super().__init__(f"{source} : " + "; ".join(errors))


def default_policy_path() -> Path:
    return Path(str(resources.files("avec.policy") / "default.yaml"))


def active_policy_path() -> Path:
    """The organisation's policy (AVEC_HOME/policy.yaml, written by `avec init`), else the default."""
    from avec.clinical.resources import user_data_dir

    local = user_data_dir() / "policy.yaml"
    return local if local.exists() else default_policy_path()


def load_policy(path: str | Path | None = None) -> Policy:
    """The policy at `path` (the shipped default when None), validated."""
    target = Path(path) if path is not None else default_policy_path()
    label = str(target)
    if not target.is_file():
        raise PolicyError(label, ["fichier introuvable"])
    if target.stat().st_size > MAX_BYTES:
        raise PolicyError(label, [f"fichier trop volumineux (maximum {MAX_BYTES} octets)"])
    try:
        text = target.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PolicyError(
            label, [f"le fichier n'est pas encodé en UTF-8 (octet {exc.start})"]
        ) from None
    return parse_policy(text, label)


def parse_policy(text: str, source: str = "politique") -> Policy:
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"ligne {mark.line + 1}, colonne {mark.column + 1}" if mark else "position inconnue"
        raise PolicyError(source, [f"YAML invalide ({where}) : {exc.problem}"]) from None
    except yaml.YAMLError as exc:
        raise PolicyError(source, [f"YAML invalide : {exc}"]) from None
    if not isinstance(data, dict):
        raise PolicyError(
            source, ["le fichier doit contenir une table (organisation, use_cases, models…)"]
        )
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(source, [_say(err, data) for err in exc.errors()]) from None


def _say(err: Any, data: Any) -> str:
    where = _where(err["loc"], data)
    template = _FRENCH.get(err["type"])
    if err["type"] == "value_error":
        message = str(err["msg"]).removeprefix("Value error, ")
    elif template is not None:
        try:
            ctx = {k: str(v).replace(" or ", " ou ") for k, v in err.get("ctx", {}).items()}
            message = template.format(**ctx)
        except (KeyError, IndexError):
            message = template
    else:
        message = err["msg"]
    return f"{where} : {message}" if where else message


def _where(loc: tuple[Any, ...], data: Any) -> str:
    """ "use_cases[2] (discharge_letter).human_review": the path, with the item's id when known."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            ident = (
                node[key].get("id")
                if isinstance(node, list) and key < len(node) and isinstance(node[key], dict)
                else None
            )
            parts[-1] = (
                f"{parts[-1]}[{key}]" + (f" ({ident})" if ident else "") if parts else f"[{key}]"
            )
            node = node[key] if isinstance(node, list) and key < len(node) else None
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts)
