"""Shared writer of ``bench/RESULTS.md``.

The file starts with the line ``# Benchmark results`` and holds one ``## `` section per
benchmark. Each benchmark rewrites only its own section (from its heading line up to the next
line starting with ``## ``) and leaves the other sections untouched.
"""

from __future__ import annotations

from pathlib import Path

RESULTS_PATH = Path(__file__).resolve().parent / "RESULTS.md"
TITLE = "# Benchmark results"


def replace_section(document: str, marker: str, section: str) -> str:
    """Return ``document`` with the section whose heading line starts with ``marker`` replaced
    by ``section`` (or with ``section`` appended when there is no such section)."""
    body = section.strip("\n") + "\n"
    lines = document.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith(marker)), None)
    if start is None:
        if not document.strip():
            return f"{TITLE}\n\n{body}"
        return document.rstrip("\n") + "\n\n" + body
    end = next((j for j in range(start + 1, len(lines)) if lines[j].startswith("## ")), len(lines))
    before, after = "".join(lines[:start]), "".join(lines[end:])
    return before + body + ("\n" + after if after else "")


def write_section(marker: str, section: str, *, path: Path | None = None) -> None:
    """Replace (or append) the section starting with the line ``marker`` in RESULTS.md.

    ``marker`` is matched as a prefix of the heading line, so a heading carrying a date
    (``## Protéger — `avec pseudonymize` (2026-11-28)``) is found with the marker
    ``## Protéger — `avec pseudonymize```.
    """
    target = path or RESULTS_PATH
    document = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(replace_section(document, marker, section), encoding="utf-8")
