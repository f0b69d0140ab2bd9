"""The embedded model: assembling the weights (always tested) and a real generation (when the
optional extra is installed and AVEC_TEST_LOCAL_MODEL=1, as in .ci/run)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from pathlib import Path

import pytest

from avec.llm import LLMError, Message, local


@pytest.fixture
def fake_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parts = []
    for n in range(1, local.PARTS + 1):
        p = tmp_path / "parts" / f"part{n:02d}.bin"
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(f"<{n:02d}>".encode() * 10)
        parts.append(p)
    monkeypatch.setattr(local, "part_path", lambda n: parts[n - 1])
    whole = b"".join(p.read_bytes() for p in parts)
    monkeypatch.setattr(local, "SHA256", hashlib.sha256(whole).hexdigest())
    return parts


def test_parts_are_concatenated_in_order_and_checked(
    fake_parts: list[Path], tmp_path: Path
) -> None:
    target = local.assemble(tmp_path / "models" / "m.gguf")
    assert target.read_bytes() == b"".join(p.read_bytes() for p in fake_parts)


def test_a_corrupt_part_is_refused_and_nothing_is_left(
    fake_parts: list[Path], tmp_path: Path
) -> None:
    fake_parts[7].write_bytes(b"corrompu")
    with pytest.raises(LLMError, match="corrompu"):
        local.assemble(tmp_path / "models" / "m.gguf")
    assert list((tmp_path / "models").iterdir()) == []


def test_missing_parts_say_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(local, "part_path", lambda n: None)
    with pytest.raises(LLMError, match=r'pip install "avec\[local\]"'):
        local.assemble(tmp_path / "m.gguf")


def test_an_explicit_model_file_must_exist(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AVEC_LOCAL_MODEL", str(tmp_path / "absent.gguf"))
    with pytest.raises(LLMError, match="introuvable"):
        local.model_path()


REAL = (
    importlib.util.find_spec("llama_cpp") is not None
    and os.environ.get("AVEC_TEST_LOCAL_MODEL") == "1"
)


@pytest.mark.skipif(
    not REAL, reason="optional: pip install 'avec[local]' and AVEC_TEST_LOCAL_MODEL=1 (.ci/run)"
)
def test_the_real_model_loads_follows_a_schema_and_streams() -> None:
    from avec.pipeline.structured import response_format
    from avec.policy.model import OutputField

    backend = local.LocalGGUF()
    schema = response_format("note", [OutputField(id="motif", label="Motif", instruction="motif")])
    ask = [Message("system", "Tu remplis des champs en JSON."),
           Message("user", "Transcription : le patient consulte pour une toux depuis 3 jours. Motif ?")]  # fmt: skip
    pieces: list[str] = []
    done = backend.complete(ask, max_tokens=48, temperature=0.0, response_format=schema,
                            on_token=pieces.append)  # fmt: skip
    assert done.completion_tokens > 0 and done.latency_s > 0
    assert len(pieces) > 3 and "".join(pieces) == done.text
    assert isinstance(json.loads(done.text)["motif"], str)
