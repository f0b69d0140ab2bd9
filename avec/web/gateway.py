"""The OpenAI-compatible gateway: `POST /v1/chat/completions` through the governed pipeline.

A client (an EHR, a script, an assistant) speaks the OpenAI protocol to avec instead of to the
model. avec authenticates the key, takes the use case from the `X-Avec-Use-Case` header or
`metadata.avec_use_case`, runs the whole pipeline and answers the usual completion object plus
an `avec` object: request id, status (pending review), findings, what was pseudonymised, and
where to review. Errors follow OpenAI's error shape, with French messages.
"""

from __future__ import annotations

import asyncio
import functools
import json
import time
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from avec import __version__
from avec.llm import Completion, LLMError
from avec.pipeline import Exceeded, Outcome, Pipeline, Refused
from avec.store.accounts import KeyIdentity, authenticate_key

MAX_BODY = 1_000_000
_REFUSAL_STATUS = {
    "unknown_use_case": 400, "forbidden_use": 403, "insufficient_level": 403, "unknown_model": 404,
    "model_not_allowed": 403, "use_case_not_allowed": 403, "no_model": 503, "source_too_long": 413,
}  # fmt: skip
_LLM_STATUS = {"timeout": 504, "unavailable": 502, "http": 502, "protocol": 502, "refused": 503}


def error(
    status: int, message: str, code: str, kind: str = "invalid_request_error"
) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind, "code": code, "param": None}},
                        status_code=status)  # fmt: skip


def create_app(pipeline: Pipeline, engine: Engine) -> FastAPI:
    """The gateway alone (the workbench's app includes it too: avec.web.app)."""
    app = FastAPI(title="avec — passerelle OpenAI-compatible", version=__version__)
    add_gateway(app, pipeline, engine)
    return app


def add_gateway(app: FastAPI, pipeline: Pipeline, engine: Engine) -> None:
    """Register /health, /v1/models and /v1/chat/completions on `app`."""
    policy = pipeline.policy

    def caller(request: Request) -> KeyIdentity | None:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return None
        return authenticate_key(engine, header[7:].strip())

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/v1/models", response_model=None)
    def models(request: Request) -> Any:
        """The catalogue entries this key may use, each with the use cases it may use them for."""
        identity = caller(request)
        if identity is None:
            return _bad_key()
        usable: dict[str, list[str]] = {}
        for case in policy.use_cases:
            if case.min_level > identity.level or not _in(case.id, identity.use_cases):
                continue
            for card in policy.models_for(case):
                if _in(card.id, identity.models):
                    usable.setdefault(card.id, []).append(case.id)
        data = [
            {"id": m.id, "object": "model", "created": 0, "owned_by": m.provider,
             "avec": {"label": m.label, "backend": m.backend.value, "hosting": m.hosting,
                      "hds_certified": m.hds_certified, "identifying_allowed": m.identifying_allowed,
                      "is_ai": m.is_ai, "known_limits": m.known_limits, "use_cases": usable[m.id]}}
            for m in policy.models if m.id in usable
        ]  # fmt: skip
        return {"object": "list", "data": data}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(request: Request) -> Any:
        identity = await run_in_threadpool(caller, request)  # a database query: off the loop
        if identity is None:
            return _bad_key()
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return error(
                413, f"Requête trop volumineuse (maximum {MAX_BODY} octets).", "body_too_large"
            )
        try:
            body = json.loads(raw)
        except ValueError:
            return error(400, "Corps de requête JSON invalide.", "invalid_json")
        if not isinstance(body, dict):
            return error(400, "Un objet JSON est attendu.", "invalid_json")
        parsed = _messages(body)
        if isinstance(parsed, JSONResponse):
            return parsed
        source, instruction = parsed
        meta = body.get("metadata")
        metadata: dict[str, Any] = meta if isinstance(meta, dict) else {}
        use_case = request.headers.get("x-avec-use-case") or metadata.get("avec_use_case")
        if not use_case:
            return error(400, "Cas d'usage manquant : en-tête X-Avec-Use-Case ou metadata.avec_use_case.",
                         "missing_use_case")  # fmt: skip
        run = functools.partial(
            pipeline.run, str(use_case), source, actor=identity.actor, level=identity.level,
            owner=identity.user, use_cases=identity.use_cases, models=identity.models,
            model_id=body.get("model"), instruction=instruction,
        )  # fmt: skip
        if body.get("stream"):
            options = body.get("stream_options")
            usage = isinstance(options, dict) and bool(options.get("include_usage"))
            return await _streamed(run, usage, str(body.get("model") or ""))
        try:
            outcome = await run_in_threadpool(run)
        except (Exceeded, Refused, LLMError) as exc:
            return _failure(exc)
        c = outcome.completion
        return JSONResponse(
            {
                "id": f"chatcmpl-{outcome.request_id}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": outcome.model.id,
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": outcome.proposition},
                    }
                ],
                "usage": _usage(c),
                "avec": _avec(outcome),
            }
        )  # fmt: skip  (JSONResponse: no jsonable_encoder pass over the findings)


