"""The bac à sable's cases and `rehearse`: fictional cases whose identifiers the detector finds and
whose planted errors are real; caught/missed as the checker says; nothing stored but one event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from avec.learn.modules import LearnError
from avec.learn.practice import (
    PracticeCase,
    load_case,
    load_cases,
    model_choices,
    parse_case,
    rehearse,
)
from avec.llm import Completion, Message
from avec.pipeline import Pipeline, Refused
from avec.policy import ModelCard, default_policy_path, load_policy
from avec.privacy import Detector, Label, Vault
from avec.store import export
from avec.store.tables import FindingCount, Request
from avec.verify import Verifier

CASES = load_cases()
IDENTIFYING = {Label.NOM, Label.PRENOM, Label.DATE_NAISSANCE, Label.TEL, Label.SECU, Label.IPP,
               Label.ADRESSE}  # fmt: skip


class _NoModel:
    """A backend that must not be called."""

    name, is_ai = "jamais", True

    def complete(self, messages: list[Message], **_: Any) -> Completion:
        raise AssertionError("le bac à sable a appelé un modèle")


@pytest.fixture
def pipeline(engine: Engine, tmp_path: Path) -> Pipeline:
    return Pipeline(load_policy(default_policy_path()), engine, Vault(tmp_path / "vault"),
                    detector=Detector(use_ner=False))  # fmt: skip


def _requests(engine: Engine) -> int:
    with Session(engine) as session:
        return session.execute(select(func.count()).select_from(Request)).scalar_one() + (
            session.execute(select(func.count()).select_from(FindingCount)).scalar_one()
        )


def _overlaps(findings: list[Any], start: int, end: int) -> set[str]:
    return {
        f.check
        for f in findings
        if f.output_span is not None and f.output_span.start < end and start < f.output_span.end
    }


def test_the_packaged_cases_cover_four_use_cases_and_are_fictional() -> None:
    assert len(CASES) >= 4 and len({c.id for c in CASES}) == len(CASES)
    assert {"consultation_note", "discharge_letter", "prescription_summary",
            "patient_leaflet"} <= {c.use_case for c in CASES}  # fmt: skip
    policy = load_policy(default_policy_path())
    for case in CASES:
        assert case.fictional and "FICTIF" in case.source
        assert policy.use_case(case.use_case) is not None
        assert load_case(case.id) == case


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_the_source_holds_identifiers_the_detector_finds(case: PracticeCase) -> None:
    found = {e.label for e in Detector(use_ner=False).detect(case.source)}
    assert found >= IDENTIFYING, IDENTIFYING - found


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_planted_errors_are_real_differences(case: PracticeCase) -> None:
    policy = load_policy(default_policy_path())
    use_case = policy.use_case(case.use_case)
    assert use_case is not None
    for error in case.errors:
        assert case.proposition.count(error.passage) == 1
        assert error.passage not in case.source
        assert error.original is None or error.original in case.source
        assert error.check is None or error.check in use_case.checks


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_the_expected_checks_are_what_avec_does(case: PracticeCase) -> None:
    """Honesty of the data: `check` names a check that catches the error, null one caught by none."""
    use_case = load_policy(default_policy_path()).use_case(case.use_case)
    assert use_case is not None
    report = Verifier(use_case.checks).check(case.source, case.proposition, use_case.id)
    for error in case.errors:
        caught = _overlaps(report.findings, *case.span(error))
        if error.check is None:
            assert not caught, (error.id, caught)
        else:
            assert error.check in caught, (error.id, caught)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rehearse_the_example_as_the_checker_sees_it(
    pipeline: Pipeline, case: PracticeCase
) -> None:
    pipeline.backend_for = lambda card: _NoModel()
    result = rehearse(pipeline, case, actor="user:zoe", level=0)
    use_case = pipeline.policy.use_case(case.use_case)
    assert use_case is not None
    report = Verifier(use_case.checks).check(case.source, case.proposition, use_case.id)
    assert result.origin == "example" and result.proposition == case.proposition
    assert result.findings == [f.to_dict() for f in report.findings]
    assert sum(len(g.findings) for g in result.by_check) == len(report.findings)
    assert [g.check for g in result.by_check] == use_case.checks
    for planted in result.planted:
        expected = _overlaps(report.findings, *case.span(planted.error))
        assert planted.status == ("caught" if expected else "missed")
        assert set(planted.caught_by) == expected
    assert result.caught + result.missed == len(case.errors)
    # every identifier replaced, and the prompt carries placeholders, not the fictional names
    assert {e.label for e in result.entities} >= {label.value for label in IDENTIFYING}
    for entity in result.entities:  # (ordinary words may also be taken for names: not these)
        if entity.label in ("SECU", "TEL", "IPP", "DATE_NAISSANCE", "ADRESSE") or (
            entity.label == "NOM" and entity.text.isupper()
        ):
            assert entity.text not in result.prepared.prompt, entity
    assert not result.prepared.lint.blocked


def test_nothing_is_stored_but_one_practice_event(pipeline: Pipeline, engine: Engine) -> None:
    case = CASES[0]
    before = [e["kind"] for e in export(engine)]
    result = rehearse(pipeline, case, actor="user:zoe", level=0)
    assert _requests(engine) == 0
    assert list(pipeline.vault.directory.glob("*.vault")) == []
    events = list(export(engine))[len(before) :]
    assert [e["kind"] for e in events] == ["practice_run"]
    data = events[0]["data"]
    assert data["case"] == case.id and data["model"] is None
    assert data["planted"] == {"caught": result.caught, "missed": result.missed, "corrected": 0}
    assert sum(data["findings"].values()) == len(result.findings)
    text = json.dumps(data, ensure_ascii=False)
    assert all(e.text not in text for e in result.entities)  # counts only, no identifier


def test_level_zero_may_call_only_the_rules_structurer(pipeline: Pipeline) -> None:
    case = next(c for c in CASES if c.use_case == "consultation_note")
    use_case = pipeline.policy.use_case(case.use_case)
    assert use_case is not None
    choices = model_choices(pipeline.policy, use_case, 0)
    allowed = [c.card for c in choices if c.allowed]
    assert allowed and all(not card.is_ai for card in allowed)
    assert all(c.reason for c in choices if not c.allowed)
    with pytest.raises(Refused, match="ne vous est pas accessible"):
        rehearse(pipeline, case, model_id="local-qwen", actor="user:zoe", level=0)
    with pytest.raises(Refused, match="inconnu"):
        rehearse(pipeline, case, model_id="nulle-part", actor="user:zoe", level=0)
    rules = rehearse(pipeline, case, model_id="sans-ia", actor="user:zoe", level=0)
    assert rules.origin == "model" and rules.card is not None and not rules.card.is_ai
    assert rules.planted == [] and rules.completion is not None
    assert "non généré par IA" in rules.answer


def test_an_edited_proposition_is_checked_never_sent(pipeline: Pipeline, engine: Engine) -> None:
    pipeline.backend_for = lambda card: _NoModel()
    case = CASES[0]
    fixed, kept = case.errors[0], case.errors[1:]
    assert fixed.original is not None
    edited = case.proposition.replace(fixed.passage, fixed.original)
    result = rehearse(pipeline, case, proposition=edited, actor="user:zoe", level=0)
    assert result.origin == "edited" and result.proposition == edited
    statuses = {p.error.id: p.status for p in result.planted}
    assert statuses[fixed.id] == "corrected"
    assert all(statuses[e.id] in ("caught", "missed") for e in kept)
    with pytest.raises(Refused, match="jamais envoyée"):
        rehearse(pipeline, case, proposition=edited, model_id="sans-ia", actor="user:zoe", level=3)
    with pytest.raises(Refused, match="vide"):
        rehearse(pipeline, case, proposition="  ", actor="user:zoe")
    assert _requests(engine) == 0
    assert [e["kind"] for e in export(engine)].count("practice_run") == 1


def test_a_local_model_not_installed_is_not_offered(pipeline: Pipeline) -> None:
    use_case = pipeline.policy.use_case("consultation_note")
    assert use_case is not None
    cards: dict[str, ModelCard] = {
        c.card.id: c.card for c in model_choices(pipeline.policy, use_case, 3)
    }
    assert "external" not in cards and "sans-ia" in cards


def _case_yaml(**changes: Any) -> str:
    import yaml

    data = yaml.safe_load(_path(CASES[0].id).read_text("utf-8"))
    data.update(changes)
    return yaml.safe_dump(data, allow_unicode=True)


def _path(case_id: str) -> Path:
    from avec.learn.modules import content_files

    return next(p for p in content_files("practice", ".yaml").values() if case_id in p.name)


def test_invalid_cases_are_refused_in_french() -> None:
    with pytest.raises(LearnError, match="fictif"):
        parse_case(_case_yaml(fictional=False))
    errors = [dict(e) for e in CASES[0].model_dump()["errors"]]
    errors[0]["passage"] = CASES[0].errors[0].original
    with pytest.raises(LearnError, match="figure aussi dans la source"):
        parse_case(_case_yaml(errors=errors))
    errors[0] = {**CASES[0].errors[0].model_dump(), "check": "intuition"}
    with pytest.raises(LearnError, match="vérification inconnue"):
        parse_case(_case_yaml(errors=errors))
    with pytest.raises(LearnError, match="champ obligatoire manquant"):
        parse_case("id: x-y\ntitle: t\n")


def test_an_organisation_replaces_a_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "practice"
    folder.mkdir()
    name = _path(CASES[0].id).name
    (folder / name).write_text(_case_yaml(title="Cas de l'établissement"), encoding="utf-8")
    monkeypatch.setenv("AVEC_LEARN_DIR", str(tmp_path))
    cases = load_cases()
    assert len(cases) == len(CASES) and cases[0].title == "Cas de l'établissement"
