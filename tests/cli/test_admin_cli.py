"""`avec users add`, `avec keys create`, `avec models add` as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from avec.policy import load_policy
from avec.store import make_engine
from avec.store.accounts import authenticate_key, check_password


def run(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AVEC_HOME": str(home), "AVEC_NER_MODEL": "none"}
    env.pop("AVEC_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "avec", *args], capture_output=True, text=True,
                          input=stdin, env=env, timeout=120)  # fmt: skip


def test_users_and_keys(tmp_path: Path) -> None:
    assert run(tmp_path, "users", "add", "alice", "--role", "professionnel", "--level", "1",
               stdin="un-mot-de-passe-solide\n").returncode == 0  # fmt: skip
    generated = run(tmp_path, "users", "add", "bob", "--role", "référent", "--level", "3")
    assert generated.returncode == 0
    password = generated.stdout.strip().rsplit(" ", 1)[1]
    engine = make_engine(f"sqlite:///{tmp_path / 'avec.db'}")
    assert check_password(engine, "alice", "un-mot-de-passe-solide") is not None
    assert check_password(engine, "alice", "mauvais") is None
    bob = check_password(engine, "bob", password)
    assert bob is not None and (bob.role, bob.level) == ("référent", 3)
    assert (
        run(tmp_path, "users", "add", "alice", "--role", "professionnel", "--level", "1").returncode
        == 2
    )
    short = run(
        tmp_path,
        "users",
        "add",
        "carol",
        "--role",
        "professionnel",
        "--level",
        "1",
        stdin="court\n",
    )
    assert short.returncode == 2 and "trop court" in short.stderr
    assert run(tmp_path, "users", "add", "dan", "--role", "chef", "--level", "1").returncode == 2
    created = run(tmp_path, "keys", "create", "webapp")
    key = created.stdout.strip().splitlines()[-1]
    assert (
        key.startswith("avec_") and getattr(authenticate_key(engine, key), "key", None) == "webapp"
    )
    # closing any descriptor of the file drops this process's SQLite locks: release them first
    engine.dispose()
    assert key not in (tmp_path / "avec.db").read_bytes().decode("latin-1")
    assert run(tmp_path, "keys", "create", "webapp").returncode == 2
    mine = run(tmp_path, "keys", "create", "alice-dpi", "--user", "alice", "--use-cases",
               "consultation_note,reformulation", "--models", "sans-ia")  # fmt: skip
    assert mine.returncode == 0, mine.stderr
    assert "alice" in mine.stdout and "niveau : 1" in mine.stdout
    identity = authenticate_key(engine, mine.stdout.strip().splitlines()[-1])
    assert identity is not None and (identity.user, identity.level) == ("alice", 1)
    assert identity.use_cases == {"consultation_note", "reformulation"}
    assert identity.models == {"sans-ia"}
    unknown = run(tmp_path, "keys", "create", "x", "--use-cases", "diagnostic")
    assert unknown.returncode == 2 and "diagnostic" in unknown.stderr
    assert run(tmp_path, "keys", "create", "y", "--user", "personne").returncode == 2
    listed = run(tmp_path, "keys", "list").stdout
    assert "alice-dpi" in listed and "webapp" in listed and key not in listed
    assert run(tmp_path, "keys", "revoke", "webapp").returncode == 0
    assert authenticate_key(engine, key) is None
    assert run(tmp_path, "keys", "revoke", "inconnue").returncode == 2
    assert run(tmp_path, "audit", "verify").returncode == 0


def test_models_add(tmp_path: Path) -> None:
    added = run(tmp_path, "models", "add", "site-vllm", "--base-url", "http://10.0.0.5:8000/v1",
                "--model", "mistral-small", "--identifying-allowed", "--use-cases", "consultation_note")  # fmt: skip
    assert added.returncode == 0, added.stderr
    policy = load_policy(tmp_path / "policy.yaml")
    card = policy.model("site-vllm")
    assert card is not None and card.identifying_allowed and card.hosting == "local"
    note, letter = policy.use_case("consultation_note"), policy.use_case("discharge_letter")
    assert note is not None and letter is not None
    assert "site-vllm" in {m.id for m in policy.models_for(note)}
    assert "site-vllm" not in {m.id for m in policy.models_for(letter)}
    cloud = run(tmp_path, "models", "add", "cloud", "--base-url", "https://api.example.org/v1",
                "--identifying-allowed")  # fmt: skip
    assert cloud.returncode == 2 and "HDS" in cloud.stderr
    assert load_policy(tmp_path / "policy.yaml").model("cloud") is None  # nothing written
    unknown = run(
        tmp_path, "models", "add", "x", "--base-url", "http://127.0.0.1:1/v1", "--use-cases", "nope"
    )
    assert unknown.returncode == 2 and "nope" in unknown.stderr
