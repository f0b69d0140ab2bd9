"""A real local HTTP server speaking the OpenAI chat-completions protocol, for tests.

It records every request it receives and answers from a script: a normal completion, an HTTP
error (with headers), a delay before answering, or a body that is not JSON.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    text: str = "Réponse du modèle."
    status: int = 200
    delay_s: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # send these bytes instead of a completion
    usage: bool = True
    chunk: int = 4  # characters per streamed delta (small: placeholders get split)
    cut_after: int | None = None  # streaming: drop the connection after this many deltas
    chunk_delay_s: float = 0.0  # streaming: pause before each delta (a model generating slowly)


class FakeOpenAI:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.script: deque[Reply] = deque()
        self.default = Reply()  # the answer when the script is empty
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(body)
                fake.headers.append(dict(self.headers))
                try:
                    reply = fake.script.popleft()
                except IndexError:
                    reply = fake.default
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                if body.get("stream") and reply.status < 400 and reply.raw is None:
                    self.stream(body, reply)
                    return
                payload = reply.raw if reply.raw is not None else json.dumps(
                    fake.completion(body, reply) if reply.status < 400
                    else {"error": {"message": f"erreur simulée {reply.status}", "type": "test"}}
                ).encode()  # fmt: skip
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def stream(self, body: dict[str, Any], reply: Reply) -> None:
                """Server-sent events: one delta per `chunk` characters, usage, then [DONE]."""
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                text = reply.text
                pieces = [text[i : i + reply.chunk] for i in range(0, len(text), reply.chunk)]
                events: list[dict[str, Any]] = []
                for n, piece in enumerate(pieces):
                    if reply.cut_after is not None and n >= reply.cut_after:
                        self.close_connection = True
                        self.wfile.flush()
                        return
                    if reply.chunk_delay_s:
                        time.sleep(reply.chunk_delay_s)
                    events.append(fake.chunk(body, {"content": piece}, None))
                    self.send_event(events[-1])
                self.send_event(fake.chunk(body, {}, "stop"))
                if reply.usage and (body.get("stream_options") or {}).get("include_usage"):
                    usage = {"prompt_tokens": 42, "completion_tokens": len(pieces),
                             "total_tokens": 42 + len(pieces)}  # fmt: skip
                    self.send_event({**fake.chunk(body, {}, None), "choices": [], "usage": usage})
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def send_event(self, data: dict[str, Any]) -> None:
                try:
                    self.wfile.write(b"data: " + json.dumps(data).encode() + b"\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def completion(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": reply.text}}],
        }  # fmt: skip
        if reply.usage:
            data["usage"] = {"prompt_tokens": 42, "completion_tokens": 7, "total_tokens": 49}
        return data

    @staticmethod
    def chunk(body: dict[str, Any], delta: dict[str, str], finish: str | None) -> dict[str, Any]:
        return {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body.get("model", "fake"),
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}  # fmt: skip

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
