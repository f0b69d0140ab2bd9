"""A real local HTTP server speaking the OpenAI `/v1/audio/transcriptions` protocol, for tests.

It parses each multipart upload (file, model, language, response_format), records it and answers
from a script: a transcription, an HTTP error (with headers), a delay, or a body that is not JSON.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Upload:
    path: str
    headers: dict[str, str]
    fields: dict[str, str]
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Reply:
    text: str = "Le patient tousse depuis trois jours."
    status: int = 200
    delay_s: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # send these bytes instead of a transcription
    duration: float = 4.2


def parse_multipart(content_type: str, body: bytes) -> Upload:
    message = BytesParser(policy=policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, str] = {}
    upload = Upload("", {}, fields, None, None, b"")
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if name == "file":
            upload.filename = part.get_filename()
            upload.content_type = part.get_content_type()
            upload.data = payload
        else:
            fields[str(name)] = payload.decode()
    return upload


class FakeWhisper:
    def __init__(self) -> None:
        self.uploads: list[Upload] = []
        self.script: deque[Reply] = deque()
        self.default = Reply()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                upload = parse_multipart(self.headers["Content-Type"], self.rfile.read(length))
                upload.path, upload.headers = self.path, dict(self.headers)
                fake.uploads.append(upload)
                try:
                    reply = fake.script.popleft()
                except IndexError:
                    reply = fake.default
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                payload = reply.raw if reply.raw is not None else json.dumps(
                    fake.transcription(upload, reply) if reply.status < 400
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

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    @staticmethod
    def transcription(upload: Upload, reply: Reply) -> dict[str, Any]:
        if upload.fields.get("response_format") != "verbose_json":
            return {"text": reply.text}
        half = reply.duration / 2
        words = reply.text.split()
        cut = len(words) // 2
        return {
            "task": "transcribe", "language": "french", "duration": reply.duration,
            "text": reply.text,
            "segments": [
                {"id": 0, "start": 0.0, "end": half, "text": " " + " ".join(words[:cut])},
                {"id": 1, "start": half, "end": reply.duration, "text": " " + " ".join(words[cut:])},
            ],
        }  # fmt: skip

    def __enter__(self) -> FakeWhisper:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
