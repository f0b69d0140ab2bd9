"""The OpenAI-compatible gateway: `POST /v1/chat/completions` through the governed pipeline.

A client (an EHR, a script, an assistant) speaks the OpenAI protocol to avec instead of to the
model. avec authenticates the key, takes the use case from the `X-Avec-Use-Case` header or
`metadata.avec_use_case`, runs the whole pipeline and answers the usual completion object plus
an `avec` object: request id, status (pending review), findings, what was pseudonymised, and
where to review. Errors follow OpenAI's error shape, with French messages.
"""

from __future__ import annotations

import json
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from avec import __version__
from avec.llm import LLMError
from avec.pipeline import Exceeded, Pipeline, Refused
from avec.store.accounts import key_owner

MAX_BODY = 1_000_000
_REFUSAL_STATUS = {
    "unknown_use_case": 400, "forbidden_use": 403, "insufficient_level": 403, "unknown_model": 404,
    "model_not_allowed": 403, "no_model": 503, "source_too_long": 413,
}  # fmt: skip
_LLM_STATUS = {"timeout": 504, "unavailable": 502, "http": 502, "protocol": 502, "refused": 503}


def error(
    status: int, message: str, code: str, kind: str = "invalid_request_error"
) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind, "code": code, "param": None}},
                        status_code=status)  # fmt: skip


def create_app(pipeline: Pipeline, engine: Engine) -> FastAPI:
    app = FastAPI(title="avec — passerelle OpenAI-compatible", version=__version__)

    def caller(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return None
        return key_owner(engine, header[7:].strip())

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/v1/models", response_model=None)
    def models(request: Request) -> Any:
        if caller(request) is None:
            return error(
                401, "Clé d'API absente ou invalide.", "invalid_api_key", "authentication_error"
            )
        data = [
            {"id": m.id, "object": "model", "created": 0, "owned_by": m.provider,
             "avec": {"label": m.label, "backend": m.backend.value, "hosting": m.hosting,
                      "hds_certified": m.hds_certified, "identifying_allowed": m.identifying_allowed,
                      "is_ai": m.is_ai, "known_limits": m.known_limits}}
            for m in pipeline.policy.models
        ]  # fmt: skip
        return {"object": "list", "data": data}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(request: Request) -> Any:
        owner = caller(request)
        if owner is None:
            return error(
                401, "Clé d'API absente ou invalide.", "invalid_api_key", "authentication_error"
            )
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
        if body.get("stream"):
            return error(400, "Le mode « stream » n'est pas encore disponible : les constats de vérification "
                              "portent sur le texte complet.", "stream_unsupported")  # fmt: skip
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
        try:
            outcome = await run_in_threadpool(
                pipeline.run, str(use_case), source, actor=f"key:{owner}", level=3,
                model_id=body.get("model"), instruction=instruction,
            )  # fmt: skip
        except Exceeded as exc:
            response = error(429, str(exc), "rate_limited", "rate_limit_error")
            response.headers["Retry-After"] = str(exc.retry_after_s)
            return response
        except Refused as exc:
            return error(_REFUSAL_STATUS.get(exc.code, 400), str(exc), exc.code, "policy_error")
        except LLMError as exc:
            return error(
                _LLM_STATUS.get(exc.kind, 502), str(exc), f"upstream_{exc.kind}", "upstream_error"
            )
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
                "usage": {
                    "prompt_tokens": c.prompt_tokens,
                    "completion_tokens": c.completion_tokens,
                    "total_tokens": c.prompt_tokens + c.completion_tokens,
                },
                "avec": {
                    "request_id": outcome.request_id,
                    "status": outcome.status,
                    "findings": [f.to_dict() for f in outcome.report.findings],
                    "pseudonymised": outcome.entities,
                    "is_ai": c.is_ai,
                    "lint": {
                        "score": outcome.lint.score,
                        "issues": [vars(i) for i in outcome.lint.issues],
                    },
                    "review_url": f"/relecture/{outcome.request_id}",
                },
            }
        )  # fmt: skip  (JSONResponse: no jsonable_encoder pass over the findings)

    return app


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
