"""Run the de-identification benchmark of ``avec pseudonymize``.

Generates the gold corpus (``generate.py``, seed 2026, 320 documents), calls
``avec.privacy.pseudonymize(text)`` on every document in one process (after a warm-up on 5
documents), scores the predicted spans (``score.py``), prints the tables and writes the
``## Protéger — `avec pseudonymize``` section of ``bench/RESULTS.md``.

Usage::

    python bench/privacy/run.py [--no-write] [--misses N] [--seed S] [--n N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MARKER = "## Protéger — `avec pseudonymize`"
HELDOUT = HERE / "heldout.jsonl"
HOW_TO_READ = (
    "How to read these figures: the detector was developed against the generated corpus after "
    "its first measurement (leak rate 5.73 %, NOM recall 0.958, PRENOM recall 0.974, precision "
    "0.949, full redaction 24.7 %, over-redaction 2.05 %, 16.1 documents of 2 KB/s), so its "
    "figures are optimistic; the held-out corpus below, written by hand by someone who never "
    "saw the detector, is the estimate for unseen text (its first measurement: leak rate "
    "4.59 %, 4 leaked NDA, NOM and PRENOM recall 0.983, precision 0.961, full redaction 38.0 %, "
    "over-redaction 0.68 %)."
)
WARMUP = 5
CONTEXT = 60

Span = tuple[int, int, str]


def _load(name: str, path: Path) -> ModuleType:
    """Import a sibling script as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


generate_mod = _load("privacy_generate", HERE / "generate.py")
score_mod = _load("privacy_score", HERE / "score.py")
results_mod = _load("bench_results", HERE.parent / "results.py")


def run_detector(
    pseudonymize: Callable[[str], Any],
    docs: Sequence[dict[str, Any]],
) -> tuple[list[list[Span]], float]:
    """Predicted spans for each document and the wall time of the timed pass (seconds)."""
    for doc in docs[:WARMUP]:
        pseudonymize(doc["text"])
    predictions: list[list[Span]] = []
    started = time.perf_counter()
    for doc in docs:
        result = pseudonymize(doc["text"])
        predictions.append([(int(e.start), int(e.end), str(e.label)) for e in result.entities])
    return predictions, time.perf_counter() - started


def speed(docs: Sequence[dict[str, Any]], seconds: float) -> dict[str, float]:
    """Documents per second, KB (1000 bytes of UTF-8) per second, 2 KB documents per second."""
    kb = sum(len(doc["text"].encode("utf-8")) for doc in docs) / 1000
    seconds = max(seconds, 1e-9)
    return {
        "seconds": seconds,
        "docs_per_s": len(docs) / seconds,
        "kb_per_s": kb / seconds,
        "docs2kb_per_s": kb / seconds / 2,
        "kb": kb,
    }


def targets(result: dict[str, Any], rate: dict[str, float]) -> list[tuple[str, str, str, bool]]:
    """(figure, measured, target, met) rows."""
    zero = result["zero_leak"]
    names = result["name_recall"]
    return [
        ("leak rate", f"{result['leak_rate']:.2%}", "≤ 1 %", result["leak_rate"] <= 0.01),
        (
            "leaks of SECU/TEL/MAIL/IPP/NDA/RPPS",
            str(sum(zero.values())),
            "0",
            sum(zero.values()) == 0,
        ),
        ("NOM recall (any label)", f"{names['NOM']:.3f}", "≥ 0.98", names["NOM"] >= 0.98),
        ("PRENOM recall (any label)", f"{names['PRENOM']:.3f}", "≥ 0.98", names["PRENOM"] >= 0.98),
        (
            "precision (any identifier)",
            f"{result['any']['precision']:.3f}",
            "≥ 0.95",
            result["any"]["precision"] >= 0.95,
        ),
        (
            "full redaction",
            f"{result['full_redaction']:.1%}",
            "≥ 90 %",
            result["full_redaction"] >= 0.90,
        ),
        (
            "over-redaction",
            f"{result['over_redaction']:.2%}",
            "≤ 2 %",
            result["over_redaction"] <= 0.02,
        ),
        (
            "documents of 2 KB per second",
            f"{rate['docs2kb_per_s']:.1f}",
            "≥ 20",
            rate["docs2kb_per_s"] >= 20,
        ),
    ]


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def label_rows(result: dict[str, Any]) -> list[list[str]]:
    """Per-label rows: gold, predicted, precision, recall, F1, leaked."""
    rows = []
    for label in generate_mod.LABELS:
        s = result["per_label"].get(label)
        if s is None:
            continue
        rows.append(
            [
                label,
                str(s["gold"]),
                str(s["predicted"]),
                f"{s['precision']:.3f}",
                f"{s['recall']:.3f}",
                f"{s['f1']:.3f}",
                str(s["leaked"]),
            ]
        )
    for label, s in result["per_label"].items():
        if label not in generate_mod.LABELS:  # labels the corpus does not use
            rows.append([label, "0", str(s["predicted"]), f"{s['precision']:.3f}", "—", "—", "—"])
    return rows


