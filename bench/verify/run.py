"""Benchmark of `avec check` on the annotated corpus and on errors planted by inject.py.

    python bench/verify/run.py [--corpus bench/verify/corpus.jsonl] [--seeds 3] [--misses]

Prints recall per error type, precision, the share of clean cases with a false alarm, latency
(p50/p95 on one core after warm-up, 5,000-character source + 2,000-character output) and the
wall time of `avec check` on two small files; writes the figures to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from avec.text.span import Span  # noqa: E402
from avec.verify import Finding, Severity, Verifier  # noqa: E402
from avec.verify.checker import registered  # noqa: E402
from bench.results import write_section  # noqa: E402

# Which checks may detect each annotated error type.
ACCEPT = {
    "number": {"quantities"}, "unit": {"quantities"}, "frequency": {"quantities"},
    "drug": {"drugs"}, "lasa": {"drugs"}, "drug_omission": {"drugs"},
    "negation": {"assertions"}, "hypothesis": {"assertions"}, "date": {"dates"},
    "laterality": {"laterality"}, "citation": {"citations"}, "notation": {"notation"},
    "dose": {"doses"},
}  # fmt: skip
CORE = ("number", "unit", "drug", "negation")  # the issue's ≥ 0.95 recall group
TARGETS = {"core_recall": 0.95, "overall_recall": 0.90, "precision": 0.85, "clean_false_alarm": 0.05,
           "p95_ms": 100.0, "cli_wall_s": 3.0}  # fmt: skip


@dataclass
class Tally:
    found: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    tp_findings: int = 0
    fp_findings: int = 0
    clean_cases: int = 0
    clean_with_alarm: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def recall(self, types: tuple[str, ...] | None = None) -> float:
        keys = types or tuple(self.total)
        total = sum(self.total[k] for k in keys)
        return sum(self.found[k] for k in keys) / total if total else float("nan")

    def precision(self) -> float:
        n = self.tp_findings + self.fp_findings
        return self.tp_findings / n if n else float("nan")


def locate(text: str, needle: str | None, occurrence: int = 1) -> Span | None:
    if not needle:
        return None
    start = -1
    for _ in range(max(occurrence, 1)):
        start = text.find(needle, start + 1)
        if start == -1:
            return None
    return Span(start, start + len(needle))


def score_case(case: dict[str, Any], findings: list[Finding], tally: Tally, label: str) -> None:
    errors = case.get("errors", [])
    alarms = [f for f in findings if f.severity >= Severity.WARNING]
    spans = []
    for e in errors:
        out_span = locate(case["output"], e.get("output_text"), e.get("occurrence", 1))
        src_span = locate(case["source"], e.get("source_text"))
        spans.append((e, out_span, src_span))
        tally.total[e["type"]] += 1
        hit = any(
            f.check in ACCEPT[e["type"]]
            and (
                (
                    out_span is not None
                    and f.output_span is not None
                    and f.output_span.overlaps(out_span)
                )
                or (
                    out_span is None
                    and src_span is not None
                    and f.source_span is not None
                    and f.source_span.overlaps(src_span)
                )
            )
            for f in alarms
        )
        if hit:
            tally.found[e["type"]] += 1
        else:
            tally.misses.append(
                f"{label} {case['id']} [{e['type']}] {e.get('output_text') or e.get('source_text')!r}"
            )
    for f in alarms:
        explained = any(
            (f.output_span is not None and o is not None and f.output_span.overlaps(o))
            or (
                f.output_span is None
                and s is not None
                and f.source_span is not None
                and f.source_span.overlaps(s)
            )
            for _, o, s in spans
        )
        if explained:
            tally.tp_findings += 1
        else:
            tally.fp_findings += 1
            where = (
                f.output_span.of(case["output"]) if f.output_span else f"(source) {f.evidence[:40]}"
            )
            tally.false_alarms.append(f"{label} {case['id']} {f.check}/{f.category}: {where!r}")
    if not errors:
        tally.clean_cases += 1
        tally.clean_with_alarm += bool(alarms)


def run_cases(verifier: Verifier, cases: list[dict[str, Any]], tally: Tally, label: str) -> None:
    for case in cases:
        report = verifier.check(case["source"], case["output"], case.get("use_case"))
        score_case(case, report.findings, tally, label)


def injected_cases(clean: list[dict[str, Any]], seeds: int) -> list[dict[str, Any]]:
    """Plant typed errors into the clean cases with inject.py (a separate process, its own code)."""
    out: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "clean.jsonl"
        src.write_text(
            "\n".join(json.dumps(c, ensure_ascii=False) for c in clean) + "\n", encoding="utf-8"
        )
        for seed in range(seeds):
            dst = Path(tmp) / f"injected-{seed}.jsonl"
            subprocess.run(
                [sys.executable, str(HERE / "inject.py"), str(src), str(dst), "--seed", str(seed)],
                check=True,
                capture_output=True,
            )
            for line in dst.read_text(encoding="utf-8").splitlines():
                case = json.loads(line)
                case["id"] = f"{case['id']}@{seed}"
                out.append(case)
    return out


def latency(
    verifier: Verifier, cases: list[dict[str, Any]], runs: int = 200, use_case: str | None = None
) -> dict[str, float]:
    """p50/p95 of one check on a 5,000-char source + 2,000-char output, one core, warmed up."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    source = output = ""
    for c in sorted(cases, key=lambda c: c["id"]):
        if len(source) < 5000:
            source += c["source"] + "\n\n"
        if len(output) < 2000:
            output += c["output"] + "\n\n"
    source, output = source[:5000], output[:2000]
    for _ in range(10):
        verifier.check(source, output, use_case)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        verifier.check(source, output, use_case)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {
        "p50_ms": statistics.median(times),
        "p95_ms": times[int(0.95 * len(times)) - 1],
        "max_ms": times[-1],
        "source_chars": len(source),
        "output_chars": len(output),
    }