def _in(name: str, scope: frozenset[str] | None) -> bool:
    return scope is None or name in scope


def _bad_key() -> JSONResponse:
    return error(401, "Clé d'API absente ou invalide.", "invalid_api_key", "authentication_error")


def _failure(exc: Exception) -> JSONResponse:
    """The OpenAI-shaped error of a refusal, a limit or a model failure."""
    if isinstance(exc, Exceeded):
        response = error(429, str(exc), "rate_limited", "rate_limit_error")
        response.headers["Retry-After"] = str(exc.retry_after_s)
        return response
    if isinstance(exc, Refused):
        return error(_REFUSAL_STATUS.get(exc.code, 400), str(exc), exc.code, "policy_error")
    if isinstance(exc, LLMError):
        return error(
            _LLM_STATUS.get(exc.kind, 502), str(exc), f"upstream_{exc.kind}", "upstream_error"
        )
    raise exc


def _usage(c: Completion) -> dict[str, int]:
    return {"prompt_tokens": c.prompt_tokens, "completion_tokens": c.completion_tokens,
            "total_tokens": c.prompt_tokens + c.completion_tokens}  # fmt: skip


def _avec(outcome: Outcome) -> dict[str, Any]:
    return {
        "request_id": outcome.request_id,
        "status": outcome.status,
        "findings": [f.to_dict() for f in outcome.report.findings],
        "pseudonymised": outcome.entities,
        "is_ai": outcome.completion.is_ai,
        "lint": {"score": outcome.lint.score, "issues": [vars(i) for i in outcome.lint.issues]},
        "review_url": f"/relecture/{outcome.request_id}",
    }


async def _streamed(run: Callable[..., Outcome], include_usage: bool, model: str) -> Response:
    """`stream: true`: the re-identified text as it is generated, then the findings.

    The checks need the whole text, so they come after it: the last chunk (finish_reason
    "stop") carries the `avec` object, whose `content` is the full proposition the findings'
    spans point into. A refusal before generation is an ordinary JSON error with its status; a
    failure during generation is an `error` event, and the stream ends.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    def put(kind: str, value: Any) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, (kind, value))

    def work() -> None:
        try:
            put("done", run(on_text=lambda piece: put("text", piece)))
        except Exception as exc:  # handed to the event loop, which answers or reports it
            put("error", exc)

    worker = asyncio.ensure_future(run_in_threadpool(work))
    first = await queue.get()
    if first[0] == "error":
        await worker
        return _failure(first[1])
    ident, created = f"chatcmpl-{uuid.uuid4()}", int(time.time())

    def event(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
        chunk = {"id": ident, "object": "chat.completion.chunk", "created": created,
                 "model": extra.pop("model", model),
                 "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}  # fmt: skip
        return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"

    async def events() -> AsyncIterator[bytes]:
        yield event({"role": "assistant"})
        kind, value = first
        while True:
            if kind == "text":
                yield event({"content": value})
            elif kind == "done":
                outcome: Outcome = value
                final = {**_avec(outcome), "content": outcome.proposition}
                yield event({}, "stop", model=outcome.model.id, avec=final)
                if include_usage:
                    usage = _usage(outcome.completion)
                    yield b"data: " + json.dumps({"id": ident, "object": "chat.completion.chunk",
                        "created": created, "model": outcome.model.id, "choices": [],
                        "usage": usage}).encode() + b"\n\n"  # fmt: skip
                break
            else:
                body = json.loads(bytes(_failure(value).body))
                yield b"data: " + json.dumps(body, ensure_ascii=False).encode() + b"\n\n"
                break
            kind, value = await queue.get()
        yield b"data: [DONE]\n\n"
        await worker

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)


def _messages(body: dict[str, Any]) -> tuple[str, str | None] | JSONResponse:
    """The source (last user message) and the client's instructions (its system messages)."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return error(400, "« messages » doit être une liste non vide.", "invalid_messages")
    users = [m.get("content") for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    systems = [
        m.get("content") for m in messages if isinstance(m, dict) and m.get("role") == "system"
    ]
    if not users or not isinstance(users[-1], str) or not users[-1].strip():
        return error(
            400,
            "Aucun message utilisateur (la source à traiter) dans la requête.",
            "invalid_messages",
        )
    instruction = "\n".join(s for s in systems if isinstance(s, str)) or None
    return users[-1], instruction
