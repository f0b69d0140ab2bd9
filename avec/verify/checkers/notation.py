"""Error-prone notation in the output (ISMP / ANSM): trailing zero "5,0 mg", naked decimal
",5 mg", "U" for unités, "cc", "µg" written "ug"/"mcg". Rules and their regular expressions are
data (`avec/clinical/data/error_prone_notations.toml`), each with its source."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from avec.clinical.resources import data_path, load_toml
from avec.text.span import Span
from avec.verify.document import Pair
from avec.verify.finding import Finding, Severity

CHECK = "notation"
RULES_FILE = "error_prone_notations.toml"


@dataclass(frozen=True, slots=True)
class NotationRule:
    id: str
    pattern: re.Pattern[str]
    severity: Severity
    message: str
    suggestion: str
    source: str


@cache
def notation_rules() -> tuple[NotationRule, ...]:
    if not data_path(RULES_FILE).is_file():
        return ()
    rules = []
    for row in load_toml(RULES_FILE).get("rule", []):
        if "pattern" not in row:
            continue  # documented rule without an automatic detector
        flags = re.IGNORECASE if row.get("ignore_case", False) else 0
        rules.append(
            NotationRule(
                row["id"],
                re.compile(row["pattern"], flags),
                Severity.parse(row["severity"]),
                row["message"],
                row["suggestion"],
                row.get("source", ""),
            )
        )
    return tuple(rules)


class NotationChecker:
    id: ClassVar[str] = CHECK
    label: ClassVar[str] = "Notations à risque d'erreur"

    def check(self, pair: Pair) -> Iterator[Finding]:
        text = pair.output.text
        for rule in notation_rules():
            for m in rule.pattern.finditer(text):
                yield Finding(
                    CHECK,
                    rule.id,
                    rule.severity,
                    Span(m.start(), m.end()),
                    None,
                    f"{rule.message} (« {m.group()} »)",
                    rule.suggestion,
                    rule.source,
                )
