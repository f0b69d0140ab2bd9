"""Reading a policy file: YAML → validated Policy, with errors a référent can act on (French)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from avec.policy.model import Policy
from avec.validation import french, yaml_table

MAX_BYTES = 1_000_000


# identifiers of use cases and models (Slug): say the rule rather than the pattern
_WORDING = {"string_pattern_mismatch": "format invalide (minuscules, chiffres, « _ » ou « - », "
                                       "2 à 64 caractères)"}  # fmt: skip


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
    data = yaml_table(text, source, PolicyError,
                      "le fichier doit contenir une table (organisation, use_cases, models…)")  # fmt: skip
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(source, french(exc.errors(), data, _WORDING)) from None
