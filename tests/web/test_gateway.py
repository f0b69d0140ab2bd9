"""The gateway over real HTTP (uvicorn on a free port) with a real local fake upstream."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from avec.store import export, verify
from tests.llm.fake_openai import Reply
from tests.web.conftest import IDENTIFIERS, SOURCE, ask


def test_completion_is_pseudonymised_reidentified_and_checked(stack: dict[str, Any]) -> None:
    stack["upstream"].script.append(
        Reply("Mme [PRENOM_1] [NOM_1] : toux depuis 3 jours. Lévothyrox 75 mg le matin.")
    )
    response = ask(stack["client"])
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["object"] == "chat.completion"
    content = data["choices"][0]["message"]["content"]
    assert content.startswith("Mme Jeanne KERHERVÉ : toux")
    avec = data["avec"]
    assert avec["status"] == "pending_review" and avec["review_url"].endswith(avec["request_id"])
    assert any(f["check"] == "quantities" and f["severity"] == "error" for f in avec["findings"])
    span = next(f["output_span"] for f in avec["findings"] if f["check"] == "quantities")
    assert content[span[0] : span[1]].startswith("75 mg")
    assert avec["pseudonymised"]["NOM"] >= 1
    received = json.dumps(stack["upstream"].requests, ensure_ascii=False)
    assert not any(i in received for i in IDENTIFIERS)
    assert verify(stack["engine"]).intact
    assert [e["kind"] for e in export(stack["engine"])][-2:] == ["request", "findings"]


def test_models_and_health(stack: dict[str, Any]) -> None:
    models = stack["client"].get("/v1/models").json()
    assert "site-llm" in {m["id"] for m in models["data"]}
    assert stack["client"].get("/health").json()["status"] == "ok"


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ({"headers": {"Authorization": "Bearer faux"}}, 401, "invalid_api_key"),
        ({"use_case": "diagnostic_auto"}, 400, "unknown_use_case"),
        ({"use_case": None}, 400, "missing_use_case"),
        ({"body": {"stream": True, "model": "inconnu"}}, 404, "unknown_model"),
        ({"body": {"model": "inconnu"}}, 404, "unknown_model"),
        ({"system": "Pose le diagnostic de ce patient."}, 403, "forbidden_use"),
        ({"raw": b"{pas du json"}, 400, "invalid_json"),
        ({"raw": b"x" * 1_000_001}, 413, "body_too_large"),
    ],
)
def test_errors_follow_the_openai_shape(
    stack: dict[str, Any], change: dict[str, Any], status: int, code: str
) -> None:
    client: httpx.Client = stack["client"]
    headers = {"X-Avec-Use-Case": "consultation_note", **change.get("headers", {})}
    if "use_case" in change:
        if change["use_case"] is None:
            headers.pop("X-Avec-Use-Case")
        else:
            headers["X-Avec-Use-Case"] = change["use_case"]
    body: dict[str, Any] = {"model": "site-llm", "messages": [
        {"role": "system", "content": change.get("system", "Rédige une note.")},
        {"role": "user", "content": SOURCE}], **change.get("body", {})}  # fmt: skip
    if "raw" in change:
        response = client.post("/v1/chat/completions", content=change["raw"], headers=headers)
    else:
        response = client.post("/v1/chat/completions", json=body, headers=headers)
    assert response.status_code == status, response.text
    err = response.json()["error"]
    assert err["code"] == code and err["message"]
    assert stack["upstream"].requests == []


def test_a_dead_upstream_is_a_502_with_a_french_message(stack: dict[str, Any]) -> None:
    stack["upstream"].script.extend([Reply(status=503)] * 3)
    response = ask(stack["client"])
    assert response.status_code == 502
    assert "serveur de modèle" in response.json()["error"]["message"]


def test_rate_limited_requests_get_429_with_retry_after(stack: dict[str, Any]) -> None:
    from avec.policy.model import Limits

    pipeline = stack["pipeline"]
    pipeline.policy = pipeline.policy.model_copy(
        update={"limits": Limits(requests_per_minute_per_key=1)}
    )
    assert ask(stack["client"]).status_code == 200
    limited = ask(stack["client"])
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "60"
    assert limited.json()["error"]["code"] == "rate_limited"
