"""Server-sent events, as the workbench's progress pages read them."""

from __future__ import annotations

import json
from typing import Any


def event(kind: str, data: dict[str, Any]) -> bytes:
    return f"event: {kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()
