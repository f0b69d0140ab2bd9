"""The policy file: the shipped default, broken policies and their French errors, forbidden uses."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from avec.policy import (
    DataAllowed,
    PolicyError,
    default_policy_path,
    find_forbidden,
    load_policy,
    parse_policy,
)
from avec.verify.use_cases import USE_CASES

DEFAULT = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))


def test_default_policy_ships_the_has_use_cases() -> None:
    policy = load_policy()
    assert {u.id for u in policy.use_cases} == set(USE_CASES)
    assert all(u.human_review is True for u in policy.use_cases)
    assert {f.id for f in policy.forbidden_uses} == {
        "autonomous_diagnosis", "autonomous_treatment_decision", "prescription",
    }  # fmt: skip
    rules = policy.model("sans-ia")
    assert rules is not None and rules.is_ai is False


def _with(change: dict[str, object], where: str = "use_cases") -> str:
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data[where][0].update(change)
    return yaml.safe_dump(data, allow_unicode=True)


BROKEN = [
    (_with({"human_review": False}), "relecture humaine est obligatoire"),
    (_with({"human_review": "non"}), "relecture humaine est obligatoire"),
    (_with({"min_level": 7}), "valeurs possibles : 0, 1, 2 ou 3"),
    (_with({"retention_days": 0}), "supérieur ou égal à 1"),
    (_with({"checks": ["quantities", "spelling"]}), "vérification(s) inconnue(s) spelling"),
    (_with({"models": ["gpt-9"]}), "modèle(s) inconnu(s) gpt-9"),
    (_with({"modeles": ["local-qwen"]}), "modeles : champ inconnu"),
    (_with({"prompt_template": "Résume."}), "doit contenir {source}"),
    (_with({"id": "Note Consult"}), "format invalide"),
    (
        _with({"endpoint": None, "backend": "openai", "hosting": "USA"}, "models"),
        "doit indiquer son endpoint",
    ),
    (
        _with(
            {
                "hosting": "États-Unis",
                "backend": "openai",
                "endpoint": "https://x",
                "identifying_allowed": True,
            },
            "models",
        ),
        "hébergé localement ou certifié HDS",
    ),
    ("organisation: [pas fermé\n", "YAML invalide (ligne 2, colonne 1)"),
    ("- juste\n- une liste\n", "doit contenir une table"),
    ("organisation: X\nuse_cases: []\nmodels: []\n", "au moins 1 élément"),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN)
def test_broken_policies_say_what_is_wrong_in_french(text: str, expected: str) -> None:
    with pytest.raises(PolicyError) as info:
        parse_policy(text, "test.yaml")
    assert any(expected in line for line in info.value.errors), info.value.errors


def test_duplicate_ids_are_refused() -> None:
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["use_cases"].append(dict(data["use_cases"][0]))
    with pytest.raises(PolicyError, match="en double"):
        parse_policy(yaml.safe_dump(data, allow_unicode=True))


def test_identifying_use_cases_only_reach_allowed_models() -> None:
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["use_cases"][0]["data"] = "identifying"
    data["models"].append({
        "id": "cloud", "label": "Cloud", "backend": "openai", "provider": "p",
        "endpoint": "https://api.example.org/v1", "hosting": "États-Unis",
    })  # fmt: skip
    policy = parse_policy(yaml.safe_dump(data, allow_unicode=True))
    case = policy.use_cases[0]
    assert case.data is DataAllowed.IDENTIFYING
    assert "cloud" not in {m.id for m in policy.models_for(case)}
    assert "cloud" in {m.id for m in policy.models_for(policy.use_cases[1])}


def test_levels_gate_use_cases() -> None:
    policy = load_policy()
    assert policy.use_cases_for(0) == []
    assert "discharge_letter" not in {u.id for u in policy.use_cases_for(1)}
    assert "discharge_letter" in {u.id for u in policy.use_cases_for(2)}


def test_unusable_files(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="introuvable"):
        load_policy(tmp_path / "absent.yaml")
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("organisation: Hôpital\n".encode("latin-1"))
    with pytest.raises(PolicyError, match="UTF-8"):
        load_policy(latin)


FORBIDDEN = [
    ("Pose le diagnostic de ce patient à partir du compte rendu.", "autonomous_diagnosis"),
    ("Quel est son diagnostic ?", "autonomous_diagnosis"),
    ("Quel traitement dois-je donner à cette patiente ?", "autonomous_treatment_decision"),
    ("Décide du traitement à sa place.", "autonomous_treatment_decision"),
    ("Rédige-moi l'ordonnance de sortie.", "prescription"),
    ("Prescris de l'amoxicilline 1 g.", "prescription"),
]
ALLOWED = [
    "Rédige une lettre de liaison de sortie à partir des observations.",
    "Résume le traitement en cours (molécules, doses).",
    "Reformule le diagnostic posé par le Dr Martin en langage clair.",
    "Synthèse des résumés fournis sur le diagnostic de la BPCO.",
]


@pytest.mark.parametrize(("request_text", "use"), FORBIDDEN)
def test_forbidden_uses_are_recognised(request_text: str, use: str) -> None:
    found = find_forbidden(load_policy(), request_text)
    assert [m.use.id for m in found] == [use]
    assert found[0].message.startswith("Usage non autorisé")


@pytest.mark.parametrize("request_text", ALLOWED)
def test_allowed_requests_are_not_refused(request_text: str) -> None:
    assert find_forbidden(load_policy(), request_text) == []


def test_the_rules_structurer_is_never_presented_as_ai() -> None:
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["models"][1]["is_ai"] = True
    with pytest.raises(PolicyError, match="sans IA"):
        parse_policy(yaml.safe_dump(data, allow_unicode=True))
