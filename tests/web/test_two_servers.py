"""Two `avec serve` processes on one PostgreSQL behave as one: a single linear audit chain."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from avec.store import export, make_engine, verify
from tests.conftest import postgres_schema
from tests.llm.fake_openai import FakeOpenAI, Reply
from tests.web.server import free_port

SOURCE = "Mme Jeanne KERHERVÉ, tél. 06 12 34 56 78. Toux depuis 3 jours. Lévothyrox 75 µg le matin."


@pytest.fixture
def schema_url() -> Iterator[str]:
    with postgres_schema("avec_two") as url:
        yield url


def test_two_server_processes_share_one_chain(tmp_path: Path, schema_url: str) -> None:
    env = {
        **os.environ,
        "AVEC_HOME": str(tmp_path),
        "AVEC_DATABASE_URL": schema_url,
        "AVEC_NER_MODEL": "none",
    }

    def cli(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "avec", *args], env=env, capture_output=True, text=True,
                              timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    with FakeOpenAI() as upstream:
        upstream.default = Reply("Mme [NOM_1] : toux depuis 3 jours. Lévothyrox 75 µg le matin.")
        cli("init")
        cli(
            "models",
            "add",
            "site-llm",
            "--base-url",
            upstream.url,
            "--use-cases",
            "consultation_note",
        )
        key = cli("keys", "create", "app").strip().splitlines()[-1]
        ports = [free_port(), free_port()]
        servers = [subprocess.Popen([sys.executable, "-m", "avec", "serve", "--port", str(p)], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for p in ports]  # fmt: skip
        try:
            for p in ports:
                deadline = time.time() + 60
                while True:
                    try:
                        if httpx.get(f"http://127.0.0.1:{p}/health", timeout=1).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    assert time.time() < deadline, "server did not start"
                    time.sleep(0.2)

            def ask(i: int) -> int:
                r = httpx.post(
                    f"http://127.0.0.1:{ports[i % 2]}/v1/chat/completions", timeout=60,
                    headers={"Authorization": f"Bearer {key}", "X-Avec-Use-Case": "consultation_note"},
                    json={"model": "site-llm", "messages": [{"role": "user", "content": SOURCE}]},
                )  # fmt: skip
                return r.status_code

            with ThreadPoolExecutor(8) as pool:
                statuses = list(pool.map(ask, range(24)))
        finally:
            for s in servers:
                s.terminate()
                s.wait(10)
    assert statuses == [200] * 24
    engine = make_engine(schema_url)
    events = list(export(engine))
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert sum(e["kind"] == "request" for e in events) == 24
    intact = verify(engine).intact
    engine.dispose()
    assert intact
    assert "KERHERVÉ" not in str(upstream.requests)
