"""Benchmark of the opt-in « support » check (statements without support in the source).

Independently written data (bench/verify/README.md): `invented.jsonl` — one invented statement
per case of the four genres where the default policy enables the check, inserted into the case's
output; `paraphrases.jsonl` — faithful restatements that must stay quiet. Also counts warnings
on the untouched outputs of those genres (all faithful apart from their annotated errors).
Dev and held-out are reported apart; the check was tuned on dev only.

    python bench/verify/support.py [--no-write] [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from avec.verify import Verifier  # noqa: E402
from bench.results import write_section  # noqa: E402

HERE = Path(__file__).resolve().parent
MARKER = "## Vérifier — contenu inventé"
GENRES = ("consultation_note", "discharge_letter", "prescription_summary", "admin_form")


def cases() -> dict[tuple[str, str], dict[str, Any]]:
    out = {}
    for corpus, name in (("dev", "corpus.jsonl"), ("heldout", "heldout.jsonl")):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            out[(corpus, case["id"])] = case
    return out


def insert(output: str, after: str, statement: str) -> tuple[str, int, int]:
    """The output with `statement` as its own sentence (or line) after `after`; its span."""
    at = output.index(after) + len(after)
    sep = "\n" if at >= len(output) or output[at] == "\n" else " "
    text = output[:at] + sep + statement + output[at:]
    start = at + len(sep)
    return text, start, start + len(statement)


def flagged(verifier: Verifier, source: str, text: str, start: int, end: int) -> bool:
    report = verifier.check(source, text)
    return any(
        f.output_span is not None and f.output_span.start < end and start < f.output_span.end
        for f in report.findings
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    verifier = Verifier(["support"])
    by_id = cases()
    found: dict[str, Counter[str]] = {"dev": Counter(), "heldout": Counter()}
    total: dict[str, Counter[str]] = {"dev": Counter(), "heldout": Counter()}
    for line in (HERE / "invented.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        case = by_id[(item["corpus"], item["case"])]
        text, start, end = insert(case["output"], item["after"], item["statement"])
        hit = flagged(verifier, case["source"], text, start, end)
        total[item["corpus"]][item["kind"]] += 1
        found[item["corpus"]][item["kind"]] += hit
        if args.misses and not hit:
            print(f"miss {item['corpus']} {item['case']} [{item['kind']}] {item['statement']}")
    quiet: Counter[str] = Counter()
    controls: Counter[str] = Counter()
    for line in (HERE / "paraphrases.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        case = by_id[(item["corpus"], item["case"])]
        text, start, end = insert(case["output"], item["after"], item["statement"])
        controls[item["corpus"]] += 1
        alarm = flagged(verifier, case["source"], text, start, end)
        quiet[item["corpus"]] += not alarm
        if args.misses and alarm:
            print(f"false alarm {item['corpus']} {item['case']} {item['statement']}")
    outputs: Counter[str] = Counter()
    noisy: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    for (corpus, _), case in by_id.items():
        if case["genre"] not in GENRES:
            continue
        n = len(verifier.check(case["source"], case["output"]).findings)
        outputs[corpus] += 1
        noisy[corpus] += n > 0
        warnings[corpus] += n

    kinds = sorted(total["dev"] | total["heldout"])
    rows = ["| kind | dev | held-out |", "|---|---|---|"]
    for kind in kinds:
        rows.append(f"| {kind} | {found['dev'][kind]}/{total['dev'][kind]} | "
                    f"{found['heldout'][kind]}/{total['heldout'][kind]} |")  # fmt: skip

    def share(corpus: str) -> str:
        n, k = sum(total[corpus].values()), sum(found[corpus].values())
        return f"{k}/{n} ({k / n:.0%})"

    rows.append(f"| **recall** | **{share('dev')}** | **{share('heldout')}** |")
    figures = [
        "| figure | dev | held-out |", "|---|---|---|",
        f"| invented statements caught | {share('dev')} | {share('heldout')} |",
        f"| paraphrase controls left quiet | {quiet['dev']}/{controls['dev']} | {quiet['heldout']}/{controls['heldout']} |",
        f"| faithful outputs with ≥ 1 warning | {noisy['dev']}/{outputs['dev']} | {noisy['heldout']}/{outputs['heldout']} |",
        f"| warnings on faithful outputs | {warnings['dev']} | {warnings['heldout']} |",
    ]  # fmt: skip
    section = "\n".join([
        f"{MARKER} ({date.today().isoformat()})", "",
        "Opt-in `support` check on the four genres where the default policy enables it. "
        "Invented statements and paraphrase controls written independently of the check "
        "(`bench/verify/invented.jsonl`, `paraphrases.jsonl`); a statement is caught when a "
        "finding overlaps it. Tuned on dev only.", "",
        *figures, "", "Recall by kind of invention:", "", *rows,
    ])  # fmt: skip
    print(section)
    if not args.no_write:
        write_section(MARKER, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
