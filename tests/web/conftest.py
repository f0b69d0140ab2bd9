"""The gateway stack for tests: uvicorn on a free port, a real local fake upstream, a key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from avec.pipeline import Pipeline
from avec.policy import default_policy_path, parse_policy
from avec.privacy import Detector, Vault
from avec.store import make_engine, migrate
from avec.store.accounts import create_key
from avec.web.gateway import create_app
from tests.llm.fake_openai import FakeOpenAI
from tests.web.server import serving

SOURCE = ("Transcription : Mme Jeanne KERHERVÉ, tél. 06 12 34 56 78, IPP 8003456721. "
          "Toux depuis 3 jours. Traitement : Lévothyrox 75 µg le matin.")  # fmt: skip
IDENTIFIERS = ["KERHERVÉ", "Jeanne", "06 12 34 56 78", "8003456721"]


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[dict[str, Any]]:
    with FakeOpenAI() as upstream:
        data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
        data["models"].insert(0, {"id": "site-llm", "label": "Serveur du site", "backend": "openai",
                                  "provider": "test", "endpoint": upstream.url, "hosting": "local"})  # fmt: skip
        engine = make_engine(f"sqlite:///{tmp_path / 'avec.db'}")
        migrate(engine)
        pipeline = Pipeline(parse_policy(yaml.safe_dump(data, allow_unicode=True)), engine,
                            Vault(tmp_path / "vault"), detector=Detector(use_ner=False))  # fmt: skip
        # fast failures for the "server down" test
        pipeline.backend_for = _fast_backends(pipeline.backend_for)  # type: ignore[method-assign]
        key = create_key(engine, "test-app")
        with (
            serving(create_app(pipeline, engine)) as base,
            httpx.Client(
                base_url=base, timeout=30, headers={"Authorization": f"Bearer {key}"}
            ) as client,
        ):
            yield {"client": client, "upstream": upstream, "engine": engine, "pipeline": pipeline,
                   "base": base}  # fmt: skip


def _fast_backends(original: Any) -> Any:
    from avec.llm import OpenAICompatible

    def build(card: Any) -> Any:
        backend = original(card)
        if isinstance(backend, OpenAICompatible):
            backend.retries, backend.backoff_s = 1, 0.01
        return backend

    return build


def ask(client: httpx.Client, **extra: Any) -> httpx.Response:
    body = {"model": "site-llm", "messages": [
        {"role": "system", "content": "Rédige une note de consultation structurée pour le médecin traitant."},
        {"role": "user", "content": SOURCE}], **extra}  # fmt: skip
    return client.post(
        "/v1/chat/completions", json=body, headers={"X-Avec-Use-Case": "consultation_note"}
    )
