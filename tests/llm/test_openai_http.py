"""The OpenAI-compatible backend against a real local HTTP server."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from avec.llm import LLMError, Message, OpenAICompatible, RulesStructurer, for_card, structure
from avec.policy import load_policy
from avec.policy.model import ModelCard
from tests.llm.fake_openai import FakeOpenAI, Reply

ASK = [Message("system", "Tu rédiges des notes."), Message("user", "Résume : toux depuis 3 jours.")]


@pytest.fixture
def upstream() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def backend(fake: FakeOpenAI, **options: object) -> OpenAICompatible:
    return OpenAICompatible(fake.url, "qwen-test", api_key="sk-test", backoff_s=0.01, **options)  # type: ignore[arg-type]


def test_completion_round_trip(upstream: FakeOpenAI) -> None:
    upstream.script.append(Reply("Toux évoluant depuis 3 jours."))
    schema = {"type": "json_schema", "json_schema": {"name": "note", "schema": {"type": "object"}}}
    done = backend(upstream).complete(ASK, max_tokens=200, response_format=schema)
    assert done.text == "Toux évoluant depuis 3 jours."
    assert (done.prompt_tokens, done.completion_tokens, done.attempts) == (42, 7, 1)
    assert done.latency_s > 0 and done.is_ai
    sent = upstream.requests[0]
    assert sent["model"] == "qwen-test" and sent["max_tokens"] == 200 and sent["stream"] is False
    assert sent["messages"][1] == {"role": "user", "content": "Résume : toux depuis 3 jours."}
    assert sent["response_format"] == schema
    assert upstream.headers[0]["Authorization"] == "Bearer sk-test"


def test_tokens_are_estimated_when_the_server_does_not_count(upstream: FakeOpenAI) -> None:
    upstream.script.append(Reply("x" * 40, usage=False))
    done = backend(upstream).complete(ASK)
    assert done.completion_tokens == 10 and done.prompt_tokens > 0


def test_server_errors_are_retried_with_backoff(upstream: FakeOpenAI) -> None:
    upstream.script.extend(
        [Reply(status=503), Reply(status=429, headers={"Retry-After": "0"}), Reply("ok")]
    )
    done = backend(upstream, retries=2).complete(ASK)
    assert done.text == "ok" and done.attempts == 3 and len(upstream.requests) == 3


def test_retries_run_out_with_a_clear_french_error(upstream: FakeOpenAI) -> None:
    upstream.script.extend([Reply(status=500)] * 3)
    with pytest.raises(LLMError, match="Erreur du serveur de modèle") as info:
        backend(upstream, retries=2).complete(ASK)
    assert info.value.kind == "http" and info.value.status == 500 and len(upstream.requests) == 3


@pytest.mark.parametrize(
    ("status", "message"),
    [(401, "clé d'API"), (404, "introuvable"), (400, "Requête refusée")],
)
def test_client_errors_are_not_retried(upstream: FakeOpenAI, status: int, message: str) -> None:
    upstream.script.append(Reply(status=status))
    with pytest.raises(LLMError, match=message):
        backend(upstream).complete(ASK)
    assert len(upstream.requests) == 1


def test_a_slow_server_times_out(upstream: FakeOpenAI) -> None:
    upstream.script.extend([Reply(delay_s=1.0), Reply(delay_s=1.0)])
    with pytest.raises(LLMError, match="pas répondu à temps") as info:
        backend(upstream, timeout_s=0.2, retries=1).complete(ASK)
    assert info.value.kind == "timeout"


def test_garbage_is_a_protocol_error(upstream: FakeOpenAI) -> None:
    upstream.script.extend([Reply(raw=b"<html>proxy</html>"), Reply(raw=b'{"choices": []}')])
    for _ in range(2):
        with pytest.raises(LLMError, match="illisible") as info:
            backend(upstream).complete(ASK)
        assert info.value.kind == "protocol"


def test_a_server_that_is_down() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = OpenAICompatible(f"http://127.0.0.1:{port}/v1", "m", retries=1, backoff_s=0.01)
    with pytest.raises(LLMError, match="injoignable") as info:
        down.complete(ASK)
    assert info.value.kind == "unavailable"


def test_backend_from_a_model_card(upstream: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_KEY", "sk-card")
    card = ModelCard(id="vllm-site", label="vLLM", backend="openai", provider="site",  # type: ignore[arg-type]
                     endpoint=upstream.url, model="mistral-small", api_key_env="MY_KEY", hosting="local")  # fmt: skip
    done = for_card(card).complete(ASK)
    assert done.backend == "vllm-site" and upstream.requests[0]["model"] == "mistral-small"
    assert upstream.headers[0]["Authorization"] == "Bearer sk-card"
    rules = load_policy().model("sans-ia")
    assert rules is not None and isinstance(for_card(rules), RulesStructurer)
    local = load_policy().model("local-qwen")
    assert local is not None
    from avec.llm.local import LocalGGUF

    assert isinstance(for_card(local), LocalGGUF)
    external = load_policy().model("external")
    assert external is not None
    with pytest.raises(LLMError, match="pas encore utilisable"):
        for_card(external)


def test_rules_structurer_only_files_source_sentences() -> None:
    source = ("Motif : toux fébrile. Antécédents : HTA. Traitement : amlodipine 5 mg le matin. "
              "Examen : crépitants à droite. Contrôle radiologique dans 6 semaines.")  # fmt: skip
    text = structure(source)
    assert text.startswith(
        "[Texte structuré automatiquement à partir de la source, non généré par IA.]"
    )
    assert "- Traitement : amlodipine 5 mg le matin." in text
    sentences = [line[2:] for line in text.splitlines() if line.startswith("- ")]
    assert all(s in source for s in sentences)
    done = RulesStructurer().complete([Message("user", "Rédige une note.\n\n" + source)])
    assert done.is_ai is False and "Rédige une note" not in done.text
