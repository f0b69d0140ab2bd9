#!/usr/bin/env python3
"""Build bench/verify/corpus.jsonl from the hand-written cases in corpus_src/.

Usage: python bench/verify/build_corpus.py [--out PATH]

The cases are authored as Python (easier to write multi-line French text);
corpus.jsonl is the artefact the benchmark reads.  Run validate_corpus.py
after rebuilding.
"""

import argparse
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = [
    "cases_consultation",
    "cases_discharge",
    "cases_prescription",
    "cases_leaflet",
    "cases_literature",
    "cases_admin",
]


def load_cases():
    sys.path.insert(0, str(HERE))
    cases = []
    for name in MODULES:
        mod = importlib.import_module("corpus_src." + name)
        cases.extend(mod.CASES)
    return cases


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    args = ap.parse_args(argv)
    cases = load_cases()
    with open(args.out, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {args.out}")


if __name__ == "__main__":
    main()
