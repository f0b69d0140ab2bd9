"""The workbench for tests: a real fake upstream, users, and helpers to sign in and post forms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from avec.pipeline import Pipeline
from avec.policy import default_policy_path, parse_policy
from avec.privacy import Detector, Vault
from avec.store.accounts import add_user
from avec.web.app import create_app
from tests.llm.fake_openai import FakeOpenAI

PASSWORD = "mot-de-passe-de-test"
SOURCE = ("Transcription : Mme Jeanne KERHERVÉ, tél. 06 12 34 56 78, vue pour une toux depuis 3 jours. "
          "Traitement : Lévothyrox 75 µg le matin. Pas de fièvre.")  # fmt: skip
ANSWER = "Mme [PRENOM_1] [NOM_1] : toux depuis 3 jours, sans fièvre. Traitement : Lévothyrox 75 mg le matin."


def build(engine: Engine, tmp_path: Path, upstream_url: str) -> Pipeline:
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["models"].insert(0, {"id": "site-llm", "label": "Serveur du site", "backend": "openai",
                              "provider": "test", "endpoint": upstream_url, "hosting": "local"})  # fmt: skip
    policy = parse_policy(yaml.safe_dump(data, allow_unicode=True))
    for name, role, level in (("alice", "professionnel", 1), ("bruno", "professionnel", 2),
                              ("rita", "référent", 3)):  # fmt: skip
        add_user(engine, name, role, level, PASSWORD)
    return Pipeline(policy, engine, Vault(tmp_path / "vault"), detector=Detector(use_ner=False))


@contextmanager
def workbench(engine: Engine, tmp_path: Path) -> Iterator[tuple[TestClient, FakeOpenAI, Pipeline]]:
    with FakeOpenAI() as upstream:
        pipeline = build(engine, tmp_path, upstream.url)
        app = create_app(pipeline, engine, secret="secret-de-test")
        with TestClient(app, follow_redirects=False) as client:
            yield client, upstream, pipeline


def csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def sign_in(client: TestClient, name: str, password: str = PASSWORD) -> Any:
    token = csrf(client.get("/connexion").text)
    return client.post("/connexion", data={"name": name, "password": password, "csrf": token})


def post(client: TestClient, path: str, page: str, data: dict[str, Any], **extra: Any) -> Any:
    """Post a form with the CSRF token of `page` (a path whose HTML carries it)."""
    token = csrf(client.get(page).text)
    return client.post(path, data={**data, "csrf": token}, **extra)
