"""Exit codes shared by commands, and the one-line error printer."""

from __future__ import annotations

import typer

OK, FINDINGS, UNUSABLE_INPUT = 0, 1, 2


def fail(message: str, code: int = UNUSABLE_INPUT) -> typer.Exit:
    """Print one clear line on stderr and return the Exit to raise."""
    typer.echo(f"avec : erreur : {message}", err=True)
    return typer.Exit(code)
