"""Clinical concepts named by different words (`data/concepts.toml`): « HTA » and « hypertension
artérielle », « vous fumez » and « tabac ». One alternation over the folded text, linear."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from avec.text.span import Span


@cache
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    path = resources.files("avec.text") / "data" / "concepts.toml"
    with path.open("rb") as fh:
        groups: dict[str, list[str]] = tomllib.load(fh)["concept"]
    by_phrase = {" ".join(p.split()): key for key, phrases in groups.items() for p in phrases}
    body = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(by_phrase, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)"), by_phrase


def find_concepts(folded: str) -> list[tuple[Span, str]]:
    """(span, concept key) of every concept word or phrase of a folded text."""
    pattern, by_phrase = _table()
    return [
        (Span(m.start(), m.end()), by_phrase[" ".join(m.group().split())])
        for m in pattern.finditer(folded)
    ]
