"""Exit codes shared by commands, and the one-line error printer."""

from __future__ import annotations

import typer

from avec.cli.messages import t

OK, FINDINGS, UNUSABLE_INPUT = 0, 1, 2


def fail(message: str, code: int = UNUSABLE_INPUT) -> typer.Exit:
    """Print one clear line on stderr and return the Exit to raise."""
    typer.echo(t("error.prefix", message=message), err=True)
    return typer.Exit(code)
