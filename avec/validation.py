"""YAML read and pydantic errors said in French, for the files an organisation edits (the policy,
the training content): one French line per problem, with where it is ("use_cases[2]
(discharge_letter).human_review", "ligne 4, colonne 3")."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import yaml
from pydantic_core import ErrorDetails

# pydantic's error types, said in French (the English message is kept as a fallback).
FRENCH: dict[str, str] = {
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
    "string_too_short": "ne doit pas être vide",
    "string_pattern_mismatch": "format invalide (attendu : {pattern})",
}

Failure = Callable[[str, list[str]], Exception]  # (source, French lines) → the caller's error


def yaml_table(text: str, source: str, failure: Failure,
               not_a_table: str = "une table (clé : valeur) est attendue") -> dict[str, Any]:  # fmt: skip
    """`text` parsed as a YAML mapping; otherwise `failure(source, [line])` is raised."""
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"ligne {mark.line + 1}, colonne {mark.column + 1}" if mark else "position inconnue"
        raise failure(source, [f"YAML invalide ({where}) : {exc.problem}"]) from None
    except yaml.YAMLError as exc:
        raise failure(source, [f"YAML invalide : {exc}"]) from None
    if not isinstance(data, dict):
        raise failure(source, [not_a_table])
    return data


def french(errors: list[ErrorDetails], data: Any,
           wording: Mapping[str, str] | None = None) -> list[str]:  # fmt: skip
    """One French line per pydantic error; `wording` overrides FRENCH for some error types."""
    return [_say(err, data, {**FRENCH, **(wording or {})}) for err in errors]


def _say(err: ErrorDetails, data: Any, templates: Mapping[str, str]) -> str:
    where = location(err["loc"], data)
    template = templates.get(err["type"])
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


def location(loc: tuple[int | str, ...], data: Any) -> str:
    """ "use_cases[2] (discharge_letter).human_review": the path, with the item's id when known."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int) and isinstance(node, list) and key < len(node):
            node = node[key]
            ident = node.get("id") if isinstance(node, dict) else None
            label = f"[{key}]" + (f" ({ident})" if ident else "")
            parts[-1:] = [parts[-1] + label] if parts else [label]
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts)
