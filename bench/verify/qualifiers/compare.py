"""Assertion status of a target concept: avec's rule-based qualifier vs edsnlp's qualifiers.

Run with avec's venv:  .venv/bin/python bench/verify/qualifiers/compare.py [--dev-errors]
edsnlp runs in its own venv (EDSNLP_PYTHON, default /tmp/edsvenv/bin/python) through
eds_worker.py. Prints aggregate figures only; --dev-errors also lists the dev items each system
gets wrong (held-out items are never printed).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "v2"
FILES = {"dev": DATA / "qualifiers_dev.jsonl", "heldout": DATA / "qualifiers_heldout.jsonl"}
EDS_PY = os.environ.get("EDSNLP_PYTHON", "/tmp/edsvenv/bin/python")
REPEATS = 5
STARTUP_RUNS = 3
GOLD = ("affirmed", "negated", "hypothesis", "family", "history", "conditional")
AVEC_MAP = {"positive": "affirmed", "question": "no decision"}


def load(path: Path) -> list[dict]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        it = json.loads(line)
        pos = -1
        for _ in range(it["occurrence"]):
            pos = it["text"].index(it["target"], pos + 1)
        it["start"], it["end"] = pos, pos + len(it["target"])
        items.append(it)
    return items


# ---------------------------------------------------------------- avec
T0 = time.perf_counter()
from avec.text.assertion import _TOKEN, _content, _word, find_assertions, mention_index  # noqa
from avec.text.normalize import fold  # noqa: E402
from avec.text.span import Span  # noqa: E402
from avec.clinical.drugs import default_lexicon  # noqa: E402
from avec.verify.document import Analysis  # noqa: E402
from avec.verify.experiencer import about_relatives  # noqa: E402

AVEC_IMPORT_S = time.perf_counter() - T0


def _target_word(folded: str, start: int, end: int) -> Span:
    """The target's first content word (else its first word of ≥ 3 letters, else its first token)."""
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded, start, end)]
    for test in (_content, _word, lambda w: True):
        for w, s, e in toks:
            if test(w):
                return Span(s, e)
    return Span(start, end)


_LEX = default_lexicon()


def avec_status(text: str, start: int, end: int) -> str:
    """avec's reading as its checks use it: the qualifier, the answers of a dialogue
    (avec.text.dialogue) and the clauses about relatives (avec.verify.experiencer)."""
    analysis = Analysis(text, _LEX, spoken=True)
    folded = analysis.folded
    index = analysis.mentions
    word = _target_word(folded, start, end)
    relatives = about_relatives(folded, analysis.clauses)
    for clause, family in zip(analysis.clauses, relatives, strict=True):
        if family and clause.span.contains(word):
            return "family"
    terms = [t for ts in index.values() for t in ts if t.span.overlaps(word)]
    if not terms:
        return "none"
    exact = [t for t in terms if t.span.start == word.start]
    return (exact or terms)[0].status


def avec_label(status: str) -> str:
    return AVEC_MAP.get(status, status)


def run_avec(items: list[dict]) -> tuple[list[str], list[float]]:
    for it in items[:10]:
        avec_status(it["text"], it["start"], it["end"])
    preds = [avec_label(avec_status(it["text"], it["start"], it["end"])) for it in items]
    times = [[0.0] * REPEATS for _ in items]
    for r in range(REPEATS):
        for k, it in enumerate(items):
            t = time.perf_counter()
            avec_status(it["text"], it["start"], it["end"])
            times[k][r] = time.perf_counter() - t
    return preds, [statistics.median(ts) for ts in times]


def avec_long(text: str, spans: list[tuple[int, int]]) -> float:
    def once() -> None:
        folded = fold(text)
        index = mention_index(folded, find_assertions(text, folded))
        for s, e in spans:
            w = _target_word(folded, s, e)
            [t for ts in index.values() for t in ts if t.span.overlaps(w)]

    from avec.text import assertion

    once()
    out = []
    for _ in range(REPEATS):
        assertion._tokens_of.cache_clear()  # no reuse of the previous run's tokens
        t = time.perf_counter()
        once()
        out.append(time.perf_counter() - t)
    return statistics.median(out)


def avec_startup() -> dict:
    """Fresh interpreter: import time, then the first call (cue files read, regexes compiled)."""
    code = (
        "import time;t=time.perf_counter();"
        "from avec.text.normalize import fold;"
        "from avec.text.assertion import find_assertions, mention_index;"
        "i=time.perf_counter()-t;t=time.perf_counter();"
        "x='Pas de fièvre.';f=fold(x);mention_index(f, find_assertions(x, f));"
        "print(i, time.perf_counter()-t)"
    )
    runs = []
    for _ in range(STARTUP_RUNS):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        runs.append([float(v) for v in out.stdout.split()])
    return {
        "import_s": statistics.median(r[0] for r in runs),
        "build_s": 0.0,
        "first_call_s": statistics.median(r[1] for r in runs),
    }


# ---------------------------------------------------------------- scoring
def correct(system: str, gold: str, pred: str) -> bool:
    if system == "edsnlp" and gold == "conditional":
        return pred == "hypothesis"  # edsnlp has no conditional: flagged as hypothesis counts
    return gold == pred