def report(
    result: dict[str, Any],
    rate: dict[str, float],
    seed: int,
    n_docs: int,
    n_keep: int,
    corpus: str | None = None,
    heading: str | None = None,
) -> str:
    """The Markdown section (also printed to the terminal)."""
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    micro, any_ = result["micro"], result["any"]
    zero = ", ".join(f"{label} {n}" for label, n in result["zero_leak"].items())
    over = ", ".join(
        f"{kind} {s['hit']}/{s['total']}" for kind, s in result["over_redaction_by_kind"].items()
    )
    met = targets(result, rate)
    corpus = corpus or (
        f"`bench/privacy/generate.py` (seed {seed}), {n_docs} synthetic French clinical documents "
        f"of 9 kinds, {result['gold']} gold entities, {n_keep} must-keep terms; written "
        "independently of the detector, annotation guide in `bench/privacy/README.md`"
    )
    parts = [
        heading or f"{MARKER} ({date.today().isoformat()})",
        f"Machine: {machine}. Corpus: {corpus}. Metric definitions in `bench/privacy/score.py`.",
        table(
            ["figure", "measured", "target", "met"],
            [[name, measured, goal, "yes" if ok else "NO"] for name, measured, goal, ok in met],
        ),
        f"Speed, one process after a warm-up on {WARMUP} documents: {rate['docs_per_s']:.1f} "
        f"documents/s, {rate['kb_per_s']:.1f} KB/s, i.e. {rate['docs2kb_per_s']:.1f} documents "
        f"of 2 KB per second ({rate['kb']:.0f} KB in {rate['seconds']:.2f} s).",
        f"Leak rate {result['leak_rate']:.2%} ({result['leaked']} of {result['gold']} gold "
        f"entities); leaks of the zero-leak labels: {zero}. Full redaction "
        f"{result['full_redaction']:.1%} ({result['fully_redacted_documents']}/{n_docs} "
        f"documents). Over-redaction {result['over_redaction']:.2%} ({result['must_keep_hit']}/"
        f"{result['must_keep']} must-keep terms: {over}). Any identifier: precision "
        f"{any_['precision']:.3f} (overlap precision {any_['overlap_precision']:.3f}), recall "
        f"{any_['recall']:.3f}. Micro-average over labels: precision {micro['precision']:.3f}, "
        f"recall {micro['recall']:.3f}, F1 {micro['f1']:.3f}.",
        table(
            ["label", "gold", "predicted", "precision", "recall", "F1", "leaked"],
            label_rows(result),
        ),
    ]
    return "\n\n".join(parts) + "\n"


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    return f"…{left}«{text[start:end]}»{right}…".replace("\n", "⏎").replace("\t", "⇥")


def print_misses(
    docs: Sequence[dict[str, Any]], predictions: Sequence[list[Span]], limit: int
) -> None:
    """Up to ``limit`` leaked gold entities and ``limit`` false positives, with context."""
    leaks = [
        (doc, e)
        for doc, pred in zip(docs, predictions, strict=True)
        for e in score_mod.leaked_entities(doc, pred)
    ]
    print(f"\nLeaked gold entities ({len(leaks)}, showing {min(limit, len(leaks))}):")
    for doc, e in leaks[:limit]:
        print(
            f"  {doc['id']} {doc['kind']} {e['label']}: {_context(doc['text'], e['start'], e['end'])}"
        )
    fps = [
        (doc, p)
        for doc, pred in zip(docs, predictions, strict=True)
        for p in score_mod.false_positives(doc, pred)
    ]
    print(
        f"\nFalse positives, overlapping no gold entity ({len(fps)}, showing {min(limit, len(fps))}):"
    )
    for doc, (start, end, label) in fps[:limit]:
        keep = any(
            score_mod.overlap((start, end), (k["start"], k["end"])) for k in doc["must_keep"]
        )
        flag = " [must_keep]" if keep else ""
        print(f"  {doc['id']} {doc['kind']} {label}{flag}: {_context(doc['text'], start, end)}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, print the report and update bench/RESULTS.md."""
    parser = argparse.ArgumentParser(
        description="De-identification benchmark of avec pseudonymize."
    )
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        metavar="N",
        help="print up to N leaked gold entities and N false positives",
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--n", type=int, default=320)
    args = parser.parse_args(argv)

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from avec.privacy import pseudonymize

    docs = generate_mod.generate(args.seed, args.n)
    predictions, seconds = run_detector(pseudonymize, docs)
    result = score_mod.score(docs, predictions)
    rate = speed(docs, seconds)
    n_keep = sum(len(doc["must_keep"]) for doc in docs)
    section = HOW_TO_READ + "\n\n" + report(result, rate, args.seed, len(docs), n_keep)
    section = f"{MARKER} ({date.today().isoformat()})\n\n" + section.replace(
        f"{MARKER} ({date.today().isoformat()})", "### Development corpus (generated)", 1
    )
    if HELDOUT.exists():
        held = [
            json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line
        ]
        held_pred, held_s = run_detector(pseudonymize, held)
        held_result = score_mod.score(held, held_pred)
        held_keep = sum(len(doc["must_keep"]) for doc in held)
        section += "\n" + report(
            held_result, speed(held, held_s), 0, len(held), held_keep,
            corpus=f"`bench/privacy/heldout.jsonl`, {len(held)} documents written by hand, "
            f"{held_result['gold']} gold entities, {held_keep} must-keep terms, never used to tune "
            "the detector (its leaks are not printed by --misses)",
            heading="### Held-out corpus (hand-written, never used for tuning)",
        )  # fmt: skip
    print(section)
    if args.misses:
        print_misses(docs, predictions, args.misses)  # the generated corpus only
    if not args.no_write:
        results_mod.write_section(MARKER, section)
        print(f"\nSection written to {results_mod.RESULTS_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
