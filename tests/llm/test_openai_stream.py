"""Streaming from an OpenAI-compatible server (server-sent events), against a real local server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from avec.llm import LLMError, Message, OpenAICompatible, RulesStructurer
from avec.privacy import StreamingReidentifier, pseudonymize
from tests.llm.fake_openai import FakeOpenAI, Reply

ASK = [Message("user", "Résume : toux depuis 3 jours.")]


@pytest.fixture
def upstream() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def backend(fake: FakeOpenAI, **options: object) -> OpenAICompatible:
    return OpenAICompatible(fake.url, "qwen-test", backoff_s=0.01, **options)  # type: ignore[arg-type]


def test_pieces_arrive_in_order_and_make_the_text(upstream: FakeOpenAI) -> None:
    upstream.script.append(Reply("Toux évoluant depuis 3 jours, sans fièvre.", chunk=5))
    pieces: list[str] = []
    done = backend(upstream).complete(ASK, on_token=pieces.append)
    assert len(pieces) == 9 and "".join(pieces) == done.text
    assert done.text == "Toux évoluant depuis 3 jours, sans fièvre."
    assert done.completion_tokens == 9 and done.prompt_tokens == 42  # from the usage event
    sent = upstream.requests[0]
    assert sent["stream"] is True and sent["stream_options"] == {"include_usage": True}


def test_an_error_before_the_first_piece_is_retried(upstream: FakeOpenAI) -> None:
    upstream.script.extend([Reply(status=503), Reply("ok")])
    pieces: list[str] = []
    done = backend(upstream, retries=1).complete(ASK, on_token=pieces.append)
    assert done.text == "ok" and done.attempts == 2 and pieces == ["ok"]


def test_a_cut_after_some_pieces_is_not_retried(upstream: FakeOpenAI) -> None:
    upstream.script.extend([Reply("abcdefghijkl", chunk=2, cut_after=2), Reply("jamais")])
    pieces: list[str] = []
    with pytest.raises(LLMError, match="interrompu pendant la génération"):
        backend(upstream, retries=2).complete(ASK, on_token=pieces.append)
    assert pieces == ["ab", "cd"] and len(upstream.requests) == 1


def test_garbage_events_are_a_protocol_error(upstream: FakeOpenAI) -> None:
    upstream.script.append(Reply(raw=b"data: {pas du json\n\n"))
    with pytest.raises(LLMError) as info:
        backend(upstream).complete(ASK, on_token=lambda _: None)
    assert info.value.kind == "protocol"


def test_the_rules_structurer_hands_its_text_at_once() -> None:
    pieces: list[str] = []
    done = RulesStructurer().complete(
        [Message("user", "Toux depuis 3 jours.")], on_token=pieces.append
    )
    assert pieces == [done.text]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13])
def test_streamed_reidentification_equals_the_whole(size: int) -> None:
    source = "M. Paul DURAND, tél. 06 12 34 56 78, vu le 12/03/2024 avec Mme Anne DURAND."
    pseudo = pseudonymize(source)
    answer = pseudo.text.replace("[NOM_1]", "NOM_1") + " Revoir [ nom 1 ] et [PRENOM_2]."
    stream = StreamingReidentifier(pseudo.mapping)
    pieces = [stream.feed(answer[i : i + size]) for i in range(0, len(answer), size)]
    pieces.append(stream.finish())
    from avec.privacy import reidentify

    assert "".join(pieces) == reidentify(answer, pseudo.mapping).text
    assert "DURAND" in "".join(pieces) and "[" not in "".join(pieces)
