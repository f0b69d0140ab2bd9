"""`avec check` run as a real process: exit codes, JSON contract, batch, unusable input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = "Traitement : Lévothyrox 75 µg le matin. Pas de fièvre.\n"
OUTPUT = "Traitement : Lévothyrox 75 mg le matin. Fièvre.\n"


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "avec", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    s, o = tmp_path / "source.txt", tmp_path / "output.txt"
    s.write_text(SOURCE, encoding="utf-8")
    o.write_text(OUTPUT, encoding="utf-8")
    return s, o


def test_json_contract(files: tuple[Path, Path]) -> None:
    s, o = files
    result = run("check", "--source", str(s), "--output", str(o), "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "summary"}
    keys = {
        "check",
        "category",
        "severity",
        "output_span",
        "source_span",
        "message",
        "suggestion",
        "evidence",
        "source_clause",  # Vérifier II: the source clause an output clause was compared with
    }
    for f in data["findings"]:
        assert set(f) == keys
        assert f["severity"] in ("info", "warning", "error")
    spans = {
        OUTPUT[a:b] for a, b in (f["output_span"] for f in data["findings"] if f["output_span"])
    }
    assert {"75 mg", "Fièvre"} <= spans
    unit = next(f for f in data["findings"] if f["category"] == "unit_magnitude")
    a, b = unit["source_span"]
    assert SOURCE[a:b] == "75 µg"


def test_text_format_shows_line_and_evidence(files: tuple[Path, Path]) -> None:
    s, o = files
    result = run("check", "-s", str(s), "-o", str(o))
    assert result.returncode == 1
    assert "ERREUR" in result.stdout and "Lévothyrox 75 mg le matin" in result.stdout
    assert "source : 75 µg" in result.stdout


def test_no_finding_exits_zero(tmp_path: Path) -> None:
    s = tmp_path / "s.txt"
    s.write_text("Doliprane 1 g x3/j.", encoding="utf-8")
    o = tmp_path / "o.txt"
    o.write_text("Paracétamol 1000 mg trois fois par jour.", encoding="utf-8")
    result = run("check", "-s", str(s), "-o", str(o), "-f", "json")
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["findings"] == []


def test_stdin_source(files: tuple[Path, Path]) -> None:
    _, o = files
    result = run("check", "-s", "-", "-o", str(o), "-f", "json", stdin=SOURCE)
    assert result.returncode == 1 and json.loads(result.stdout)["findings"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "introuvable"),
        (b"", "vide"),
        (b"   \n\t", "vide"),
        ("Pénicilline".encode("latin-1"), "UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binaire"),
        (b"a" * 1_000_001, "volumineux"),
    ],
)
def test_unusable_input_exits_2_with_one_line(
    tmp_path: Path, files: tuple[Path, Path], content: bytes | None, message: str
) -> None:
    _, o = files
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    result = run("check", "--source", str(bad), "--output", str(o))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert result.stdout == ""


def test_unknown_use_case(files: tuple[Path, Path]) -> None:
    s, o = files
    result = run("check", "-s", str(s), "-o", str(o), "--use-case", "diagnostic_autonome")
    assert result.returncode == 2 and "Cas d'usage inconnu" in result.stderr


def test_batch_keeps_order_and_goes_on_after_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "source": SOURCE, "output": OUTPUT}),
        "{pas du json",
        json.dumps({"id": "c", "source": "Doliprane 1 g.", "output": "Paracétamol 1000 mg."}),
        json.dumps({"id": "d", "source": "", "output": "x"}),
        json.dumps(["not", "an", "object"]),
        json.dumps(
            {
                "id": "f",
                "source": "Pas de toux.",
                "output": "Toux.",
                "use_case": "consultation_note",
            }
        ),
        json.dumps({"id": "g", "source": "x", "output": "y", "use_case": "inconnu"}),
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("check", "--batch", str(batch), "--format", "json")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "c", "d", None, "f", "g"]
    assert out[0]["findings"] and out[2]["findings"] == [] and out[5]["findings"]
    assert "JSON invalide" in out[1]["error"] and "ligne 2" in out[1]["error"]
    assert (
        "vide" in out[3]["error"]
        and "objet JSON" in out[4]["error"]
        and "inconnu" in out[6]["error"]
    )
    assert result.returncode == 2  # malformed lines make the batch's input partly unusable


def test_batch_all_good_exit_code(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        json.dumps({"id": 1, "source": "Pas de toux.", "output": "Pas de toux."}) + "\n",
        encoding="utf-8",
    )
    result = run("check", "--batch", str(batch), "--format", "json")
    assert result.returncode == 0 and json.loads(result.stdout) == {"id": 1, "findings": []}


def test_usage_errors(files: tuple[Path, Path]) -> None:
    s, _ = files
    assert run("check", "--source", str(s)).returncode == 2
    assert run("check", "--batch", str(s), "--source", str(s)).returncode == 2


def test_drugs_import_then_check_uses_the_imported_brand(tmp_path: Path) -> None:
    fixture = Path(__file__).parent.parent / "fixtures" / "bdpm"
    env = {"AVEC_DATA_DIR": str(tmp_path / "data")}
    result = run(
        "drugs",
        "import",
        str(fixture / "CIS_bdpm.txt"),
        str(fixture / "CIS_COMPO_bdpm.txt"),
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "6 spécialités" in result.stdout and "1 ligne(s) ignorée(s)" in result.stderr
    s, o = tmp_path / "s.txt", tmp_path / "o.txt"
    s.write_text("Ondavex 8 mg si nausées.", encoding="utf-8")
    o.write_text("Ondansétron 8 mg si nausées.", encoding="utf-8")
    assert run("check", "-s", str(s), "-o", str(o), "-f", "json", env=env).returncode == 0
    assert run("drugs", "lookup", "Ondavex", env=env).returncode == 0
    assert (
        run("drugs", "lookup", "Ondavex", env={"AVEC_DATA_DIR": str(tmp_path / "empty")}).returncode
        == 1
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "vide"), (b"\x00\x01\x02binaire", "binaire"), (None, "introuvable")],
)
def test_unusable_batch_file(tmp_path: Path, content: bytes | None, message: str) -> None:
    batch = tmp_path / "in.jsonl"
    if content is not None:
        batch.write_bytes(content)
    result = run("check", "--batch", str(batch), "--format", "json")
    assert result.returncode == 2 and message in result.stderr and result.stdout == ""


def test_batch_line_not_utf8_goes_on(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "source": "Pas de toux.", "output": "Pas de toux."}).encode()
    bad = '{"id": "x", "source": "Pénicilline", "output": "y"}'.encode("latin-1")
    batch = tmp_path / "in.jsonl"
    batch.write_bytes(bad + b"\n" + good + b"\n")
    result = run("check", "--batch", str(batch), "--format", "json")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert "UTF-8" in out[0]["error"] and out[1] == {"id": "ok", "findings": []}
    assert result.returncode == 2