def cli_wall(repeats: int = 5) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        s, o = Path(tmp) / "s.txt", Path(tmp) / "o.txt"
        s.write_text("Doliprane 1 g x3/j. Pas de fièvre.", encoding="utf-8")
        o.write_text("Paracétamol 1000 mg trois fois par jour. Apyrétique.", encoding="utf-8")
        walls = []
        for _ in range(repeats):
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "avec", "check", "-s", str(s), "-o", str(o)],
                capture_output=True,
                check=False,
            )
            walls.append(time.perf_counter() - t)
    return statistics.median(walls)


def table(tally: Tally) -> list[str]:
    rows = ["| error type | found / planted | recall |", "|---|---|---|"]
    for t in ACCEPT:
        if tally.total[t]:
            rows.append(
                f"| {t} | {tally.found[t]} / {tally.total[t]} | {tally.found[t] / tally.total[t]:.2f} |"
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="+",
        default=[HERE / "corpus.jsonl", HERE / "dev2.jsonl", HERE / "dev3.jsonl"],
        help="development corpora (scored together)",
    )
    parser.add_argument(
        "--heldout",
        type=Path,
        default=HERE / "heldout.jsonl",
        help="held-out corpus, scored apart (never used to tune the checkers)",
    )
    parser.add_argument(
        "--seeds", type=int, default=3, help="injection rounds over the clean cases"
    )
    parser.add_argument("--misses", action="store_true", help="list missed errors and false alarms")
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = parser.parse_args()

    cases = [
        json.loads(line)
        for path in args.corpus
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    # The omissions check is scored on the Vérifier II corpus (bench/verify/v2): this corpus's
    # specification lets a clean paraphrase drop any non-drug detail (README), so it is left out.
    verifier = Verifier([c for c in registered() if c != "omissions" and c != "support"])
    corpus, injected = Tally(), Tally()
    run_cases(verifier, cases, corpus, "corpus")
    clean = [c for c in cases if not c.get("errors")]
    planted = injected_cases(clean, args.seeds) if (HERE / "inject.py").exists() else []
    run_cases(verifier, planted, injected, "injected")
    both = Tally()
    for t in (corpus, injected):
        both.found.update(t.found)
        both.total.update(t.total)
        both.tp_findings += t.tp_findings
        both.fp_findings += t.fp_findings
    heldout = Tally()
    held_cases = []
    if args.heldout.exists():
        held_cases = [
            json.loads(line)
            for line in args.heldout.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        run_cases(verifier, held_cases, heldout, "heldout")
    lat = latency(verifier, cases)
    wall = cli_wall()

    figures = {
        "core_recall": both.recall(CORE),
        "overall_recall": both.recall(),
        "precision": both.precision(),
        "clean_false_alarm": corpus.clean_with_alarm / corpus.clean_cases
        if corpus.clean_cases
        else float("nan"),
        "p95_ms": lat["p95_ms"],
        "cli_wall_s": wall,
    }
    lower_is_better = {"clean_false_alarm", "p95_ms", "cli_wall_s"}
    lines = [
        f"## Vérifier — `avec check` ({date.today().isoformat()})",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
        f"Development corpora ({', '.join(p.name for p in args.corpus)}): {len(cases)} cases ({len(cases) - len(clean)} with planted errors, {len(clean)} clean "
        f"paraphrases), plus {len(planted)} cases from inject.py over the clean cases ({args.seeds} seeds).",
        "",
        "How to read these figures: the development corpus and the cases inject.py plants in its "
        "clean texts were used to develop the checkers after their first measurement (first run on "
        "corpus.jsonl, before any tuning: precision 0.254, overall recall 0.835, clean cases with a "
        "false alarm 0.893; first run on dev2.jsonl: precision 0.422, clean cases with a false alarm "
        "14/25; first run on dev3.jsonl, 30 clean cases: 15/30 with a false alarm), so the table "
        "below is optimistic. The held-out corpus at the end was written after "
        "the checkers and never used to tune them (its first measurement: precision 0.595, recall "
        "0.889, clean cases with a false alarm 10/15): it is the estimate for text nobody here saw.",
        "",
        "| figure (development corpus + injected) | measured | target | met |",
        "|---|---|---|---|",
    ]
    for key, value in figures.items():
        target = TARGETS[key]
        ok = value <= target if key in lower_is_better else value >= target
        shown = f"{value:.3f}" if key not in ("p95_ms", "cli_wall_s") else f"{value:.1f}"
        lines.append(
            f"| {key} | {shown} | {'≤' if key in lower_is_better else '≥'} {target} | {'yes' if ok else 'NO'} |"
        )
    lines += [
        "",
        f"Latency on one core after warm-up ({lat['source_chars']}-char source, {lat['output_chars']}-char output, "
        f"200 runs): p50 {lat['p50_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms, max {lat['max_ms']:.1f} ms. "
        f"`avec check` on two small files: {wall:.2f} s wall (median of 5, start-up included).",
        "",
        f"Corpus: precision {corpus.precision():.3f} ({corpus.tp_findings} true / {corpus.fp_findings} false findings), "
        f"clean cases with a false alarm {corpus.clean_with_alarm}/{corpus.clean_cases}.",
        "",
        *table(corpus),
        "",
        f"Injected (inject.py): precision {injected.precision():.3f} "
        f"({injected.tp_findings} true / {injected.fp_findings} false findings).",
        "",
        *table(injected),
        "",
    ]
    if held_cases:
        held_clean = heldout.clean_with_alarm / heldout.clean_cases if heldout.clean_cases else 0.0
        lines += [
            f"Held-out corpus ({len(held_cases)} cases, written after the checkers, never used to tune "
            f"them): recall {heldout.recall():.3f} overall, {heldout.recall(CORE):.3f} on "
            f"number/unit/drug/negation; precision {heldout.precision():.3f} "
            f"({heldout.tp_findings} true / {heldout.fp_findings} false findings); clean cases with a "
            f"false alarm {heldout.clean_with_alarm}/{heldout.clean_cases} ({held_clean:.3f}).",
            "",
            *table(heldout),
            "",
        ]
    report = "\n".join(lines)
    print(report)
    if args.misses:
        # the held-out corpus is never printed case by case: it must not be tuned on
        print("Missed:", *corpus.misses, *injected.misses, sep="\n  ")
        print(
            "False alarms:",
            *corpus.false_alarms,
            *injected.false_alarms,
            sep="\n  ",
        )
    if not args.no_write:
        write_results(report)
    return 0


def write_results(section: str) -> None:
    """Replace the Vérifier section of bench/RESULTS.md, keep the others."""
    write_section("## Vérifier — `avec check`", section)


if __name__ == "__main__":
    raise SystemExit(main())
