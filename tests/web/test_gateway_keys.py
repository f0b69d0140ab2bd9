"""Keys carry a user's live level or a service level, and a scope of use cases and models."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from avec.store import export
from avec.store.accounts import add_user, create_key, revoke_key, set_level
from tests.llm.fake_openai import Reply
from tests.web.conftest import SOURCE


def client_for(stack: dict[str, Any], key: str) -> httpx.Client:
    return httpx.Client(base_url=stack["base"], timeout=30,
                        headers={"Authorization": f"Bearer {key}"})  # fmt: skip


def ask(client: httpx.Client, use_case: str, model: str | None = "site-llm") -> httpx.Response:
    body: dict[str, Any] = {"messages": [{"role": "user", "content": SOURCE}]}
    if model:
        body["model"] = model
    return client.post("/v1/chat/completions", json=body, headers={"X-Avec-Use-Case": use_case})


def test_a_users_key_follows_the_users_level(stack: dict[str, Any]) -> None:
    engine = stack["engine"]
    add_user(engine, "alice", "professionnel", 1, "un mot de passe long")
    key = create_key(engine, "alice")  # named after the user: hers
    with client_for(stack, key) as alice:
        refused = ask(alice, "discharge_letter")  # level 2 needed
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "insufficient_level"
        assert "niveau 2" in refused.json()["error"]["message"]
        models = alice.get("/v1/models").json()["data"]
        cases = {c for m in models for c in m["avec"]["use_cases"]}
        assert "consultation_note" in cases and "discharge_letter" not in cases
        set_level(engine, "alice", 2)  # applies at once
        assert ask(alice, "discharge_letter").status_code == 200
    request = next(e for e in export(engine) if e["kind"] == "request")
    assert request["data"]["owner"] == "alice" and request["actor"] == "key:alice"


def test_a_level_cap_on_a_users_key(stack: dict[str, Any]) -> None:
    engine = stack["engine"]
    add_user(engine, "bob", "référent", 3, "un mot de passe long")
    key = create_key(engine, "bob-script", user="bob", level=1)
    with client_for(stack, key) as bob:
        assert ask(bob, "discharge_letter").json()["error"]["code"] == "insufficient_level"


def test_use_case_scope(stack: dict[str, Any]) -> None:
    key = create_key(stack["engine"], "dpi", use_cases=["reformulation"])
    with client_for(stack, key) as dpi:
        refused = ask(dpi, "consultation_note")
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "use_case_not_allowed"
        assert ask(dpi, "reformulation").status_code == 200
        models = dpi.get("/v1/models").json()["data"]
        assert models and all(m["avec"]["use_cases"] == ["reformulation"] for m in models)
    assert stack["upstream"].requests  # the allowed one went through


def test_model_scope(stack: dict[str, Any]) -> None:
    key = create_key(stack["engine"], "sans-modele", models=["sans-ia"])
    with client_for(stack, key) as client:
        refused = ask(client, "consultation_note", model="site-llm")
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "model_not_allowed"
        chosen = ask(client, "consultation_note", model=None)  # the scope picks the model
        assert chosen.status_code == 200 and chosen.json()["model"] == "sans-ia"
        assert chosen.json()["avec"]["is_ai"] is False
        assert [m["id"] for m in client.get("/v1/models").json()["data"]] == ["sans-ia"]
    assert stack["upstream"].requests == []


def test_a_revoked_key_stops_at_once(stack: dict[str, Any]) -> None:
    key = create_key(stack["engine"], "temporaire")
    with client_for(stack, key) as client:
        stack["upstream"].script.append(Reply("Toux."))
        assert ask(client, "consultation_note").status_code == 200
        revoke_key(stack["engine"], "temporaire")
        assert ask(client, "consultation_note").status_code == 401
        assert client.get("/v1/models").status_code == 401


def test_a_key_whose_user_is_unknown_cannot_be_created(stack: dict[str, Any]) -> None:
    from avec.store.accounts import AccountError

    with pytest.raises(AccountError, match="utilisateur inconnu"):
        create_key(stack["engine"], "x", user="personne")
