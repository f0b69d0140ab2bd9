"""Labels of vital signs, lab values and scores (`data/measurements.toml`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from avec.clinical.resources import load_toml
from avec.text.span import Span


@dataclass(frozen=True, slots=True)
class MeasureMention:
    span: Span
    measure: str  # id, e.g. "blood_pressure"


@cache
def _label_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    by_label: dict[str, str] = {}
    for row in load_toml("measurements.toml")["measure"]:
        for label in row["labels"]:
            by_label[label] = row["id"]
    ordered = sorted(by_label, key=len, reverse=True)
    # a plural « s » only after a word: « pas » is not « PA », « fcs » nothing
    long = "|".join(re.escape(label) for label in ordered if len(label) > 2)
    short = "|".join(re.escape(label) for label in ordered if len(label) <= 2)
    return re.compile(rf"(?<![\w])(?:(?P<label>{long})s?|(?P<short>{short}))(?![\w+])"), by_label


def find_measures(folded: str) -> list[MeasureMention]:
    pattern, by_label = _label_regex()
    return [
        MeasureMention(Span(m.start(), m.end()), by_label[m.group("label") or m.group("short")])
        for m in pattern.finditer(folded)
    ]
