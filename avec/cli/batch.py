"""JSONL batches shared by commands: stream lines, one JSON result per line, errors per line."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from avec.cli.errors import FINDINGS, OK, UNUSABLE_INPUT, fail
from avec.cli.inputs import InputError
from avec.cli.messages import t

# Handles one case (a JSON object, its line number) and returns the output object, or raises
# InputError / a declared user error with a French message.
Handler = Callable[[dict[str, Any], int], dict[str, Any]]


def run_batch(path: str, handle: Handler, has_findings: Callable[[dict[str, Any]], bool],
              user_errors: tuple[type[Exception], ...] = ()) -> int:  # fmt: skip
    """One JSON line out per case, in order, streaming: a batch may be larger than memory."""
    try:
        lines = batch_lines(path)
        first = next(lines, None)
    except InputError as exc:
        raise fail(str(exc)) from None
    if first is None:
        raise fail(t("batch.empty"))
    worst = OK
    for number, raw in itertools.chain([first], lines):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            result: dict[str, Any] = {"id": None, "error": t("batch.not_utf8", number=number)}
        else:
            if not line.strip():
                continue
            result = _case(line, number, handle, user_errors)
        if "error" in result:
            worst = UNUSABLE_INPUT
        elif worst == OK and has_findings(result):
            worst = FINDINGS
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return worst


def batch_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """(line number, raw line) of a JSONL file or stdin; a binary file is refused up front."""
    if path == "-":
        stream = sys.stdin.buffer
    else:
        p = Path(path)
        if not p.is_file():
            raise InputError(t("batch.missing", path=path))
        stream = p.open("rb")
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    if b"\x00" in head:
        raise InputError(t("batch.binary"))
    return ((n, raw) for n, raw in enumerate(stream, start=1))


def _case(line: str, number: int, handle: Handler,
          user_errors: tuple[type[Exception], ...]) -> dict[str, Any]:  # fmt: skip
    case_id: Any = None
    try:
        case = json.loads(line)
        if not isinstance(case, dict):
            raise InputError(t("batch.not_object", number=number))
        case_id = case.get("id")
        return handle(case, number)
    except json.JSONDecodeError as exc:
        return {
            "id": case_id,
            "error": t("batch.bad_json", number=number, reason=exc.msg, column=exc.colno),
        }
    except InputError as exc:
        return {"id": case_id, "error": str(exc)}
    except user_errors as exc:
        return {"id": case_id, "error": str(exc)}