def score(system: str, items: list[dict], preds: list[str]) -> dict:
    ok = [correct(system, it["status"], p) for it, p in zip(items, preds, strict=False)]
    pol = [
        (it, p)
        for it, p in zip(items, preds, strict=False)
        if it["status"] in ("affirmed", "negated")
    ]
    dia = [o for it, o in zip(items, ok, strict=False) if it["dialogue"]]
    res = {
        "n": len(items),
        "acc": sum(ok) / len(ok),
        "polarity_strict": sum(p == it["status"] for it, p in pol) / len(pol),
        "polarity_binary": sum((p == "negated") == (it["status"] == "negated") for it, p in pol)
        / len(pol),
        "n_pol": len(pol),
        "dialogue": sum(dia) / len(dia),
        "n_dia": len(dia),
        "no_decision": sum(p in ("no decision", "none") for p in preds) / len(preds),
        "recall": {},
        "confusion": {},
    }
    for g in GOLD:
        sel = [o for it, o in zip(items, ok, strict=False) if it["status"] == g]
        res["recall"][g] = (sum(sel), len(sel))
        res["confusion"][g] = Counter(
            p for it, p in zip(items, preds, strict=False) if it["status"] == g
        )
    return res


def pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def ms(x: float) -> str:
    return f"{1000 * x:8.2f}"


def report(name: str, system: str, sc: dict, lat: list[float]) -> None:
    print(f"\n== {system} / {name} (n={sc['n']})")
    print(f"accuracy overall            {pct(sc['acc'])} %")
    print(
        f"affirmed/negated, strict    {pct(sc['polarity_strict'])} %  (n={sc['n_pol']}, pred == gold)"
    )
    print(f"affirmed/negated, polarity  {pct(sc['polarity_binary'])} %  (negated vs not negated)")
    print(f"dialogue items              {pct(sc['dialogue'])} %  (n={sc['n_dia']})")
    print(f"no decision (question/none) {pct(sc['no_decision'])} %")
    print(
        "recall per gold status      "
        + "  ".join(
            f"{g} {c}/{n} ({pct(c / n).strip()}%)" for g, (c, n) in sc["recall"].items() if n
        )
    )
    labels = sorted({p for c in sc["confusion"].values() for p in c})
    print("confusion (rows gold, cols predicted): " + " | ".join(labels))
    for g, c in sc["confusion"].items():
        print(f"  {g:<12}" + " ".join(f"{c.get(lab, 0):>4}" for lab in labels))
    s = sorted(lat)
    p95 = s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]
    print(
        f"latency per item (ms)       median {ms(statistics.median(s)).strip()}  p95 {ms(p95).strip()}"
    )


def main() -> None:
    show_errors = "--dev-errors" in sys.argv
    data = {name: load(p) for name, p in FILES.items()}

    # 5,000-character text: dev items joined by newlines, cut at 5,000; targets inside it kept
    parts, spans, off = [], [], 0
    for it in data["dev"]:
        if off >= 5000:
            break
        parts.append(it["text"])
        spans.append((off + it["start"], off + it["end"]))
        off += len(it["text"]) + 1
    long_text = "\n".join(parts)[:5000]
    spans = [s for s in spans if s[1] <= 5000]

    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "in.json"
        out = Path(tmp) / "out.json"
        spec.write_text(
            json.dumps(
                {
                    "files": {
                        n: [{k: it[k] for k in ("text", "start", "end")} for it in items]
                        for n, items in data.items()
                    },
                    "long_text": long_text,
                    "long_spans": spans,
                    "repeats": REPEATS,
                }
            ),
            encoding="utf-8",
        )
        worker = str(HERE / "eds_worker.py")
        subprocess.run([EDS_PY, worker, str(spec), str(out)], check=True, stderr=subprocess.DEVNULL)
        eds = json.loads(out.read_text(encoding="utf-8"))
    eds_start = []
    for _ in range(STARTUP_RUNS):
        r = subprocess.run(
            [EDS_PY, worker, "--startup"], capture_output=True, text=True, check=True
        )
        eds_start.append(json.loads(r.stdout.strip().splitlines()[-1]))

    results = {}
    for name, items in data.items():
        preds, lat = run_avec(items)
        results[("avec", name)] = (preds, lat)
        e = eds["files"][name]
        results[("edsnlp", name)] = ([p["label"] for p in e["preds"]], e["item_s"])
        if name == "dev":
            flags = [p["flags"] for p in e["preds"] if p["flags"]]
            rs = sum(f["reported_speech"] for f in flags)
            print(f"(edsnlp reported_speech flagged on {rs}/{len(items)} dev items; not mapped)")

    for (system, name), (preds, lat) in results.items():
        report(name, system, score(system, data[name], preds), lat)

    print("\n== speed")
    print(
        f"5,000-char text ({len(spans)} targets; edsnlp {eds['long_ents']} entities): "
        f"avec {ms(avec_long(long_text, spans)).strip()} ms, edsnlp {ms(eds['long_s']).strip()} ms"
    )
    a = avec_startup()
    m = {
        k: statistics.median(r[k] for r in eds_start)
        for k in ("import_s", "build_s", "first_call_s")
    }
    print(
        f"avec   import {ms(a['import_s']).strip()} ms, first call (cues loaded, regexes compiled) "
        f"{ms(a['first_call_s']).strip()} ms"
    )
    print(
        f"edsnlp import {ms(m['import_s']).strip()} ms, pipeline construction "
        f"{ms(m['build_s']).strip()} ms, first call {ms(m['first_call_s']).strip()} ms "
        f"(median of {STARTUP_RUNS} fresh processes)"
    )
    print(f"edsnlp version {eds['version']}")

    if show_errors:
        for system in ("avec", "edsnlp"):
            preds = results[(system, "dev")][0]
            print(f"\n== dev errors: {system}")
            for it, p in zip(data["dev"], preds, strict=False):
                if not correct(system, it["status"], p):
                    print(
                        f"{it['id']} gold={it['status']} pred={p} target={it['target']!r}: {it['text']}"
                    )


if __name__ == "__main__":
    main()
