"""`avec pseudonymize` and `avec reidentify` run as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LETTER = "Mme Jeanne DUPONT, née le 12/03/1952, tél. 06 12 34 56 78, suivie pour une maladie de Parkinson.\n"
ENTITY_KEYS = {"start", "end", "label", "text", "replacement", "explanation"}


def run(
    *args: str, data: Path, ner: bool = False, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AVEC_DATA_DIR": str(data)}
    if not ner:
        env["AVEC_NER_MODEL"] = "none"  # the model's load (~4 s) is exercised once, below
    return subprocess.run([sys.executable, "-m", "avec", *args], capture_output=True, text=True,
                          input=stdin, env=env, timeout=120)  # fmt: skip


def test_json_contract_and_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "lettre.txt"
    src.write_text(LETTER, encoding="utf-8")
    result = run("pseudonymize", str(src), "--format", "json", data=tmp_path, ner=True)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"text", "entities"}
    assert all(set(e) == ENTITY_KEYS for e in out["entities"])
    assert {e["label"] for e in out["entities"]} >= {"PRENOM", "NOM", "DATE_NAISSANCE", "TEL"}
    for e in out["entities"]:
        assert LETTER[e["start"] : e["end"]] == e["text"]
    assert "DUPONT" not in out["text"] and "Parkinson" in out["text"]
    ref = result.stderr.rsplit(":", 1)[1].strip()
    answer = tmp_path / "reponse.txt"
    answer.write_text(out["text"].replace("[NOM_1]", "Nom_1"), encoding="utf-8")
    back = run("reidentify", str(answer), "--vault", ref, data=tmp_path)
    assert back.returncode == 0, back.stderr
    assert back.stdout == LETTER


def test_conversation_reference_keeps_placeholders(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Mme Dupont rappellera.", encoding="utf-8")
    b.write_text("Le fils de Mme Dupont et M. Kerouac.", encoding="utf-8")
    run("pseudonymize", str(a), "-c", "conv-42", data=tmp_path)
    second = run("pseudonymize", str(b), "-c", "conv-42", data=tmp_path)
    assert second.stdout.strip() == "Le fils de Mme [NOM_1] et M. [NOM_2]."
    answer = tmp_path / "r.txt"
    answer.write_text("[NOM_2] et [NOM_9]", encoding="utf-8")
    back = run("reidentify", str(answer), "--vault", "conv-42", "--format", "json", data=tmp_path)
    assert back.returncode == 1
    assert json.loads(back.stdout)["invented"] == ["[NOM_9]"]


def test_batch_streams_and_reports_bad_lines(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        '{"id": "a", "text": "Mme Dupont, 06 12 34 56 78"}\n'
        "{pas du json}\n"
        '{"id": "c", "text": ""}\n'
        '{"id": "d", "text": "Dr Kerouac"}\n',
        encoding="utf-8",
    )
    result = run("pseudonymize", "--batch", str(batch), "--format", "json", data=tmp_path)
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x.get("id") for x in lines] == ["a", None, "c", "d"]
    assert set(lines[0]) == {"id", "entities"} and len(lines[0]["entities"]) == 2
    assert "error" in lines[1] and "error" in lines[2]
    assert lines[3]["entities"][0]["text"] == "Kerouac"
    assert result.returncode == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "vide"),
        (b"\xff\xfe\x00a\x00b", "binaire"),
        ("Mme Dupont".encode("latin-1") + b"\xe9\xe9", "UTF-8"),
        (b"a" * 1_000_001, "volumineux"),
    ],
)
def test_unusable_input_exits_2(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "in.txt"
    f.write_bytes(content)
    result = run("pseudonymize", str(f), data=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_unknown_vault_reference_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text("[NOM_1]", encoding="utf-8")
    result = run("reidentify", str(f), "--vault", "inexistante", data=tmp_path)
    assert result.returncode == 2 and "inconnue" in result.stderr
