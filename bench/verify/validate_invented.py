#!/usr/bin/env python3
"""Check invented.jsonl and paraphrases.jsonl against the corpus files.

Stdlib only. Exits 1 on any problem, prints counts otherwise.

    python bench/verify/validate_invented.py
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = {"dev": HERE / "corpus.jsonl", "heldout": HERE / "heldout.jsonl"}
GENRES = ("consultation_note", "discharge_letter", "prescription_summary", "admin_form")
KINDS = ("symptom", "advice", "history", "exam", "plan", "social", "conclusion")
MIN_WORDS, MAX_WORDS = 5, 25
N_PARAPHRASES = 15

problems = []


def problem(msg):
    problems.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                problem(f"{path.name}:{n}: invalid JSON ({e})")
    return rows


def count_overlapping(text, sub):
    n, i = 0, text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n


def word_count(s):
    return len(re.findall(r"[\w'’/,.-]+", s))


def check_after(where, output, after):
    """`after` must occur once and end a sentence or a line."""
    if not after:
        problem(f"{where}: empty 'after'")
        return
    n = count_overlapping(output, after)
    if n != 1:
        problem(f"{where}: 'after' occurs {n} times in the output: {after!r}")
        return
    end = output.find(after) + len(after)
    nxt = output[end : end + 1]
    if nxt in ("", "\n"):
        return
    if after[-1] in ".!?" and nxt.isspace():
        return
    problem(f"{where}: 'after' does not end a sentence or a line: {after!r}")


def main():
    cases = {}
    for corpus, path in CORPORA.items():
        for _, row in load_jsonl(path):
            cases[(corpus, row["id"])] = row
    eligible = {k for k, r in cases.items() if r["genre"] in GENRES}

    # ---- invented.jsonl
    inv_path = HERE / "invented.jsonl"
    inv = load_jsonl(inv_path)
    seen = Counter()
    by_kind_corpus = Counter()
    by_genre_kind = Counter()
    for n, r in inv:
        where = f"invented.jsonl:{n} ({r.get('case')})"
        missing = {"case", "corpus", "kind", "statement", "after", "note"} - r.keys()
        if missing:
            problem(f"{where}: missing fields {sorted(missing)}")
            continue
        key = (r["corpus"], r["case"])
        if r["corpus"] not in CORPORA:
            problem(f"{where}: corpus must be dev or heldout, got {r['corpus']!r}")
            continue
        if key not in cases:
            problem(f"{where}: no case {r['case']} in {CORPORA[r['corpus']].name}")
            continue
        case = cases[key]
        if case["genre"] not in GENRES:
            problem(f"{where}: genre {case['genre']} is not covered")
        if r["kind"] not in KINDS:
            problem(f"{where}: unknown kind {r['kind']!r}")
        s = r["statement"].strip()
        wc = word_count(s)
        if not (MIN_WORDS <= wc <= MAX_WORDS):
            problem(f"{where}: statement has {wc} words (expected {MIN_WORDS}-{MAX_WORDS})")
        if s in case["source"]:
            problem(f"{where}: statement is verbatim in the source")
        if not r["note"].strip():
            problem(f"{where}: empty note")
        check_after(where, case["output"], r["after"])
        seen[key] += 1
        by_kind_corpus[(r["kind"], r["corpus"])] += 1
        by_genre_kind[(case["genre"], r["kind"])] += 1
    for key in sorted(eligible):
        if seen[key] != 1:
            problem(
                f"invented.jsonl: case {key[1]} ({key[0]}) has {seen[key]} statements (expected 1)"
            )

    # ---- paraphrases.jsonl
    par_path = HERE / "paraphrases.jsonl"
    par = load_jsonl(par_path)
    par_corpus = Counter()
    for n, r in par:
        where = f"paraphrases.jsonl:{n} ({r.get('case')})"
        missing = {"case", "corpus", "statement", "after", "source_text"} - r.keys()
        if missing:
            problem(f"{where}: missing fields {sorted(missing)}")
            continue
        key = (r["corpus"], r["case"])
        if key not in cases:
            problem(f"{where}: no case {r['case']} in corpus {r['corpus']!r}")
            continue
        case = cases[key]
        if case["genre"] not in GENRES:
            problem(f"{where}: genre {case['genre']} is not covered")
        if not r["source_text"] or r["source_text"] not in case["source"]:
            problem(f"{where}: source_text not found in the source: {r['source_text']!r}")
        if r["statement"].strip() == r["source_text"].strip():
            problem(f"{where}: statement is a copy of source_text, not a paraphrase")
        check_after(where, case["output"], r["after"])
        par_corpus[r["corpus"]] += 1
    if len(par) != N_PARAPHRASES:
        problem(f"paraphrases.jsonl: {len(par)} lines (expected {N_PARAPHRASES})")
    dup = [k for k, v in Counter((r.get("corpus"), r.get("case")) for _, r in par).items() if v > 1]
    if dup:
        problem(f"paraphrases.jsonl: several paraphrases for {dup}")

    # ---- report
    print(f"invented statements: {len(inv)} (eligible cases: {len(eligible)})")
    print(f"  {'kind':<12}{'dev':>5}{'heldout':>9}{'total':>7}")
    for k in KINDS:
        d, h = by_kind_corpus[(k, "dev")], by_kind_corpus[(k, "heldout")]
        print(f"  {k:<12}{d:>5}{h:>9}{d + h:>7}")
    d = sum(v for (k, c), v in by_kind_corpus.items() if c == "dev")
    h = sum(v for (k, c), v in by_kind_corpus.items() if c == "heldout")
    print(f"  {'total':<12}{d:>5}{h:>9}{d + h:>7}")
    print("per genre:")
    for g in GENRES:
        parts = ", ".join(f"{k}={by_genre_kind[(g, k)]}" for k in KINDS if by_genre_kind[(g, k)])
        print(f"  {g:<22}{sum(by_genre_kind[(g, k)] for k in KINDS):>3}  ({parts})")
    print(
        f"paraphrase controls: {len(par)} (dev {par_corpus['dev']}, heldout {par_corpus['heldout']})"
    )

    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  - " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
