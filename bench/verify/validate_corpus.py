#!/usr/bin/env python3
"""Validate the verifier benchmark corpus (bench/verify/corpus.jsonl).

Usage:
    python bench/verify/validate_corpus.py [CORPUS.jsonl] [--no-composition] [--lint]

Checks (any failure -> exit status 1):
  * schema: required fields, allowed genres and error types, use_case == genre,
    unique ids, drug_omission has output_text null and a source_text;
  * every output_text occurs in output at least `occurrence` times, every
    source_text occurs in source;
  * composition targets of the benchmark brief (skip with --no-composition,
    e.g. to validate files produced by inject.py): >= 75 cases, >= 50 error
    cases with 1-3 errors, >= 25 clean cases, >= 8 cases per genre, minimum
    count per error type, text lengths, no error-prone notation in clean
    outputs.
Prints the counts per type and per genre.

--lint adds heuristic warnings (never failures): numbers and dates of an
output that do not appear in its source outside annotated spans.  They are a
reviewing aid for corpus authors: legitimate paraphrases (1 g = 1000 mg,
13/8 = 130/80) are tolerated by simple rules, the rest must be read by a human.
"""

import argparse
import collections
import contextlib
import json
import re
import sys
from pathlib import Path

GENRES = [
    "consultation_note",
    "discharge_letter",
    "prescription_summary",
    "patient_leaflet",
    "literature_synthesis",
    "admin_form",
]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from inject import TYPES  # noqa: E402  (one list of error types for the injector and the validator)

MIN_PER_TYPE = {
    "number": 8,
    "unit": 6,
    "frequency": 5,
    "drug": 6,
    "lasa": 5,
    "drug_omission": 5,
    "negation": 8,
    "hypothesis": 4,
    "date": 5,
    "laterality": 5,
    "citation": 5,
    "notation": 5,
    "dose": 5,
}
REQUIRED = ["id", "genre", "use_case", "source", "output", "errors"]
ERR_KEYS = ["type", "output_text", "occurrence", "source_text", "note"]

# Error-prone notations that must not appear in clean outputs.
NOTATION_PATTERNS = [
    (r"\d,0+\s?(?:mg|g|µg|μg|mL|ml|UI)\b", "trailing zero"),
    (r"(?<![\d\w]),\d+\s?(?:mg|g|µg|μg|mL|ml|UI)\b", "naked decimal"),
    (r"\d\s?U\b(?!I)", "U for unités"),
    (r"\d\s?cc\b", "cc for mL"),
    (r"\d\s?(?:ug|mcg)\b", "ug/mcg for µg"),
]


def find_nth(hay, needle, n):
    """Index of the n-th (1-based) occurrence of needle in hay, or -1."""
    start = -1
    for _ in range(n):
        start = hay.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def load(path):
    cases = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                cases.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                cases.append((lineno, exc))
    return cases


def check_case(c, problems):
    cid = c.get("id", "?")
    for k in REQUIRED:
        if k not in c:
            problems.append(f"{cid}: missing field {k!r}")
            return
    if c["genre"] not in GENRES:
        problems.append(f"{cid}: unknown genre {c['genre']!r}")
    if c["use_case"] != c["genre"]:
        problems.append(f"{cid}: use_case != genre")
    if not isinstance(c["source"], str) or not isinstance(c["output"], str):
        problems.append(f"{cid}: source/output must be strings")
        return
    if not isinstance(c["errors"], list):
        problems.append(f"{cid}: errors must be a list")
        return
    for i, e in enumerate(c["errors"]):
        tag = f"{cid} error[{i}]"
        if not isinstance(e, dict):
            problems.append(f"{tag}: not an object")
            continue
        for k in ERR_KEYS:
            if k not in e:
                problems.append(f"{tag}: missing key {k!r}")
        t = e.get("type")
        if t not in TYPES:
            problems.append(f"{tag}: unknown type {t!r}")
        ot, st = e.get("output_text"), e.get("source_text")
        occ = e.get("occurrence", 1)
        if not isinstance(occ, int) or occ < 1:
            problems.append(f"{tag}: occurrence must be an int >= 1")
            occ = 1
        if t == "drug_omission":
            if ot is not None:
                problems.append(f"{tag}: drug_omission must have output_text null")
            if not st:
                problems.append(f"{tag}: drug_omission requires source_text")
            elif st.lower() in c["output"].lower():
                problems.append(f"{tag}: omitted drug {st!r} still appears in output")
        else:
            if not ot:
                problems.append(f"{tag}: output_text required for type {t}")
            elif find_nth(c["output"], ot, occ) < 0:
                problems.append(f"{tag}: output_text {ot!r} not found (occurrence {occ}) in output")
        if st is not None and st not in c["source"]:
            problems.append(f"{tag}: source_text {st!r} not found in source")
        if not isinstance(e.get("note", ""), str):
            problems.append(f"{tag}: note must be a string")


