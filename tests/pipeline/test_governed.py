"""The governed pipeline end to end against a real local OpenAI-protocol server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from avec.llm import LLMError
from avec.pipeline import PENDING_REVIEW, Pipeline, Refused
from avec.policy import default_policy_path, parse_policy
from avec.privacy import Detector, Vault
from avec.store import export, verify
from avec.store.tables import Request
from tests.llm.fake_openai import FakeOpenAI, Reply

SOURCE = (
    "Mme Jeanne KERHERVÉ, née le 12/03/1952, IPP 8003456721, tél. 06 12 34 56 78.\n"
    "Vue ce jour pour toux fébrile. Traitement : Lévothyrox 75 µg le matin. "
    "Pas d'allergie connue. Contrôle dans 7 jours."
)
IDENTIFIERS = ["KERHERVÉ", "Kerhervé", "Jeanne", "12/03/1952", "8003456721", "06 12 34 56 78"]


@pytest.fixture
def upstream() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def _policy(url: str, **case: object) -> object:
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["models"].insert(0, {
        "id": "site-llm", "label": "Serveur du site", "backend": "openai", "provider": "test",
        "endpoint": url, "model": "mistral-test", "hosting": "local", "identifying_allowed": True,
    })  # fmt: skip
    data["use_cases"][0].update(case)
    return parse_policy(yaml.safe_dump(data, allow_unicode=True))


@pytest.fixture
def pipeline(upstream: FakeOpenAI, engine: Engine, tmp_path: Path) -> Pipeline:
    return Pipeline(_policy(upstream.url), engine, Vault(tmp_path / "vault"),  # type: ignore[arg-type]
                    detector=Detector(use_ner=False))  # fmt: skip


def test_nothing_identifying_leaves_and_the_answer_comes_back_checked(
    pipeline: Pipeline, upstream: FakeOpenAI, engine: Engine
) -> None:
    upstream.script.append(Reply(
        "Note : Mme [PRENOM_1] [NOM_1], née le [DATE_NAISSANCE_1], toux fébrile. "
        "Traitement : Lévothyrox 75 mg le matin. Contrôle dans 7 jours."
    ))  # fmt: skip
    out = pipeline.run("consultation_note", SOURCE, actor="user:1", level=1)
    sent = json.dumps(upstream.requests, ensure_ascii=False)
    for identifier in IDENTIFIERS:
        assert identifier not in sent
    assert "[NOM_1]" in sent
    assert out.proposition.startswith("Note : Mme Jeanne KERHERVÉ, née le 12/03/1952")
    assert any(f.check == "quantities" and f.severity.name == "ERROR" for f in out.report.findings)
    assert out.status == PENDING_REVIEW and out.entities["NOM"] >= 1
    with Session(engine) as s:
        row = s.execute(select(Request)).scalar_one()
    stored = json.dumps([getattr(row, c) for c in ("entities", "findings", "actor", "use_case")])
    assert not any(i in stored for i in IDENTIFIERS)
    assert row.status == PENDING_REVIEW and row.prompt_tokens == 42
    kinds = [e["kind"] for e in export(engine)]
    assert kinds == ["request", "findings"] and verify(engine).intact
    assert not any(i in json.dumps(list(export(engine)), ensure_ascii=False) for i in IDENTIFIERS)
    case_file = pipeline.vault.get(out.request_id)
    assert case_file["proposition"] == out.proposition and "KERHERVÉ" in case_file["source"]


def test_identifying_use_case_sends_clear_text_only_to_an_allowed_model(
    upstream: FakeOpenAI, engine: Engine, tmp_path: Path
) -> None:
    policy = _policy(upstream.url, data="identifying")
    pipeline = Pipeline(policy, engine, Vault(tmp_path / "v"), detector=Detector(use_ner=False))  # type: ignore[arg-type]
    pipeline.run("consultation_note", SOURCE, level=1, model_id="site-llm")
    assert "KERHERVÉ" in upstream.requests[0]["messages"][1]["content"]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"use_case": "diagnostic_auto"}, "unknown_use_case"),
        ({"level": 0}, "insufficient_level"),
        ({"model_id": "gpt-9"}, "unknown_model"),
        ({"model_id": "external"}, "model_not_allowed"),
        ({"instruction": "Pose le diagnostic de ce patient."}, "forbidden_use"),
    ],
)
def test_refusals(
    pipeline: Pipeline, upstream: FakeOpenAI, engine: Engine, kwargs: dict[str, object], code: str
) -> None:
    args: dict[str, object] = {"use_case": "consultation_note", "level": 3, **kwargs}
    use_case = str(args.pop("use_case"))
    if code == "model_not_allowed":
        pipeline.policy = _policy(upstream.url, models=["site-llm"])  # type: ignore[assignment]
    with pytest.raises(Refused) as info:
        pipeline.run(use_case, SOURCE, **args)  # type: ignore[arg-type]
    assert info.value.code == code
    assert upstream.requests == []
    refusals = [e["data"] for e in export(engine) if e["kind"] == "request_refused"]
    assert refusals == [{"use_case": use_case, "reason": code}]


def test_a_dead_model_server_is_a_clear_error_and_is_audited(
    pipeline: Pipeline, upstream: FakeOpenAI, engine: Engine
) -> None:
    upstream.script.extend([Reply(status=503)] * 5)
    with pytest.raises(LLMError, match="Erreur du serveur"):
        pipeline.run("consultation_note", SOURCE, level=1)
    assert [e["kind"] for e in export(engine)] == ["generation_failed"]


def test_rate_limit_and_daily_quota(upstream: FakeOpenAI, engine: Engine, tmp_path: Path) -> None:
    from avec.pipeline import Exceeded

    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["models"].insert(0, {"id": "site-llm", "label": "S", "backend": "openai", "provider": "t",
                              "endpoint": upstream.url, "hosting": "local"})  # fmt: skip
    data["limits"] = {"requests_per_minute_per_user": 2, "daily_tokens_per_key": 90}
    policy = parse_policy(yaml.safe_dump(data, allow_unicode=True))
    pipeline = Pipeline(policy, engine, Vault(tmp_path / "v"), detector=Detector(use_ner=False))
    for _ in range(2):
        pipeline.run("consultation_note", SOURCE, actor="user:alice", level=1)
    with pytest.raises(Exceeded, match="par minute") as info:
        pipeline.run("consultation_note", SOURCE, actor="user:alice", level=1)
    assert info.value.retry_after_s == 60
    pipeline.run("consultation_note", SOURCE, actor="user:bob", level=1)  # limits are per person
    for _ in range(2):  # the fake upstream counts 49 tokens per call: the key's 90 run out
        pipeline.run("consultation_note", SOURCE, actor="key:app", level=1)
    with pytest.raises(Exceeded, match="Quota quotidien"):
        pipeline.run("consultation_note", SOURCE, actor="key:app", level=1)
    assert "request_limited" in [e["kind"] for e in export(engine)]


def test_the_user_behind_several_keys_has_one_budget(
    upstream: FakeOpenAI, engine: Engine, tmp_path: Path
) -> None:
    from avec.pipeline import Exceeded

    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["models"].insert(0, {"id": "site-llm", "label": "S", "backend": "openai", "provider": "t",
                              "endpoint": upstream.url, "hosting": "local"})  # fmt: skip
    data["limits"] = {"requests_per_minute_per_user": 2, "requests_per_minute_per_key": 60}
    policy = parse_policy(yaml.safe_dump(data, allow_unicode=True))
    pipeline = Pipeline(policy, engine, Vault(tmp_path / "v"), detector=Detector(use_ner=False))
    pipeline.run("consultation_note", SOURCE, actor="key:alice-1", owner="alice", level=1)
    pipeline.run("consultation_note", SOURCE, actor="key:alice-2", owner="alice", level=1)
    with pytest.raises(Exceeded, match="par minute"):  # a third key does not reset her budget
        pipeline.run("consultation_note", SOURCE, actor="key:alice-3", owner="alice", level=1)
    pipeline.run("consultation_note", SOURCE, actor="key:service", level=1)  # no owner: key budget
    with Session(engine) as session:
        owners = sorted(str(r.owner) for r in session.execute(select(Request)).scalars())
    assert owners == ["None", "alice", "alice"]


def test_circuit_breaker_stops_calling_a_dead_server(
    pipeline: Pipeline, upstream: FakeOpenAI
) -> None:
    from avec.llm import OpenAICompatible
    from avec.llm.breaker import CircuitBreaker

    upstream.default = Reply(status=503)
    card = pipeline.policy.model("site-llm")
    assert card is not None
    backend = pipeline.guarded_backend(card)
    assert isinstance(backend, CircuitBreaker) and isinstance(backend.backend, OpenAICompatible)
    backend.backend.retries, backend.backend.backoff_s = 0, 0.0
    for _ in range(5):
        with pytest.raises(LLMError, match="Erreur du serveur"):
            pipeline.run("consultation_note", SOURCE, level=1)
    calls = len(upstream.requests)
    with pytest.raises(LLMError, match="momentanément écarté"):
        pipeline.run("consultation_note", SOURCE, level=1)
    assert len(upstream.requests) == calls  # not called while the circuit is open
