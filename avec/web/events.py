"""Server-sent events for the workbench's long steps (generation, transcription).

A step runs in a worker thread and reports (kind, value) pairs through `relay`; a browser that
reconnects — to this process or another — `follow`s the job's state in the vault instead of
starting it again.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from avec.privacy import Vault

Report = Callable[[str, Any], None]  # (kind, value): "progress", "text"…
POLL_S = 1.0


def event(kind: str, data: dict[str, Any]) -> bytes:
    return f"event: {kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


def sse(body: AsyncIterator[bytes]) -> StreamingResponse:
    return StreamingResponse(body, media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})  # fmt: skip


async def relay(work: Callable[[Report], None], expected: tuple[type[Exception], ...],
                unexpected: str) -> AsyncIterator[tuple[str, Any]]:  # fmt: skip
    """Run `work(report)` in a thread; yield what it reports, then ("done", None) or
    ("failed", French message). An unexpected error is also raised in the worker (logged)."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    def put(kind: str, value: Any) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, (kind, value))

    def run() -> None:
        try:
            work(put)
            put("done", None)
        except expected as exc:
            put("failed", str(exc))
        except Exception:
            put("failed", unexpected)
            raise

    worker = asyncio.ensure_future(run_in_threadpool(run))
    while True:
        kind, value = await queue.get()
        yield kind, value
        if kind in ("done", "failed"):
            break
    await asyncio.gather(worker, return_exceptions=True)


async def follow(
    vault: Vault, ref: str, url: Callable[[dict[str, Any]], str]
) -> AsyncIterator[bytes]:
    """A job started elsewhere (another tab, another process): wait for its end in the vault."""
    while True:
        current = await run_in_threadpool(vault.get, ref)
        if current.get("state") == "done":
            yield event("done", {"url": url(current)})
            return
        if current.get("state") == "failed":
            yield event("failed", {"message": current.get("error", "")})
            return
        yield b": en cours\n\n"
        await asyncio.sleep(POLL_S)