# ---------------------------------------------------------------- lint helpers
NUM_RE = re.compile(
    r"(?<![\w,])\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?(?![\w])|(?<![\w,])\d+(?:[.,]\d+)?"
)
DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def _num_values(text):
    vals = set()
    for m in re.finditer(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?", text):
        tok = re.sub(r"[ \u00a0\u202f]", "", m.group()).replace(",", ".")
        with contextlib.suppress(ValueError):
            vals.add(float(tok))
        # also the digits without grouping (e.g. "2 210" may be two numbers)
        for part in re.split(r"[ \u00a0\u202f]", m.group()):
            with contextlib.suppress(ValueError):
                vals.add(float(part.replace(",", ".")))
    return vals


WORD_NUMBERS = {
    "un": 1,
    "une": 1,
    "premier": 1,
    "première": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "demi": 0.5,
    "quart": 0.25,
    "semaine": 7,
    "mois": 1,
}
MONTHS = {
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
}


def _word_values(text):
    vals = set()
    for w in re.findall(r"[a-zéèêûôâîç]+", text.lower()):
        if w in WORD_NUMBERS:
            vals.add(float(WORD_NUMBERS[w]))
        if w in MONTHS:
            vals.add(float(MONTHS[w]))
    return vals


def _supported(v, pool):
    for f in (1, 1000, 0.001, 10, 0.1, 100, 0.01):
        if any(abs(v * f - p) < 1e-9 for p in pool):
            return True
    return False


def lint_case(c):
    warns = []
    out = c["output"]
    masked = list(out)
    for e in c["errors"]:
        ot = e.get("output_text")
        if not ot:
            continue
        i = find_nth(out, ot, e.get("occurrence", 1) or 1)
        if i >= 0:
            for j in range(i, i + len(ot)):
                masked[j] = " "
    masked = "".join(masked)
    pool = _num_values(c["source"]) | _word_values(c["source"])
    for m in re.finditer(r"\d+(?:[.,]\d+)?", masked):
        v = float(m.group().replace(",", "."))
        if not _supported(v, pool):
            ctx = masked[max(0, m.start() - 25) : m.end() + 15].replace("\n", " ")
            warns.append(f"number {m.group()!r} not in source: …{ctx}…")
    for m in DATE_RE.finditer(masked):
        if m.group() not in c["source"]:
            warns.append(f"date {m.group()!r} not verbatim in source (check reformat)")
    return warns


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "corpus", nargs="?", default=str(Path(__file__).resolve().parent / "corpus.jsonl")
    )
    ap.add_argument("--no-composition", action="store_true", help="only schema and span checks")
    ap.add_argument("--lint", action="store_true", help="print heuristic warnings")
    args = ap.parse_args(argv)

    problems = []
    cases = []
    seen = set()
    for lineno, c in load(args.corpus):
        if isinstance(c, Exception):
            problems.append(f"line {lineno}: invalid JSON ({c})")
            continue
        if c.get("id") in seen:
            problems.append(f"line {lineno}: duplicate id {c.get('id')!r}")
        seen.add(c.get("id"))
        check_case(c, problems)
        cases.append(c)

    per_type = collections.Counter()
    per_genre = collections.Counter()
    per_genre_clean = collections.Counter()
    per_genre_type = collections.defaultdict(collections.Counter)
    n_err_cases = n_clean = 0
    src_len, out_len = [], []
    for c in cases:
        if not all(k in c for k in REQUIRED):
            continue
        g = c["genre"]
        per_genre[g] += 1
        errs = c["errors"]
        if errs:
            n_err_cases += 1
        else:
            n_clean += 1
            per_genre_clean[g] += 1
        for e in errs:
            if isinstance(e, dict):
                per_type[e.get("type")] += 1
                per_genre_type[g][e.get("type")] += 1
        src_len.append((len(c["source"]), c["id"]))
        out_len.append((len(c["output"]), c["id"]))

    if not args.no_composition:
        if len(cases) < 75:
            problems.append(f"composition: {len(cases)} cases < 75")
        if n_err_cases < 50:
            problems.append(f"composition: {n_err_cases} error cases < 50")
        if n_clean < 25:
            problems.append(f"composition: {n_clean} clean cases < 25")
        for c in cases:
            if c.get("errors") and not 1 <= len(c["errors"]) <= 3:
                problems.append(f"{c['id']}: {len(c['errors'])} errors (expected 1-3)")
        for g in GENRES:
            if per_genre[g] < 8:
                problems.append(f"composition: genre {g} has {per_genre[g]} cases < 8")
        for t, m in MIN_PER_TYPE.items():
            if per_type[t] < m:
                problems.append(f"composition: type {t} has {per_type[t]} errors < {m}")
        for n, cid in src_len:
            if not 400 <= n <= 5200:
                problems.append(f"{cid}: source length {n} outside 400-5200")
        for n, cid in out_len:
            if not 200 <= n <= 2000:
                problems.append(f"{cid}: output length {n} outside 200-2000")
        for c in cases:
            if c.get("errors") == []:
                for pat, label in NOTATION_PATTERNS:
                    m = re.search(pat, c["output"])
                    if m:
                        problems.append(
                            f"{c['id']}: clean output contains error-prone notation ({label}): {m.group()!r}"
                        )

    # ------------------------------------------------------------- report
    print(f"corpus: {args.corpus}")
    print(
        f"cases: {len(cases)}  (with errors: {n_err_cases}, clean: {n_clean}, errors total: {sum(per_type.values())})"
    )
    print("\nerrors per type:")
    for t in TYPES:
        print(
            f"  {t:<14} {per_type[t]:>3}"
            + (f"   (min {MIN_PER_TYPE[t]})" if not args.no_composition else "")
        )
    print("\ncases per genre (clean):")
    for g in GENRES:
        print(f"  {g:<22} {per_genre[g]:>3}  ({per_genre_clean[g]} clean)")
    print("\nerrors per genre x type:")
    for g in GENRES:
        row = ", ".join(f"{t}={n}" for t, n in sorted(per_genre_type[g].items()))
        print(f"  {g:<22} {row}")
    if src_len:
        ls = sorted(n for n, _ in src_len)
        lo = sorted(n for n, _ in out_len)
        print(
            f"\nsource length: min {ls[0]}, median {ls[len(ls) // 2]}, max {ls[-1]}; "
            f"> 3000 chars: {sum(1 for n in ls if n > 3000)}"
        )
        print(f"output length: min {lo[0]}, median {lo[len(lo) // 2]}, max {lo[-1]}")

    if args.lint:
        print("\nlint warnings (heuristic, review by hand):")
        for c in cases:
            if all(k in c for k in REQUIRED):
                for w in lint_case(c):
                    print(f"  {c['id']}: {w}")

    if problems:
        print(f"\nFAILED: {len(problems)} problem(s)")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
