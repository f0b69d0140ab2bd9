#!/usr/bin/env python3
"""Validate a Vérifier II corpus file (cases or qualifier items) against SPEC.md.

    python bench/verify/v2/validate.py FILE.jsonl [FILE.jsonl ...] [--quiet]

Cases: schema, spans found in the texts, counts by use case, style and error type.
Qualifier items (files named qualifiers_*): schema and targets found in the text.
Exit status 1 on any problem; counts only (never the texts) are printed.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

USE_CASES = {
    "consultation_note", "discharge_letter", "prescription_summary", "patient_leaflet",
    "literature_synthesis", "admin_form", "reformulation",
}  # fmt: skip
TYPES = {
    "negation", "hypothesis", "antonym", "laterality", "instruction", "person", "duration",
    "number", "unit", "frequency", "dose", "drug", "lasa", "drug_omission", "omission", "date",
    "citation", "notation",
}  # fmt: skip
NULL_OUTPUT = {"omission", "drug_omission"}
STATUSES = {"affirmed", "negated", "hypothesis", "family", "history", "conditional"}


def nth(hay: str, needle: str, n: int) -> int:
    start = -1
    for _ in range(max(n, 1)):
        start = hay.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def check_case(c: dict, problems: list[str]) -> None:
    cid = c.get("id", "?")
    for key in ("id", "use_case", "source_style", "source", "output", "errors"):
        if key not in c:
            problems.append(f"{cid}: missing {key}")
            return
    if c["use_case"] not in USE_CASES:
        problems.append(f"{cid}: unknown use_case {c['use_case']!r}")
    if c["source_style"] not in ("transcript", "written"):
        problems.append(f"{cid}: source_style must be transcript or written")
    if not c["source"].strip() or not c["output"].strip():
        problems.append(f"{cid}: empty source or output")
    if len(c["errors"]) > 2:
        problems.append(f"{cid}: more than 2 errors")
    for e in c["errors"]:
        t = e.get("type")
        if t not in TYPES:
            problems.append(f"{cid}: unknown error type {t!r}")
            continue
        for key in ("output_text", "occurrence", "source_text", "edit", "dialogue", "note"):
            if key not in e:
                problems.append(f"{cid}: error {t} missing {key}")
        if e.get("edit") not in ("one_word", "rewrite"):
            problems.append(f"{cid}: error {t}: edit must be one_word or rewrite")
        if not isinstance(e.get("dialogue"), bool):
            problems.append(f"{cid}: error {t}: dialogue must be true or false")
        out, src = e.get("output_text"), e.get("source_text")
        if t in NULL_OUTPUT:
            if out is not None:
                problems.append(f"{cid}: {t} must have output_text null")
            if not src:
                problems.append(f"{cid}: {t} needs a source_text")
        elif not out:
            problems.append(f"{cid}: {t} needs an output_text")
        elif nth(c["output"], out, int(e.get("occurrence") or 1)) < 0:
            problems.append(
                f"{cid}: output_text of {t} not found (occurrence {e.get('occurrence')})"
            )
        if src and src not in c["source"]:
            problems.append(f"{cid}: source_text of {t} not found in source")


def check_item(q: dict, problems: list[str]) -> None:
    qid = q.get("id", "?")
    for key in ("id", "text", "target", "occurrence", "status", "dialogue"):
        if key not in q:
            problems.append(f"{qid}: missing {key}")
            return
    if q["status"] not in STATUSES:
        problems.append(f"{qid}: unknown status {q['status']!r}")
    if nth(q["text"], q["target"], int(q["occurrence"])) < 0:
        problems.append(f"{qid}: target not found at occurrence {q['occurrence']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args()
    problems: list[str] = []
    for path in args.files:
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    problems.append(f"{path.name}:{n}: invalid JSON ({exc})")
        ids = collections.Counter(r.get("id") for r in rows)
        problems += [f"{path.name}: duplicate id {i}" for i, k in ids.items() if k > 1]
        if path.name.startswith("qualifiers"):
            for q in rows:
                check_item(q, problems)
            st = collections.Counter(q.get("status") for q in rows)
            dia = sum(bool(q.get("dialogue")) for q in rows)
            print(
                f"{path.name}: {len(rows)} items, dialogue {dia}; "
                + ", ".join(f"{k} {v}" for k, v in sorted(st.items()))
            )
            continue
        for c in rows:
            check_case(c, problems)
        faithful = [c for c in rows if not c.get("errors")]
        spoken = sum(c.get("source_style") == "transcript" for c in faithful)
        types = collections.Counter(e.get("type") for c in rows for e in c.get("errors", []))
        one_word = collections.Counter(
            e.get("type") for c in rows for e in c.get("errors", []) if e.get("edit") == "one_word"
        )
        dialogue = collections.Counter(
            e.get("type") for c in rows for e in c.get("errors", []) if e.get("dialogue")
        )
        uc = collections.Counter(c.get("use_case") for c in rows)
        print(
            f"{path.name}: {len(rows)} cases, {len(faithful)} faithful ({spoken} from a transcript)"
        )
        print("  use cases: " + ", ".join(f"{k} {v}" for k, v in sorted(uc.items())))
        print(
            "  errors: "
            + ", ".join(
                f"{k} {v} (one_word {one_word[k]}, dialogue {dialogue[k]})"
                for k, v in sorted(types.items())
            )
        )
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
