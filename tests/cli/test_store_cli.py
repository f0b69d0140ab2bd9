"""`avec init` and `avec audit verify|export` as real processes, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import postgres_schema


def run(home: Path, *args: str, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AVEC_HOME": str(home), "AVEC_NER_MODEL": "none"}
    env.pop("AVEC_DATA_DIR", None)
    if url:
        env["AVEC_DATABASE_URL"] = url
    return subprocess.run([sys.executable, "-m", "avec", *args], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip


def test_init_is_idempotent_and_the_audit_verifies(tmp_path: Path) -> None:
    first = run(tmp_path, "init")
    assert first.returncode == 0, first.stderr
    assert {p.name for p in tmp_path.iterdir()} >= {"avec.db", "policy.yaml", "secret.key", "vault"}
    key = (tmp_path / "secret.key").read_bytes()
    assert run(tmp_path, "init").returncode == 0
    assert (tmp_path / "secret.key").read_bytes() == key  # never regenerated
    assert oct((tmp_path / "secret.key").stat().st_mode & 0o777) == "0o600"
    ok = run(tmp_path, "audit", "verify")
    assert ok.returncode == 0 and "2 événement(s)" in ok.stdout
    lines = [json.loads(x) for x in run(tmp_path, "audit", "export").stdout.splitlines()]
    assert [e["kind"] for e in lines] == ["init", "init"]
    with sqlite3.connect(tmp_path / "avec.db") as conn:
        conn.execute("UPDATE audit_events SET actor = 'x' WHERE seq = 1")
    broken = run(tmp_path, "audit", "verify")
    assert broken.returncode == 1 and "événement 1" in broken.stderr


def test_init_on_postgresql(tmp_path: Path) -> None:
    with postgres_schema("avec_cli") as url:
        assert run(tmp_path, "init", url=url).returncode == 0
        assert run(tmp_path, "audit", "verify", url=url).returncode == 0
        assert not (tmp_path / "avec.db").exists()
