"""Structured propositions: JSON fields asked with a schema, rendered as sections."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine

from avec.pipeline import Pipeline
from avec.pipeline.structured import render, response_format
from avec.policy import default_policy_path, parse_policy
from avec.policy.model import OutputField
from avec.privacy import Detector, Vault
from tests.llm.fake_openai import FakeOpenAI, Reply

SOURCE = ("Mme Jeanne KERHERVÉ vient pour une toux depuis 3 jours. Antécédents : HTA. "
          "Traitement : Lévothyrox 75 µg le matin.")  # fmt: skip
FIELDS = [OutputField(id="motif", label="Motif", instruction="pourquoi"),
          OutputField(id="traitement", label="Traitement", instruction="médicaments", list=True)]  # fmt: skip


@pytest.fixture
def upstream() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def pipeline(upstream: FakeOpenAI, engine: Engine, tmp_path: Path) -> Pipeline:
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["models"].insert(0, {"id": "site-llm", "label": "S", "backend": "openai", "provider": "t",
                              "endpoint": upstream.url, "hosting": "local",
                              "structured_output": True})  # fmt: skip
    policy = parse_policy(yaml.safe_dump(data, allow_unicode=True))
    return Pipeline(policy, engine, Vault(tmp_path / "v"), detector=Detector(use_ner=False))


def test_render_is_deterministic_and_skips_empty_fields() -> None:
    raw = json.dumps({"motif": " Toux. ", "traitement": ["Lévothyrox 75 µg", " "]})
    assert render(FIELDS, raw) == "Motif :\nToux.\n\nTraitement :\n- Lévothyrox 75 µg"
    assert render(FIELDS, json.dumps({"motif": "", "traitement": []})) is None
    assert render(FIELDS, "pas du JSON") is None and render(FIELDS, "[1, 2]") is None


def test_schema_has_one_property_per_field() -> None:
    schema = response_format("note", FIELDS)["json_schema"]["schema"]
    assert schema["required"] == ["motif", "traitement"]
    assert schema["properties"]["traitement"] == {"type": "array", "items": {"type": "string"}}


def test_a_structured_model_gets_the_schema_and_the_answer_is_rendered(
    pipeline: Pipeline, upstream: FakeOpenAI
) -> None:
    answer = {"motif": "Mme [NOM_1] : toux depuis 3 jours.", "anamnese": "", "antecedents": ["HTA"],
              "traitement": ["Lévothyrox 75 mg le matin"], "examen": "", "conclusion": "",
              "conduite": []}  # fmt: skip
    upstream.script.append(Reply(json.dumps(answer, ensure_ascii=False)))
    streamed: list[str] = []
    out = pipeline.run("consultation_note", SOURCE, level=1, on_text=streamed.append)
    sent = upstream.requests[0]
    assert sent["response_format"]["type"] == "json_schema"
    assert "motif" in sent["response_format"]["json_schema"]["schema"]["properties"]
    assert '"traitement" (liste de chaînes)' in sent["messages"][1]["content"]
    assert out.proposition.startswith("Motif de consultation :\nMme KERHERVÉ : toux")
    assert "Traitement en cours :\n- Lévothyrox 75 mg le matin" in out.proposition
    assert streamed == [out.proposition]  # JSON is not streamed: the rendering comes once
    assert any(f.check == "quantities" for f in out.report.findings)  # 75 µg → 75 mg caught


def test_an_answer_that_is_not_json_is_kept_as_it_came(
    pipeline: Pipeline, upstream: FakeOpenAI
) -> None:
    upstream.script.append(Reply("Toux depuis 3 jours."))
    out = pipeline.run("consultation_note", SOURCE, level=1)
    assert out.proposition == "Toux depuis 3 jours."


def test_use_cases_without_fields_stay_free_text(pipeline: Pipeline, upstream: FakeOpenAI) -> None:
    upstream.script.append(Reply("Texte reformulé."))
    pipeline.run("reformulation", SOURCE, level=1)
    assert "response_format" not in upstream.requests[0]
