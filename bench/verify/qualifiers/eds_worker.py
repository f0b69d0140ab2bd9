"""edsnlp side of compare.py: run in a venv that has edsnlp (not avec's venv).

Usage: python eds_worker.py IN.json OUT.json | python eds_worker.py --startup
IN:  {"files": {name: [item, ...]}, "long_text": str, "long_spans": [[s, e], ...], "repeats": int}
OUT: per-file predictions (flags + label), per-item latency (s), long-text latency.
Items are never printed.
"""

from __future__ import annotations

import json
import statistics
import sys
import time

T0 = time.perf_counter()
import edsnlp  # noqa: E402

T_IMPORT = time.perf_counter() - T0

QUALIFIERS = ("negation", "hypothesis", "family", "history", "reported_speech")


def build():
    nlp = edsnlp.blank("eds")
    nlp.add_pipe("eds.sentences")
    nlp.add_pipe("eds.normalizer")
    nlp.add_pipe("eds.negation")
    nlp.add_pipe("eds.hypothesis")
    nlp.add_pipe("eds.family", config={"use_sections": False})  # no eds.sections in the pipe
    nlp.add_pipe("eds.history")  # defaults: cue words only (no sections, no dates)
    nlp.add_pipe("eds.reported_speech")
    return nlp


T1 = time.perf_counter()
NLP = build()
T_BUILD = time.perf_counter() - T1


def label(flags: dict) -> str:
    # precedence family > negated > hypothesis > history > affirmed (reported_speech not mapped)
    if flags["family"]:
        return "family"
    if flags["negation"]:
        return "negated"
    if flags["hypothesis"]:
        return "hypothesis"
    if flags["history"]:
        return "history"
    return "affirmed"


def run(text: str, spans: list[tuple[int, int]]):
    doc = NLP.make_doc(text)
    ents = []
    for s, e in spans:
        sp = doc.char_span(s, e, label="target", alignment_mode="expand")
        if sp is not None and not any(sp.start < x.end and x.start < sp.end for x in ents):
            ents.append(sp)
    doc.ents = ents
    return NLP(doc)


def classify(item: dict) -> dict:
    doc = run(item["text"], [(item["start"], item["end"])])
    if not doc.ents:
        return {"label": "none", "flags": None}
    ent = doc.ents[0]
    flags = {q: bool(getattr(ent._, q)) for q in QUALIFIERS}
    return {"label": label(flags), "flags": flags}


def main() -> None:
    if sys.argv[1] == "--startup":
        t = time.perf_counter()
        classify({"text": "Pas de fièvre.", "start": 7, "end": 13})
        first = time.perf_counter() - t
        print(json.dumps({"import_s": T_IMPORT, "build_s": T_BUILD, "first_call_s": first}))
        return
    with open(sys.argv[1], encoding="utf-8") as fh:
        spec = json.load(fh)
    reps = int(spec.get("repeats", 5))
    t = time.perf_counter()
    classify({"text": "Pas de fièvre.", "start": 7, "end": 13})
    t_first = time.perf_counter() - t
    out = {
        "version": edsnlp.__version__,
        "import_s": T_IMPORT,
        "build_s": T_BUILD,
        "first_call_s": t_first,
        "files": {},
    }
    for name, items in spec["files"].items():
        for it in items[:10]:  # warm-up
            classify(it)
        preds = [classify(it) for it in items]
        times = [[0.0] * reps for _ in items]
        for r in range(reps):
            for k, it in enumerate(items):
                t = time.perf_counter()
                classify(it)
                times[k][r] = time.perf_counter() - t
        out["files"][name] = {
            "preds": preds,
            "item_s": [statistics.median(ts) for ts in times],
        }
    text, spans = spec["long_text"], [tuple(s) for s in spec["long_spans"]]
    run(text, spans)  # warm-up
    lt = []
    for _ in range(reps):
        t = time.perf_counter()
        doc = run(text, spans)
        lt.append(time.perf_counter() - t)
    out["long_s"] = statistics.median(lt)
    out["long_ents"] = len(doc.ents)
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        json.dump(out, fh)


if __name__ == "__main__":
    main()
