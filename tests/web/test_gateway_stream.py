"""`stream: true`: re-identified text as it is generated, then the findings (real HTTP)."""

from __future__ import annotations

import json
from typing import Any

import httpx

from avec.store import export, verify
from tests.llm.fake_openai import Reply
from tests.web.conftest import IDENTIFIERS, ask

ANSWER = "Mme [PRENOM_1] [NOM_1] : toux depuis 3 jours. Lévothyrox 75 mg le matin."


def events(response: httpx.Response) -> list[Any]:
    assert response.headers["content-type"].startswith("text/event-stream")
    out: list[Any] = []
    for block in response.text.split("\n\n"):
        if block.startswith("data: "):
            payload = block[6:]
            out.append(payload if payload == "[DONE]" else json.loads(payload))
    return out


def test_streamed_text_is_reidentified_and_ends_with_the_findings(stack: dict[str, Any]) -> None:
    # 3-character deltas: "[PRENOM_1]" and "[NOM_1]" arrive split across several events
    stack["upstream"].script.append(Reply(ANSWER, chunk=3))
    response = ask(stack["client"], stream=True, stream_options={"include_usage": True})
    assert response.status_code == 200, response.text
    got = events(response)
    assert got[-1] == "[DONE]"
    chunks = got[:-1]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant"}
    deltas = [c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"]]
    assert len([d for d in deltas if d]) > 5  # really streamed, not one block
    assert not any("[" in d or "]" in d for d in deltas)  # no placeholder ever shown split
    text = "".join(deltas)
    assert text.startswith("Mme Jeanne KERHERVÉ : toux")
    final = next(c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"] == "stop")
    avec = final["avec"]
    assert avec["content"] == text and avec["status"] == "pending_review"
    dose = next(f for f in avec["findings"] if f["check"] == "quantities")
    assert dose["severity"] == "error"
    assert text[dose["output_span"][0] : dose["output_span"][1]].startswith("75 mg")
    usage = chunks[-1]
    assert usage["choices"] == [] and usage["usage"]["completion_tokens"] > 5
    received = json.dumps(stack["upstream"].requests, ensure_ascii=False)
    assert stack["upstream"].requests[0]["stream"] is True
    assert not any(i in received for i in IDENTIFIERS)
    assert verify(stack["engine"]).intact
    assert [e["kind"] for e in export(stack["engine"])][-2:] == ["request", "findings"]


def test_a_stream_cut_midway_ends_with_an_error_event_and_stores_nothing(
    stack: dict[str, Any],
) -> None:
    stack["upstream"].script.append(Reply(ANSWER, chunk=5, cut_after=3))
    response = ask(stack["client"], stream=True)
    assert response.status_code == 200
    got = events(response)
    assert got[-1] == "[DONE]"
    error = got[-2]["error"]
    assert error["code"].startswith("upstream_") and "interrompu" in error["message"]
    kinds = [e["kind"] for e in export(stack["engine"])]
    assert kinds[-1] == "generation_failed" and "request" not in kinds


def test_a_refusal_before_generation_is_a_plain_json_error(stack: dict[str, Any]) -> None:
    response = ask(stack["client"], stream=True, model="inconnu")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "unknown_model"


def test_without_include_usage_there_is_no_usage_chunk(stack: dict[str, Any]) -> None:
    stack["upstream"].script.append(Reply("Toux depuis 3 jours."))
    got = events(ask(stack["client"], stream=True))
    assert all(c == "[DONE]" or c["choices"] for c in got)
